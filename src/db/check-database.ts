import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { codeVersion } from '../code-version.js';

export const EXPECTED_TABLES = ['documents', 'meetings', 'activities', 'organizations', 'search_index', 'search_postings', 'record_counts', 'record_pair_counts', 'corpus_meta'];

/** Why the database at `path` cannot be served, in one line, or undefined when it can. */
export function checkDatabase(path: string): string | undefined {
  if (!existsSync(path)) return `the database ${path} does not exist`;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check') as { quick_check: string }[];
    const problems = check.flatMap((row) => row.quick_check.split('\n')).filter((line) => line !== 'ok' && !line.startsWith('*** in database'));
    if (problems.length) return `the database ${path} is corrupt (quick_check: ${problems.length} problem${problems.length === 1 ? '' : 's'}, first: ${problems[0]!.slice(0, 160)})`;
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").all() as { name: string }[]).map((r) => r.name));
    const missing = EXPECTED_TABLES.filter((t) => !tables.has(t));
    if (missing.length) return `the database ${path} lacks tables ${missing.join(', ')} (built by an older version?)`;
    const version = db.prepare("SELECT value FROM corpus_meta WHERE key = 'corpus_version'").get();
    if (!version) return `the database ${path} has no corpus version (an incomplete build?)`;
    const builtBy = (db.prepare("SELECT value FROM corpus_meta WHERE key = 'code_version'").get() as { value: string } | undefined)?.value;
    if (builtBy !== codeVersion()) return `the database ${path} was built by code ${builtBy ?? 'unknown'}, this is code ${codeVersion()}: its records' JSON may differ`;
    return undefined;
  } catch (error) {
    return `the database ${path} cannot be read (${(error as Error).message})`;
  } finally {
    db?.close();
  }
}
