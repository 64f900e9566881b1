import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { codeVersion } from '../code-version.js';
import * as schema from '../db/schema.js';
import { RECORD_KINDS, type RecordKind } from '../db/schema.js';
import { dateBounds, precisionOf, yearOf } from '../domain/partial-date.js';
import { ancestorsOf, phasesOf, type PhaseSpan } from '../domain/phase-of.js';
import { SEARCH_ROWID_BASE } from '../domain/search-rowids.js';
import { TABLE_OF } from '../queries/record-filters.js';
import { computeCorpusVersion, latestMigrationTag } from './corpus-version.js';
import { materializeRecordJson } from './materialize.js';
import { every } from './progress.js';
import { buildRecordCounts } from './record-counts.js';
import { buildSearchPostings } from './search-postings.js';
import type { Citation, PublicSource, SeedActivity, SeedDocument, SeedMeeting } from './seed-schema.js';
import { listSeedFiles } from './seed-files.js';
import { validateSeedFiles, type SeedCorpus, type SeedIssue } from './validate-seed.js';

export class SeedInvalidError extends Error {
  constructor(readonly issues: SeedIssue[]) {
    super(`the seed has ${issues.length} problem(s)`);
  }
}

/** One seed problem as `file:line: field: message`, the form every CLI prints. */
export function formatSeedIssue(issue: SeedIssue): string {
  return `${issue.file}:${issue.line}: ${issue.field ? `${issue.field}: ` : ''}${issue.message}`;
}

/** A failure to write the database, naming the path that could not be written. */
export class DatabaseWriteError extends Error {}

export interface BuildOptions {
  seedDir: string;
  migrationsDir: string;
  outFile: string;
  log?: (line: string) => void;
  /** Test hook: runs inside the load transaction, after the records are written. */
  beforeCommit?: () => void;
}

export interface BuildResult {
  corpusVersion: string;
  counts: Record<string, number>;
}

type Db = BetterSQLite3Database<typeof schema>;

/**
 * Validates the seed and writes a new database next to `outFile`, renaming it into place only
 * when it is complete: a failed build leaves the previous database as it was.
 */
export function buildDatabase(options: BuildOptions): BuildResult {
  const log = options.log ?? (() => {});
  const files = listSeedFiles(options.seedDir);
  log(`validating ${files.length} seed files`);
  const { issues, corpus } = validateSeedFiles(files);
  if (issues.length) throw new SeedInvalidError(issues);
  const corpusVersion = computeCorpusVersion(options.seedDir, options.migrationsDir);
  return writeDatabase(corpus, corpusVersion, options);
}

