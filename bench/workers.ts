import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { buildRealCorpus } from './real-corpus.js';

/**
 * npm run bench:workers [-- --duration 5] [-- --connections 20] [-- --workers N]
 * Runs the cluster entry point (src/cluster.ts) on loopback with one worker, then with N (one per
 * core by default), loads each with the same bounded mix of requests, and prints req/s.
 */
const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '20' },
    workers: { type: 'string', default: String(availableParallelism()) },
  },
});
const duration = Math.min(Number(args.duration), 60);
const connections = Math.min(Number(args.connections), 200);
const MIX = [
  '/v1/documents?org=sco&threat=terrorism&from=2005&to=2020&limit=20',
  '/v1/search?q=trafficking&limit=20',
  '/v1/documents?facets=org,threat,year&limit=20',
  '/v1/documents/asean-acct-2007',
  '/v1/meetings?org=asean&type=summit',
];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startCluster(workers: number, databasePath: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cluster.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WORKERS: String(workers), PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: databasePath, LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0', SHUTDOWN_DELAY_MS: '0' },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`the cluster exited with ${child.exitCode}`);
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) return { child, url };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error('the cluster did not become ready in 30 s');
}

async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function main() {
  const databasePath = buildRealCorpus('workers-corpus');

  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} before the runs`);
  console.log(`${connections} connections, ${duration} s per run, a mix of ${MIX.length} requests (list, search, facets, by id, meetings), response cache on`);
  console.log('the load generator shares the machine\'s cores with the workers\n');
  console.log(`${'workers'.padEnd(8)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'non-2xx'.padStart(8)}`);
  const counts = [...new Set([1, Number(args.workers)])];
  const rates: number[] = [];
  for (const workers of counts) {
    const cluster = await startCluster(workers, databasePath);
    try {
      await autocannon({ url: cluster.url, connections, duration: 1, requests: MIX.map((path) => ({ path })) });
      const result = await autocannon({ url: cluster.url, connections, duration, requests: MIX.map((path) => ({ path })) });
      rates.push(result.requests.average);
      const bad = result.non2xx + result.errors + result.timeouts;
      console.log(`${String(workers).padEnd(8)} ${result.requests.average.toFixed(0).padStart(8)} ${String(result.latency.p50).padStart(7)} ${String(result.latency.p99).padStart(7)} ${String(bad).padStart(8)}`);
      if (bad) process.exitCode = 1;
    } finally {
      await stop(cluster.child);
    }
  }
  if (rates.length === 2) console.log(`\n${counts[1]} workers: ${(rates[1]! / rates[0]!).toFixed(2)} × one worker`);
}

await main();
