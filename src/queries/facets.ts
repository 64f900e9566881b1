import type { RecordKind } from '../db/schema.js';
import type { Store } from '../db/store.js';
import { filterConditions, TABLE_OF, whereClause, type RecordFilters } from './record-filters.js';

export const RECORD_FACETS = ['org', 'threat', 'phase', 'type', 'year', 'series'] as const;
export type RecordFacet = (typeof RECORD_FACETS)[number];

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

/**
 * Counts per value under the current filters. `org` and `threat` count through the hierarchy,
 * as their filters do: a RATS document counts for both rats and sco.
 */
const FACET_SQL: Record<RecordFacet, (k: string) => { join: string; value: string; label: string }> = {
  org: (k) => ({
    join: `JOIN record_organization_ancestors ra ON ra.record_kind = ${k} AND ra.record_id = r.id
           JOIN organizations o ON o.id = ra.organization_id`,
    value: 'ra.organization_id', label: 'coalesce(o.abbreviation, o.name)',
  }),
  threat: (k) => ({
    join: `JOIN record_threat_ancestors ra ON ra.record_kind = ${k} AND ra.record_id = r.id
           JOIN threats t ON t.id = ra.threat_id`,
    value: 'ra.threat_id', label: 't.name',
  }),
  phase: (k) => ({
    join: `JOIN record_phases rp ON rp.record_kind = ${k} AND rp.record_id = r.id JOIN phases p ON p.id = rp.phase_id`,
    value: 'rp.phase_id', label: 'p.name',
  }),
  type: () => ({ join: '', value: 'r.type', label: 'r.type' }),
  year: () => ({ join: '', value: 'CAST(r.year AS TEXT)', label: 'CAST(r.year AS TEXT)' }),
  // A meeting's own series; a document's is that of the meeting that adopted it; activities have none.
  series: (k) => ({
    join: k === "'meeting'" ? 'JOIN series s ON s.id = r.series_id'
      : k === "'document'" ? 'JOIN meetings m ON m.id = r.adopted_at JOIN series s ON s.id = m.series_id'
        : 'JOIN series s ON 0',
    value: 's.id', label: 's.name',
  }),
};

export function facetCounts(store: Store, kind: RecordKind, filters: RecordFilters, facets: RecordFacet[]): Partial<Record<RecordFacet, FacetValue[]>> {
  const { where, params } = filterConditions(kind, filters);
  const signature = Object.keys(params).sort().join(',');
  const result: Partial<Record<RecordFacet, FacetValue[]>> = {};
  for (const facet of facets) {
    const { join, value, label } = FACET_SQL[facet](`'${kind}'`);
    const rows = store.memo(`facet|${kind}|${facet}|${signature}|${JSON.stringify(params)}`, () => store.statement(`facet|${kind}|${facet}|${signature}`, () =>
      `SELECT ${value} AS value, ${label} AS label, count(*) AS count FROM ${TABLE_OF[kind]} r ${join}
       ${whereClause(where)} GROUP BY ${value} ORDER BY count DESC, value`,
    ).all(params) as { value: string; label: string; count: number }[]);
    const selectedValue = facet === 'year' ? filters.year?.toString() : (filters as Record<string, unknown>)[facet];
    result[facet] = rows.map((row) => ({ ...row, selected: row.value === selectedValue }));
  }
  return result;
}

/** Adds the counts of several kinds value by value (for search across kinds). */
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
  return Object.fromEntries(Object.entries(merged).map(([facet, map]) =>
    [facet, [...map.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))]));
}
