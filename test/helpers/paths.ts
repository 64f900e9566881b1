import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEED_DIR = resolve(ROOT, 'seed');
export const MIGRATIONS_DIR = resolve(ROOT, 'migrations');
export const THESIS_PATH = resolve(ROOT, '../shared/sources/000_df8979263b835203.txt');
/** Built once per run by global-setup.ts from the real seed files. */
export const TEST_DATABASE = resolve(ROOT, '.tmp/test/corpus.sqlite');
