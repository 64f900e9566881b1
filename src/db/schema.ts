import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The kinds of dated record that share citations, organization links, threats and phases. */
export const RECORD_KINDS = ['document', 'meeting', 'activity'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

const jsonList = (name: string) => text(name, { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`);
const jsonNumbers = (name: string) => text(name, { mode: 'json' }).$type<number[]>().notNull().default(sql`'[]'`);

export const organizations = sqliteTable('organizations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  abbreviation: text('abbreviation'),
  aliases: jsonList('aliases'),
  kind: text('kind').notNull(),
  parentId: text('parent_id').references((): any => organizations.id),
  founded: text('founded'),
  foundedPrecision: text('founded_precision'),
  headquarters: text('headquarters'),
  url: text('url'),
  summary: text('summary').notNull(),
  note: text('note'),
}, (t) => [index('organizations_parent_idx').on(t.parentId)]);

/** Every (ancestor, descendant) pair of the organization tree, itself included: RATS is under SCO. */
export const organizationClosure = sqliteTable('organization_closure', {
  ancestorId: text('ancestor_id').notNull().references(() => organizations.id),
  descendantId: text('descendant_id').notNull().references(() => organizations.id),
}, (t) => [
  primaryKey({ columns: [t.ancestorId, t.descendantId] }),
  index('organization_closure_descendant_idx').on(t.descendantId),
]);

export const memberships = sqliteTable('memberships', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  organizationId: text('organization_id').notNull().references(() => organizations.id),
  state: text('state').notNull(),
  status: text('status').notNull(),
  fromDate: text('from_date').notNull(),
  fromPrecision: text('from_precision').notNull(),
  fromStart: text('from_start').notNull(),
  toDate: text('to_date'),
  toPrecision: text('to_precision'),
  toEnd: text('to_end'),
  note: text('note'),
}, (t) => [index('memberships_org_status_idx').on(t.organizationId, t.status, t.fromStart)]);

export const phases = sqliteTable('phases', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull().references(() => organizations.id),
  ordinal: integer('ordinal').notNull(),
  name: text('name').notNull(),
  startYear: integer('start_year').notNull(),
  endYear: integer('end_year').notNull(),
  description: text('description').notNull(),
}, (t) => [index('phases_org_idx').on(t.organizationId, t.ordinal)]);

export const threats = sqliteTable('threats', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  parentId: text('parent_id').references((): any => threats.id),
  description: text('description').notNull(),
});

/** Every (ancestor, descendant) pair of the threat hierarchy, itself included. */
export const threatClosure = sqliteTable('threat_closure', {
  ancestorId: text('ancestor_id').notNull().references(() => threats.id),
  descendantId: text('descendant_id').notNull().references(() => threats.id),
}, (t) => [
  primaryKey({ columns: [t.ancestorId, t.descendantId] }),
  index('threat_closure_descendant_idx').on(t.descendantId),
]);

export const characterizations = sqliteTable('characterizations', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull().references(() => organizations.id),
  threatId: text('threat_id').notNull().references(() => threats.id),
  statement: text('statement').notNull(),
});

const datedColumns = () => ({
  date: text('date').notNull(),
  datePrecision: text('date_precision').notNull(),
  /** First and last day the partial date may stand for: the keys of range filters and ordering
   * (the order indexes carry date_end too, so a date-range page is read from the index alone). */
  dateStart: text('date_start').notNull(),
  dateEnd: text('date_end').notNull(),
  year: integer('year').notNull(),
});

/** A series of meetings, with the count the public record holds for the corpus years. */
export const series = sqliteTable('series', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  bodyId: text('body_id').notNull().references(() => organizations.id),
  numbered: integer('numbered', { mode: 'boolean' }).notNull(),
  expected: integer('expected'),
  expectedBasis: text('expected_basis'),
  gaps: text('gaps', { mode: 'json' }).$type<{ label: string; year?: number; ordinal?: number; count: number; reason: string }[]>().notNull().default(sql`'[]'`),
});

export const meetings = sqliteTable('meetings', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  aliases: jsonList('aliases'),
  seriesId: text('series_id').references(() => series.id),
  ordinal: integer('ordinal'),
  type: text('type').notNull(),
  ...datedColumns(),
  endDate: text('end_date'),
  place: text('place'),
  format: text('format').notNull(),
  url: text('url'),
  sourceEntries: jsonNumbers('source_entries'),
  summary: text('summary').notNull(),
  note: text('note'),
}, (t) => [
  index('meetings_order_idx').on(t.dateStart, t.id, t.dateEnd),
  index('meetings_year_idx').on(t.year),
  index('meetings_type_idx').on(t.type),
  index('meetings_series_idx').on(t.seriesId, t.dateStart),
]);

export const documents = sqliteTable('documents', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  abbreviation: text('abbreviation'),
  aliases: jsonList('aliases'),
  type: text('type').notNull(),
  ...datedColumns(),
  periodFrom: integer('period_from'),
  periodTo: integer('period_to'),
  place: text('place'),
  adoptedAt: text('adopted_at').references(() => meetings.id),
  url: text('url'),
  sourceEntries: jsonNumbers('source_entries'),
  summary: text('summary').notNull(),
  note: text('note'),
}, (t) => [
  index('documents_order_idx').on(t.dateStart, t.id, t.dateEnd),
  index('documents_year_idx').on(t.year),
  index('documents_type_idx').on(t.type, t.dateStart),
  index('documents_adopted_at_idx').on(t.adoptedAt),
]);

export const activities = sqliteTable('activities', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  aliases: jsonList('aliases'),
  type: text('type').notNull(),
  ...datedColumns(),
  endDate: text('end_date'),
  place: text('place'),
  participants: jsonList('participants'),
  url: text('url'),
  sourceEntries: jsonNumbers('source_entries'),
  summary: text('summary').notNull(),
  note: text('note'),
}, (t) => [
  index('activities_order_idx').on(t.dateStart, t.id, t.dateEnd),
  index('activities_year_idx').on(t.year),
  index('activities_type_idx').on(t.type),
]);

export const recordOrganizations = sqliteTable('record_organizations', {
  recordKind: text('record_kind').$type<RecordKind>().notNull(),
  recordId: text('record_id').notNull(),
  organizationId: text('organization_id').notNull().references(() => organizations.id),
  role: text('role').notNull(),
}, (t) => [
  primaryKey({ columns: [t.recordKind, t.recordId, t.organizationId, t.role] }),
  index('record_organizations_org_idx').on(t.organizationId, t.recordKind, t.recordId),
]);

export const recordThreats = sqliteTable('record_threats', {
  recordKind: text('record_kind').$type<RecordKind>().notNull(),
  recordId: text('record_id').notNull(),
  threatId: text('threat_id').notNull().references(() => threats.id),
}, (t) => [
  primaryKey({ columns: [t.recordKind, t.recordId, t.threatId] }),
  index('record_threats_threat_idx').on(t.threatId, t.recordKind, t.recordId),
]);

/**
 * Derived at build time: each record under every organization it belongs to through the
 * organization tree (a RATS document is under rats and sco), so an org filter is one index range.
 */
export const recordOrganizationAncestors = sqliteTable('record_organization_ancestors', {
  recordKind: text('record_kind').$type<RecordKind>().notNull(),
  organizationId: text('organization_id').notNull().references(() => organizations.id),
  recordId: text('record_id').notNull(),
}, (t) => [
  primaryKey({ columns: [t.recordKind, t.organizationId, t.recordId] }),
  // A record's organizations in one seek: facets whose own dimension is filtered join through it.
  index('record_organization_ancestors_record_idx').on(t.recordKind, t.recordId, t.organizationId),
]);

/** Derived at build time: each record under every threat it is tagged with or that contains one. */
export const recordThreatAncestors = sqliteTable('record_threat_ancestors', {
  recordKind: text('record_kind').$type<RecordKind>().notNull(),
  threatId: text('threat_id').notNull().references(() => threats.id),
  recordId: text('record_id').notNull(),
}, (t) => [
  primaryKey({ columns: [t.recordKind, t.threatId, t.recordId] }),
  index('record_threat_ancestors_record_idx').on(t.recordKind, t.recordId, t.threatId),
]);

/** Derived at build time from each record's date and organizations (see domain/phase-of.ts). */
export const recordPhases = sqliteTable('record_phases', {
  recordKind: text('record_kind').$type<RecordKind>().notNull(),
  recordId: text('record_id').notNull(),
  phaseId: text('phase_id').notNull().references(() => phases.id),
}, (t) => [
  primaryKey({ columns: [t.recordKind, t.recordId, t.phaseId] }),
  index('record_phases_phase_idx').on(t.phaseId, t.recordKind, t.recordId),
]);

export const documentRelations = sqliteTable('document_relations', {
  sourceId: text('source_id').notNull().references(() => documents.id),
  type: text('type').notNull(),
  targetId: text('target_id').notNull().references(() => documents.id),
}, (t) => [
  primaryKey({ columns: [t.sourceId, t.type, t.targetId] }),
  index('document_relations_target_idx').on(t.targetId),
]);

/**
 * Provenance of every curated record; `ownerKind` names the table `ownerId` belongs to. A thesis
 * citation has section, footnotes, source entry and quote; a public source has publisher, title,
 * what the page supports and the facts it confirms.
 */
export const citations = sqliteTable('citations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  ownerKind: text('owner_kind').notNull(),
  ownerId: text('owner_id').notNull(),
  position: integer('position').notNull(),
  kind: text('kind').$type<'thesis' | 'public'>().notNull(),
  section: text('section'),
  footnotes: jsonNumbers('footnotes'),
  sourceEntry: integer('source_entry'),
  url: text('url'),
  quote: text('quote'),
  publisher: text('publisher'),
  title: text('title'),
  supports: text('supports'),
  confirms: jsonList('confirms'),
}, (t) => [index('citations_owner_idx').on(t.ownerKind, t.ownerId, t.position)]);

/**
 * Each record's API representation (list item and detail), composed from the tables above and
 * encoded through the response schemas at build time, so that a request reads one row per record.
 */
export const recordJson = sqliteTable('record_json', {
  kind: text('kind').$type<RecordKind>().notNull(),
  id: text('id').notNull(),
  item: text('item').notNull(),
  detail: text('detail').notNull(),
}, (t) => [primaryKey({ columns: [t.kind, t.id] })]);

export const corpusMeta = sqliteTable('corpus_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
