import type { RecordKind } from '../db/schema.js';
import type { Store } from '../db/store.js';
import { notFound } from '../errors.js';

/** The stored JSON list items of `ids`, in the order of `ids`. */
export function itemStrings(store: Store, kind: RecordKind, ids: string[]): string[] {
  if (ids.length === 0) return [];
  const rows = store.statement('SELECT id, item FROM record_json WHERE kind = @kind AND id IN (SELECT value FROM json_each(@ids))',
  ).all({ kind, ids: JSON.stringify(ids) }) as { id: string; item: string }[];
  const byId = new Map(rows.map((r) => [r.id, r.item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function items<T>(store: Store, kind: RecordKind, ids: string[]): T[] {
  return itemStrings(store, kind, ids).map((json) => JSON.parse(json) as T);
}

/** The stored JSON detail of one record; 404 when there is none. */
export function detailString(store: Store, kind: RecordKind, id: string): string {
  const row = store.statement('SELECT detail FROM record_json WHERE kind = @kind AND id = @id').get({ kind, id }) as { detail: string } | undefined;
  if (!row) throw notFound(kind, id);
  return row.detail;
}
