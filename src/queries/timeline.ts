import type { z } from 'zod';
import { RECORD_KINDS, type RecordKind } from '../db/schema.js';
import type { timelineEventSchema } from '../schemas/analysis.js';
import type { Store } from '../db/store.js';
import { dateBounds } from '../domain/partial-date.js';
import { slugify } from '../domain/slug.js';
import { phasesOf, type PhaseSpan } from '../domain/phase-of.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { filterConditions, TABLE_OF, whereClause, type RecordFilters } from './record-filters.js';

export const TIMELINE_KINDS = [...RECORD_KINDS, 'membership'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export interface TimelineInput {
  filters: Pick<RecordFilters, 'org' | 'threat' | 'from' | 'to' | 'phase' | 'series' | 'match'>;
  kinds: TimelineKind[];
  limit: number;
  cursor?: string;
}

/**
 * Documents, meetings, activities and membership changes merged in date order (then kind, id).
 * Membership changes carry no threat and no text, so a threat or q filter leaves them out; their
 * phase follows the same rule as any record of their organization.
 */
export function timeline(store: Store, input: TimelineInput) {
  const events = [
    ...RECORD_KINDS.filter((k) => input.kinds.includes(k)).flatMap((kind) => recordEvents(store, kind, input.filters)),
    ...(input.kinds.includes('membership') && !input.filters.threat && !input.filters.match && !input.filters.series ? membershipEvents(store, input.filters) : []),
  ].sort((a, b) => compareKey(keyOf(a), keyOf(b)));
  const cursor = decodeCursor(input.cursor, 'timeline');
  const start = cursor && 'k' in cursor ? events.findIndex((e) => compareKey(keyOf(e), [cursor.k, cursor.i]) > 0) : 0;
  const from = start < 0 ? events.length : start;
  const page = events.slice(from, from + input.limit);
  const last = page.at(-1);
  const nextCursor = last && from + input.limit < events.length ? encodeCursor({ s: 'timeline', k: keyOf(last)[0], i: keyOf(last)[1] }) : null;
  return { events: page, total: events.length, nextCursor };
}

function keyOf(event: TimelineEvent): [string, string] {
  return [dateBounds(event.date).start, `${event.kind}:${event.id}`];
}

function compareKey(a: [string, string], b: [string, string]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

function recordEvents(store: Store, kind: RecordKind, filters: RecordFilters): TimelineEvent[] {
  const { where, params } = filterConditions(kind, filters);
  const rows = store.statement(`timeline|${kind}|${Object.keys(params).sort().join(',')}`, () =>
    `SELECT r.id, r.title, r.type, r.date, r.date_precision,
            (SELECT json_group_array(organization_id) FROM (SELECT DISTINCT organization_id FROM record_organizations
              WHERE record_kind = '${kind}' AND record_id = r.id ORDER BY organization_id)) AS organizations
     FROM ${TABLE_OF[kind]} r ${whereClause(where)}`,
  ).all(params) as (Omit<TimelineEvent, 'kind' | 'organizations'> & { organizations: string })[];
  return rows.map((row) => ({ kind, ...row, organizations: JSON.parse(row.organizations) as string[] }));
}

interface MembershipChange { id: number; organization_id: string; org_name: string; state: string; status: string; date: string; precision: string; change: 'from' | 'to' }

function membershipEvents(store: Store, filters: TimelineInput['filters']): TimelineEvent[] {
  const rows = store.statement('timeline|memberships', () =>
    `SELECT m.id, m.organization_id, coalesce(o.abbreviation, o.name) AS org_name, m.state, m.status,
            m.from_date AS date, m.from_precision AS precision, 'from' AS change
       FROM memberships m JOIN organizations o ON o.id = m.organization_id
     UNION ALL
     SELECT m.id, m.organization_id, coalesce(o.abbreviation, o.name), m.state, m.status, m.to_date, m.to_precision, 'to'
       FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.to_date IS NOT NULL`,
  ).all() as MembershipChange[];
  const ancestors = filters.org ? new Set((store.statement('timeline|descendants', () =>
    'SELECT descendant_id AS id FROM organization_closure WHERE ancestor_id = @org').all({ org: filters.org }) as { id: string }[]).map((r) => r.id)) : undefined;
  const phases = filters.phase ? phaseSpans(store) : [];
  const from = filters.from ? dateBounds(filters.from).start : undefined;
  const to = filters.to ? dateBounds(filters.to).end : undefined;
  return rows
    .filter((r) => !ancestors || ancestors.has(r.organization_id))
    .filter((r) => (!from || dateBounds(r.date).end >= from) && (!to || dateBounds(r.date).start <= to))
    .filter((r) => !filters.phase || phasesOf(r.date, [r.organization_id], phases).includes(filters.phase))
    .map((r) => ({
      kind: 'membership' as const,
      id: `${r.organization_id}-${slugify(r.state)}-${r.status}-${r.change === 'from' ? 'start' : 'end'}-${r.date.slice(0, 4)}`,
      title: r.change === 'from' ? `${r.state} becomes ${label(r.status)} of the ${r.org_name}` : `${r.state} ceases to be ${label(r.status)} of the ${r.org_name}`,
      type: r.change === 'from' ? `${r.status}-start` : `${r.status}-end`,
      date: r.date,
      date_precision: r.precision,
      organizations: [r.organization_id],
    }));
}

function phaseSpans(store: Store): PhaseSpan[] {
  return store.statement('timeline|phases', () =>
    'SELECT id, organization_id AS organizationId, start_year AS startYear, end_year AS endYear FROM phases').all() as PhaseSpan[];
}

const label = (status: string) => ({ member: 'a member', observer: 'an observer', 'dialogue-partner': 'a dialogue partner', 'accession-in-progress': 'an acceding state' } as Record<string, string>)[status] ?? status;

export function groupByYear(events: TimelineEvent[]) {
  const groups = new Map<number, TimelineEvent[]>();
  for (const event of events) {
    const year = Number(event.date.slice(0, 4));
    const list = groups.get(year);
    if (list) list.push(event);
    else groups.set(year, [event]);
  }
  return [...groups].map(([year, items]) => ({ year, count: items.length, events: items }));
}
