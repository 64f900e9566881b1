import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import fp from 'fastify-plugin';

interface CachedResponse {
  payload: string;
  headers: Record<string, string | string[]>;
  bytes: number;
}

export interface ResponseCacheOptions {
  maxBytes: number;
  /**
   * Whether a rate limit counts requests. Without one, a hit is answered by the first hook of
   * every request (register the plugin first); with one, once every onRequest hook has run.
   */
  rateLimited: boolean;
}

export interface ResponseCacheStats {
  entries: number;
  /** UTF-8 bytes of the payloads, keys and headers held, the measure `maxBytes` bounds. */
  bytes: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    responseCache: { stats(): ResponseCacheStats };
  }
}

// Set per request by a rate limit, which still runs before a hit, or by the server. CORS headers
// are kept: they depend on the Origin, which is part of the key.
const PER_REQUEST_HEADERS = /^(?:ratelimit-|retry-after$|x-ratelimit-|content-length$|date$|connection$|keep-alive$|transfer-encoding$|set-cookie$)/;

/**
 * The corpus cannot change while the server runs, so a successful GET answer for a given URL,
 * host, Accept and Origin is the same every time: keep the most recently used ones, payload and
 * headers, up to `maxBytes`, and answer repeats without running queries or the hooks that would
 * set the same headers again. Streams (CSV, NDJSON exports) are not kept.
 */
export const responseCachePlugin = fp(async (app: FastifyInstance, options: ResponseCacheOptions) => {
  const entries = new Map<string, CachedResponse>();
  let bytes = 0;
  app.decorate('responseCache', { stats: () => ({ entries: entries.size, bytes }) });
  if (options.maxBytes <= 0) return;
  // What selects an answer: the public origin (answers carry absolute links; see app.ts), the
  // URL, Accept, and the Origin header (CORS headers are kept with the answer).
  const keyOf = (request: FastifyRequest) =>
    `${request.method} ${request.publicOrigin}${request.url}\n${request.headers.accept ?? ''}\n${request.headers.origin ?? ''}`;
  const hitFor = new WeakSet<FastifyRequest>();

  // Callback style, not async: a miss goes on to the next hook at once, as if this one were absent.
  function answerHit(request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) {
    const hit = request.method === 'GET' && !app.draining ? entries.get(keyOf(request)) : undefined;
    // A conditional request that may match is left to the ETag plugin, which answers 304.
    const ifNoneMatch = request.headers['if-none-match'];
    const etag = hit?.headers.etag;
    if (!hit || (ifNoneMatch && (ifNoneMatch.includes('*') || typeof etag !== 'string' || ifNoneMatch.includes(etag.replace(/^W\//, ''))))) {
      done();
      return;
    }
    const key = keyOf(request);
    entries.delete(key);
    entries.set(key, hit);
    hitFor.add(request);
    reply.headers(hit.headers);
    reply.send(hit.payload);
  }

  // preValidation runs after every onRequest hook, app- or route-level, so after a rate limit.
  app.addHook(options.rateLimited ? 'preValidation' : 'onRequest', answerHit);

  app.addHook('onSend', async (request, reply, payload) => {
    if (hitFor.has(request) || request.method !== 'GET' || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    if (request.url.startsWith('/healthz') || request.url.startsWith('/readyz')) return payload;
    const key = keyOf(request);
    if (entries.has(key)) return payload;
    const headers: Record<string, string | string[]> = {};
    let size = Buffer.byteLength(payload) + Buffer.byteLength(key);
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value === undefined || PER_REQUEST_HEADERS.test(name)) continue;
      headers[name] = Array.isArray(value) ? value.map(String) : String(value);
      size += Buffer.byteLength(name) + Buffer.byteLength(String(headers[name]));
    }
    if (size > options.maxBytes / 8) return payload;
    entries.set(key, { payload, headers, bytes: size });
    bytes += size;
    for (const [oldest, entry] of entries) {
      if (bytes <= options.maxBytes) break;
      entries.delete(oldest);
      bytes -= entry.bytes;
    }
    return payload;
  });
});
