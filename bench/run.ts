import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { buildApp } from '../src/app.js';
import { codeVersion } from '../src/code-version.js';
import { testConfig } from '../src/config.js';
import { writeDatabase } from '../src/corpus/build-database.js';
import { computeCorpusVersion } from '../src/corpus/corpus-version.js';
import { listSeedFiles } from '../src/corpus/seed-files.js';
import { validateSeedFiles } from '../src/corpus/validate-seed.js';
import { openStore } from '../src/db/store.js';
import { rankingOverlap } from './ranking-overlap.js';
import { scenarios, type Scenario } from './scenarios.js';
import { syntheticCorpus } from './synthetic-corpus.js';

/**
 * npm run bench [-- --docs 100000] [--database PATH] [--no-cache] [--unseen] [--connections 1,10]
 *   [--duration 2] [--rounds 1] [--soak 60]
 * Runs the API and a plain Fastify server in child processes on loopback and loads them
 * alternately with autocannon. Each scenario is printed at each connection count beside two
 * references from the same run: the same-size ceiling (plain Fastify sending a copy of the same
 * response) and the in-process floor (the same request through app.inject: routing, queries and
 * encoding, no socket). --unseen makes every request a combination of filters not asked before,
 * so that no memo or cache can answer it.
 */
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string' },
    database: { type: 'string' },
    soak: { type: 'string' },
    duration: { type: 'string', default: '2' },
    connections: { type: 'string', default: '1,10' },
    rounds: { type: 'string', default: '1' },
    'no-cache': { type: 'boolean', default: false },
    unseen: { type: 'boolean', default: false },
  },
});
const duration = Number(args.duration);
const connectionCounts = args.connections.split(',').map(Number);
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

interface Run { rps: number; p50: number; p99: number; bad: number }

async function load(url: string, connections: number, nextPath?: () => string): Promise<Run> {
  const result = await autocannon({
    url, connections, duration, pipelining: 1,
    ...(nextPath ? { requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: nextPath() }) }] } : {}),
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, bad: result.non2xx + result.errors + result.timeouts };
}

