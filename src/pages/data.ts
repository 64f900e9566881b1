import type { FastifyInstance } from 'fastify';
import { RECORD_KINDS, type RecordKind } from '../db/schema.js';
import { renderCitations, type CitationFormat } from '../exports/citation-formats.js';
import { compare, COMPARED_ORGANIZATIONS } from '../queries/compare.js';
import type { DocumentSummary } from '../queries/documents.js';
import { facetCounts, RECORD_FACETS, type FacetValue } from '../queries/facets.js';
import { getOrganization, listOrganizations } from '../queries/organizations.js';
import { detailString, items } from '../queries/record-json.js';
import { listRecordIds } from '../queries/record-list.js';
import { search, SEARCH_FACETS, SEARCH_KINDS, type SearchKind } from '../queries/search.js';
import { parseSearchTerms } from '../queries/search-syntax.js';
import { listPhases, listThreats } from '../queries/taxonomy.js';
import { getSeries, listSeries, listSeriesNames } from '../queries/series.js';
import { timeline, TIMELINE_KINDS } from '../queries/timeline.js';
import { z } from 'zod';
import { badParameter } from '../errors.js';
import type { FilterName, RecordFilters } from '../queries/filter-table.js';
import type { Sort } from '../queries/record-list.js';
import { toListInput } from '../routes/list-support.js';
import { filterParams } from '../schemas/filter-params.js';
import { nameList } from '../schemas/query-params.js';

/**
 * The pages' one door into the query layer: the same functions, with the same validation, that
 * the /v1 routes call. When the query layer changes shape, this file is the one to adapt.
 */
export interface PageQuery {
  org?: string; threat?: string; phase?: string; type?: string; year?: string; from?: string; to?: string;
  meeting?: string; series?: string; q?: string; sort?: Sort; cursor?: string; limit?: number;
}

const PAGE_FILTERS: FilterName[] = ['org', 'threat', 'phase', 'type', 'year', 'from', 'to', 'meeting', 'series', 'q'];
const parsers = new WeakMap<FastifyInstance, Map<string, z.ZodObject>>();

/**
 * The filters of a page's query parsed by the same Zod parameters as /v1 (filter table, corpus
 * ids, OR and NOT), so a form value is read exactly as the API reads it.
 */
function parseFilters(app: FastifyInstance, raw: Partial<Record<FilterName, string>>, kinds: readonly RecordKind[]): RecordFilters {
  const key = kinds.join(',');
  const byKinds = parsers.get(app) ?? parsers.set(app, new Map()).get(app)!;
  const schema = byKinds.get(key) ?? byKinds.set(key, z.object(filterParams(PAGE_FILTERS, app.knownIds, kinds))).get(key)!;
  const given = Object.fromEntries(PAGE_FILTERS.flatMap((name) => (raw[name] === undefined ? [] : [[name, String(raw[name])]])));
  const result = schema.safeParse(given);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw badParameter(String(issue.path[0] ?? 'query'), issue.message);
  }
  return result.data as RecordFilters;
}

export interface ListResult<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
  facets: Partial<Record<string, FacetValue[]>>;
}

export function listPage<T>(app: FastifyInstance, kind: RecordKind, query: PageQuery): ListResult<T> {
  const input = toListInput({ sort: query.sort, cursor: query.cursor, limit: query.limit ?? 50 }, parseFilters(app, query, [kind]));
  const page = listRecordIds(app.store, kind, input);
  return {
    items: items<T>(app.store, kind, page.ids),
    total: page.total,
    nextCursor: page.nextCursor,
    facets: facetCounts(app.store, kind, input.filters, [...RECORD_FACETS]),
  };
}

export interface SearchPageQuery extends Omit<PageQuery, 'q' | 'type' | 'meeting' | 'sort'> {
  q: string;
  kind?: string;
}

// Built once: a schema made per request costs its construction and its first-parse compilation every time.
const searchKinds = nameList('kind', SEARCH_KINDS, SEARCH_KINDS, 'kinds', 'document');

export function searchPage(app: FastifyInstance, query: SearchPageQuery) {
  const { q, kind, limit, cursor, ...rest } = query;
  const parsedKinds = searchKinds.safeParse(kind);
  if (!parsedKinds.success) throw badParameter('kind', parsedKinds.error.issues[0]!.message);
  const kinds = parsedKinds.data;
  const { filters } = toListInput({ limit: 1 }, parseFilters(app, rest, RECORD_KINDS));
  return search(app.store, { terms: parseSearchTerms(q, 'q'), kinds, filters, limit: limit ?? 20, cursor, facets: [...SEARCH_FACETS] });
}
export type SearchResult = ReturnType<typeof searchPage>;
export { SEARCH_KINDS, type SearchKind };

