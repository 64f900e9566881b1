import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema.js';

/** The read-only database of a running server, and the prepared statements made on it. */
export interface Store {
  sqlite: Database.Database;
  db: BetterSQLite3Database<typeof schema>;
  /** Prepares `sql` the first time `key` is asked for, then reuses the statement. */
  statement(key: string, sql: () => string): Database.Statement;
  close(): void;
}

export function openStore(path: string): Store {
  // readonly + fileMustExist: the server never creates, repairs or writes the corpus.
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.pragma('query_only = ON');
  const statements = new Map<string, Database.Statement>();
  return {
    sqlite,
    db: drizzle(sqlite, { schema }),
    statement(key, sql) {
      let prepared = statements.get(key);
      if (!prepared) {
        prepared = sqlite.prepare(sql());
        statements.set(key, prepared);
      }
      return prepared;
    },
    close: () => sqlite.close(),
  };
}
