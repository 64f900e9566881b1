import type { Store } from '../db/store.js';
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

const threatCondition = (threat: string | undefined, kind: string) => threat
  ? `AND EXISTS (SELECT 1 FROM record_threats rt JOIN threat_closure tc ON tc.descendant_id = rt.threat_id
       WHERE rt.record_kind = '${kind}' AND rt.record_id = r.id AND tc.ancestor_id = @threat)`
  : '';

const ofOrganization = (kind: string) => `EXISTS (SELECT 1 FROM record_organizations ro JOIN organization_closure oc ON oc.descendant_id = ro.organization_id
       WHERE ro.record_kind = '${kind}' AND ro.record_id = r.id AND oc.ancestor_id = @org)`;

function side(store: Store, org: string, threat: string | undefined) {
  const params = { org, threat };
  const variant = threat ? 'threat' : 'all';
  const name = store.statement('compare|org', () => 'SELECT name, abbreviation FROM organizations WHERE id = @org').get({ org }) as { name: string; abbreviation: string | null } | undefined;
  const documents = store.statement(`compare|documents|${variant}`, () =>
    `SELECT r.id, r.title, r.type, r.date FROM documents r WHERE ${ofOrganization('document')} ${threatCondition(threat, 'document')}
     ORDER BY r.date_start, r.id`).all(params) as { id: string; title: string; type: string; date: string }[];
  const byType = new Map<string, number>();
  for (const d of documents) byType.set(d.type, (byType.get(d.type) ?? 0) + 1);
  const perPhase = store.statement(`compare|phases|${variant}`, () =>
    `SELECT p.id, p.name, p.start_year, p.end_year,
       (SELECT count(*) FROM record_phases rp JOIN documents r ON r.id = rp.record_id
         WHERE rp.record_kind = 'document' AND rp.phase_id = p.id ${threatCondition(threat, 'document')}) AS documents,
       (SELECT count(*) FROM record_phases rp JOIN meetings r ON r.id = rp.record_id
         WHERE rp.record_kind = 'meeting' AND rp.phase_id = p.id ${threatCondition(threat, 'meeting')}) AS meetings,
       (SELECT count(*) FROM record_phases rp JOIN activities r ON r.id = rp.record_id
         WHERE rp.record_kind = 'activity' AND rp.phase_id = p.id ${threatCondition(threat, 'activity')}) AS activities
     FROM phases p WHERE p.organization_id = @org ORDER BY p.ordinal`).all(params);
  const bodies = store.statement(`compare|bodies|${variant}`, () =>
    `SELECT o.id, o.name, o.abbreviation, count(*) AS records FROM (
       SELECT ro.organization_id, ro.record_kind, ro.record_id FROM record_organizations ro
       JOIN (SELECT 'document' AS kind, id FROM documents r WHERE 1 ${threatCondition(threat, 'document')}
             UNION ALL SELECT 'meeting', id FROM meetings r WHERE 1 ${threatCondition(threat, 'meeting')}
             UNION ALL SELECT 'activity', id FROM activities r WHERE 1 ${threatCondition(threat, 'activity')}) m
         ON m.kind = ro.record_kind AND m.id = ro.record_id
       GROUP BY ro.organization_id, ro.record_kind, ro.record_id) x
     JOIN organization_closure oc ON oc.descendant_id = x.organization_id AND oc.ancestor_id = @org
     JOIN organizations o ON o.id = x.organization_id
     WHERE o.id <> @org GROUP BY o.id ORDER BY records DESC, o.id`).all(params);
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
    per_phase: perPhase as { id: string; name: string; start_year: number; end_year: number; documents: number; meetings: number; activities: number }[],
    bodies: bodies as { id: string; name: string; abbreviation: string | null; records: number }[],
    characterizations: characterizations.map((c) => ({ threat: c.threat, statement: c.statement, citations: citationsOf(store, 'characterization', c.id) })),
  };
}
