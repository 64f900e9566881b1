import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

export const EXPECTED_TABLES = ['documents', 'meetings', 'activities', 'organizations', 'search_index', 'search_postings', 'record_counts', 'corpus_meta'];

/** Why the database at `path` cannot be served, in one line, or undefined when it can. */
export function checkDatabase(path: string): string | undefined {
  if (!existsSync(path)) return `the database ${path} does not exist`;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return `the database ${path} is corrupt (quick_check: ${String(check)})`;
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").all() as { name: string }[]).map((r) => r.name));
    const missing = EXPECTED_TABLES.filter((t) => !tables.has(t));
    if (missing.length) return `the database ${path} lacks tables ${missing.join(', ')} (built by an older version?)`;
    const version = db.prepare("SELECT value FROM corpus_meta WHERE key = 'corpus_version'").get();
    if (!version) return `the database ${path} has no corpus version (an incomplete build?)`;
    return undefined;
  } catch (error) {
    return `the database ${path} cannot be read (${(error as Error).message})`;
  } finally {
    db?.close();
  }
}
