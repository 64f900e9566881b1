import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { drainAndClose } from '../../src/shutdown.js';
import { ROOT, TEST_DATABASE } from '../helpers/paths.js';

/** Issue 13, defect 5: a drain that keep-alive sockets cannot hold open, and that probes can see. */

async function openSocket(port: number): Promise<Socket & { closedByServer: Promise<void> }> {
  const socket = connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  return Object.assign(socket, { closedByServer: new Promise<void>((resolve) => socket.once('close', () => resolve())) });
}

async function getOn(socket: Socket, path: string): Promise<string> {
  socket.write(`GET ${path} HTTP/1.1\r\nHost: test\r\n\r\n`);
  let head = '';
  for await (const chunk of socket) {
    head += String(chunk);
    if (head.includes('\r\n\r\n')) return head;
  }
  return head;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('draining', () => {
  it('closes idle and kept-alive sockets, and answers probes 503 until the listener closes', async () => {
    const app = await buildApp(testConfig({ DATABASE_PATH: TEST_DATABASE }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const keptAlive = await openSocket(port);
    expect(await getOn(keptAlive, '/v1/meta')).toMatch(/^HTTP\/1\.1 200 .*\r\nconnection: keep-alive/is);
    const silent = await openSocket(port); // connected, never sends a request (a pre-connecting client)

    const drained = drainAndClose(app, { delayMs: 1_500, graceMs: 5_000 });
    await Promise.all([keptAlive.closedByServer, silent.closedByServer]);
    const probe = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(probe.status).toBe(503);
    expect(probe.headers.get('connection')).toBe('close');
    expect(await drained).toBe(0);
    expect(app.server.listening).toBe(false);
  });

  it('a server given SIGTERM with a silent connection open shows 503 to a probe, then exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drain-'));
    const database = join(dir, 'corpus.sqlite');
    copyFileSync(TEST_DATABASE, database);
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: ROOT, stdio: 'pipe',
      env: { ...process.env, DATABASE_PATH: database, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SHUTDOWN_DELAY_MS: '1500', SHUTDOWN_GRACE_MS: '20000' },
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let attempt = 0; attempt < 150; attempt++) {
      if (await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const silent = await openSocket(port);
    child.kill('SIGTERM');
    await silent.closedByServer;
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(503);
    expect(await exited).toBe(0);
  });
});
