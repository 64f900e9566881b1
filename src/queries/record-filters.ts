import type { RecordKind } from '../db/schema.js';
import { dateBounds } from '../domain/partial-date.js';

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
  /** An FTS5 MATCH expression, already made safe by queries/search-syntax.ts. */
  match?: string;
}

export const TABLE_OF: Record<RecordKind, string> = { document: 'documents', meeting: 'meetings', activity: 'activities' };

/**
 * SQL conditions over the table aliased `r`, with named parameters. Values are never spliced
 * into the text, so the text depends only on which filters are present: one prepared
 * statement per combination.
 */
export function filterConditions(kind: RecordKind, filters: RecordFilters, alias = 'r'): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  // `kind` comes from the closed RecordKind set, never from a request, so it is written inline:
  // one statement can then hold conditions for several kinds (search, timeline).
  const k = `'${kind}'`;
  const r = alias;
  if (filters.org !== undefined) {
    where.push(`${r}.id IN (SELECT record_id FROM record_organization_ancestors WHERE record_kind = ${k} AND organization_id = @org)`);
    params.org = filters.org;
  }
  if (filters.threat !== undefined) {
    where.push(`${r}.id IN (SELECT record_id FROM record_threat_ancestors WHERE record_kind = ${k} AND threat_id = @threat)`);
    params.threat = filters.threat;
  }
  if (filters.phase !== undefined) {
    where.push(`${r}.id IN (SELECT record_id FROM record_phases WHERE phase_id = @phase AND record_kind = ${k})`);
    params.phase = filters.phase;
  }
  if (filters.type !== undefined) {
    where.push(`${r}.type = @type`);
    params.type = filters.type;
  }
  if (filters.year !== undefined) {
    where.push(`${r}.year = @year`);
    params.year = filters.year;
  }
  // A partial date stands for a span of days; a record matches a range when its span overlaps it.
  if (filters.from !== undefined) {
    where.push(`${r}.date_end >= @from`);
    params.from = dateBounds(filters.from).start;
  }
  if (filters.to !== undefined) {
    where.push(`${r}.date_start <= @to`);
    params.to = dateBounds(filters.to).end;
  }
  if (filters.meeting !== undefined && kind === 'document') {
    where.push(`${r}.adopted_at = @meeting`);
    params.meeting = filters.meeting;
  }
  if (filters.match !== undefined) {
    where.push(`${r}.id IN (SELECT id FROM search_index WHERE search_index MATCH @match AND kind = ${k})`);
    params.match = filters.match;
  }
  return { where, params };
}

export function whereClause(where: string[]): string {
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}
