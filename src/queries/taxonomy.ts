import { asc } from 'drizzle-orm';
import * as t from '../db/schema.js';
import type { Store } from '../db/store.js';
import { citationsOf, provenanceOf } from './record-rows.js';

export function listThreats(store: Store) {
  const counts = new Map((store.statement('SELECT threat_id AS id, count(*) AS n FROM record_threat_ancestors GROUP BY threat_id',
  ).all() as { id: string; n: number }[]).map((r) => [r.id, r.n]));
  return store.db.select().from(t.threats).orderBy(asc(t.threats.id)).all().map((row) => ({
    id: row.id, name: row.name, parent: row.parentId, description: row.description, record_count: counts.get(row.id) ?? 0,
  }));
}

export function listPhases(store: Store) {
  return store.db.select().from(t.phases).orderBy(asc(t.phases.organizationId), asc(t.phases.ordinal)).all().map((p) => ({
    id: p.id, organization: p.organizationId, ordinal: p.ordinal, name: p.name, start_year: p.startYear,
    end_year: p.endYear, description: p.description, citations: citationsOf(store, 'phase', p.id),
  }));
}

export function corpusMeta(store: Store) {
  const rows = store.db.select().from(t.corpusMeta).all();
  const meta = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return {
    corpus_version: meta.corpus_version ?? 'unknown',
    schema_version: meta.schema_version ?? 'unknown',
    built_at: meta.built_at ?? 'unknown',
    counts: JSON.parse(meta.counts ?? '{}') as Record<string, number>,
    provenance: provenanceCounts(store),
  };
}

/** The ids that exist, for validating filter values and naming the allowed ones in errors. */
export function knownIds(store: Store) {
  const ids = (sql: string) => (store.sqlite.prepare(sql).all() as { id: string }[]).map((r) => r.id);
  return {
    organizations: ids('SELECT id FROM organizations ORDER BY id'),
    threats: ids('SELECT id FROM threats ORDER BY id'),
    phases: ids('SELECT id FROM phases ORDER BY organization_id, ordinal'),
    meetings: ids('SELECT id FROM meetings ORDER BY id'),
    series: ids('SELECT id FROM series ORDER BY id'),
  };
}
export type KnownIds = ReturnType<typeof knownIds>;

/** Per kind of record, how many rest on the thesis, on public pages, or on both. */
function provenanceCounts(store: Store) {
  const rows = store.sqlite.prepare(
    `SELECT owner_kind AS kind, group_concat(DISTINCT kind) AS kinds FROM citations
     WHERE owner_kind IN ('document', 'meeting', 'activity', 'organization', 'series') GROUP BY owner_kind, owner_id`,
  ).all() as { kind: string; kinds: string }[];
  const counts: Record<string, { thesis: number; public: number; both: number }> = {};
  for (const row of rows) (counts[row.kind] ??= { thesis: 0, public: 0, both: 0 })[provenanceOf(row.kinds.split(','))]++;
  return counts;
}
