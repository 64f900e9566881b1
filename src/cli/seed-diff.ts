import { parseArgs } from 'node:util';
import { listSeedFiles, readSeedFile } from '../corpus/seed-files.js';
import { seedFilesAtRef } from '../corpus/seed-at-ref.js';
import { diffSeeds, formatSeedDiff } from '../corpus/seed-diff.js';

/**
 * `npm run seed:diff -- --base main`: the records a change adds, removes or changes against a git
 * ref, field by field. `--format markdown` wraps it for a pull request's job summary.
 */
const USAGE = 'usage: seed-diff --base GIT-REF [--seed DIR] [--format text|markdown]';

function main(): number {
  let args;
  try {
    args = parseArgs({ options: { base: { type: 'string' }, seed: { type: 'string', default: 'seed' }, format: { type: 'string', default: 'text' } } }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!args.base || !['text', 'markdown'].includes(args.format)) {
    console.error(USAGE);
    return 2;
  }
  let text: string;
  try {
    const changes = diffSeeds(seedFilesAtRef(args.base, args.seed), listSeedFiles(args.seed).map((path) => readSeedFile(path)));
    text = formatSeedDiff(changes, args.base);
  } catch (error) {
    console.error(`cannot run: ${(error as Error).message.split('\n')[0]}`);
    return 2;
  }
  console.log(args.format === 'markdown' ? `### Seed changes\n\n\`\`\`diff\n${text}\n\`\`\`` : text);
  return 0;
}

process.exitCode = main();
