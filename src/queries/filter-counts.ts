import type { RecordKind } from '../db/schema.js';
import type { Store } from '../db/store.js';
import type { ValueSet } from '../domain/value-list.js';
import type { RecordFilters } from './record-filters.js';

/**
 * Totals and facet counts read from record_counts, the counts precomputed by the loader per
 * organization, threat, phase, type and year (src/corpus/record-counts.ts): one index range
 * instead of counting the matching rows, whatever the combination. Undefined when the filters
 * reach beyond those dimensions (a month or day in from/to, a meeting, a series, a search), and
 * the caller counts with SQL as before.
 */
export type CountedFacet = 'org' | 'threat' | 'phase' | 'type' | 'year';

interface Cell {
  kind: RecordKind;
  org: string;
  threat: string;
  phase: string;
  type: string;
  /** An inclusive range of years, or undefined for any year. */
  years?: [number, number];
}

const YEAR_ONLY = /^\d{4}$/;

/** The one value of a set that names exactly one and excludes none, else undefined. */
function single<T>(set: ValueSet<T> | undefined): T | undefined | false {
  if (set === undefined) return undefined;
  return set.any.length === 1 && set.none.length === 0 ? set.any[0]! : false;
}

function cellOf(kind: RecordKind, filters: RecordFilters): Cell | undefined {
  const { org, threat, phase, type, year, from, to, ...rest } = filters;
  // One plain value per dimension; other filters, lists of values and exclusions are left to SQL.
  if (Object.values(rest).some((v) => v !== undefined)) return undefined;
  const values = { org: single(org), threat: single(threat), phase: single(phase), type: single(type), year: single(year) };
  if (Object.values(values).some((v) => v === false)) return undefined;
  if (![from, to].every((v) => v === undefined || YEAR_ONLY.test(v))) return undefined;
  // A record's dates lie within one calendar year, so whole-year bounds select whole years.
  const exact = values.year || undefined;
  const low = Math.max(exact ?? -Infinity, from === undefined ? -Infinity : Number(from));
  const high = Math.min(exact ?? Infinity, to === undefined ? Infinity : Number(to));
  const years: [number, number] | undefined = low === -Infinity && high === Infinity ? undefined : [low === -Infinity ? 1 : low, high === Infinity ? 9999 : high];
  return { kind, org: values.org || '', threat: values.threat || '', phase: values.phase || '', type: values.type || '', years };
}

function yearCondition(cell: Cell): string {
  return cell.years ? 'c.year BETWEEN @low AND @high' : 'c.year = 0';
}

function params(cell: Cell): Record<string, unknown> {
  return { kind: cell.kind, org: cell.org, threat: cell.threat, phase: cell.phase, type: cell.type, low: cell.years?.[0] ?? 0, high: cell.years?.[1] ?? 0 };
}

/** The number of records of `kind` the filters select, or undefined when the counts cannot tell. */
export function countedTotal(store: Store, kind: RecordKind, filters: RecordFilters): number | undefined {
  const cell = cellOf(kind, filters);
  if (!cell) return undefined;
  const row = store.statement(`SELECT coalesce(sum(c.n), 0) AS n FROM record_counts c
     WHERE c.kind = @kind AND c.org = @org AND c.threat = @threat AND c.phase = @phase AND c.type = @type AND ${yearCondition(cell)}`,
  ).get(params(cell)) as { n: number };
  return row.n;
}

const LABELS: Record<CountedFacet, { join: string; label: string }> = {
  org: { join: 'JOIN organizations o ON o.id = c.org', label: 'coalesce(o.abbreviation, o.name)' },
  threat: { join: 'JOIN threats t ON t.id = c.threat', label: 't.name' },
  phase: { join: 'JOIN phases p ON p.id = c.phase', label: 'p.name' },
  type: { join: '', label: 'c.type' },
  year: { join: '', label: 'CAST(c.year AS TEXT)' },
};

/**
 * Counts per value of `facet` under the filters, ordered as facets are (count, then value), or
 * undefined when the counts cannot tell. A year range still allows the year facet; a facet whose
 * own dimension is filtered needs two values of it at once, which record_pair_counts holds for an
 * organization, threat or phase filtered alone among the three (types and years allowed).
 */
export function countedFacet(store: Store, kind: RecordKind, facet: CountedFacet, filters: RecordFilters): { value: string; label: string; count: number }[] | undefined {
  const cell = cellOf(kind, filters);
  if (!cell) return undefined;
  if (facet !== 'year' && cell[facet] !== '') return facet === 'type' ? undefined : pairFacet(store, cell, facet);
  const fixed = (['org', 'threat', 'phase', 'type'] as const).filter((d) => d !== facet).map((d) => `c.${d} = @${d}`);
  const years = facet === 'year' ? (cell.years ? 'c.year BETWEEN @low AND @high' : 'c.year != 0') : yearCondition(cell);
  const { join, label } = LABELS[facet];
  const value = facet === 'year' ? 'CAST(c.year AS TEXT)' : `c.${facet}`;
  return store.statement(`SELECT ${value} AS value, ${label} AS label, sum(c.n) AS count FROM record_counts c ${join}
     WHERE c.kind = @kind AND ${fixed.join(' AND ')} AND ${years} AND c.${facet} != ${facet === 'year' ? '0' : "''"}
     GROUP BY c.${facet} ORDER BY count DESC, value`,
  ).all(params(cell)) as { value: string; label: string; count: number }[];
}

/** The facet of a linked dimension under a filter on one value of it, from record_pair_counts. */
function pairFacet(store: Store, cell: Cell, facet: 'org' | 'threat' | 'phase') {
  if ((['org', 'threat', 'phase'] as const).some((d) => d !== facet && cell[d] !== '')) return undefined;
  const { join, label } = LABELS[facet];
  return store.statement(`SELECT c.other AS value, ${label} AS label, sum(c.n) AS count FROM record_pair_counts c ${join.replace(`c.${facet}`, 'c.other')}
     WHERE c.kind = @kind AND c.dimension = @dimension AND c.value = @value AND c.type = @type AND ${yearCondition(cell)}
     GROUP BY c.other ORDER BY count DESC, value`,
  ).all({ kind: cell.kind, dimension: facet, value: cell[facet], type: cell.type, low: cell.years?.[0] ?? 0, high: cell.years?.[1] ?? 0 }) as { value: string; label: string; count: number }[];
}
