import type { RecordKind } from '../db/schema.js';
import { dateBounds } from '../domain/partial-date.js';
import { recordSearchRowid, searchRowidCondition } from '../domain/search-rowids.js';
import type { ValueSet } from '../domain/value-list.js';
import { FILTERS, FILTER_NAMES, type FilterStrategy, type HasValue, type RecordFilters } from './filter-table.js';

export type { FilterStrategy, RecordFilters } from './filter-table.js';

export const TABLE_OF: Record<RecordKind, string> = { document: 'documents', meeting: 'meetings', activity: 'activities' };

/**
 * SQL conditions over the table aliased `r`, with named parameters, built from the filter table.
 * Values are never spliced into the text (a list travels as one JSON array parameter), so the
 * text depends only on which filters are present: one prepared statement per combination.
 */
export function filterConditions(kind: RecordKind, filters: RecordFilters, alias = 'r', strategy: FilterStrategy = 'seek'): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  // `kind` comes from the closed RecordKind set, never from a request, so it is written inline:
  // one statement can then hold conditions for several kinds (search, timeline).
  const k = `'${kind}'`;
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value === undefined) continue;
    const filter = FILTERS[name];
    if (filter.shape === 'values') {
      const set = value as ValueSet<string | number>;
      const has = (filter.has as Partial<Record<RecordKind, HasValue>>)[kind];
      if (set.any.length) {
        // A record of a kind the filter does not apply to holds none of its values.
        where.push(has ? has(k, alias, list(`${name}_any`, set.any, params), strategy) : '0');
      }
      if (set.none.length && has) where.push(`NOT coalesce(${has(k, alias, list(`${name}_none`, set.none, params), strategy)}, 0)`);
    } else if (filter.shape === 'date') {
      dateCondition(filter.bound, value as string, alias, where, params);
    } else {
      where.push(`${recordSearchRowid(kind, alias)} IN (SELECT rowid FROM search_index WHERE search_index MATCH @match AND ${searchRowidCondition(kind)})`);
      params.match = value;
    }
  }
  return { where, params };
}

/**
 * A partial date stands for a span of days; a record matches a range when its span overlaps it.
 * Written on date_start where it can be, so that it seeks in the date index: a record's span is a
 * day, a month or a year of the calendar (dateBounds of its date), never across a new year, so a
 * record that ends on or after `from` starts on or after 1 January of from's year. (A bound of a
 * year earlier walked a whole year of rows that cannot match before the first that can.)
 */
function dateCondition(bound: 'from' | 'to', value: string, r: string, where: string[], params: Record<string, unknown>) {
  if (bound === 'from') {
    const from = dateBounds(value).start;
    where.push(`${r}.date_end >= @from`, `${r}.date_start >= @fromSeek`);
    params.from = from;
    params.fromSeek = `${from.slice(0, 4)}-01-01`;
  } else {
    where.push(`${r}.date_start <= @to`);
    params.to = dateBounds(value).end;
  }
}

/**
 * One value is bound as itself, several as one JSON array: either way the SQL text does not
 * depend on the values, and a single value stays an equality the indexes serve best.
 */
function list(name: string, values: (string | number)[], params: Record<string, unknown>): string {
  if (values.length === 1) {
    params[name] = values[0];
    return `(@${name})`;
  }
  params[name] = JSON.stringify(values);
  return `(SELECT value FROM json_each(@${name}))`;
}

export function whereClause(where: string[]): string {
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}
