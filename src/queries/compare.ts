import type { Store } from '../db/store.js';
import { RECORD_KINDS, type RecordKind } from '../db/schema.js';
import { facetCounts, type RecordFacet } from './facets.js';
import { filterConditions, whereClause, type RecordFilters } from './record-filters.js';
import { citationsOf } from './record-rows.js';

export const COMPARED_ORGANIZATIONS = ['sco', 'asean'] as const;

/**
 * The SCO and ASEAN side by side, optionally for one threat (children included): their
 * documents by type, first and latest, counts per phase, the bodies involved, and the curated
 * characterization of each one's approach.
 */
export function compare(store: Store, threat: string | undefined) {
  return {
    threat: threat ?? null,
    organizations: COMPARED_ORGANIZATIONS.map((org) => side(store, org, threat)),
  };
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

function side(store: Store, org: string, threat: string | undefined) {
  const params = { org, threat };
  const variant = threat ? 'threat' : 'all';
  const name = store.statement('compare|org', () => 'SELECT name, abbreviation FROM organizations WHERE id = @org').get({ org }) as { name: string; abbreviation: string | null } | undefined;
  const filters: RecordFilters = threat ? { org, threat } : { org };
  const { where, params: documentParams } = filterConditions('document', filters);
  const documents = store.statement(`compare|documents|${variant}`, () =>
    `SELECT r.id, r.title, r.type, r.date FROM documents r ${whereClause(where)} ORDER BY r.date_start, r.id`,
  ).all(documentParams) as { id: string; title: string; type: string; date: string }[];
  const byType = new Map<string, number>();
  for (const d of documents) byType.set(d.type, (byType.get(d.type) ?? 0) + 1);
  // A record is in a phase of an organization only if it belongs to it, so the threat filter suffices.
  const phaseCounts = countsOver(store, threat ? { threat } : {}, 'phase');
  const perPhase = (store.statement('compare|phases', () =>
    'SELECT id, name, start_year, end_year FROM phases WHERE organization_id = @org ORDER BY ordinal',
  ).all({ org }) as { id: string; name: string; start_year: number; end_year: number }[]).map((p) => {
    const counts = phaseCounts.get(p.id);
    return { ...p, documents: counts?.document ?? 0, meetings: counts?.meeting ?? 0, activities: counts?.activity ?? 0 };
  });
  const bodyCounts = countsOver(store, filters, 'org');
  const bodies = (store.statement('compare|bodies', () =>
    `SELECT o.id, o.name, o.abbreviation FROM organization_closure oc JOIN organizations o ON o.id = oc.descendant_id
     WHERE oc.ancestor_id = @org AND o.id <> @org`).all({ org }) as { id: string; name: string; abbreviation: string | null }[])
    .map((b) => {
      const counts = bodyCounts.get(b.id);
      return { ...b, records: counts ? counts.document + counts.meeting + counts.activity : 0 };
    })
    .filter((b) => b.records > 0)
    .sort((a, b) => b.records - a.records || a.id.localeCompare(b.id));
  const characterizations = store.statement(`compare|characterizations|${variant}`, () =>
    `SELECT c.id, c.threat_id AS threat, c.statement FROM characterizations c
     WHERE c.organization_id = @org ${threat ? `AND c.threat_id IN (SELECT ancestor_id FROM threat_closure WHERE descendant_id = @threat)` : ''}
     ORDER BY c.threat_id`).all(params) as { id: string; threat: string; statement: string }[];
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
