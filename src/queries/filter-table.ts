import type { RecordKind } from '../db/schema.js';
import { ACTIVITY_TYPES, DOCUMENT_TYPES, MEETING_TYPES } from '../domain/vocabulary.js';
import type { ValueSet } from '../domain/value-list.js';
import type { KnownIds } from './taxonomy.js';

/**
 * Every filter of the API, declared once. Each row names the query parameter, what it means (the
 * OpenAPI description), where its allowed values come from, the SQL that applies it to each kind
 * of record, and, when it can be one, the SQL of its facet. The query schema of every endpoint,
 * its OpenAPI text, the check of ids against the corpus, the WHERE clauses and the facet counts
 * are all derived from this table (schemas/filter-params.ts, queries/record-filters.ts,
 * queries/facets.ts).
 */

/** `seek` tests a link table with an IN list (counting, selective filters); `scan` row by row (EXISTS). */
export type FilterStrategy = 'seek' | 'scan';

/** SQL true when the record `r` of kind `k` has one of `values`, a parenthesized SQL list. */
export type HasValue = (k: string, r: string, values: string, strategy: FilterStrategy) => string;

/** Where the allowed values of a filter come from. */
export type ValueSource =
  /** Ids of the corpus; `component` names the OpenAPI enum that lists them (none: checked, not listed). */
  | { from: 'corpus'; ids: keyof KnownIds; component?: string }
  /** The closed type vocabulary of each kind of record. */
  | { from: 'types' }
  /** Calendar years. */
  | { from: 'years' };

export interface FacetSql {
  join: (k: string) => string;
  value: string;
  label: string;
}

interface ValueFilter {
  shape: 'values';
  description: string;
  example: string;
  values: ValueSource;
  /** How each kind of record is tested; a kind left out holds no value for this filter. */
  has: Partial<Record<RecordKind, HasValue>>;
  /** The link table whose size decides between seek and scan (see record-list.ts). */
  link?: { table: string; column: string };
  facet?: FacetSql;
}

interface DateFilter {
  shape: 'date';
  bound: 'from' | 'to';
  description: string;
  example: string;
}

interface TextFilter {
  shape: 'text';
  description: string;
  example: string;
}

export type FilterDefinition = ValueFilter | DateFilter | TextFilter;

/** Through a link table of (record_kind, record_id, column). */
function linked(table: string, column: string): HasValue {
  return (k, r, values, strategy) => strategy === 'seek'
    ? `${r}.id IN (SELECT record_id FROM ${table} WHERE record_kind = ${k} AND ${column} IN ${values})`
    : `EXISTS (SELECT 1 FROM ${table} x WHERE x.record_kind = ${k} AND x.record_id = ${r}.id AND x.${column} IN ${values})`;
}
/**
 * A filter held in a link table of (record_kind, record_id, column): how each kind is tested, the
 * table that decides between seek and scan, and the facet, labelled from `labels.table` (alias l).
 */
function linkTable(table: string, column: string, labels: { table: string; label: string }) {
  return {
    has: everyKind(linked(table, column)),
    link: { table, column },
    facet: {
      join: (k: string) => `JOIN ${table} fa ON fa.record_kind = ${k} AND fa.record_id = r.id JOIN ${labels.table} l ON l.id = fa.${column}`,
      value: `fa.${column}`,
      label: labels.label,
    },
  };
}
const ownColumn = (name: string): HasValue => (_k, r, values) => `${r}.${name} IN ${values}`;
const everyKind = (has: HasValue) => ({ document: has, meeting: has, activity: has });

