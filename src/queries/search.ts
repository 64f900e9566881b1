import type { z } from 'zod';
import { RECORD_KINDS, type RecordKind } from '../db/schema.js';
import type { searchHitSchema } from '../schemas/search.js';
import type { Store } from '../db/store.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { facetCounts, mergeFacets, RECORD_FACETS, type FacetValue, type RecordFacet } from './facets.js';
import { filterConditions, TABLE_OF, type RecordFilters } from './record-filters.js';
import { recordRowidOf, recordSearchRowid, searchRowidCondition } from '../domain/search-rowids.js';
import { highlighter } from './highlight.js';
import { BM25 } from './record-list.js';
import { matchExpression, type SearchTerm } from './search-syntax.js';
import { topRankedRows, type RowScope } from './search-top-k.js';

export const SEARCH_KINDS = [...RECORD_KINDS, 'organization'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SEARCH_FACETS = ['kind', ...RECORD_FACETS] as const;

export interface SearchInput {
  terms: SearchTerm[];
  kinds: readonly SearchKind[];
  /** Record filters (org, threat, …); when any is set, organizations drop out of the results. */
  filters: Omit<RecordFilters, 'q'>;
  limit: number;
  cursor?: string;
  facets: readonly (typeof SEARCH_FACETS)[number][];
}

/** A hit as the query finds it; the route adds its links. */
export type SearchHit = Omit<z.infer<typeof searchHitSchema>, 'links'>;

function scope(input: SearchInput): { sql: string; params: Record<string, unknown>; kinds: SearchKind[] } {
  const filtered = Object.values(input.filters).some((v) => v !== undefined);
  const kinds = input.kinds.filter((k) => !(filtered && k === 'organization'));
  const params: Record<string, unknown> = { match: matchExpression(input.terms) };
  if (!filtered && kinds.length === SEARCH_KINDS.length) return { sql: 'search_index MATCH @match', params, kinds };
  const parts = kinds.map((kind) => {
    if (kind === 'organization' || !filtered) return searchRowidCondition(kind);
    const { where, params: p } = filterConditions(kind, input.filters);
    Object.assign(params, p);
    return `(${searchRowidCondition(kind)} AND +rowid IN (SELECT ${recordSearchRowid(kind)} FROM ${TABLE_OF[kind]} r WHERE ${where.join(' AND ') || '1'}))`;
  });
  // The unary + keeps the rowid list a test of each match: handed to FTS5 as a constraint, it
  // became one index lookup per listed record (1.4 s for the 22,000 documents of five years).
  return { sql: `search_index MATCH @match AND (${parts.join(' OR ') || '0'})`, params, kinds };
}

/** Ranked hits across kinds, titles and aliases weighted above the body, with highlighted snippets. */
export function search(store: Store, input: SearchInput) {
  const { sql, params, kinds } = scope(input);
  const signature = `${kinds.join(',')}|${Object.keys(params).sort().join(',')}`;
  const total = store.memo(`search-count|${sql}|${JSON.stringify(params)}`, () => (store.statement(`SELECT count(*) AS n FROM search_index WHERE ${sql}`).get(params) as { n: number }).n);
  const cursor = decodeCursor(input.cursor, 'relevance');
  const offset = cursor && 'o' in cursor ? cursor.o : 0;
  const rows = rankedPage(store, input, kinds, sql, params, signature, offset, total);
  const { mark, snippet } = highlighter(input.terms);
  const page: SearchHit[] = rows.slice(0, input.limit).map(({ body, ...hit }) => ({
    ...hit,
    title_highlighted: mark(hit.title),
    snippet: snippet(body),
    score: Math.round(-hit.score * 1000) / 1000,
  }));
  const nextCursor = rows.length > input.limit ? encodeCursor({ s: 'relevance', o: offset + input.limit }) : null;
  return { hits: page, total, nextCursor, facets: input.facets.length ? searchFacets(store, input, kinds, sql, params) : undefined };
}

/** The kinds searched and, under record filters, a check of which rows of a batch pass them. */
export function rowScope(store: Store, input: SearchInput, kinds: SearchKind[]): RowScope {
  if (!Object.values(input.filters).some((v) => v !== undefined)) return { kinds };
  const params: Record<string, unknown> = {};
  const parts = kinds.filter((kind): kind is RecordKind => kind !== 'organization').map((kind) => {
    const { where, params: p } = filterConditions(kind, input.filters, 'r', 'scan');
    Object.assign(params, p);
    return `(${searchRowidCondition(kind, 'j.value')} AND EXISTS (SELECT 1 FROM ${TABLE_OF[kind]} r WHERE r.rowid = ${recordRowidOf(kind, 'j.value')} AND ${where.join(' AND ') || '1'}))`;
  });
  const statement = store.statement(`SELECT j.value AS rowId FROM json_each(@rows) j WHERE ${parts.join(' OR ') || '0'}`);
  return {
    kinds,
    accept: (rowIds) => new Set((statement.all({ ...params, rows: JSON.stringify(rowIds) }) as { rowId: number }[]).map((r) => r.rowId)),
  };
}

type RankedHit = Omit<SearchHit, 'snippet' | 'title_highlighted'> & { body: string };

/**
 * The page's rows, one more than the limit: from impact-ordered postings when the query allows
 * (see topRankedRows), else ranked by FTS5. Both rank by bm25, then rowid.
 */
function rankedPage(store: Store, input: SearchInput, kinds: SearchKind[], sql: string, params: Record<string, unknown>, signature: string, offset: number, matches: number): RankedHit[] {
  const ranked = topRankedRows(store, input.terms, rowScope(store, input, kinds), offset + input.limit + 1, matches);
  if (ranked) {
    const page = ranked.slice(offset);
    const text = new Map((store.statement('SELECT rowid AS rowId, kind, id, title, body, date FROM search_index WHERE rowid IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify(page.map((r) => r.rowId))) as (Omit<RankedHit, 'score'> & { rowId: number })[]).map((r) => [r.rowId, r]));
    return page.map(({ rowId, score }) => {
      const { rowId: _, ...row } = text.get(rowId)!;
      return { ...row, score };
    });
  }
  // Rank first with only rowid and score, then read the text of the page's rows: sorting every
  // match with its body text in tow was most of the cost of a broad search.
  return store.statement(`WITH top AS MATERIALIZED (SELECT rowid AS rid, ${BM25} AS score FROM search_index
                  WHERE ${sql} ORDER BY score, rowid LIMIT @limit OFFSET @offset)
     SELECT s.kind, s.id, s.title, s.body, s.date, top.score FROM top JOIN search_index s ON s.rowid = top.rid
     ORDER BY top.score, top.rid`,
  ).all({ ...params, limit: input.limit + 1, offset }) as RankedHit[];
}

function searchFacets(store: Store, input: SearchInput, kinds: SearchKind[], sql: string, params: Record<string, unknown>): Record<string, FacetValue[]> {
  const result: Record<string, FacetValue[]> = {};
  if (input.facets.includes('kind')) {
    const signature = `${kinds.join(',')}|${Object.keys(params).sort().join(',')}`;
    const rows = store.memo(`search-kind-facet|${sql}|${JSON.stringify(params)}`, () => store.statement(`SELECT kind AS value, count(*) AS count FROM search_index WHERE ${sql} GROUP BY kind ORDER BY count DESC, kind`,
    ).all(params) as { value: string; count: number }[]);
    result.kind = rows.map((r) => ({ value: r.value, label: r.value, count: r.count, selected: input.kinds.length === 1 && input.kinds[0] === r.value }));
  }
  const recordFacets = input.facets.filter((f): f is RecordFacet => f !== 'kind');
  if (recordFacets.length) {
    const perKind = kinds.filter((k): k is RecordKind => k !== 'organization')
      .map((kind) => facetCounts(store, kind, { ...input.filters, q: params.match as string }, recordFacets));
    Object.assign(result, mergeFacets(perKind));
    for (const facet of recordFacets) result[facet] ??= [];
  }
  return result;
}
