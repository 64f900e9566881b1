import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_DIR, TEST_DATABASE } from '../helpers/paths.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'failure-reports-'));
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const run = (script: string, env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, encoding: 'utf8', timeout: 60_000 });

describe('a record that cannot be read while a CSV export streams (defect 3)', () => {
  it('cuts that response short and keeps the server process serving', async () => {
    const database = join(scratch(), 'corpus.sqlite');
    copyFileSync(TEST_DATABASE, database);
    const db = new Database(database);
    db.prepare("UPDATE record_json SET item = '{not json' WHERE kind = 'document' AND id = (SELECT id FROM documents ORDER BY date_start DESC LIMIT 1)").run();
    db.close();
    const port = await freePort();
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: ROOT, stdio: 'ignore', env: { ...process.env, DATABASE_PATH: database, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SHUTDOWN_DELAY_MS: '0' },
    });
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    try {
      for (let attempt = 0; attempt < 150; attempt++) {
        if (await fetch(`${base}/readyz`).then((r) => r.ok, () => false)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const export_ = await fetch(`${base}/v1/documents?format=csv`).then((res) => res.text()).then(() => 'complete', () => 'cut short');
      expect(export_).toBe('cut short');
      expect((await fetch(`${base}/v1/documents/sco-charter-2002`)).status).toBe(200);
      expect(server.exitCode).toBeNull();
    } finally {
      server.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});

describe('start-up reports (defect 10)', () => {
  it('npm start with a bad seed names each problem by file and line', () => {
    const dir = scratch();
    const seedDir = join(dir, 'seed');
    cpSync(SEED_DIR, seedDir, { recursive: true });
    writeFileSync(join(seedDir, 'broken.yaml'), 'documents:\n  - id: broken\n');
    const result = run('src/cli/start.ts', { SEED_DIR: seedDir, DATABASE_PATH: join(dir, 'corpus.sqlite') });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\.yaml:2: \w+/);
    expect(result.stderr).toMatch(/start: could not build the database: the seed has \d+ problem/);
  });

  it('a corrupt database is refused in one line, however many problems quick_check finds', () => {
    const corrupt = join(scratch(), 'corrupt.sqlite');
    const bytes = readFileSync(TEST_DATABASE);
    // Pages 11 to 20: b-tree pages that quick_check reports on, one line per problem.
    for (let i = 40_960; i < 81_920; i += 13) bytes[i] = 0xff;
    writeFileSync(corrupt, bytes);
    const result = run('src/server.ts', { DATABASE_PATH: corrupt, PORT: '0' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^cannot start: the database .*corrupt\.sqlite is corrupt \(quick_check: \d+ problems, first: .+\); rebuild it with: npm run db:build$/)]);
  });
});
