import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { expectProblem, useApp } from '../helpers/app.js';

const api = useApp();
const limited = useApp({ RATE_LIMIT_MAX: 3, RATE_LIMIT_WINDOW_MS: 60_000 });
const restricted = useApp({ CORS_ORIGINS: 'https://analyst.example, https://app.example' });
// One Host for every request: supertest listens on a new port each time, and answers carry absolute links.
const get = (url: string) => api.request().get(url).set('Host', 'corpus.test');

describe('security headers and CORS', () => {
  it('sends helmet headers on every response', async () => {
    const res = await get('/v1/meta').expect(200);
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age='),
      'content-security-policy': expect.stringContaining("default-src 'self'"),
    });
    const problem = await get('/nowhere').expect(404);
    expect(problem.headers['x-content-type-options']).toBe('nosniff');
  });

  it('allows any origin to GET by default, with a preflight', async () => {
    const res = await get('/v1/documents?limit=1').set('Origin', 'https://anywhere.example').expect(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-expose-headers']).toMatch(/ETag, Link/);
    const preflight = await api.request().options('/v1/documents').set('Origin', 'https://anywhere.example').set('Access-Control-Request-Method', 'GET').expect(204);
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
  });

  it('limits CORS to the configured origins', async () => {
    const allowed = await restricted.request().get('/v1/meta').set('Origin', 'https://app.example').expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example');
    const other = await restricted.request().get('/v1/meta').set('Origin', 'https://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('caching', () => {
  it('sends an ETag from the corpus version and answers If-None-Match with 304', async () => {
    const meta = await get('/v1/meta').expect(200);
    const first = await get('/v1/documents?org=sco').expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(new RegExp(`^W/"${meta.body.corpus_version}-`));
    expect(first.headers['cache-control']).toBe('public, max-age=300, stale-while-revalidate=3600');
    expect((await get('/v1/documents?org=sco').expect(200)).headers.etag).toBe(etag);
    const notModified = await get('/v1/documents?org=sco').set('If-None-Match', etag);
    expect(notModified.status).toBe(304);
    expect(notModified.text ?? '').toBe('');
    await get('/v1/documents?org=sco').set('If-None-Match', `"other", ${etag.replace(/^W\//, '')}`).expect(304);
    expect((await get('/v1/documents?org=asean').expect(200)).headers.etag).not.toBe(etag);
    expect((await get('/v1/documents?org=sco').set('Accept', 'text/csv').expect(200)).headers.etag).not.toBe(etag);
  });

  it('does not cache errors or probes', async () => {
    const res = await get('/v1/documents?org=nato').expect(400);
    expect(res.headers.etag).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await get('/readyz').expect(200)).headers.etag).toBeUndefined();
  });

  it('compresses large responses and leaves small ones alone', async () => {
    const big = await get('/v1/documents?limit=200').set('Accept-Encoding', 'gzip').expect(200);
    expect(big.headers['content-encoding']).toBe('gzip');
    expect(big.body.data.length).toBeGreaterThan(50);
    const small = await get('/healthz').set('Accept-Encoding', 'gzip').expect(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});

describe('response cache', () => {
  const uncached = useApp({ RESPONSE_CACHE_MAX_BYTES: 0 });

  it('answers a repeated request with the same body and headers as the first', async () => {
    const url = '/v1/documents?org=asean&threat=drugs&limit=3&facets=year';
    const first = await get(url).expect(200);
    const second = await get(url).expect(200);
    expect(second.text).toBe(first.text);
    for (const header of ['content-type', 'link', 'etag', 'cache-control']) expect(second.headers[header], header).toBe(first.headers[header]);
    const fresh = await uncached.request().get(url).set('Host', 'corpus.test').expect(200);
    expect(fresh.text).toBe(first.text);
    expect(fresh.headers.link).toBe(first.headers.link);
  });

  it('keys on the Accept header and never replays an error', async () => {
    const json = await get('/v1/meetings?limit=2').expect(200);
    const csv = await get('/v1/meetings?limit=2').set('Accept', 'text/csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect((await get('/v1/meetings?limit=2').expect(200)).text).toBe(json.text);
    await get('/v1/meetings?type=war').expect(400);
    expectProblem(await get('/v1/meetings?type=war'), 400, 'type');
  });
});

describe('rate limiting', () => {
  it('answers 429 as a problem with RateLimit and Retry-After headers, and spares the probes', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await limited.request().get('/v1/threats');
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expectProblem(last!, 429);
    expect(last!.headers).toMatchObject({ 'ratelimit-limit': '3', 'ratelimit-remaining': '0', 'retry-after': expect.stringMatching(/^\d+$/) });
    await limited.request().get('/healthz').expect(200);
    await limited.request().get('/readyz').expect(200);
  });
});

describe('requests the API cannot serve', () => {
  it('answers wrong methods with 405 and an Allow header', async () => {
    const res = await api.request().post('/v1/documents').send({ a: 1 });
    expectProblem(res, 405, 'method');
    expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
    expectProblem(await api.request().delete('/v1/documents/sco-charter-2002'), 405, 'method');
    expectProblem(await api.request().put('/nowhere').send('x'), 404);
  });

  it('answers oversized URLs, path segments and bodies with 414 and 413', async () => {
    expectProblem(await get(`/v1/documents?q=${'a'.repeat(5000)}`), 414);
    expectProblem(await get(`/v1/documents/${'a'.repeat(300)}`), 414, 'id');
    const big = await api.request().post('/v1/documents').set('Content-Type', 'application/json').send(JSON.stringify({ x: 'y'.repeat(20_000) }));
    expectProblem(big, 413);
  });

  it('answers bad percent-encoding in a path with 400', async () => {
    expectProblem(await get('/v1/documents/%E0%A4%A'), 400);
  });

  it('answers a request line too large for the HTTP parser with 431 problem+json', async () => {
    await new Promise<void>((resolve, reject) => {
      const address = api.app.server.address();
      const ensureListening = address ? Promise.resolve() : new Promise<void>((r) => api.app.server.listen(0, '127.0.0.1', () => r()));
      void ensureListening.then(() => {
        const { port } = api.app.server.address() as { port: number };
        const socket = connect(port, '127.0.0.1', () => socket.write(`GET /v1/documents?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`));
        let data = '';
        socket.on('data', (chunk) => { data += chunk.toString(); });
        socket.on('error', reject);
        socket.on('close', () => {
          try {
            expect(data).toMatch(/^HTTP\/1\.1 431 /);
            expect(data).toMatch(/content-type: application\/problem\+json/i);
            expect(JSON.parse(data.slice(data.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 431, title: 'Request Header Fields Too Large' });
            resolve();
          } catch (error) {
            reject(error);
          }
        });
      });
    });
  });

  it('is configured with request and connection timeouts and a body limit', () => {
    expect(api.app.initialConfig).toMatchObject({ requestTimeout: 10_000, connectionTimeout: 10_000, bodyLimit: 16_384 });
  });
});

describe('content negotiation on JSON resources', () => {
  it('answers 406 when the Accept header allows no JSON, and leaves other pages alone', async () => {
    expectProblem(await get('/v1/documents/sco-charter-2002').set('Accept', 'image/png'), 406, 'Accept');
    expectProblem(await get('/v1/threats').set('Accept', 'text/csv'), 406, 'Accept');
    await get('/v1/documents/sco-charter-2002').set('Accept', 'application/json').expect(200);
    await get('/v1/documents/sco-charter-2002').set('Accept', 'text/html, */*;q=0.8').expect(200);
    await get('/v1/documents/asean-acct-2007/citation?format=ris').set('Accept', 'text/plain').expect(200);
    const docs = await get('/docs/').set('Accept', 'text/html').redirects(1);
    expect(docs.status).toBe(200);
  });
});