/** Writes an already validated corpus to `outFile` through a temporary file renamed into place. */
export function writeDatabase(corpus: SeedCorpus, corpusVersion: string, options: Omit<BuildOptions, 'seedDir'>): BuildResult {
  const log = options.log ?? (() => {});
  const tmpFile = `${options.outFile}.tmp-${process.pid}`;
  let sqlite: Database.Database;
  try {
    mkdirSync(dirname(options.outFile), { recursive: true });
    removeAbandonedTmpFiles(options.outFile);
    rmSync(tmpFile, { force: true });
    sqlite = new Database(tmpFile);
  } catch (error) {
    throw new DatabaseWriteError(`cannot write ${tmpFile}: ${(error as Error).message}`);
  }
  try {
    sqlite.pragma('foreign_keys = ON');
    const db = drizzle(sqlite, { schema });
    log('applying migrations');
    migrate(db, { migrationsFolder: options.migrationsDir });
    let counts: Record<string, number> = {};
    db.transaction(() => {
      counts = loadCorpus(db, sqlite, corpus, log);
      log('counting records per organization, threat, phase, type and year');
      const recordCounts = buildRecordCounts(sqlite);
      log(`record counts: ${recordCounts.cells} cells, ${recordCounts.pairs} of two values of one dimension`);
      log('composing each record\'s JSON representation');
      materializeRecordJson(sqlite, log);
      writeMeta(db, {
        corpus_version: corpusVersion,
        code_version: codeVersion(),
        schema_version: latestMigrationTag(options.migrationsDir),
        built_at: new Date().toISOString(),
        counts: JSON.stringify(counts),
      });
      options.beforeCommit?.();
    });
    log('checking foreign keys');
    const violations = sqlite.pragma('foreign_key_check') as unknown[];
    if (violations.length) throw new Error(`foreign key check failed: ${JSON.stringify(violations.slice(0, 3))}`);
    log('gathering statistics for the query planner (ANALYZE)');
    sqlite.exec('ANALYZE');
    // Keep the per-index row counts (sqlite_stat1) but not the samples of values (sqlite_stat4):
    // at 100,000 documents the samples led the planner to serve a one-year date range by a skip
    // scan of the type index, reading every row, 16 ms instead of 0.6 ms on the date index.
    if (sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4'").get()) sqlite.exec('DELETE FROM sqlite_stat4');
    sqlite.close();
    try {
      renameSync(tmpFile, options.outFile);
    } catch (error) {
      throw new DatabaseWriteError(`cannot replace ${options.outFile}: ${(error as Error).message}`);
    }
    log(`wrote ${options.outFile} (corpus ${corpusVersion})`);
    return { corpusVersion, counts };
  } catch (error) {
    if (sqlite.open) sqlite.close();
    rmSync(tmpFile, { force: true });
    throw error;
  }
}

/**
 * Temporary files of builds whose process is gone (killed with SIGKILL, or the machine stopped):
 * nothing else would ever remove them. A build still running keeps its own.
 */
function removeAbandonedTmpFiles(outFile: string) {
  const prefix = `${basename(outFile)}.tmp-`;
  for (const name of readdirSync(dirname(outFile))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !processExists(pid)) rmSync(join(dirname(outFile), name), { force: true });
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function writeMeta(db: Db, values: Record<string, string>) {
  db.insert(schema.corpusMeta).values(Object.entries(values).map(([key, value]) => ({ key, value }))).run();
}

function loadCorpus(db: Db, sqlite: Database.Database, corpus: SeedCorpus, log: (line: string) => void): Record<string, number> {
  log('loading organizations, series, threats, phases, memberships and characterizations');
  const organizations = corpus.organizations.map((o) => o.record);
  const parentOf = new Map(organizations.map((o) => [o.id, o.parent]));
  const threatParentOf = new Map(corpus.threats.map((t) => [t.record.id, t.record.parent]));

  // Parents first, so that foreign keys hold row by row.
  const byDepth = [...organizations].sort((a, b) => ancestorsOf(a.id, parentOf).length - ancestorsOf(b.id, parentOf).length);
  insertMany(db, schema.organizations, byDepth.map((o) => ({
    id: o.id, name: o.name, abbreviation: o.abbreviation, aliases: o.aliases, kind: o.kind, parentId: o.parent,
    founded: o.founded, foundedPrecision: o.founded_precision, headquarters: o.headquarters, url: o.url,
    summary: o.summary, note: o.note,
  })));
  insertMany(db, schema.organizationClosure, organizations.flatMap((o) =>
    ancestorsOf(o.id, parentOf).map((ancestorId) => ({ ancestorId, descendantId: o.id }))));
  organizations.forEach((o) => insertCitations(db, 'organization', o.id, o));

  const seriesList = corpus.series.map((x) => x.record);
  insertMany(db, schema.series, seriesList.map((x) => ({
    id: x.id, name: x.name, bodyId: x.body, numbered: x.numbered, expected: x.expected,
    expectedBasis: x.expected_basis ?? null, gaps: x.gaps,
  })));
  seriesList.forEach((x) => insertCitations(db, 'series', x.id, x));
  const seriesName = new Map(seriesList.map((x) => [x.id, x.name]));

  const threats = corpus.threats.map((t) => t.record);
  const threatsByDepth = [...threats].sort((a, b) => ancestorsOf(a.id, threatParentOf).length - ancestorsOf(b.id, threatParentOf).length);
  insertMany(db, schema.threats, threatsByDepth.map((t) => ({ id: t.id, name: t.name, parentId: t.parent, description: t.description })));
  insertMany(db, schema.threatClosure, threats.flatMap((t) =>
    ancestorsOf(t.id, threatParentOf).map((ancestorId) => ({ ancestorId, descendantId: t.id }))));

  const phaseSpans: PhaseSpan[] = corpus.phases.map(({ record: p }) => ({
    id: p.id, organizationId: p.organization, startYear: p.start_year, endYear: p.end_year,
  }));
  insertMany(db, schema.phases, corpus.phases.map(({ record: p }) => ({
    id: p.id, organizationId: p.organization, ordinal: p.ordinal, name: p.name,
    startYear: p.start_year, endYear: p.end_year, description: p.description,
  })));
  corpus.phases.forEach(({ record: p }) => insertCitations(db, 'phase', p.id, p));

  corpus.memberships.forEach(({ record: m }) => {
    const row = db.insert(schema.memberships).values({
      organizationId: m.organization, state: m.state, status: m.status,
      fromDate: m.from, fromPrecision: m.from_precision, fromStart: dateBounds(m.from).start,
      toDate: m.to, toPrecision: m.to_precision, toEnd: m.to ? lastDayHeld(m.to) : null, note: m.note,
    }).returning({ id: schema.memberships.id }).get();
    insertCitations(db, 'membership', String(row.id), m);
  });

  insertMany(db, schema.characterizations, corpus.characterizations.map(({ record: c }) => ({
    id: `${c.organization}-${c.threat}`, organizationId: c.organization, threatId: c.threat, statement: c.statement,
  })));
  corpus.characterizations.forEach(({ record: c }) => insertCitations(db, 'characterization', `${c.organization}-${c.threat}`, c));

  const dated = (r: SeedDocument | SeedMeeting | SeedActivity) => {
    const { start, end } = dateBounds(r.date);
    return { date: r.date, datePrecision: r.date_precision, dateStart: start, dateEnd: end, year: yearOf(r.date) };
  };
  // The links and citations of all records of a kind go in 100 rows to a statement: a few
  // statements per record made up most of the load at 100,000 documents.
  const linkRecords = <R extends SeedDocument | SeedMeeting | SeedActivity>(kind: RecordKind, records: R[], threatsOf: (r: R) => string[] = (r) => r.threats) => {
    insertMany(db, schema.recordOrganizations, records.flatMap((r) => dedupe(r.organizations.map((o) => ({ recordKind: kind, recordId: r.id, organizationId: o.id, role: o.role })))));
    insertMany(db, schema.recordThreats, records.flatMap((r) => [...new Set(threatsOf(r))].map((threatId) => ({ recordKind: kind, recordId: r.id, threatId }))));
    insertMany(db, schema.recordPhases, records.flatMap((r) => phasesOf(r.date, r.organizations.flatMap((o) => ancestorsOf(o.id, parentOf)), phaseSpans)
      .map((phaseId) => ({ recordKind: kind, recordId: r.id, phaseId }))));
    insertMany(db, schema.citations, records.flatMap((r) => citationRows(kind, r.id, r)));
  };

  const meetings = corpus.meetings.map((m) => m.record);
  log(`loading ${meetings.length} meetings`);
  insertMany(db, schema.meetings, meetings.map((m) => ({
    id: m.id, title: m.title, aliases: m.aliases, seriesId: m.series, ordinal: m.ordinal, type: m.type, ...dated(m),
    endDate: m.end_date, place: m.place, format: m.format, url: m.url, sourceEntries: m.source_entries,
    summary: m.summary, note: m.note,
  })));
  const documents = corpus.documents.map((d) => d.record);
  const adoptedThreats = threatsAdoptedAt(documents);
  linkRecords('meeting', meetings, (m) => [...m.threats, ...(adoptedThreats.get(m.id) ?? [])]);

  log(`loading ${documents.length} documents`);
  insertMany(db, schema.documents, documents.map((d) => ({
    id: d.id, title: d.title, abbreviation: d.abbreviation, aliases: d.aliases, type: d.type, ...dated(d),
    periodFrom: d.period?.from, periodTo: d.period?.to, place: d.place, adoptedAt: d.adopted_at, url: d.url,
    sourceEntries: d.source_entries, summary: d.summary, note: d.note,
  })));
  log(`linking ${documents.length} documents to their organizations, threats, phases and citations`);
  linkRecords('document', documents);
  insertMany(db, schema.documentRelations, documents.flatMap((d) =>
    dedupe(d.relations.map((r) => ({ sourceId: d.id, type: r.type, targetId: r.target })))));

  const activities = corpus.activities.map((a) => a.record);
  log(`loading ${activities.length} activities`);
  insertMany(db, schema.activities, activities.map((a) => ({
    id: a.id, title: a.title, aliases: a.aliases, type: a.type, ...dated(a), endDate: a.end_date, place: a.place,
    participants: a.participants, url: a.url, sourceEntries: a.source_entries, summary: a.summary, note: a.note,
  })));
  linkRecords('activity', activities);

  log('linking records to the ancestors of their organizations and threats');
  sqlite.exec(`
    INSERT INTO record_organization_ancestors (record_kind, organization_id, record_id)
      SELECT DISTINCT ro.record_kind, oc.ancestor_id, ro.record_id
      FROM record_organizations ro JOIN organization_closure oc ON oc.descendant_id = ro.organization_id;
    INSERT INTO record_threat_ancestors (record_kind, threat_id, record_id)
      SELECT DISTINCT rt.record_kind, tc.ancestor_id, rt.record_id
      FROM record_threats rt JOIN threat_closure tc ON tc.descendant_id = rt.threat_id;`);

  const quotes = (c: Citation[]) => c.map((x) => x.quote).join(' ');
  const searchRows = [
    ...documents.map((d) => ({ kind: 'document' as const, id: d.id, date: d.date, title: d.title, aliases: [d.abbreviation, ...d.aliases].filter(Boolean).join(' ; '), body: [d.summary, d.note, d.place, quotes(d.citations)].filter(Boolean).join('\n') })),
    ...meetings.map((m) => ({ kind: 'meeting' as const, id: m.id, date: m.date, title: m.title, aliases: [m.series && seriesName.get(m.series), ...m.aliases].filter(Boolean).join(' ; '), body: [m.summary, m.note, m.place, quotes(m.citations)].filter(Boolean).join('\n') })),
    ...activities.map((a) => ({ kind: 'activity' as const, id: a.id, date: a.date, title: a.title, aliases: a.aliases.join(' ; '), body: [a.summary, a.note, a.place, a.participants.join(', '), quotes(a.citations)].filter(Boolean).join('\n') })),
    ...organizations.map((o) => ({ kind: 'organization' as const, id: o.id, date: null, title: o.name, aliases: [o.abbreviation, ...o.aliases].filter(Boolean).join(' ; '), body: [o.summary, o.note, quotes(o.citations)].filter(Boolean).join('\n') })),
  ];
  log(`indexing the text of ${searchRows.length} rows for search`);
  const insertSearch = sqlite.prepare('INSERT INTO search_index (rowid, kind, id, date, title, aliases, body) VALUES (?, ?, ?, ?, ?, ?, ?)');
  // A record's search row at its kind's base plus its own rowid (see recordSearchRowid); the
  // organizations, never filtered, in their order after their base.
  const rowidOf = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, new Map((sqlite.prepare(`SELECT id, rowid AS n FROM ${TABLE_OF[kind]}`)
    .all() as { id: string; n: number }[]).map((r) => [r.id, r.n]))]));
  let nextOrganization = SEARCH_ROWID_BASE.organization;
  searchRows.forEach((row, i) => {
    const rowid = row.kind === 'organization' ? nextOrganization++ : SEARCH_ROWID_BASE[row.kind] + rowidOf[row.kind]!.get(row.id)!;
    insertSearch.run(rowid, row.kind, row.id, row.date, row.title, row.aliases, row.body);
    every(i + 1, searchRows.length, (done) => log(`rows indexed: ${done} of ${searchRows.length}`));
  });
  log('impact-ordered postings for the frequent words');
  const postings = buildSearchPostings(sqlite);
  log(`impact-ordered postings: ${postings.postings} for ${postings.terms} frequent terms (${postings.words} words)`);

  const counts = {
    documents: documents.length, meetings: meetings.length, activities: activities.length,
    organizations: organizations.length, series: seriesList.length, memberships: corpus.memberships.length, phases: corpus.phases.length,
    threats: threats.length, characterizations: corpus.characterizations.length,
  };
  log(`loaded ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  return counts;
}

/** A meeting addresses what it adopted: the threats of the documents adopted at it, by meeting. */
function threatsAdoptedAt(documents: SeedDocument[]): Map<string, string[]> {
  const threats = new Map<string, string[]>();
  for (const d of documents) if (d.adopted_at) threats.set(d.adopted_at, [...(threats.get(d.adopted_at) ?? []), ...d.threats]);
  return threats;
}


/**
 * A status's `to` is the day it ended, when the next status (if any) began, so the last day it
 * was held is the day before. A `to` known only to the month or year counts to the end of it.
 */
function lastDayHeld(to: string): string {
  if (precisionOf(to) !== 'day') return dateBounds(to).end;
  const day = new Date(`${to}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

function insertCitations(db: Db, ownerKind: string, ownerId: string, record: { citations: Citation[]; sources: PublicSource[] }) {
  insertMany(db, schema.citations, citationRows(ownerKind, ownerId, record));
}

function citationRows(ownerKind: string, ownerId: string, record: { citations: Citation[]; sources: PublicSource[] }) {
  return [
    ...record.citations.map((c) => ({
      kind: 'thesis' as const, section: c.section, footnotes: c.footnotes, sourceEntry: c.source_entry, url: c.url, quote: c.quote,
    })),
    ...record.sources.map((s) => ({
      kind: 'public' as const, url: s.url, publisher: s.publisher, title: s.title, supports: s.supports, confirms: s.confirms,
    })),
  ].map((row, position) => ({ ownerKind, ownerId, position, ...row }));
}

function insertMany<T extends Record<string, unknown>>(db: Db, table: Parameters<Db['insert']>[0], rows: T[]) {
  // SQLite caps bound parameters per statement; 100 rows of ≤ 16 columns stays well under it.
  for (let i = 0; i < rows.length; i += 100) db.insert(table).values(rows.slice(i, i + 100) as never).run();
}

function dedupe<T>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = JSON.stringify(row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
