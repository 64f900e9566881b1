import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { buildRealCorpus } from './real-corpus.js';

/**
 * npm run bench:pages [-- --runs 50]
 * Server render time and weight of each page type at the real corpus: the app in process with
 * the response cache off, each page requested `runs` times after a warm-up (the store's memoized
 * counts then hold, as on a running server), uncompressed bytes; and the first render on a
 * freshly built app, before any statement is prepared or count memoized (after the process has
 * answered once, as a server's first probe would): `cold` is the very first, when the page's code
 * has not run in the process yet either; `first` the median over FRESH_APPS freshly built apps,
 * which a busy machine disturbs far less than one sample.
 * Goals: under 30 ms to render, under 150 KB.
 */
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '50' } } });
const runs = Number(args.runs);
const GOAL_MS = 30;
const GOAL_BYTES = 150 * 1024;
const FRESH_APPS = 5;

const PAGES: [string, string][] = [
  ['home', '/'],
  ['browse (documents, no filter)', '/documents'],
  ['browse (filtered, sorted)', '/documents?org=sco&threat=terrorism&sort=-date'],
  ['browse (meetings)', '/meetings'],
  ['search', '/search?q=terrorism'],
  ['document', '/documents/sco-charter-2002'],
  ['meeting', '/meetings/asean-summit-12'],
  ['activity', '/activities/coalition-2003'],
  ['organization', '/organizations/asean'],
  ['series list', '/series'],
  ['series', '/series/asean-summit'],
  ['timeline', '/timeline'],
  ['timeline (threat)', '/timeline?threat=drugs'],
  ['compare', '/compare'],
  ['compare (threat)', '/compare?threat=drugs'],
  ['downloads', '/downloads'],
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function main() {
  const path = buildRealCorpus('pages-corpus');
  const config = testConfig({ DATABASE_PATH: path, RESPONSE_CACHE_MAX_BYTES: 0 });
  const app = await buildApp(config);
  // A process's first response loads modules no page owns (light-my-request for inject, undici
  // through @fastify/compress): taken here and printed, so that it is not charged to the first page.
  const processStart = performance.now();
  await app.inject({ url: '/healthz' });
  const processFirst = performance.now() - processStart;
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; real corpus, response cache off, ${runs} renders per page after 3 warm-up renders; first renders on ${FRESH_APPS} fresh apps`);
  console.log(`the process's first response (GET /healthz, before any page): ${processFirst.toFixed(1)} ms`);
  console.log(`${'page'.padEnd(32)} ${'cold ms'.padStart(7)} ${'first ms'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'max ms'.padStart(7)} ${'bytes'.padStart(8)}  goals (<${GOAL_MS} ms p50, <150 KB)`);
  let missed = 0;
  for (const [name, url] of PAGES) {
    const firsts: number[] = [];
    for (let i = 0; i < FRESH_APPS; i++) {
      const fresh = await buildApp(config);
      const started = performance.now();
      await fresh.inject({ url, headers: { 'accept-encoding': 'identity' } });
      firsts.push(performance.now() - started);
      await fresh.close();
    }
    const cold = firsts[0]!;
    const first = quantile([...firsts].sort((a, b) => a - b), 0.5);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs + 3; i++) {
      const started = performance.now();
      const res = await app.inject({ url, headers: { 'accept-encoding': 'identity' } });
      const elapsed = performance.now() - started;
      if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`);
      bytes = res.rawPayload.length;
      if (i >= 3) times.push(elapsed);
    }
    times.sort((a, b) => a - b);
    const ok = quantile(times, 0.5) < GOAL_MS && bytes < GOAL_BYTES;
    if (!ok) missed++;
    console.log(`${name.padEnd(32)} ${cold.toFixed(1).padStart(7)} ${first.toFixed(1).padStart(8)} ${quantile(times, 0.5).toFixed(1).padStart(7)} ${quantile(times, 0.95).toFixed(1).padStart(7)} ${times.at(-1)!.toFixed(1).padStart(7)} ${String(bytes).padStart(8)}  ${ok ? 'meets both' : 'MISSES'}`);
  }
  console.log(missed ? `${missed} page type(s) miss a goal` : 'every page type meets both goals');
  await app.close();
}

await main();
