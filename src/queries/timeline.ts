import type { z } from 'zod';
import { RECORD_KINDS, type RecordKind } from '../db/schema.js';
import type { timelineEventSchema } from '../schemas/analysis.js';
import type { Store } from '../db/store.js';
import { dateBounds, yearOf } from '../domain/partial-date.js';
import { passes, type ValueSet } from '../domain/value-list.js';
import { FILTERS, FILTER_NAMES } from './filter-table.js';
import { slugify } from '../domain/slug.js';
import { phasesOf, type PhaseSpan } from '../domain/phase-of.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { filterConditions, TABLE_OF, whereClause, type RecordFilters } from './record-filters.js';

const VALUE_FILTERS = FILTER_NAMES.filter((name) => FILTERS[name].shape === 'values');

export const TIMELINE_KINDS = [...RECORD_KINDS, 'membership'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** An event as the query finds it; the route adds its links. */
export type TimelineEvent = Omit<z.infer<typeof timelineEventSchema>, 'links'>;

export interface TimelineInput {
  filters: RecordFilters;
  kinds: readonly TimelineKind[];
  limit: number;
  cursor?: string;
}

/**
 * Documents, meetings, activities and membership changes merged in date order (then kind, id).
 * A membership change has an organization, a date and a phase (by the same rule as any record
 * of its organization) but no threat, type, meeting or text: it fails a filter that asks for one
 * of those values and passes one that excludes them, and a q filter leaves it out.
 */
export function timeline(store: Store, input: TimelineInput) {
  const events = allEvents(store, input);
  const cursor = decodeCursor(input.cursor, 'timeline');
  const start = cursor && 'k' in cursor ? events.findIndex((e) => compareKey(keyOf(e), [cursor.k, cursor.i]) > 0) : 0;
  const from = start < 0 ? events.length : start;
  const page = events.slice(from, from + input.limit);
  const last = page.at(-1);
  const nextCursor = last && from + input.limit < events.length ? encodeCursor({ s: 'timeline', k: keyOf(last)[0], i: keyOf(last)[1] }) : null;
  return { events: page, total: events.length, nextCursor, groups: countByYear(events) };
}

/** Every event the filters match, in timeline order (for exports and counts). */
export function allEvents(store: Store, input: Pick<TimelineInput, 'filters' | 'kinds'>): TimelineEvent[] {
  const events = [
    ...RECORD_KINDS.filter((k) => input.kinds.includes(k)).flatMap((kind) => recordEvents(store, kind, input.filters)),
    ...(input.kinds.includes('membership') && !input.filters.q ? membershipEvents(store, input.filters) : []),
  ];
  // Each key computed once, not twice per comparison (a date's bounds are parsed to make it).
  return events.map((event) => ({ event, key: keyOf(event) })).sort((a, b) => compareKey(a.key, b.key)).map(({ event }) => event);
}

function keyOf(event: TimelineEvent): [string, string] {
  return [dateBounds(event.date).start, `${event.kind}:${event.id}`];
}

function compareKey(a: [string, string], b: [string, string]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

function recordEvents(store: Store, kind: RecordKind, filters: RecordFilters): TimelineEvent[] {
  const { where, params } = filterConditions(kind, filters);
  const rows = store.statement<Omit<TimelineEvent, 'kind' | 'organizations'> & { organizations: string }>(`SELECT r.id, r.title, r.type, r.date, r.date_precision,
            (SELECT json_group_array(organization_id) FROM (SELECT DISTINCT organization_id FROM record_organizations
              WHERE record_kind = '${kind}' AND record_id = r.id ORDER BY organization_id)) AS organizations
     FROM ${TABLE_OF[kind]} r ${whereClause(where)}`,
  ).all(params);
  return rows.map((row) => ({ kind, ...row, organizations: JSON.parse(row.organizations) as string[] }));
}

interface MembershipChange { id: number; organization_id: string; org_name: string; state: string; status: string; date: string; precision: string; change: 'from' | 'to' }

function membershipEvents(store: Store, filters: TimelineInput['filters']): TimelineEvent[] {
  const rows = store.statement<MembershipChange>(`SELECT m.id, m.organization_id, coalesce(o.abbreviation, o.name) AS org_name, m.state, m.status,
            m.from_date AS date, m.from_precision AS precision, 'from' AS change
       FROM memberships m JOIN organizations o ON o.id = m.organization_id
     UNION ALL
     SELECT m.id, m.organization_id, coalesce(o.abbreviation, o.name), m.state, m.status, m.to_date, m.to_precision, 'to'
       FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.to_date IS NOT NULL`,
  ).all();
  const ancestorsOf = store.memo('timeline|ancestors', () => {
    const pairs = store.statement<{ ancestor: string; descendant: string }>('SELECT ancestor_id AS ancestor, descendant_id AS descendant FROM organization_closure').all();
    const map = new Map<string, string[]>();
    for (const { ancestor, descendant } of pairs) map.set(descendant, [...(map.get(descendant) ?? []), ancestor]);
    return map;
  });
  const phases = phaseSpans(store);
  const from = filters.from ? dateBounds(filters.from).start : undefined;
  const to = filters.to ? dateBounds(filters.to).end : undefined;
  return rows
    .filter((r) => (!from || dateBounds(r.date).end >= from) && (!to || dateBounds(r.date).start <= to))
    .filter((r) => {
      const organizations = ancestorsOf.get(r.organization_id) ?? [r.organization_id];
      const held: { [K in keyof RecordFilters]: readonly unknown[] } = {
        org: organizations, phase: phasesOf(r.date, organizations, phases), year: [yearOf(r.date)],
      };
      return VALUE_FILTERS.every((name) => passes(filters[name] as ValueSet<unknown> | undefined, held[name] ?? []));
    })
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
  return store.statement<PhaseSpan>('SELECT id, organization_id AS organizationId, start_year AS startYear, end_year AS endYear FROM phases').all();
}

const label = (status: string) => ({ member: 'a member', observer: 'an observer', 'dialogue-partner': 'a dialogue partner', 'accession-in-progress': 'an acceding state' } as Record<string, string>)[status] ?? status;

/** How many events each year holds, in year order. */
export function countByYear(events: TimelineEvent[]): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const event of events) {
    const year = yearOf(event.date);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
}
