import { asc, eq } from 'drizzle-orm';
import * as t from '../db/schema.js';
import type { Store } from '../db/store.js';
import type { MEMBERSHIP_STATUSES } from '../domain/vocabulary.js';
import { notFound } from '../errors.js';
import { citationsOf } from './record-rows.js';

function shape(row: typeof t.organizations.$inferSelect) {
  return {
    id: row.id,
    name: row.name,
    abbreviation: row.abbreviation,
    aliases: row.aliases,
    kind: row.kind,
    parent: row.parentId,
    founded: row.founded,
    founded_precision: row.foundedPrecision,
    headquarters: row.headquarters,
    url: row.url,
    summary: row.summary,
    note: row.note,
  };
}

export function listOrganizations(store: Store, match?: string) {
  if (match === undefined) return store.db.select().from(t.organizations).orderBy(asc(t.organizations.id)).all().map(shape);
  const ids = new Set(store.statement<{ id: string }>("SELECT id FROM search_index WHERE search_index MATCH @match AND kind = 'organization'").all({ match }).map((r) => r.id));
  return store.db.select().from(t.organizations).orderBy(asc(t.organizations.id)).all().filter((o) => ids.has(o.id)).map(shape);
}

export function getOrganization(store: Store, id: string) {
  const row = store.db.select().from(t.organizations).where(eq(t.organizations.id, id)).get();
  if (!row) throw notFound('organization', id);
  const bodies = store.db.select({ id: t.organizations.id, name: t.organizations.name, abbreviation: t.organizations.abbreviation })
    .from(t.organizations).where(eq(t.organizations.parentId, id)).orderBy(asc(t.organizations.id)).all();
  const phases = store.db.select().from(t.phases).where(eq(t.phases.organizationId, id)).orderBy(asc(t.phases.ordinal)).all()
    .map((p) => ({ id: p.id, ordinal: p.ordinal, name: p.name, start_year: p.startYear, end_year: p.endYear }));
  return {
    ...shape(row),
    bodies,
    phases,
    memberships: membershipsOf(store, id),
    characterizations: characterizationsOf(store, id),
    citations: citationsOf(store, 'organization', id),
  };
}

interface MembershipRow {
  id: number; state: string; status: (typeof MEMBERSHIP_STATUSES)[number]; from_date: string; from_precision: string;
  to_date: string | null; to_precision: string | null; note: string | null;
}

const shapeMembership = (m: MembershipRow) => ({
  state: m.state, status: m.status, from: m.from_date, from_precision: m.from_precision,
  to: m.to_date, to_precision: m.to_precision, note: m.note,
});
export type Membership = ReturnType<typeof shapeMembership>;

export function membershipsOf(store: Store, organizationId: string): Membership[] {
  return store.statement<MembershipRow>(`SELECT id, state, status, from_date, from_precision, to_date, to_precision, note FROM memberships
     WHERE organization_id = @organizationId ORDER BY from_start, state, status`,
  ).all({ organizationId }).map(shapeMembership);
}

/**
 * States holding a status on a day. A status holds from its `from` day up to the day before its
 * `to` (the day it ended, when the next status began). A `from` known only to the month or year
 * counts from the first day of it, and such a `to` to the last day of it.
 */
export function membersOn(store: Store, organizationId: string, on: string, status: string | undefined): Membership[] {
  return store.statement<MembershipRow>(`SELECT id, state, status, from_date, from_precision, to_date, to_precision, note FROM memberships
     WHERE organization_id = @organizationId AND from_start <= @on AND (to_end IS NULL OR to_end >= @on)
     ${status ? 'AND status = @status' : ''} ORDER BY status, state`,
  ).all({ organizationId, on, status }).map(shapeMembership);
}

export function characterizationsOf(store: Store, organizationId: string) {
  return store.db.select().from(t.characterizations).where(eq(t.characterizations.organizationId, organizationId))
    .orderBy(asc(t.characterizations.threatId)).all()
    .map((c) => ({ threat: c.threatId, statement: c.statement, citations: citationsOf(store, 'characterization', c.id) }));
}

