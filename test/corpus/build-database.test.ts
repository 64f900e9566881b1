import Database from 'better-sqlite3';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDatabase, SeedInvalidError } from '../../src/corpus/build-database.js';
import { ensureDatabase, staleReason } from '../../src/corpus/ensure-database.js';
import { checkDatabase } from '../../src/db/check-database.js';
import { RECORD_KINDS } from '../../src/db/schema.js';
import { recordSearchRowid } from '../../src/domain/search-rowids.js';
import { TABLE_OF } from '../../src/queries/record-filters.js';
import { MIGRATIONS_DIR, SEED_DIR, TEST_DATABASE } from '../helpers/paths.js';

function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'build-'));
  const seedDir = join(dir, 'seed');
  cpSync(SEED_DIR, seedDir, { recursive: true });
  return { dir, seedDir, outFile: join(dir, 'data', 'corpus.sqlite') };
}

const versionOf = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT value FROM corpus_meta WHERE key = 'corpus_version'").get() as { value: string }).value;
  } finally {
    db.close();
  }
};

describe('database build', () => {
  it('loads every seed record with foreign keys intact and passes the start-up check', () => {
    const db = new Database(TEST_DATABASE, { readonly: true });
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('documents')).toBeGreaterThan(50);
    expect(count('meetings')).toBeGreaterThan(30);
    expect(count('search_index')).toBe(count('documents') + count('meetings') + count('activities') + count('organizations'));
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const uncited = db.prepare(`SELECT d.id FROM documents d WHERE NOT EXISTS
      (SELECT 1 FROM citations c WHERE c.owner_kind = 'document' AND c.owner_id = d.id)`).all();
    expect(uncited).toEqual([]);
    db.close();
    expect(checkDatabase(TEST_DATABASE)).toBeUndefined();
  });

  it('puts each record\'s search row at its kind\'s base plus the record\'s own rowid, as the search filters assume', () => {
    const db = new Database(TEST_DATABASE, { readonly: true });
    for (const kind of RECORD_KINDS) {
      const rows = db.prepare(`SELECT r.id, s.id AS searchId FROM ${TABLE_OF[kind]} r LEFT JOIN search_index s ON s.rowid = ${recordSearchRowid(kind)}`).all() as { id: string; searchId: string | null }[];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.searchId !== r.id), kind).toEqual([]);
    }
    db.close();
  });

  it('gives every record a span of days within one calendar year, as the from filter\'s seek bound assumes', () => {
    const db = new Database(TEST_DATABASE, { readonly: true });
    for (const kind of RECORD_KINDS) {
      expect(db.prepare(`SELECT id, date_start, date_end FROM ${TABLE_OF[kind]} WHERE substr(date_start, 1, 4) != substr(date_end, 1, 4) OR date_start > date_end`).all(), kind).toEqual([]);
    }
    db.close();
  });

  it('leaves the planner row counts per index but no samples of values (they chose a skip scan over the date index)', () => {
    const db = new Database(TEST_DATABASE, { readonly: true });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'sqlite_stat%'").all() as { name: string }[]).map((r) => r.name);
    expect((db.prepare('SELECT count(*) AS n FROM sqlite_stat1').get() as { n: number }).n).toBeGreaterThan(0);
    if (tables.includes('sqlite_stat4')) expect((db.prepare('SELECT count(*) AS n FROM sqlite_stat4').get() as { n: number }).n).toBe(0);
    db.close();
  });

  it('derives phases from dates: the 2005 ASEAN–SCO MOU has a phase in each organization', () => {
    const db = new Database(TEST_DATABASE, { readonly: true });
    const phases = (id: string) => (db.prepare('SELECT phase_id FROM record_phases WHERE record_id = ? ORDER BY phase_id').all(id) as { phase_id: string }[]).map((r) => r.phase_id);
    expect(phases('asean-sco-mou-2005')).toEqual(['asean-centrality', 'sco-expansion']);
    expect(phases('shanghai-convention-2001')).toEqual(['sco-establishment']);
    expect(phases('un-drugs-convention-1988')).toEqual([]);
    db.close();
  });

  it('leaves the previous database untouched when the seed is invalid', () => {
    const { seedDir, outFile } = scratch();
    buildDatabase({ seedDir, migrationsDir: MIGRATIONS_DIR, outFile });
    const before = readFileSync(outFile);
    writeFileSync(join(seedDir, 'broken.yaml'), 'documents:\n  - id: broken\n');
    expect(() => buildDatabase({ seedDir, migrationsDir: MIGRATIONS_DIR, outFile })).toThrow(SeedInvalidError);
    expect(readFileSync(outFile).equals(before)).toBe(true);
  });

  it('leaves the previous database untouched and no temporary file when a build fails half way', () => {
    const { dir, seedDir, outFile } = scratch();
    buildDatabase({ seedDir, migrationsDir: MIGRATIONS_DIR, outFile });
    const before = readFileSync(outFile);
    writeFileSync(join(seedDir, 'threats.yaml'), readFileSync(join(seedDir, 'threats.yaml'), 'utf8') + '\n# edited\n');
    expect(() => buildDatabase({
      seedDir, migrationsDir: MIGRATIONS_DIR, outFile,
      beforeCommit: () => { throw new Error('disk full (simulated)'); },
    })).toThrow('disk full (simulated)');
    expect(readFileSync(outFile).equals(before)).toBe(true);
    expect(readdirSync(join(dir, 'data'))).toEqual(['corpus.sqlite']);
  });

  it('rebuilds only when the database is missing, unreadable or older than the seed', () => {
    const { seedDir, outFile } = scratch();
    const options = { seedDir, migrationsDir: MIGRATIONS_DIR, databasePath: outFile };
    expect(staleReason(options)).toBe('no database yet');
    expect(ensureDatabase(options)).toBe(true);
    expect(ensureDatabase(options)).toBe(false);
    const first = versionOf(outFile);
    writeFileSync(join(seedDir, 'threats.yaml'), readFileSync(join(seedDir, 'threats.yaml'), 'utf8') + '\n# edited\n');
    expect(staleReason(options)).toMatch(/^built from corpus [0-9a-f]{16}, seed is now [0-9a-f]{16}$/);
    expect(ensureDatabase(options)).toBe(true);
    expect(versionOf(outFile)).not.toBe(first);
    writeFileSync(outFile, 'not a database');
    expect(staleReason(options)).toMatch(/^unreadable database/);
    expect(ensureDatabase(options)).toBe(true);
    expect(existsSync(outFile)).toBe(true);
  });

  it('refuses to serve a missing, truncated or foreign file, in one line', () => {
    const { dir, seedDir, outFile } = scratch();
    expect(checkDatabase(join(dir, 'none.sqlite'))).toMatch(/does not exist$/);
    buildDatabase({ seedDir, migrationsDir: MIGRATIONS_DIR, outFile });
    const truncated = join(dir, 'truncated.sqlite');
    writeFileSync(truncated, readFileSync(outFile).subarray(0, 8192));
    expect(checkDatabase(truncated)).toMatch(/corrupt|cannot be read|lacks tables/);
    const foreign = join(dir, 'foreign.sqlite');
    new Database(foreign).exec('CREATE TABLE t (x)');
    expect(checkDatabase(foreign)).toMatch(/lacks tables documents, meetings/);
    const garbage = join(dir, 'garbage.sqlite');
    writeFileSync(garbage, 'x'.repeat(4096));
    expect(checkDatabase(garbage)).toMatch(/cannot be read \(file is not a database\)/);
  });
});
