import type { RecordKind } from '../db/schema.js';
import type { Store } from '../db/store.js';
import { recordRowidOf, searchRowidCondition } from '../domain/search-rowids.js';
import { badParameter } from '../errors.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { ValueSet } from '../domain/value-list.js';
import { FILTERS, FILTER_NAMES } from './filter-table.js';
import { countedTotal } from './filter-counts.js';
import { filterConditions, TABLE_OF, whereClause, type FilterStrategy, type RecordFilters } from './record-filters.js';

export const SORTS = ['date', '-date', 'title', 'relevance'] as const;
export type Sort = (typeof SORTS)[number];

export interface ListInput {
  filters: RecordFilters;
  limit: number;
  cursor?: string;
  sort: Sort;
}

export interface IdPage {
  ids: string[];
  total: number;
  nextCursor: string | null;
}

const KEYSET: Record<Exclude<Sort, 'relevance'>, { key: string; order: string; after: string }> = {
  date: { key: 'r.date_start', order: 'r.date_start, r.id', after: '(r.date_start, r.id) > (@cursorKey, @cursorId)' },
  '-date': { key: 'r.date_start', order: 'r.date_start DESC, r.id DESC', after: '(r.date_start, r.id) < (@cursorKey, @cursorId)' },
  title: { key: 'lower(r.title)', order: 'lower(r.title), r.id', after: '(lower(r.title), r.id) > (@cursorKey, @cursorId)' },
};

// bm25 weights per search_index column: kind, id, date (unindexed), title, aliases, body.
export const BM25 = 'bm25(search_index, 0, 0, 0, 10.0, 6.0, 1.0)';

/** One page of ids of `kind` matching the filters, in the requested order, with the total. */
export function listRecordIds(store: Store, kind: RecordKind, input: ListInput): IdPage {
  const { where, params } = filterConditions(kind, input.filters);
  const table = TABLE_OF[kind];
  const signature = `${kind}|${Object.keys(params).sort().join(',')}`;
  // The precomputed counts answer most combinations with one index range; SQL counts the rest.
  const total = store.memo(`count|${signature}|${JSON.stringify(params)}`, () => countedTotal(store, kind, input.filters)
    ?? (store.statement(`SELECT count(*) AS n FROM ${table} r ${whereClause(where)}`).get(params) as { n: number }).n);

  if (input.sort === 'relevance') return relevancePage(store, kind, input, where, params, total, signature);

  const sort = KEYSET[input.sort];
  const cursor = decodeCursor(input.cursor, input.sort);
  const strategy = filterStrategy(store, kind, input.filters);
  const pageWhere = strategy === 'scan' ? filterConditions(kind, input.filters, 'r', 'scan').where : [...where];
  const pageParams: Record<string, unknown> = { ...params, limit: input.limit + 1 };
  if (cursor) {
    if (!('k' in cursor)) throw badParameter('cursor', 'cursor is not valid for this sort');
    pageWhere.push(sort.after);
    pageParams.cursorKey = cursor.k;
    pageParams.cursorId = cursor.i;
  }
  const found = store.statement(`SELECT r.id AS id, ${sort.key} AS sortKey FROM ${table} r ${whereClause(pageWhere)} ORDER BY ${sort.order} LIMIT @limit`,
  ).all(pageParams) as { id: string; sortKey: string }[];
  const page = found.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor = found.length > input.limit && last ? encodeCursor({ s: input.sort, k: last.sortKey, i: last.id }) : null;
  return { ids: page.map((r) => r.id), total, nextCursor };
}

/**
 * Seek (IN lists) when some organization, threat or phase filter holds under a tenth of the
 * table: its list is short. Otherwise scan: walk the sort (or date) index and test each row; a page
 * stops at its limit.
 */
export function filterStrategy(store: Store, kind: RecordKind, filters: RecordFilters): FilterStrategy {
  const table = TABLE_OF[kind];
  const rows = store.memo(`table-size|${kind}`, () => store.statement<{ n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n);
  const sizes = FILTER_NAMES.flatMap((name) => {
    const filter = FILTERS[name];
    const set = filters[name] as ValueSet<string | number> | undefined;
    if (!('link' in filter) || !set?.any.length) return [];
    // The link rows of each value are the records counted for it alone; the planner scanned the
    // whole link table for an IN list of them (20 ms at 100,000 documents).
    return [store.memo(`link-size|${kind}|${name}|${JSON.stringify(set.any)}`, () => set.any.reduce<number>((sum, value) => sum
      + (countedTotal(store, kind, { [name]: { any: [value], none: [] } }) ?? store.statement<{ n: number }>(
        `SELECT count(*) AS n FROM ${filter.link.table} WHERE record_kind = @kind AND ${filter.link.column} = @value`,
      ).get({ kind, value })!.n), 0))];
  });
  return sizes.length && Math.min(...sizes) * 10 < rows ? 'seek' : 'scan';
}

function relevancePage(store: Store, kind: RecordKind, input: ListInput, where: string[], params: Record<string, unknown>, total: number, signature: string): IdPage {
  if (params.match === undefined) throw badParameter('sort', 'sort=relevance needs a search query q');
  const cursor = decodeCursor(input.cursor, 'relevance');
  const offset = cursor && 'o' in cursor ? cursor.o : 0;
  const rows = store.statement(`SELECT r.id AS id FROM ${TABLE_OF[kind]} r
     JOIN (SELECT rowid AS srow, ${BM25} AS score FROM search_index WHERE search_index MATCH @match AND ${searchRowidCondition(kind)}) s ON r.rowid = ${recordRowidOf(kind, 's.srow')}
     ${whereClause(where)} ORDER BY s.score, r.id LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: input.limit + 1, offset }) as { id: string }[];
  const page = rows.slice(0, input.limit);
  const nextCursor = rows.length > input.limit ? encodeCursor({ s: 'relevance', o: offset + input.limit }) : null;
  return { ids: page.map((r) => r.id), total, nextCursor };
}
