import type { RecordKind } from '../db/schema.js';
import type { Store } from '../db/store.js';
import type { ValueSet } from '../domain/value-list.js';
import { countedFacet, type CountedFacet } from './filter-counts.js';
import { FACETABLE, FILTERS, type FacetName } from './filter-table.js';
import { filterConditions, TABLE_OF, whereClause, type RecordFilters } from './record-filters.js';
import { filterStrategy } from './record-list.js';

export const RECORD_FACETS = FACETABLE;
export type RecordFacet = FacetName;

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

/**
 * Counts per value under the current filters, OR and NOT included. `org` and `threat` count
 * through the hierarchy, as their filters do: a RATS document counts for both rats and sco.
 * Years come in chronological order, other facets by count, then value.
 */
const COUNTED: readonly string[] = ['org', 'threat', 'phase', 'type', 'year'] satisfies CountedFacet[];
const isCounted = (facet: RecordFacet): facet is RecordFacet & CountedFacet => COUNTED.includes(facet);

export function facetCounts(store: Store, kind: RecordKind, filters: RecordFilters, facets: readonly RecordFacet[]): Partial<Record<RecordFacet, FacetValue[]>> {
  const { where, params } = filterConditions(kind, filters, 'r', filterStrategy(store, kind, filters));
  const table = TABLE_OF[kind];
  const result: Partial<Record<RecordFacet, FacetValue[]>> = {};
  for (const facet of facets) {
    const { join, value, label } = FILTERS[facet].facet;
    // The filtered records first, then their values: left to itself the planner drove an
    // organization or threat facet filtered on its own dimension from the filter's list of
    // records (a third of the table), reading each record and probing every value (0.2 to 7 s).
    // A link table's facet joins on the record's id alone, which the selected ids stand in for.
    const records = 'link' in FILTERS[facet] ? 'selected r' : `selected CROSS JOIN ${table} r ON r.id = selected.id`;
    const sql = where.length
      ? `WITH selected AS MATERIALIZED (SELECT r.id FROM ${table} r ${whereClause(where)})
         SELECT ${value} AS value, ${label} AS label, count(*) AS count FROM ${records} ${join(`'${kind}'`)} GROUP BY ${value}`
      : `SELECT ${value} AS value, ${label} AS label, count(*) AS count FROM ${table} r ${join(`'${kind}'`)} GROUP BY ${value}`;
    const rows = store.memo(`facet|${sql}|${JSON.stringify(params)}`, () => (isCounted(facet) ? countedFacet(store, kind, facet, filters) : undefined)
      ?? store.statement<Omit<FacetValue, 'selected'>>(sql).all(params));
    result[facet] = ordered(facet, rows.map((row) => ({ ...row, selected: isSelected(filters, facet, row.value) })));
  }
  return result;
}

function isSelected(filters: RecordFilters, facet: RecordFacet, value: string): boolean {
  const set = filters[facet] as ValueSet<string | number> | undefined;
  return set?.any.some((v) => String(v) === value) ?? false;
}

export function ordered(facet: string, values: FacetValue[]): FacetValue[] {
  return facet === 'year'
    ? values.sort((a, b) => Number(a.value) - Number(b.value))
    : values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The year facet with every year of `span` present, zero where nothing matches. */
export function fillYears(values: FacetValue[], span: { from: number; to: number }, filters: RecordFilters): FacetValue[] {
  const byYear = new Map(values.map((v) => [Number(v.value), v]));
  const filled: FacetValue[] = [];
  for (let year = Math.min(span.from, ...byYear.keys()); year <= Math.max(span.to, ...byYear.keys()); year++) {
    filled.push(byYear.get(year) ?? { value: String(year), label: String(year), count: 0, selected: isSelected(filters, 'year', String(year)) });
  }
  return filled;
}

/** The first and last year of any dated record of the corpus. */
export function corpusYears(store: Store): { from: number; to: number } {
  return store.memo('corpus-years', () => store.statement<{ from: number; to: number }>(
    `SELECT min(y) AS "from", max(y) AS "to" FROM (SELECT year AS y FROM documents UNION ALL SELECT year FROM meetings UNION ALL SELECT year FROM activities)`,
  ).get()!);
}

/** Adds the counts of several kinds value by value (search, timeline and /v1/facets across kinds). */
export function mergeFacets(parts: Partial<Record<string, FacetValue[]>>[]): Record<string, FacetValue[]> {
  const merged: Record<string, Map<string, FacetValue>> = {};
  for (const part of parts) {
    for (const [facet, values] of Object.entries(part)) {
      const map = (merged[facet] ??= new Map());
      for (const v of values ?? []) {
        const existing = map.get(v.value);
        if (existing) existing.count += v.count;
        else map.set(v.value, { ...v });
      }
    }
  }
  return Object.fromEntries(Object.entries(merged).map(([facet, map]) => [facet, ordered(facet, [...map.values()])]));
}
