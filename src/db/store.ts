import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema.js';

/** A prepared statement whose rows have the type the caller names. */
export type Statement<Row> = Database.Statement<unknown[], Row>;

/** The read-only database of a running server, and the prepared statements made on it. */
export interface Store {
  sqlite: Database.Database;
  db: BetterSQLite3Database<typeof schema>;
  /**
   * Prepares `sql` the first time it is asked for, then reuses the statement. Keyed by the SQL
   * text itself, so two different statements can never share a cache entry.
   */
  statement<Row = unknown>(sql: string): Statement<Row>;
  /**
   * The corpus cannot change while it is open, so an aggregate (a total, a facet) computed once
   * for a key stays right: memo keeps the most recently used ones.
   */
  memo<T>(key: string, compute: () => T): T;
  close(): void;
}

export function openStore(path: string): Store {
  // readonly + fileMustExist: the server never creates, repairs or writes the corpus.
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.pragma('query_only = ON');
  return createStore(sqlite);
}

const MEMO_LIMIT = 2000;

/** A store over an open connection (the server's read-only one, or the loader's while it builds). */
export function createStore(sqlite: Database.Database): Store {
  const statements = new Map<string, Database.Statement>();
  const memos = new Map<string, unknown>();
  return {
    sqlite,
    db: drizzle(sqlite, { schema }),
    statement<Row>(sql: string) {
      let prepared = statements.get(sql);
      if (!prepared) {
        prepared = sqlite.prepare(sql);
        statements.set(sql, prepared);
      }
      return prepared as Statement<Row>;
    },
    memo(key, compute) {
      if (memos.has(key)) {
        const value = memos.get(key);
        memos.delete(key);
        memos.set(key, value);
        return value as never;
      }
      const value = compute();
      memos.set(key, value);
      if (memos.size > MEMO_LIMIT) memos.delete(memos.keys().next().value!);
      return value;
    },
    close: () => sqlite.close(),
  };
}
