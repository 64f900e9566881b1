import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { writeDatabase } from '../src/corpus/build-database.js';
import { computeCorpusVersion } from '../src/corpus/corpus-version.js';
import { listSeedFiles } from '../src/corpus/seed-files.js';
import { validateSeedFiles } from '../src/corpus/validate-seed.js';
import { syntheticCorpus } from './synthetic-corpus.js';

/**
 * npm run bench [-- --docs 100000] [-- --soak 60] [-- --duration 5] [-- --connections 10]
 * Runs the API and a plain Fastify ceiling in child processes on loopback and loads them
 * alternately with autocannon, printing req/s, p50, p99 and each scenario's ratio to the ceiling.
 */
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string' },
    soak: { type: 'string' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    'no-cache': { type: 'boolean', default: false },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const rounds = Number(args.rounds);

function start(script: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = fork(script, { execArgv: ['--import', 'tsx'], env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (message) => resolve({ child, url: `http://127.0.0.1:${(message as { port: number }).port}` }));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

async function load(url: string, seconds = duration, conns = connections) {
  const result = await autocannon({ url, connections: conns, duration: seconds, pipelining: 1 });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts, total: result.requests.total };
}

async function prepareDatabase(): Promise<{ path: string; byIdPath: string }> {
  const seed = validateSeedFiles(listSeedFiles('seed'));
  if (seed.issues.length) throw new Error('the seed has problems: run npm run seed:check');
  if (!args.docs) {
    const path = '.tmp/bench/corpus.sqlite';
    writeDatabase(seed.corpus, computeCorpusVersion('seed', 'migrations'), { migrationsDir: 'migrations', outFile: path });
    return { path, byIdPath: '/v1/documents/sco-charter-2002' };
  }
  const count = Number(args.docs);
  const path = `.tmp/bench/synthetic-${count}.sqlite`;
  const started = performance.now();
  writeDatabase(syntheticCorpus(seed.corpus, count), `synthetic-${count}`, { migrationsDir: 'migrations', outFile: path });
  console.log(`built a synthetic corpus of ${count} generated + ${seed.corpus.documents.length} real documents in ${Math.round(performance.now() - started)} ms`);
  return { path, byIdPath: `/v1/documents/synthetic-${Math.floor(count / 2)}` };
}

const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(8);

async function main() {
  mkdirSync('.tmp/bench', { recursive: true });
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  const database = await prepareDatabase();
  const scenarios: { name: string; key: string; path: string; target: number }[] = [
    { name: 'filtered list (org+threat+years)', key: 'list', path: '/v1/documents?org=sco&threat=terrorism&from=2005&to=2020&limit=20', target: 0.7 },
    { name: 'search', key: 'search', path: '/v1/search?q=terrorism&limit=20', target: 0.5 },
    { name: 'list with facets', key: 'facets', path: '/v1/documents?facets=org,threat,phase,type,year&limit=20', target: 0.7 },
    { name: 'document by id', key: 'by-id', path: database.byIdPath, target: 0.7 },
  ];
  const cacheBytes = args['no-cache'] ? '0' : String(64 * 1024 * 1024);
  const api = await start('bench/api-server.ts', { DATABASE_PATH: database.path, RESPONSE_CACHE_MAX_BYTES: cacheBytes });
  const payloads: Record<string, unknown> = {};
  for (const scenario of scenarios) {
    const res = await fetch(`${api.url}${scenario.path}`);
    if (res.status !== 200) throw new Error(`${scenario.path} answered ${res.status}`);
    payloads[scenario.key] = await res.json();
  }
  writeFileSync('.tmp/bench/payloads.json', JSON.stringify(payloads));
  const baseline = await start('bench/baseline-server.ts', { PAYLOADS: '.tmp/bench/payloads.json' });
  try {
    if (args.soak) return await soak(api, Number(args.soak));
    await load(`${baseline.url}/static`, 2);
    console.log(`\n${connections} connections, ${duration} s per run, ${rounds} alternating rounds per scenario, response cache ${args['no-cache'] ? 'off' : 'on'}`);
    console.log('ceiling = plain Fastify returning a small static object; same-size = plain Fastify returning a copy of this response\n');
    console.log(`${'scenario'.padEnd(34)} ${'bytes'.padStart(7)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'ceiling'.padStart(8)} ${'ratio'.padStart(6)}  ${'target'.padEnd(12)} ${'same-size'.padStart(9)} ${'ratio'.padStart(6)}`);
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(6);
    for (const scenario of scenarios) {
      const runs = [];
      const ceilings = [];
      const sameSize = [];
      for (let round = 0; round < rounds; round++) {
        ceilings.push(await load(`${baseline.url}/static`));
        runs.push(await load(`${api.url}${scenario.path}`));
        sameSize.push(await load(`${baseline.url}/payload/${scenario.key}`));
      }
      const rps = avg(runs.map((r) => r.rps));
      const ratio = rps / avg(ceilings.map((r) => r.rps));
      const sizeRatio = rps / avg(sameSize.map((r) => r.rps));
      const non2xx = runs.reduce((s, r) => s + r.non2xx + r.errors, 0);
      const bytes = JSON.stringify(payloads[scenario.key]).length;
      const verdict = `${ratio >= scenario.target ? 'meets' : 'MISSES'} ${Math.round(scenario.target * 100)}%`;
      console.log(`${scenario.name.padEnd(34)} ${String(bytes).padStart(7)} ${fmt(rps)} ${fmt(avg(runs.map((r) => r.p50)), 1).slice(-7)} ${fmt(Math.max(...runs.map((r) => r.p99)), 1).slice(-7)} ${fmt(avg(ceilings.map((r) => r.rps)))} ${pct(ratio)}  ${verdict.padEnd(12)} ${fmt(avg(sameSize.map((r) => r.rps))).padStart(9)} ${pct(sizeRatio)}${non2xx ? `  (${non2xx} non-2xx!)` : ''}`);
    }
  } finally {
    api.child.kill('SIGTERM');
    baseline.child.kill('SIGTERM');
  }
}

async function soak(api: { child: ChildProcess; url: string }, seconds: number) {
  const rssStart = rssOf(api.child.pid!);
  console.log(`soak: 50 connections for ${seconds} s on a mix of list, search, facet and by-id requests`);
  const result = await autocannon({
    url: api.url,
    connections: 50,
    duration: seconds,
    requests: [
      { path: '/v1/documents?org=sco&threat=terrorism&from=2005&to=2020' },
      { path: '/v1/search?q=trafficking' },
      { path: '/v1/documents?facets=org,threat,year' },
      { path: '/v1/documents/asean-acct-2007' },
      { path: '/v1/timeline?org=asean&limit=100' },
    ],
  });
  const rssEnd = rssOf(api.child.pid!);
  console.log(`requests: ${result.requests.total}, ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
  console.log(`2xx: ${result['2xx']}, non-2xx: ${result.non2xx}, errors: ${result.errors}, timeouts: ${result.timeouts}`);
  console.log(`server resident memory: ${rssStart.toFixed(1)} MiB at start, ${rssEnd.toFixed(1)} MiB at end`);
  if (result.non2xx || result.errors || result.timeouts) process.exitCode = 1;
}

await main();
