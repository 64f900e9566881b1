import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { drainAndClose } from '../../src/shutdown.js';
import { expectProblem } from '../helpers/app.js';
import { ROOT, TEST_DATABASE } from '../helpers/paths.js';

const serverEnv = (databasePath: string, port = 0) => ({ ...process.env, DATABASE_PATH: databasePath, PORT: String(port), LOG_LEVEL: 'warn', HOST: '127.0.0.1' });

function startServerExpectingFailure(databasePath: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: ROOT, env: serverEnv(databasePath), encoding: 'utf8', timeout: 20_000 });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('start-up checks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faults-'));

  it('refuses a missing database in one line that says how to rebuild', () => {
    const result = startServerExpectingFailure(join(dir, 'missing.sqlite'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^cannot start: the database .*missing\.sqlite does not exist; rebuild it with: npm run db:build$/)]);
  });

  it('refuses a truncated or corrupt database', () => {
    const truncated = join(dir, 'truncated.sqlite');
    writeFileSync(truncated, readFileSync(TEST_DATABASE).subarray(0, 4096));
    const result = startServerExpectingFailure(truncated);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^cannot start: the database .*truncated\.sqlite (is corrupt|cannot be read|lacks tables)/);

    const corrupt = join(dir, 'corrupt.sqlite');
    const bytes = readFileSync(TEST_DATABASE);
    for (let i = 8192; i < bytes.length; i += 997) bytes[i] = 0xff;
    writeFileSync(corrupt, bytes);
    const corrupted = startServerExpectingFailure(corrupt);
    expect(corrupted.status).toBe(1);
    expect(corrupted.stderr).toMatch(/^cannot start: the database .*corrupt\.sqlite (is corrupt|cannot be read)/);
  });

  it('refuses an invalid configuration by naming the variable', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: ROOT, env: { ...serverEnv(TEST_DATABASE), PORT: 'eighty' }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/invalid configuration:\n {2}PORT: /);
  });
});

describe('graceful shutdown', () => {
  it('finishes a request in flight when draining begins, then closes', async () => {
    const app = await buildApp(testConfig({ DATABASE_PATH: TEST_DATABASE }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    let drained: Promise<number> | undefined;
    const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      httpGet(`http://127.0.0.1:${port}/v1/documents?format=ndjson`, (res) => {
        // The answer has begun: drain while its body is on the way.
        drained = drainAndClose(app, { delayMs: 0, graceMs: 5_000 });
        let body = '';
        res.on('data', (chunk) => { body += chunk; });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      }).on('error', reject);
    });
    expect(response.status).toBe(200);
    expect(response.body.trim().split('\n').length).toBeGreaterThan(50);
    expect(await drained).toBe(0);
    expect(app.server.listening).toBe(false);
  });

  it('turns unready while draining and refuses new work as a problem', async () => {
    const app = await buildApp(testConfig({ DATABASE_PATH: TEST_DATABASE }));
    app.draining = true;
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(503);
    expect(ready.headers['content-type']).toMatch(/^application\/problem\+json/);
    const work = await app.inject('/v1/meta');
    expectProblem({ status: work.statusCode, headers: work.headers as Record<string, string>, body: work.json() }, 503);
    await app.close();
  });

  it('exits 0 on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sigterm-'));
    const database = join(dir, 'corpus.sqlite');
    copyFileSync(TEST_DATABASE, database);
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: ROOT, env: serverEnv(database, port), stdio: 'pipe' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let attempt = 0; attempt < 100; attempt++) {
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await fetch(`http://127.0.0.1:${port}/v1/meta`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
