import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeVersion } from '../../src/code-version.js';
import { buildDatabase } from '../../src/corpus/build-database.js';
import { staleReason } from '../../src/corpus/ensure-database.js';
import { checkDatabase } from '../../src/db/check-database.js';
import { MIGRATIONS_DIR, ROOT, SEED_DIR, TEST_DATABASE } from '../helpers/paths.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'build-hygiene-'));

/** A pid that no process has: one that ran and exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('database build hygiene', () => {
  it('removes the temporary files of builds killed with SIGKILL, not those of running builds (defect 9)', () => {
    const dataDir = join(scratch(), 'data');
    mkdirSync(dataDir);
    const outFile = join(dataDir, 'corpus.sqlite');
    const abandoned = `${outFile}.tmp-${deadPid()}`;
    const running = `${outFile}.tmp-${process.ppid}`;
    writeFileSync(abandoned, 'half a database');
    writeFileSync(running, 'a database being written');
    buildDatabase({ seedDir: SEED_DIR, migrationsDir: MIGRATIONS_DIR, outFile });
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(checkDatabase(outFile)).toBeUndefined();
  });

  it('names the path it cannot write (defect 10)', () => {
    // /proc accepts no new files, even from root.
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/build-db.ts'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_PATH: '/proc/corpus.sqlite' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^db:build failed: cannot write \/proc\/corpus\.sqlite\.tmp-\d+: .+; the previous database, if any, is untouched$/m);
  });

  it('treats a database built by other code as stale, and the server refuses it (defect 4)', () => {
    const database = join(scratch(), 'corpus.sqlite');
    copyFileSync(TEST_DATABASE, database);
    const options = { seedDir: SEED_DIR, migrationsDir: MIGRATIONS_DIR, databasePath: database };
    expect(staleReason(options)).toBeUndefined();
    const db = new Database(database);
    db.prepare("UPDATE corpus_meta SET value = 'an-older-release' WHERE key = 'code_version'").run();
    db.close();
    expect(staleReason(options)).toBe(`built by code an-older-release, code is now ${codeVersion()}`);
    expect(checkDatabase(database)).toMatch(/was built by code an-older-release, this is code \w+/);
  });
});