export const FILTERS = {
  org: {
    shape: 'values',
    description: 'Organization id; includes its bodies (org=sco also matches RATS records)',
    example: 'sco',
    values: { from: 'corpus', ids: 'organizations', component: 'OrganizationFilter' },
    ...linkTable('record_organization_ancestors', 'organization_id', { table: 'organizations', label: 'coalesce(l.abbreviation, l.name)' }),
  },
  threat: {
    shape: 'values',
    description: 'Threat id; includes its children (threat=terrorism also matches extremism)',
    example: 'terrorism',
    values: { from: 'corpus', ids: 'threats', component: 'ThreatFilter' },
    ...linkTable('record_threat_ancestors', 'threat_id', { table: 'threats', label: 'l.name' }),
  },
  phase: {
    shape: 'values',
    description: 'Phase id (derived from the date: one phase per periodized organization)',
    example: 'sco-expansion',
    values: { from: 'corpus', ids: 'phases', component: 'PhaseFilter' },
    ...linkTable('record_phases', 'phase_id', { table: 'phases', label: 'l.name' }),
  },
  type: {
    shape: 'values',
    description: 'Record type (document, meeting or activity type)',
    example: 'convention',
    values: { from: 'types' },
    has: everyKind(ownColumn('type')),
    facet: { join: () => '', value: 'r.type', label: 'r.type' },
  },
  year: {
    shape: 'values',
    description: 'Calendar year of the record date',
    example: '2005',
    values: { from: 'years' },
    has: everyKind(ownColumn('year')),
    facet: { join: () => '', value: 'CAST(r.year AS TEXT)', label: 'CAST(r.year AS TEXT)' },
  },
  from: {
    shape: 'date',
    bound: 'from',
    description: 'Earliest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive: a record matches when the span of days its date stands for overlaps the range',
    example: '2005',
  },
  to: {
    shape: 'date',
    bound: 'to',
    description: 'Latest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive',
    example: '2020-12-31',
  },
  meeting: {
    shape: 'values',
    description: 'Id of the meeting that adopted the document (documents only)',
    example: 'asean-summit-12',
    values: { from: 'corpus', ids: 'meetings' },
    has: { document: ownColumn('adopted_at') },
  },
  series: {
    shape: 'values',
    description: 'Series id (see /v1/series): its meetings, and the documents they adopted; no activity belongs to a series',
    example: 'asean-summit',
    values: { from: 'corpus', ids: 'series', component: 'SeriesFilter' },
    has: {
      meeting: ownColumn('series_id'),
      document: (_k, r, values) => `${r}.adopted_at IN (SELECT id FROM meetings WHERE series_id IN ${values})`,
    },
    // A meeting's own series; a document's is that of the meeting that adopted it; activities have none.
    facet: {
      join: (k) => k === "'meeting'" ? 'JOIN series s ON s.id = r.series_id'
        : k === "'document'" ? 'JOIN meetings m ON m.id = r.adopted_at JOIN series s ON s.id = m.series_id'
          : 'JOIN series s ON 0',
      value: 's.id', label: 's.name',
    },
  },
  q: {
    shape: 'text',
    description: 'Full-text filter: words are ANDed, "a phrase" in double quotes, a trailing * for a prefix',
    example: 'terrorism',
  },
} as const satisfies Record<string, FilterDefinition>;

export type FilterName = keyof typeof FILTERS;
export const FILTER_NAMES = Object.keys(FILTERS) as FilterName[];

/** A filter's value once parsed: a set of values, a date, or a safe FTS5 MATCH expression. */
type Parsed<D> = D extends { values: { from: 'years' } } ? ValueSet<number> : D extends { shape: 'values' } ? ValueSet<string> : string;

/** The filters a request selects, keyed by parameter; absent means "any". */
export type RecordFilters = { -readonly [K in FilterName]?: Parsed<(typeof FILTERS)[K]> };

export const FACETABLE = FILTER_NAMES.filter((name): name is FacetName => 'facet' in FILTERS[name]);
export type FacetName = { [K in FilterName]: (typeof FILTERS)[K] extends { facet: FacetSql } ? K : never }[FilterName];

export const TYPES_OF: Record<RecordKind, readonly string[]> = { document: DOCUMENT_TYPES, meeting: MEETING_TYPES, activity: ACTIVITY_TYPES };
