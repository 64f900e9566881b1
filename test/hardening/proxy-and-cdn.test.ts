import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig, testConfig } from '../../src/config.js';
import { expectProblem, useApp } from '../helpers/app.js';
import { TEST_DATABASE } from '../helpers/paths.js';

/** What a CDN or a proxy in front of the API relies on (issue 13, defects 1, 2, 4, 6 and 7). */
const api = useApp();
// supertest listens on a new port per request; answers carry absolute links, so the host is fixed.
const get = (url: string) => api.request().get(url).set('Host', 'corpus.test');
const varies = (vary: string | undefined) => (vary ?? '').split(',').map((v) => v.trim().toLowerCase());

describe('caching through a CDN', () => {
  it('sends Vary: Accept where the same URL answers JSON, CSV or NDJSON, and only there', async () => {
    const list = await get('/v1/documents?org=sco').expect(200);
    expect(varies(list.headers.vary)).toContain('accept');
    const csv = await get('/v1/documents?org=sco').set('Accept', 'text/csv').expect(200);
    expect(varies(csv.headers.vary)).toContain('accept');
    expect(csv.headers.etag).not.toBe(list.headers.etag);
    const byId = await get('/v1/documents/sco-charter-2002').expect(200);
    expect(varies(byId.headers.vary)).not.toContain('accept');
    // A JSON-only resource is one representation whatever the Accept header says.
    const other = await get('/v1/documents/sco-charter-2002').set('Accept', 'application/json, */*').expect(200);
    expect(other.headers.etag).toBe(byId.headers.etag);
  });

  it('lets shared caches serve a stale answer while they revalidate', async () => {
    const res = await get('/v1/threats').expect(200);
    expect(res.headers['cache-control']).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
  });

  it('sends one weak tag for the gzip, brotli and identity bodies, and honours it for each', async () => {
    const url = '/v1/documents?limit=200';
    const identity = await get(url).set('Accept-Encoding', 'identity').expect(200);
    const gzip = await get(url).set('Accept-Encoding', 'gzip').expect(200);
    const brotli = await get(url).set('Accept-Encoding', 'br').expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(identity.headers.etag).toMatch(/^W\/"/);
    expect(new Set([identity.headers.etag, gzip.headers.etag, brotli.headers.etag]).size).toBe(1);
    expect(varies(gzip.headers.vary)).toEqual(expect.arrayContaining(['accept', 'accept-encoding']));
    await get(url).set('Accept-Encoding', 'gzip').set('If-None-Match', identity.headers.etag as string).expect(304);
  });

  it('changes every tag when the code changes, not only when the corpus does', async () => {
    const other = await buildApp(testConfig({ DATABASE_PATH: TEST_DATABASE }), { codeVersion: 'another-release' });
    try {
      const url = '/v1/documents?org=sco';
      const ours = (await get(url).expect(200)).headers.etag as string;
      const theirs = (await other.inject(url)).headers.etag as string;
      expect(theirs.slice(0, 20)).toBe(ours.slice(0, 20)); // same corpus version
      expect(theirs).not.toBe(ours);
      await get(url).set('If-None-Match', theirs).expect(200);
    } finally {
      await other.close();
    }
  });
});

describe('conditional requests', () => {
  it('answers If-None-Match: * with 304 only for a resource that exists', async () => {
    await get('/v1/documents/sco-charter-2002').set('If-None-Match', '*').expect(304);
    expectProblem(await get('/v1/documents/no-such-document').set('If-None-Match', '*'), 404);
    expectProblem(await get('/v1/documents?org=nato').set('If-None-Match', '*'), 400, 'org');
    expectProblem(await get('/v1/nowhere').set('If-None-Match', '*'), 404);
  });

  it('never answers 304 with a body, a content type or an attachment', async () => {
    const csv = await get('/v1/meetings?format=csv').expect(200);
    const res = await get('/v1/meetings?format=csv').set('If-None-Match', csv.headers.etag as string).expect(304);
    expect(res.text ?? '').toBe('');
    expect(res.headers['content-type']).toBeUndefined();
    expect(res.headers['content-disposition']).toBeUndefined();
    expect(res.headers.etag).toBe(csv.headers.etag);
  });
});

describe('rate limit', () => {
  const limited = useApp({ RATE_LIMIT_MAX: 3 });
  const cases: [string, string, Record<string, string>, number][] = [
    ['304 answers', '/v1/threats', { 'if-none-match': '*' }, 304],
    ['404 answers for unknown routes', '/v1/nowhere', {}, 404],
    ['406 answers', '/v1/threats', { accept: 'image/png' }, 406],
    ['414 answers', `/v1/documents?q=${'a'.repeat(5000)}`, {}, 414],
  ];

  it.each(cases)('counts %s', async (_name, url, headers, status) => {
    const remoteAddress = `192.0.2.${status - 300}`;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await limited.app.inject({ url, headers, remoteAddress })).statusCode);
    expect(statuses).toEqual([status, status, status, 429]);
    expect((await limited.app.inject({ url: '/healthz', remoteAddress })).statusCode).toBe(200);
  });
});

describe('PUBLIC_URL', () => {
  it('takes an http(s) origin and refuses a path, a query or something that is not a URL', () => {
    expect(loadConfig({}).PUBLIC_URL).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: '' }).PUBLIC_URL).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: 'https://api.example.org/' }).PUBLIC_URL).toBe('https://api.example.org');
    expect(loadConfig({ PUBLIC_URL: 'http://localhost:8080' }).PUBLIC_URL).toBe('http://localhost:8080');
    expect(() => loadConfig({ PUBLIC_URL: 'https://api.example.org/v1' })).toThrow(/PUBLIC_URL: .* must be an http\(s\) origin with no path/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://api.example.org' })).toThrow(/PUBLIC_URL: .* must be an http\(s\) origin/);
    expect(() => loadConfig({ PUBLIC_URL: 'api.example.org' })).toThrow(/PUBLIC_URL: "api.example.org" is not a URL/);
  });
});

describe('TRUST_PROXY', () => {
  it('refuses true, which would let a client choose its own address', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: true would trust every X-Forwarded-For hop/);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY: expected false, a hop count/);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).TRUST_PROXY).toEqual(['10.0.0.0/8', '127.0.0.1']);
  });

  it.each([
    ['a hop count', '1'],
    ['the proxy addresses', '127.0.0.1/8'],
  ])('with %s, limits a client that rotates the left-most X-Forwarded-For', async (_name, trust) => {
    const app = await buildApp(testConfig({ DATABASE_PATH: TEST_DATABASE, RATE_LIMIT_MAX: 10, TRUST_PROXY: loadConfig({ TRUST_PROXY: trust }).TRUST_PROXY }));
    try {
      const statuses: number[] = [];
      // The proxy (127.0.0.1, the test's socket) appends the address it saw: 198.51.100.7.
      for (let i = 0; i < 15; i++) {
        const res = await app.inject({ url: '/v1/threats', headers: { 'x-forwarded-for': `10.9.8.${i}, 198.51.100.7` } });
        statuses.push(res.statusCode);
      }
      expect(statuses.filter((s) => s === 200)).toHaveLength(10);
      expect(statuses.slice(10)).toEqual([429, 429, 429, 429, 429]);
      // Another client behind the same proxy is not limited by the first one's requests.
      expect((await app.inject({ url: '/v1/threats', headers: { 'x-forwarded-for': '198.51.100.8' } })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
