import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ROOT, TEST_DATABASE } from '../helpers/paths.js';

/** The node:cluster entry point: one server per core (here, WORKERS of them) on one port. */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The worker processes of a primary (not helpers such as tsx's esbuild service). */
const workersOf = (pid: number) => spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout
  .trim().split('\n').filter((line) => line.includes('src/cluster.ts')).map((line) => line.trim().split(/\s+/)[0]!);

function startCluster(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cluster.ts'], {
    cwd: ROOT, stdio: 'pipe', env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', SHUTDOWN_DELAY_MS: '0', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => { output += String(chunk); });
  child.stderr.on('data', (chunk) => { output += String(chunk); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

describe('cluster', () => {
  it('runs WORKERS servers on one port and stops them all on SIGTERM, exiting 0', async () => {
    const port = await freePort();
    const cluster = startCluster({ WORKERS: '2', PORT: String(port), DATABASE_PATH: TEST_DATABASE });
    for (let attempt = 0; attempt < 300 && !/2 workers listening/.test(cluster.output()); attempt++) await new Promise((r) => setTimeout(r, 100));
    expect(cluster.output()).toMatch(new RegExp(`cluster: 2 workers listening on 127\\.0\\.0\\.1:${port}`));
    const workers = workersOf(cluster.child.pid!);
    expect(workers).toHaveLength(2);
    const statuses = await Promise.all(Array.from({ length: 20 }, () => fetch(`http://127.0.0.1:${port}/v1/threats`).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([200]));
    cluster.child.kill('SIGTERM');
    expect(await cluster.exited).toBe(0);
    const alive = (pid: string) => { try { process.kill(Number(pid), 0); return true; } catch { return false; } };
    expect(workers.filter(alive)).toEqual([]);
  });

  it('stops with exit 1 when its workers cannot start', async () => {
    const cluster = startCluster({ WORKERS: '2', PORT: String(await freePort()), DATABASE_PATH: '/nonexistent/corpus.sqlite' });
    expect(await cluster.exited).toBe(1);
    expect(cluster.output()).toMatch(/cannot start: the database \/nonexistent\/corpus\.sqlite does not exist/);
    expect(cluster.output()).toMatch(/cluster: worker \d+ failed to start; stopping/);
  });
});