/** The same requests through app.inject, one at a time: what the server does without a socket. */
async function inProcess(app: Awaited<ReturnType<typeof buildApp>>, nextPath: () => string): Promise<Run> {
  const times: number[] = [];
  const until = performance.now() + duration * 1000;
  let bad = 0;
  while (performance.now() < until) {
    const started = performance.now();
    const res = await app.inject(nextPath());
    times.push(performance.now() - started);
    if (res.statusCode !== 200) bad++;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { rps: times.length / times.reduce((a, b) => a + b, 0) * 1000, p50: at(0.5), p99: at(0.99), bad };
}

/**
 * The database to load: the real corpus, or the real corpus plus N generated documents, kept
 * between runs; or one already built (--database, with --docs saying how many it generated).
 */
async function prepareDatabase(): Promise<{ path: string; count: number }> {
  const seed = validateSeedFiles(listSeedFiles('seed'));
  if (seed.issues.length) throw new Error('the seed has problems: run npm run seed:check');
  const version = computeCorpusVersion('seed', 'migrations');
  const count = Number(args.docs ?? 0);
  if (args.database) return { path: args.database, count };
  // Keyed by the code too: a database kept from before a change to the loader would be served as
  // if it were current (search rows, counts and record JSON are all the loader's).
  const path = count ? `.tmp/bench/synthetic-${count}-${version}-${codeVersion()}.sqlite` : `.tmp/bench/corpus-${version}-${codeVersion()}.sqlite`;
  if (existsSync(path)) return { path, count };
  const started = performance.now();
  // A build of 100,000 documents takes a minute or more: each phase, with its counts and the time
  // since the start, on stderr, leaving stdout to the results.
  const log = (line: string) => console.error(`build ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s: ${line}`);
  log(count ? `generating ${count} synthetic documents` : 'building the real corpus');
  writeDatabase(count ? syntheticCorpus(seed.corpus, count) : seed.corpus, count ? `synthetic-${count}-${version}` : version, { migrationsDir: 'migrations', outFile: path, log });
  if (count) console.log(`built a synthetic corpus of ${count} generated + ${seed.corpus.documents.length} real documents in ${Math.round(performance.now() - started)} ms`);
  return { path, count };
}

const num = (n: number, width: number, digits = 0) => n.toFixed(digits).padStart(width);
const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(5);

async function main() {
  mkdirSync('.tmp/bench', { recursive: true });
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  const database = await prepareDatabase();
  const cacheBytes = args['no-cache'] ? '0' : String(64 * 1024 * 1024);
  const api = await start('bench/api-server.ts', { DATABASE_PATH: database.path, RESPONSE_CACHE_MAX_BYTES: cacheBytes });
  const list = scenarios(database.count, args.unseen);
  const payloads: Record<string, unknown> = {};
  for (const scenario of list) {
    const res = await fetch(`${api.url}${scenario.sample}`);
    if (res.status !== 200) throw new Error(`${scenario.sample} answered ${res.status}`);
    payloads[scenario.key] = await res.json();
  }
  writeFileSync('.tmp/bench/payloads.json', JSON.stringify(payloads));
  const baseline = await start('bench/baseline-server.ts', { PAYLOADS: '.tmp/bench/payloads.json' });
  const local = await buildApp(testConfig({ DATABASE_PATH: database.path, RESPONSE_CACHE_MAX_BYTES: Number(cacheBytes) }));
  try {
    if (args.soak) return await soak(api, Number(args.soak));
    await load(`${baseline.url}/payload/${list[0]!.key}`, 10);
    console.log(`\n${duration} s per run, ${rounds} round(s), response cache ${args['no-cache'] ? 'off' : 'on'}${args.unseen ? ', every request a filter combination not seen before' : ''}`);
    console.log('same-size = plain Fastify sending a copy of the response; in-process = app.inject, one request at a time, no socket\n');
    console.log(`${'scenario'.padEnd(34)} ${'conns'.padStart(5)} ${'bytes'.padStart(6)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  ${'same-size'.padStart(9)} ${'ratio'.padStart(5)}  ${'in-process req/s'.padStart(16)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  goal`);
    for (const scenario of list) await report(scenario, api.url, baseline.url, local, JSON.stringify(payloads[scenario.key]).length);
    if (database.count) printOverlap(database.path);
  } finally {
    await local.close();
    api.child.kill('SIGTERM');
    baseline.child.kill('SIGTERM');
  }
}

async function report(scenario: Scenario, apiUrl: string, baselineUrl: string, local: Awaited<ReturnType<typeof buildApp>>, bytes: number) {
  const floor = await inProcess(local, scenario.nextPath());
  for (const connections of connectionCounts) {
    const runs: Run[] = [];
    const sameSize: Run[] = [];
    for (let round = 0; round < rounds; round++) {
      runs.push(await load(apiUrl, connections, scenario.nextPath()));
      sameSize.push(await load(`${baselineUrl}/payload/${scenario.key}`, connections));
    }
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const rps = avg(runs.map((r) => r.rps));
    const p99 = Math.max(...runs.map((r) => r.p99));
    const ceiling = avg(sameSize.map((r) => r.rps));
    const bad = runs.reduce((s, r) => s + r.bad, 0);
    const goals = connections === 10 ? [p99 < scenario.p99GoalMs ? `p99<${scenario.p99GoalMs} met` : `p99<${scenario.p99GoalMs} MISSED`, rps >= ceiling / 2 ? '≥½ ceiling met' : '≥½ ceiling MISSED'].join(', ') : '';
    console.log(`${scenario.name.padEnd(34)} ${num(connections, 5)} ${num(bytes, 6)} ${num(rps, 7)} ${num(avg(runs.map((r) => r.p50)), 7, 1)} ${num(p99, 7, 1)}  ${num(ceiling, 9)} ${pct(rps / ceiling)}  ${num(floor.rps, 16)} ${num(floor.p50, 7, 2)} ${num(floor.p99, 7, 2)}  ${goals}${bad ? `  (${bad} non-2xx!)` : ''}`);
  }
}

function printOverlap(path: string) {
  const store = openStore(path);
  try {
    const { queries, mean, min } = rankingOverlap(store);
    console.log(`\nsearch ranking: top 20 of the served order against bm25 over every match (FTS5), ${queries} queries: mean overlap ${mean.toFixed(2)}/20, lowest ${min}/20`);
  } finally {
    store.close();
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
