import type Database from 'better-sqlite3';

/** Figures about the curated corpus, read from a built database. */
export interface CorpusReport {
  byKind: Record<string, number>;
  byOrganization: { id: string; documents: number; meetings: number; activities: number }[];
  byThreat: { id: string; records: number }[];
  byPhase: { id: string; records: number }[];
  byYear: { year: number; records: number }[];
  sourceEntries: { entry: number; records: string[] }[];
  corrections: { kind: string; id: string; note: string }[];
  bySeries: { id: string; expected: number | null; present: number; gaps: number; meetings: number; twoSourceDates: number; publicSources: number }[];
  provenance: { kind: string; thesis: number; public: number; both: number; publicSources: number; withPublicDate: number; twoSourceDates: number }[];
}

export const PRIMARY_SOURCE_ENTRIES = 61;

export function corpusReport(db: Database.Database): CorpusReport {
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const byKind = Object.fromEntries(['documents', 'meetings', 'activities', 'organizations', 'memberships', 'phases', 'threats', 'characterizations', 'citations']
    .map((t) => [t, count(t)]));
  const byOrganization = all<{ id: string; documents: number; meetings: number; activities: number }>(
    `SELECT organization_id AS id,
       sum(record_kind = 'document') AS documents, sum(record_kind = 'meeting') AS meetings, sum(record_kind = 'activity') AS activities
     FROM record_organization_ancestors GROUP BY organization_id ORDER BY documents + meetings + activities DESC, id`);
  const byThreat = all<{ id: string; records: number }>(
    'SELECT threat_id AS id, count(*) AS records FROM record_threat_ancestors GROUP BY threat_id ORDER BY records DESC, id');
  const byPhase = all<{ id: string; records: number }>(
    `SELECT p.id, count(rp.record_id) AS records FROM phases p LEFT JOIN record_phases rp ON rp.phase_id = p.id
     GROUP BY p.id ORDER BY p.organization_id DESC, p.ordinal`);
  const byYear = all<{ year: number; records: number }>(
    `SELECT year, count(*) AS records FROM (SELECT year FROM documents UNION ALL SELECT year FROM meetings UNION ALL SELECT year FROM activities)
     GROUP BY year ORDER BY year`);
  const entries = all<{ entry: number; id: string }>(
    `SELECT CAST(j.value AS INTEGER) AS entry, d.id FROM documents d, json_each(d.source_entries) j ORDER BY entry, d.id`);
  const sourceEntries = Array.from({ length: PRIMARY_SOURCE_ENTRIES }, (_, i) => ({
    entry: i + 1,
    records: entries.filter((e) => e.entry === i + 1).map((e) => e.id),
  }));
  const corrections = all<{ kind: string; id: string; note: string }>(
    `SELECT 'document' AS kind, id, note FROM documents WHERE note LIKE 'Correction:%'
     UNION ALL SELECT 'meeting', id, note FROM meetings WHERE note LIKE 'Correction:%'
     UNION ALL SELECT 'activity', id, note FROM activities WHERE note LIKE 'Correction:%'
     UNION ALL SELECT 'organization', id, note FROM organizations WHERE note LIKE 'Correction:%'
     UNION ALL SELECT 'membership', organization_id || ':' || state || ':' || status, note FROM memberships WHERE note LIKE 'Correction:%'
     ORDER BY 1, 2`);
  // A date rests on two independent sources when public pages of two different publishers confirm it.
  const dateSources = `(SELECT owner_kind, owner_id, count(DISTINCT lower(publisher)) AS publishers FROM citations, json_each(citations.confirms) f
     WHERE kind = 'public' AND f.value = 'date' GROUP BY owner_kind, owner_id)`;
  const bySeries = all<CorpusReport['bySeries'][number]>(
    `SELECT s.id, s.expected,
       (SELECT count(*) FROM meetings m WHERE m.series_id = s.id AND m.year BETWEEN 2001 AND 2022) AS present,
       (SELECT coalesce(sum(coalesce(json_extract(g.value, '$.count'), 1)), 0) FROM json_each(s.gaps) g) AS gaps,
       (SELECT count(*) FROM meetings m WHERE m.series_id = s.id) AS meetings,
       (SELECT count(*) FROM meetings m JOIN ${dateSources} ds ON ds.owner_kind = 'meeting' AND ds.owner_id = m.id
         WHERE m.series_id = s.id AND ds.publishers >= 2) AS twoSourceDates,
       (SELECT count(*) FROM citations c WHERE c.kind = 'public' AND ((c.owner_kind = 'series' AND c.owner_id = s.id)
         OR (c.owner_kind = 'meeting' AND c.owner_id IN (SELECT id FROM meetings WHERE series_id = s.id))
         OR (c.owner_kind = 'document' AND c.owner_id IN (SELECT d.id FROM documents d JOIN meetings m ON m.id = d.adopted_at WHERE m.series_id = s.id)))) AS publicSources
     FROM series s ORDER BY s.id`);
  const citationsOfKind = (kind: string) =>
    `(SELECT owner_kind, owner_id, count(*) AS n FROM citations WHERE kind = '${kind}' GROUP BY owner_kind, owner_id)`;
  const provenance = all<CorpusReport['provenance'][number]>(
    `SELECT k.kind,
       sum(coalesce(t.n, 0) > 0 AND coalesce(p.n, 0) = 0) AS thesis,
       sum(coalesce(t.n, 0) = 0 AND coalesce(p.n, 0) > 0) AS public,
       sum(coalesce(t.n, 0) > 0 AND coalesce(p.n, 0) > 0) AS both,
       coalesce(sum(p.n), 0) AS publicSources,
       sum(coalesce(ds.publishers, 0) >= 1) AS withPublicDate,
       sum(coalesce(ds.publishers, 0) >= 2) AS twoSourceDates
     FROM (SELECT 'document' AS kind, id FROM documents UNION ALL SELECT 'meeting', id FROM meetings
           UNION ALL SELECT 'activity', id FROM activities) k
     LEFT JOIN ${citationsOfKind('thesis')} t ON t.owner_kind = k.kind AND t.owner_id = k.id
     LEFT JOIN ${citationsOfKind('public')} p ON p.owner_kind = k.kind AND p.owner_id = k.id
     LEFT JOIN ${dateSources} ds ON ds.owner_kind = k.kind AND ds.owner_id = k.id
     GROUP BY k.kind ORDER BY k.kind`);
  return { byKind, byOrganization, byThreat, byPhase, byYear, sourceEntries, corrections, bySeries, provenance };
}

