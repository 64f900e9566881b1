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
  return { byKind, byOrganization, byThreat, byPhase, byYear, sourceEntries, corrections };
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
  section(`Primary-source entries 1-${PRIMARY_SOURCE_ENTRIES} and the records that cover them`);
  for (const e of report.sourceEntries) lines.push(`${String(e.entry).padStart(2)}  ${e.records.length ? e.records.join(', ') : 'MISSING'}`);
  const missing = report.sourceEntries.filter((e) => !e.records.length).length;
  lines.push(missing ? `${missing} entr${missing === 1 ? 'y is' : 'ies are'} not covered` : `all ${PRIMARY_SOURCE_ENTRIES} entries covered`);
  section(`Records that correct the thesis (${report.corrections.length})`);
  for (const c of report.corrections) lines.push(`${c.kind.padEnd(12)} ${c.id}: ${c.note.replace(/\s+/g, ' ')}`);
  return lines.join('\n').trimStart();
}
