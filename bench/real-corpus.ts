import { mkdirSync } from 'node:fs';
import { writeDatabase } from '../src/corpus/build-database.js';
import { computeCorpusVersion } from '../src/corpus/corpus-version.js';
import { listSeedFiles } from '../src/corpus/seed-files.js';
import { validateSeedFiles } from '../src/corpus/validate-seed.js';

/** Builds the real corpus from seed/ into .tmp/bench/NAME.sqlite for a benchmark, and returns its path. */
export function buildRealCorpus(name: string): string {
  mkdirSync('.tmp/bench', { recursive: true });
  const seed = validateSeedFiles(listSeedFiles('seed'));
  if (seed.issues.length) throw new Error('the seed has problems: run npm run seed:check');
  const path = `.tmp/bench/${name}.sqlite`;
  writeDatabase(seed.corpus, computeCorpusVersion('seed', 'migrations'), { migrationsDir: 'migrations', outFile: path });
  return path;
}