/** The short form quoted in the README: counts by kind, threat and phase, coverage, corrections. */
export function formatSummary(report: CorpusReport): string {
  const missing = report.sourceEntries.filter((e) => !e.records.length).length;
  return [
    ...Object.entries(report.byKind).map(([kind, n]) => `${kind.padEnd(20)} ${String(n).padStart(5)}`),
    '',
    ...report.byThreat.map((t) => `threat ${t.id.padEnd(22)} ${String(t.records).padStart(5)}`),
    '',
    ...report.byPhase.map((p) => `phase ${p.id.padEnd(33)} ${String(p.records).padStart(5)}`),
    '',
    ...report.provenance.map((p) => `${p.kind.padEnd(9)} from the thesis ${String(p.thesis).padStart(4)}, public pages ${String(p.public).padStart(4)}, both ${String(p.both).padStart(4)}; date on two publishers ${String(p.twoSourceDates).padStart(4)}`),
    '',
    ...report.bySeries.map((x) => `series ${x.id.padEnd(33)} ${x.expected === null ? '   -' : String(x.expected).padStart(4)} expected ${String(x.present).padStart(4)} present ${String(x.gaps).padStart(3)} in gaps`),
    '',
    `primary-source entries 1-${PRIMARY_SOURCE_ENTRIES}: ${missing ? `${missing} not covered` : 'all covered'}`,
    `records that correct the thesis: ${report.corrections.length}`,
  ].join('\n');
}

export function formatReport(report: CorpusReport): string {
  const lines: string[] = [];
  const section = (title: string) => lines.push('', title, '-'.repeat(title.length));
  section('Records by kind');
  for (const [kind, n] of Object.entries(report.byKind)) lines.push(`${kind.padEnd(20)} ${String(n).padStart(5)}`);
  section('Records by organization (bodies counted with their parent)   documents meetings activities');
  for (const o of report.byOrganization) lines.push(`${o.id.padEnd(32)} ${String(o.documents).padStart(9)} ${String(o.meetings).padStart(8)} ${String(o.activities).padStart(10)}`);
  section('Records by threat (children counted with their parent)');
  for (const t of report.byThreat) lines.push(`${t.id.padEnd(20)} ${String(t.records).padStart(5)}`);
  section('Records by phase (derived from dates)');
  for (const p of report.byPhase) lines.push(`${p.id.padEnd(36)} ${String(p.records).padStart(5)}`);
  section('Documents, meetings and activities by year');
  for (const y of report.byYear) lines.push(`${y.year} ${String(y.records).padStart(4)} ${'#'.repeat(y.records)}`);
  section('Provenance (a date on two publishers: public pages of two different publishers confirm it)');
  lines.push(`${'kind'.padEnd(9)} ${'thesis'.padStart(7)} ${'public'.padStart(7)} ${'both'.padStart(5)} ${'sources'.padStart(8)} ${'dated by a page'.padStart(16)} ${'two publishers'.padStart(15)}`);
  for (const p of report.provenance) lines.push(`${p.kind.padEnd(9)} ${String(p.thesis).padStart(7)} ${String(p.public).padStart(7)} ${String(p.both).padStart(5)} ${String(p.publicSources).padStart(8)} ${String(p.withPublicDate).padStart(16)} ${String(p.twoSourceDates).padStart(15)}`);
  section('Meeting series, 2001-2022 (expected: what the public record holds; gaps: meetings it cannot settle)');
  lines.push(`${'series'.padEnd(34)} ${'expected'.padStart(8)} ${'present'.padStart(8)} ${'gaps'.padStart(5)} ${'meetings'.padStart(9)} ${'two-publisher dates'.padStart(20)} ${'public sources'.padStart(15)}`);
  for (const x of report.bySeries) lines.push(`${x.id.padEnd(34)} ${(x.expected === null ? '-' : String(x.expected)).padStart(8)} ${String(x.present).padStart(8)} ${String(x.gaps).padStart(5)} ${String(x.meetings).padStart(9)} ${String(x.twoSourceDates).padStart(20)} ${String(x.publicSources).padStart(15)}`);
  section(`Primary-source entries 1-${PRIMARY_SOURCE_ENTRIES} and the records that cover them`);
  for (const e of report.sourceEntries) lines.push(`${String(e.entry).padStart(2)}  ${e.records.length ? e.records.join(', ') : 'MISSING'}`);
  const missing = report.sourceEntries.filter((e) => !e.records.length).length;
  lines.push(missing ? `${missing} entr${missing === 1 ? 'y is' : 'ies are'} not covered` : `all ${PRIMARY_SOURCE_ENTRIES} entries covered`);
  section(`Records that correct the thesis (${report.corrections.length})`);
  for (const c of report.corrections) lines.push(`${c.kind.padEnd(12)} ${c.id}: ${c.note.replace(/\s+/g, ' ')}`);
  return lines.join('\n').trimStart();
}
