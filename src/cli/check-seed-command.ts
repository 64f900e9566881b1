import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { listSeedFiles } from '../corpus/seed-files.js';
import { seedFilesAtRef } from '../corpus/seed-at-ref.js';
import { rawRecords, recordSignature } from '../corpus/seed-records.js';
import { expectedSourceHash, loadSourceText, SOURCE_HASH_FILE } from '../corpus/source-text.js';
import { validateSeedFiles, type SeedIssue } from '../corpus/validate-seed.js';

/** Where the thesis sits in this project's workspace: beside the checkout, in the shared folder. */
export const WORKSPACE_THESIS = '../shared/sources/000_df8979263b835203.txt';

const USAGE = `usage: check-seed [--seed DIR] [--source PATH-OR-URL | --no-quotes] [--base GIT-REF] [--format text|json|github]
  --source     the thesis, a file or an http(s) URL; its sha256 must match seed/${SOURCE_HASH_FILE}
               (default: $THESIS_SOURCE, else ${WORKSPACE_THESIS} if it exists)
  --no-quotes  check everything but the quotes (local use only: the result is never "OK")
  --base       the git ref the change is made against: a duplicate id is then reported on the new record only`;
const FORMATS = ['text', 'json', 'github'] as const;
type Format = (typeof FORMATS)[number];

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** Where the thesis is looked for when --source is not given. */
export interface SourceDefaults {
  env: NodeJS.ProcessEnv;
  workspaceThesis: string;
}

/** Exit 0 clean, 1 problems in the seed, 2 could not run (including: quotes could not be checked). */
export async function checkSeedCommand(
  argv: string[], io: Output, defaults: SourceDefaults = { env: process.env, workspaceThesis: WORKSPACE_THESIS },
): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        seed: { type: 'string', default: 'seed' },
        source: { type: 'string' },
        'no-quotes': { type: 'boolean', default: false },
        base: { type: 'string' },
        format: { type: 'string', default: 'text' },
      },
    }).values;
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const format = args.format as Format;
  if (!FORMATS.includes(format)) {
    io.err(`unknown --format "${args.format}": use one of ${FORMATS.join(', ')}\n${USAGE}`);
    return 2;
  }
  const cannotRun = (message: string) => {
    if (format === 'github') io.out(`::error title=Seed check could not run::${escapeData(message)}`);
    io.err(`cannot run: ${message}`);
    return 2;
  };
  if (args.source === undefined && !args['no-quotes']) {
    args.source = defaultSource(defaults);
    if (args.source === undefined) {
      return cannotRun(`the quotes cannot be checked without the thesis: pass --source PATH-OR-URL, set THESIS_SOURCE, or put it at ${defaults.workspaceThesis} `
        + '(in CI, set the repository variable or secret THESIS_SOURCE: see seed/README.md), or --no-quotes to check everything else');
    }
    io.err(`thesis: ${args.source}`);
  }
  if (args.source === '') {
    return cannotRun('THESIS_SOURCE is empty, so the quotes cannot be checked: set the repository variable or secret '
      + 'THESIS_SOURCE to the path or URL of the thesis (see seed/README.md, "Checking in CI"). Pull requests from forks get neither');
  }
  let files: string[];
  let sourceText: string | undefined;
  let establishedRecords: Set<string> | undefined;
  try {
    files = listSeedFiles(args.seed);
    if (files.length === 0) return cannotRun(`no .yaml files in ${args.seed}`);
    if (args.source !== undefined) sourceText = await loadSourceText(args.source, expectedSourceHash(args.seed));
    if (args.base !== undefined) {
      establishedRecords = new Set(seedFilesAtRef(args.base, args.seed).flatMap(rawRecords).map((r) => recordSignature(r.section, r.value)));
    }
  } catch (error) {
    return cannotRun((error as Error).message.split('\n')[0]!);
  }
  const { issues, corpus } = validateSeedFiles(files, { sourceText, establishedRecords });
  const counts = Object.entries(corpus).filter(([, v]) => v.length).map(([k, v]) => `${v.length} ${k}`).join(', ');
  print(io, format, issues, `${files.length} files: ${counts}`, sourceText !== undefined);
  return issues.length ? 1 : 0;
}

function defaultSource({ env, workspaceThesis }: SourceDefaults): string | undefined {
  if (env.THESIS_SOURCE) return env.THESIS_SOURCE;
  return existsSync(workspaceThesis) ? workspaceThesis : undefined;
}

function print(io: Output, format: Format, issues: SeedIssue[], contents: string, quotesChecked: boolean) {
  if (format === 'json') {
    io.out(JSON.stringify({ ok: issues.length === 0 && quotesChecked, quotesChecked, issues }, null, 2));
    return;
  }
  for (const issue of issues) {
    const where = [issue.record, issue.field].filter(Boolean).join(', ');
    if (format === 'github') {
      io.out(`::error file=${issue.file},line=${issue.line},title=${escapeProperty(where || 'seed')}::${escapeData(issue.message)}`);
    } else {
      io.out(`${issue.file}:${issue.line}: ${where ? `${where}: ` : ''}${issue.message}`);
    }
  }
  if (issues.length) {
    io.out(`${issues.length} problem${issues.length === 1 ? '' : 's'} in the seed (${contents})${quotesChecked ? '' : '; quotes NOT checked'}`);
  } else if (quotesChecked) {
    const summary = `seed OK: ${contents}; every quote found in the thesis`;
    io.out(format === 'github' ? `::notice title=Seed check::${summary}` : summary);
  } else {
    const summary = `QUOTES NOT CHECKED (--no-quotes): everything else is valid (${contents}); run with --source THESIS before you commit`;
    io.out(format === 'github' ? `::warning title=Seed check::${summary}` : summary);
  }
}

// GitHub workflow-command escaping (actions/toolkit core/command.ts).
function escapeData(s: string) {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string) {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

