import type { RecordKind } from '../db/schema.js';
import { dateBounds } from '../domain/partial-date.js';
import { searchRowidCondition } from '../domain/search-rowids.js';

/** The filters every dated-record list accepts (documents, meetings, activities, timeline). */
export interface RecordFilters {
  org?: string;
  threat?: string;
  phase?: string;
  type?: string;
  year?: number;
  from?: string;
  to?: string;
  meeting?: string;
  /** A series id: its meetings, and the documents they adopted; no activity belongs to a series. */
  series?: string;
  /** An FTS5 MATCH expression, already made safe by queries/search-syntax.ts. */
  match?: string;
}

export const TABLE_OF: Record<RecordKind, string> = { document: 'documents', meeting: 'meetings', activity: 'activities' };

/**
 * SQL conditions over the table aliased `r`, with named parameters. Values are never spliced
 * into the text, so the text depends only on which filters are present: one prepared
 * statement per combination.
 */
/**
 * `seek` tests organization, threat and phase with IN lists, which suits counting and selective
 * filters; `scan` tests them row by row (EXISTS), which lets a page walk the date index and stop
 * after `limit` rows when the filters match much of the table.
 */
export type FilterStrategy = 'seek' | 'scan';

export function filterConditions(kind: RecordKind, filters: RecordFilters, alias = 'r', strategy: FilterStrategy = 'seek'): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  // `kind` comes from the closed RecordKind set, never from a request, so it is written inline:
  // one statement can then hold conditions for several kinds (search, timeline).
  const k = `'${kind}'`;
  const r = alias;
  if (filters.org !== undefined) {
    where.push(strategy === 'seek'
      ? `${r}.id IN (SELECT record_id FROM record_organization_ancestors WHERE record_kind = ${k} AND organization_id = @org)`
      : `EXISTS (SELECT 1 FROM record_organization_ancestors a WHERE a.record_kind = ${k} AND a.organization_id = @org AND a.record_id = ${r}.id)`);
    params.org = filters.org;
  }
  if (filters.threat !== undefined) {
    where.push(strategy === 'seek'
      ? `${r}.id IN (SELECT record_id FROM record_threat_ancestors WHERE record_kind = ${k} AND threat_id = @threat)`
      : `EXISTS (SELECT 1 FROM record_threat_ancestors a WHERE a.record_kind = ${k} AND a.threat_id = @threat AND a.record_id = ${r}.id)`);
    params.threat = filters.threat;
  }
  if (filters.phase !== undefined) {
    where.push(strategy === 'seek'
      ? `${r}.id IN (SELECT record_id FROM record_phases WHERE phase_id = @phase AND record_kind = ${k})`
      : `EXISTS (SELECT 1 FROM record_phases p WHERE p.phase_id = @phase AND p.record_kind = ${k} AND p.record_id = ${r}.id)`);
    params.phase = filters.phase;
  }
  if (filters.type !== undefined) {
    where.push(`${r}.type = @type`);
    params.type = filters.type;
  }
  // Year and ranges are written on date_start where they can be, so that they seek in the date index.
  if (filters.year !== undefined) {
    where.push(`${r}.date_start BETWEEN @yearStart AND @yearEnd`);
    params.yearStart = `${String(filters.year).padStart(4, '0')}-01-01`;
    params.yearEnd = `${String(filters.year).padStart(4, '0')}-12-31`;
  }
  // A partial date stands for a span of days; a record matches a range when its span overlaps it.
  // No span is longer than a year, so a record that ends on or after `from` starts after from - 1 year.
  if (filters.from !== undefined) {
    const from = dateBounds(filters.from).start;
    where.push(`${r}.date_end >= @from`, `${r}.date_start > @fromSeek`);
    params.from = from;
    params.fromSeek = `${String(Number(from.slice(0, 4)) - 1).padStart(4, '0')}${from.slice(4)}`;
  }
  if (filters.to !== undefined) {
    where.push(`${r}.date_start <= @to`);
    params.to = dateBounds(filters.to).end;
  }
  if (filters.meeting !== undefined && kind === 'document') {
    where.push(`${r}.adopted_at = @meeting`);
    params.meeting = filters.meeting;
  }
  if (filters.series !== undefined) {
    where.push(kind === 'meeting' ? `${r}.series_id = @series`
      : kind === 'document' ? `${r}.adopted_at IN (SELECT id FROM meetings WHERE series_id = @series)`
        : '0');
    params.series = filters.series;
  }
  if (filters.match !== undefined) {
    where.push(`${r}.id IN (SELECT id FROM search_index WHERE search_index MATCH @match AND ${searchRowidCondition(kind)})`);
    params.match = filters.match;
  }
  return { where, params };
}

export function whereClause(where: string[]): string {
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}
