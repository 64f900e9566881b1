import type { RecordKind } from '../db/schema.js';
import type { z } from 'zod';
import type { Store } from '../db/store.js';
import type { citationSchema } from '../schemas/common.js';
import type { SourceFact } from '../domain/vocabulary.js';
import type { DatePrecision, Provenance } from '../domain/vocabulary.js';
import { TABLE_OF } from './record-filters.js';

/** The API shapes of documents, meetings and activities, built from rows and their links. */
export interface OrganizationLink { id: string; name: string; abbreviation: string | null; role: string }

export interface Links {
  organizations: OrganizationLink[];
  threats: string[];
  phases: string[];
  provenance: Provenance;
}

export type CitationRow = z.output<typeof citationSchema>;

interface StoredCitation {
  kind: 'thesis' | 'public'; section: string | null; footnotes: string; source_entry: number | null; url: string | null;
  quote: string | null; publisher: string | null; title: string | null; supports: string | null; confirms: string;
}

/** A record with thesis citations and public sources comes from both. */
export function provenanceOf(kinds: Iterable<string>): Provenance {
  const set = new Set(kinds);
  if (set.has('thesis') && set.has('public')) return 'both';
  return set.has('public') ? 'public' : 'thesis';
}

function group<T extends { record_id: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.record_id);
    if (list) list.push(row);
    else map.set(row.record_id, [row]);
  }
  return map;
}

/** Organizations with roles, threats and phases of each of `ids`, three queries for the whole page. */
export function linksOf(store: Store, kind: RecordKind, ids: string[]): Map<string, Links> {
  const params = { kind, ids: JSON.stringify(ids) };
  const orgs = group(store.statement(`SELECT ro.record_id, o.id, o.name, o.abbreviation, ro.role FROM record_organizations ro
     JOIN organizations o ON o.id = ro.organization_id
     WHERE ro.record_kind = @kind AND ro.record_id IN (SELECT value FROM json_each(@ids))
     ORDER BY ro.record_id, CASE ro.role WHEN 'issuer' THEN 0 WHEN 'host' THEN 0 WHEN 'party' THEN 1 WHEN 'signatory' THEN 2 ELSE 3 END, o.id`,
  ).all(params) as (OrganizationLink & { record_id: string })[]);
  const threats = group(store.statement(`SELECT record_id, threat_id FROM record_threats
     WHERE record_kind = @kind AND record_id IN (SELECT value FROM json_each(@ids)) ORDER BY record_id, threat_id`,
  ).all(params) as { record_id: string; threat_id: string }[]);
  const phases = group(store.statement(`SELECT record_id, phase_id FROM record_phases
     WHERE record_kind = @kind AND record_id IN (SELECT value FROM json_each(@ids)) ORDER BY record_id, phase_id`,
  ).all(params) as { record_id: string; phase_id: string }[]);
  const citationKinds = group(store.statement(`SELECT DISTINCT owner_id AS record_id, kind FROM citations
     WHERE owner_kind = @kind AND owner_id IN (SELECT value FROM json_each(@ids))`,
  ).all(params) as { record_id: string; kind: string }[]);
  return new Map(ids.map((id) => [id, {
    organizations: (orgs.get(id) ?? []).map(({ record_id: _, ...link }) => link),
    threats: (threats.get(id) ?? []).map((t) => t.threat_id),
    phases: (phases.get(id) ?? []).map((p) => p.phase_id),
    provenance: provenanceOf((citationKinds.get(id) ?? []).map((c) => c.kind)),
  }]));
}

/** Rows of `kind` for `ids`, returned in the order of `ids`. */
export function rowsOf<T extends { id: string }>(store: Store, kind: RecordKind, ids: string[]): T[] {
  const rows = store.statement(`SELECT * FROM ${TABLE_OF[kind]} WHERE id IN (SELECT value FROM json_each(@ids))`,
  ).all({ ids: JSON.stringify(ids) }) as T[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function citationsOf(store: Store, ownerKind: string, ownerId: string): CitationRow[] {
  const rows = store.statement(`SELECT kind, section, footnotes, source_entry, url, quote, publisher, title, supports, confirms FROM citations
     WHERE owner_kind = @ownerKind AND owner_id = @ownerId ORDER BY position`,
  ).all({ ownerKind, ownerId }) as StoredCitation[];
  return rows.map((r): CitationRow => (r.kind === 'thesis'
    ? { kind: 'thesis', section: r.section!, footnotes: JSON.parse(r.footnotes) as number[], source_entry: r.source_entry, url: r.url, quote: r.quote! }
    : { kind: 'public', url: r.url!, publisher: r.publisher!, title: r.title!, supports: r.supports!, confirms: JSON.parse(r.confirms) as SourceFact[] }));
}

/** The columns documents, meetings and activities share. */
export interface DatedRow {
  id: string; title: string; aliases: string; date: string; date_precision: DatePrecision; place: string | null;
  url: string | null; source_entries: string; summary: string; note: string | null;
}

/** The API fields every dated record has, from its row and its links. */
export function datedRecordFields(row: DatedRow, links: Links | undefined) {
  return {
    id: row.id,
    title: row.title,
    aliases: parseList(row.aliases),
    date: row.date,
    date_precision: row.date_precision,
    place: row.place,
    organizations: links?.organizations ?? [],
    threats: links?.threats ?? [],
    phases: links?.phases ?? [],
    url: row.url,
    source_entries: parseList<number>(row.source_entries),
    summary: row.summary,
    note: row.note,
    provenance: links?.provenance ?? 'thesis',
  };
}

export function parseList<T = string>(json: string | null): T[] {
  return json ? (JSON.parse(json) as T[]) : [];
}
