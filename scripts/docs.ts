import { readFileSync } from 'node:fs';
import { buildDatabase } from '../src/corpus/build-database.js';
import { writeOrCheck } from '../src/cli/write-or-check.js';
import { renderDocs } from './doc-blocks.js';

/**
 * `npm run docs`: rewrites every generated block of the documentation (the README's corpus
 * statistics, the seed README's allowed values) from a database built from the seed now;
 * `npm run docs:check` fails when one is stale. Curators run `npm run docs` before committing.
 */
const databasePath = '.tmp/docs/corpus.sqlite';
buildDatabase({ seedDir: 'seed', migrationsDir: 'migrations', outFile: databasePath });
for (const [file, text] of renderDocs((path) => readFileSync(path, 'utf8'), databasePath)) {
  writeOrCheck(file, text, 'npm run docs');
}