/** A record's detail exactly as GET /v1/{kind}s/{id} answers it. */
export function recordDetail(app: FastifyInstance, kind: RecordKind, id: string): Record<string, unknown> {
  return JSON.parse(detailString(app.store, kind, id)) as Record<string, unknown>;
}

export function organizationDetail(app: FastifyInstance, id: string) {
  return getOrganization(app.store, id);
}
export type OrganizationDetail = ReturnType<typeof organizationDetail>;

// The corpus cannot change while it is open: vocabularies and comparisons are computed once.
export const organizations = (app: FastifyInstance) => app.store.memo('pages|organizations', () => listOrganizations(app.store));
export const threats = (app: FastifyInstance) => app.store.memo('pages|threats', () => listThreats(app.store));
export const phases = (app: FastifyInstance) => app.store.memo('pages|phases', () => listPhases(app.store));
export const corpusMeta = (app: FastifyInstance) => app.corpusMeta;
/** Each series with the meetings the public record holds and the corpus has, and its known gaps. */
export const series = (app: FastifyInstance) => app.store.memo('pages|series', () => listSeries(app.store));
export type SeriesCoverage = ReturnType<typeof series>[number];
/** Each series' id and name, for forms and labels, without the coverage `series` computes. */
export const seriesNames = (app: FastifyInstance) => app.store.memo('pages|series-names', () => listSeriesNames(app.store));

type AdoptedDocument = Pick<DocumentSummary, 'id' | 'title' | 'type' | 'date' | 'adopted_at'>;

/**
 * A series as GET /v1/series/{id} answers it (404 for an unknown id), each meeting with the
 * documents it adopted, as GET /v1/documents?series={id} lists them.
 */
export function seriesDetail(app: FastifyInstance, id: string) {
  const detail = getSeries(app.store, id);
  const input = toListInput({ limit: 500 }, parseFilters(app, { series: id }, ['document']));
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = listRecordIds(app.store, 'document', { ...input, cursor });
    ids.push(...page.ids);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const adopted = new Map<string, AdoptedDocument[]>();
  for (const document of items<AdoptedDocument>(app.store, 'document', ids)) {
    if (document.adopted_at) (adopted.get(document.adopted_at) ?? adopted.set(document.adopted_at, []).get(document.adopted_at)!).push(document);
  }
  return { ...detail, meetings: detail.meetings.map((meeting) => ({ ...meeting, documents: adopted.get(meeting.id) ?? [] })) };
}
export type SeriesDetail = ReturnType<typeof seriesDetail>;

export interface TimelineFilters { org?: string; threat?: string; series?: string; from?: string; to?: string; q?: string }

/** Every timeline event (documents, meetings, activities) the filters match, unpaginated. */
export function timelineEvents(app: FastifyInstance, filters: TimelineFilters) {
  const kinds = TIMELINE_KINDS.filter((k) => k !== 'membership');
  return timeline(app.store, {
    filters: toListInput({ limit: 1 }, parseFilters(app, filters, RECORD_KINDS)).filters,
    kinds,
    limit: 1_000_000,
  }).events;
}

export function comparison(app: FastifyInstance, threat: string | undefined) {
  const filters = toListInput({ limit: 1 }, parseFilters(app, { threat }, RECORD_KINDS)).filters;
  return app.store.memo(`pages|compare|${threat ?? ''}`, () => compare(app.store, filters));
}
export type Comparison = ReturnType<typeof comparison>;

/**
 * Documents of each compared organization (its bodies included) per threat (its sub-threats
 * included): the threat facet of /v1/documents?org={org}, read from the precomputed counts, the
 * same numbers as each threat's comparison without computing one per threat.
 */
export function documentsPerThreat(app: FastifyInstance): Map<string, Map<string, number>> {
  return app.store.memo('pages|documents-per-threat', () => new Map(COMPARED_ORGANIZATIONS.map((org) => {
    const filters = toListInput({ limit: 1 }, parseFilters(app, { org }, ['document'])).filters;
    return [org, new Map((facetCounts(app.store, 'document', filters, ['threat']).threat ?? []).map((v) => [v.value, v.count]))];
  })));
}

/** A dated record as a reference in BibTeX, RIS or CSL-JSON, by the same renderer as /v1/documents/{id}/citation. */
export function citationOf(record: Record<string, unknown>, format: CitationFormat): string {
  const citable = { abbreviation: null, ...record } as unknown as DocumentSummary;
  return renderCitations([citable], format);
}

export { RECORD_KINDS, RECORD_FACETS };
export type { FacetValue, RecordKind };

/** Rows of one table of the corpus, for the data package (table names come from code, never a request). */
export function tableRows(app: FastifyInstance) {
  return (table: string, columns: string[]) =>
    app.store.sqlite.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY rowid`).all() as Record<string, unknown>[];
}

/** The path of the SQLite file the server reads. */
export const databaseFile = (app: FastifyInstance) => app.store.sqlite.name;
