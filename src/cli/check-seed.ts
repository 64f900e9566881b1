import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { listSeedFiles } from '../corpus/seed-files.js';
import { validateSeedFiles, type SeedIssue } from '../corpus/validate-seed.js';

const USAGE = 'usage: check-seed [--seed DIR] [--source THESIS.txt] [--format text|json|github]';
const FORMATS = ['text', 'json', 'github'] as const;

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: {
        seed: { type: 'string', default: 'seed' },
        source: { type: 'string' },
        format: { type: 'string', default: 'text' },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const format = args.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) {
    console.error(`unknown --format "${args.format}": use one of ${FORMATS.join(', ')}\n${USAGE}`);
    return 2;
  }
  let sourceText: string | undefined;
  let files: string[];
  try {
    if (args.source) sourceText = readFileSync(args.source, 'utf8');
    files = listSeedFiles(args.seed);
  } catch (error) {
    console.error(`cannot run: ${(error as Error).message}`);
    return 2;
  }
  if (files.length === 0) {
    console.error(`cannot run: no .yaml files in ${args.seed}`);
    return 2;
  }
  const { issues, corpus } = validateSeedFiles(files, { sourceText });
  const counts = Object.entries(corpus).map(([k, v]) => `${v.length} ${k}`).join(', ');
  print(format, issues, files.length, counts, sourceText !== undefined);
  return issues.length ? 1 : 0;
}

function print(format: string, issues: SeedIssue[], fileCount: number, counts: string, quotesChecked: boolean) {
  if (format === 'json') {
    console.log(JSON.stringify({ ok: issues.length === 0, files: fileCount, issues }, null, 2));
    return;
  }
  for (const issue of issues) {
    if (format === 'github') {
      const title = issue.field || 'seed';
      console.log(`::error file=${issue.file},line=${issue.line},title=${escapeProperty(title)}::${escapeData(issue.message)}`);
    } else {
      console.log(`${issue.file}:${issue.line}: ${issue.field ? `${issue.field}: ` : ''}${issue.message}`);
    }
  }
  const summary = issues.length
    ? `${issues.length} problem${issues.length === 1 ? '' : 's'} in the seed (${fileCount} files: ${counts})`
    : `seed OK: ${fileCount} files, ${counts}${quotesChecked ? '; every quote found in the source' : ''}`;
  console.log(format === 'github' && issues.length === 0 ? `::notice::${summary}` : summary);
}

// GitHub workflow-command escaping (actions/toolkit core/command.ts).
function escapeData(s: string) {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string) {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

process.exitCode = main();
