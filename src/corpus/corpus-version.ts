import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listSeedFiles } from './seed-files.js';

/**
 * The corpus version is a digest of everything the database is built from: the seed files and
 * the migrations. It names the build (ETags derive from it) and tells a stale database apart.
 */
export function computeCorpusVersion(seedDir: string, migrationsDir: string): string {
  const hash = createHash('sha256');
  const migrationFiles = readdirSync(migrationsDir).filter((f) => f.endsWith('.sql')).sort().map((f) => join(migrationsDir, f));
  for (const file of [...listSeedFiles(seedDir), ...migrationFiles]) {
    hash.update(file.slice(file.lastIndexOf('/') + 1)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export function latestMigrationTag(migrationsDir: string): string {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  return journal.entries.at(-1)?.tag ?? 'none';
}
