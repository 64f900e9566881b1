import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { codeVersion } from '../code-version.js';
import { buildDatabase } from './build-database.js';
import { computeCorpusVersion } from './corpus-version.js';

export interface EnsureOptions {
  seedDir: string;
  migrationsDir: string;
  databasePath: string;
  log?: (line: string) => void;
}

/** Why the database at `path` must be rebuilt, or undefined when it matches the seed. */
export function staleReason(options: EnsureOptions): string | undefined {
  if (!existsSync(options.databasePath)) return 'no database yet';
  const expected = computeCorpusVersion(options.seedDir, options.migrationsDir);
  try {
    const db = new Database(options.databasePath, { readonly: true, fileMustExist: true });
    try {
      const meta = (key: string) => (db.prepare('SELECT value FROM corpus_meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
      const built = meta('corpus_version');
      if (built !== expected) return `built from corpus ${built ?? 'unknown'}, seed is now ${expected}`;
      // The records' JSON is composed when the database is built, so other code composes other JSON.
      const builtBy = meta('code_version');
      if (builtBy !== codeVersion()) return `built by code ${builtBy ?? 'unknown'}, code is now ${codeVersion()}`;
      return undefined;
    } finally {
      db.close();
    }
  } catch (error) {
    return `unreadable database (${(error as Error).message})`;
  }
}

/** Builds the database when it is missing, unreadable, older than the seed, or built by other code. */
export function ensureDatabase(options: EnsureOptions): boolean {
  const reason = staleReason(options);
  if (!reason) return false;
  options.log?.(`building ${options.databasePath}: ${reason}`);
  buildDatabase({ seedDir: options.seedDir, migrationsDir: options.migrationsDir, outFile: options.databasePath, log: options.log });
  return true;
}
