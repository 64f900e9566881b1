import { describe, expect, it } from 'vitest';
import { expectProblem, useApp } from '../helpers/app.js';

const MAX_BYTES = 256 * 1024;
const cached = useApp({ RESPONSE_CACHE_MAX_BYTES: MAX_BYTES });
const limited = useApp({ RESPONSE_CACHE_MAX_BYTES: MAX_BYTES, RATE_LIMIT_MAX: 3 });
// supertest listens on a new port per request; answers carry absolute links, so name one host.
const get = (url: string) => cached.request().get(url).set('Host', 'api.example.org');

describe('response cache accounting', () => {
  it('counts the UTF-8 bytes it holds, not string length', async () => {
    const before = cached.app.responseCache.stats();
    const res = await get('/v1/documents/asean-sco-mou-2005').expect(200);
    expect(Buffer.byteLength(res.text)).toBeGreaterThan(res.text.length);
    const after = cached.app.responseCache.stats();
    expect(after.entries).toBe(before.entries + 1);
    expect(after.bytes - before.bytes).toBeGreaterThanOrEqual(Buffer.byteLength(res.text));
  });

  it('stays within its byte budget however many answers pass through', async () => {
    for (let limit = 1; limit <= 60; limit++) await get(`/v1/documents?limit=${limit}&sort=-date`).expect(200);
    const { bytes, entries } = cached.app.responseCache.stats();
    expect(bytes).toBeLessThanOrEqual(MAX_BYTES);
    expect(entries).toBeGreaterThan(0);
  });
});

describe('response cache hits', () => {
  it('replay the stored headers of the first answer, and CORS for the request origin', async () => {
    const url = '/v1/documents?org=sco&limit=2&facets=year';
    const first = await get(url).set('Origin', 'https://example.org').expect(200);
    const hit = await get(url).set('Origin', 'https://example.org').expect(200);
    expect(hit.text).toBe(first.text);
    for (const header of ['content-type', 'link', 'etag', 'cache-control', 'content-security-policy', 'x-content-type-options', 'access-control-allow-origin']) {
      expect(hit.headers[header], header).toBe(first.headers[header]);
    }
  });

  it('answer a matching If-None-Match with 304 and a stale one with the body', async () => {
    const url = '/v1/meetings?limit=3';
    const first = await get(url).expect(200);
    await get(url).expect(200);
    const notModified = await get(url).set('If-None-Match', first.headers.etag!).expect(304);
    expect(notModified.text).toBe('');
    const stale = await get(url).set('If-None-Match', '"an-old-version"').expect(200);
    expect(stale.text).toBe(first.text);
  });

  it('count against the rate limit, which is never cached', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await limited.request().get('/v1/organizations/rats')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expectProblem(await limited.request().get('/v1/organizations/rats'), 429);
  });

  it('give way to draining and never replay a problem', async () => {
    const url = '/v1/threats';
    await get(url).expect(200);
    cached.app.draining = true;
    try {
      expectProblem(await get(url), 503);
    } finally {
      cached.app.draining = false;
    }
    expectProblem(await get('/v1/documents?year=1800'), 400, 'year');
    expectProblem(await get('/v1/documents?year=1800'), 400, 'year');
  });
});
