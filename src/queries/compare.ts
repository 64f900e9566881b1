import type { Store } from '../db/store.js';
import { RECORD_KINDS, type RecordKind } from '../db/schema.js';
import { facetCounts, type RecordFacet } from './facets.js';
import { filterConditions, whereClause, type RecordFilters } from './record-filters.js';
import { citationsOf } from './record-rows.js';

export const COMPARED_ORGANIZATIONS = ['sco', 'asean'] as const;
const PLURAL = { document: 'documents', meeting: 'meetings', activity: 'activities' } as const;

/**
 * The SCO and ASEAN side by side under the list filters (a threat, years, …): their documents
 * by type, first and latest, counts per phase, the bodies involved, and the curated
 * characterization of each one's approach to the threats asked about.
 */
export function compare(store: Store, filters: Omit<RecordFilters, 'org'>) {
  return {
    threat: filters.threat ? [...filters.threat.any, ...filters.threat.none.map((t) => `!${t}`)].join(',') : null,
    organizations: COMPARED_ORGANIZATIONS.map((org) => side(store, org, filters)),
  };
}

export type Comparison = ReturnType<typeof compare>;

/** The comparison as one table: a count per organization, dimension, value and kind of record. */
export function* comparisonRows(comparison: Comparison) {
  for (const side of comparison.organizations) {
    for (const t of side.documents_by_type) yield { organization: side.id, dimension: 'type' as const, value: t.type, label: t.type, kind: 'document' as const, count: t.count };
    for (const p of side.per_phase) {
      for (const kind of RECORD_KINDS) {
        yield { organization: side.id, dimension: 'phase' as const, value: p.id, label: p.name, kind, count: p[PLURAL[kind]] };
      }
    }
    for (const b of side.bodies) yield { organization: side.id, dimension: 'body' as const, value: b.id, label: b.abbreviation ?? b.name, kind: 'record' as const, count: b.records };
  }
}

/** Counts per value of a facet, added up over documents, meetings and activities. */
function countsOver(store: Store, filters: RecordFilters, facet: RecordFacet): Map<string, Record<RecordKind, number>> {
  const counts = new Map<string, Record<RecordKind, number>>();
  for (const kind of RECORD_KINDS) {
    for (const value of facetCounts(store, kind, filters, [facet])[facet] ?? []) {
      const entry = counts.get(value.value) ?? { document: 0, meeting: 0, activity: 0 };
      entry[kind] = value.count;
      counts.set(value.value, entry);
    }
  }
  return counts;
}

function side(store: Store, org: string, given: Omit<RecordFilters, 'org'>) {
  const name = store.statement<{ name: string; abbreviation: string | null }>('SELECT name, abbreviation FROM organizations WHERE id = @org').get({ org });
  const filters: RecordFilters = { ...given, org: { any: [org], none: [] } };
  const { where, params: documentParams } = filterConditions('document', filters);
  const documents = store.statement<{ id: string; title: string; type: string; date: string }>(
    `SELECT r.id, r.title, r.type, r.date FROM documents r ${whereClause(where)} ORDER BY r.date_start, r.id`,
  ).all(documentParams);
  const byType = new Map<string, number>();
  for (const d of documents) byType.set(d.type, (byType.get(d.type) ?? 0) + 1);
  // A record is in a phase of an organization only if it belongs to it, so the other filters suffice.
  const phaseCounts = countsOver(store, given, 'phase');
  const perPhase = store.statement<{ id: string; name: string; start_year: number; end_year: number }>(
    'SELECT id, name, start_year, end_year FROM phases WHERE organization_id = @org ORDER BY ordinal',
  ).all({ org }).map((p) => {
    const counts = phaseCounts.get(p.id);
    return { ...p, documents: counts?.document ?? 0, meetings: counts?.meeting ?? 0, activities: counts?.activity ?? 0 };
  });
  const bodyCounts = countsOver(store, filters, 'org');
  const bodies = store.statement<{ id: string; name: string; abbreviation: string | null }>(
    `SELECT o.id, o.name, o.abbreviation FROM organization_closure oc JOIN organizations o ON o.id = oc.descendant_id
     WHERE oc.ancestor_id = @org AND o.id <> @org`).all({ org })
    .map((b) => {
      const counts = bodyCounts.get(b.id);
      return { ...b, records: counts ? counts.document + counts.meeting + counts.activity : 0 };
    })
    .filter((b) => b.records > 0)
    .sort((a, b) => b.records - a.records || a.id.localeCompare(b.id));
  // The characterizations of the threats asked about, or of their ancestors (extremism → terrorism).
  const threats = given.threat;
  const characterizations = store.statement<{ id: string; threat: string; statement: string }>(
    `SELECT c.id, c.threat_id AS threat, c.statement FROM characterizations c
     WHERE c.organization_id = @org
       AND (@any IS NULL OR c.threat_id IN (SELECT ancestor_id FROM threat_closure WHERE descendant_id IN (SELECT value FROM json_each(@any))))
       AND c.threat_id NOT IN (SELECT value FROM json_each(@none))
     ORDER BY c.threat_id`).all({ org, any: threats?.any.length ? JSON.stringify(threats.any) : null, none: JSON.stringify(threats?.none ?? []) });
  const brief = (d: (typeof documents)[number] | undefined) => d ?? null;
  return {
    id: org,
    name: name?.name ?? org,
    abbreviation: name?.abbreviation ?? null,
    document_count: documents.length,
    documents_by_type: [...byType].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    first_document: brief(documents[0]),
    latest_document: brief(documents.at(-1)),
    per_phase: perPhase,
    bodies,
    characterizations: characterizations.map((c) => ({ threat: c.threat, statement: c.statement, citations: citationsOf(store, 'characterization', c.id) })),
  };
}
