import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

interface CachedResponse {
  payload: string;
  headers: Record<string, string>;
  bytes: number;
}

const KEPT_HEADERS = ['content-type', 'link', 'content-disposition'];

/**
 * The corpus cannot change while the server runs, so a successful GET answer for a given URL and
 * Accept header is the same every time: keep the most recently used ones, up to `maxBytes`, and
 * answer repeats without running queries. Streams (CSV, NDJSON exports) are not kept.
 */
export const responseCachePlugin = fp(async (app: FastifyInstance, options: { maxBytes: number }) => {
  if (options.maxBytes <= 0) return;
  const entries = new Map<string, CachedResponse>();
  let bytes = 0;
  // Answers carry absolute links, so the origin the client reached is part of what selects them.
  const keyOf = (request: FastifyRequest) => `${request.method} ${request.protocol}://${request.host}${request.url}\n${request.headers.accept ?? ''}`;

  // preValidation, not onRequest: route-level onRequest hooks (the rate limit) must run first.
  app.addHook('preValidation', async (request, reply) => {
    if (request.method !== 'GET') return;
    const key = keyOf(request);
    const hit = entries.get(key);
    if (!hit) return;
    entries.delete(key);
    entries.set(key, hit);
    reply.headers(hit.headers);
    return reply.send(hit.payload);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    if (request.url.startsWith('/healthz') || request.url.startsWith('/readyz')) return payload;
    const key = keyOf(request);
    if (entries.has(key)) return payload;
    const size = payload.length + key.length;
    if (size > options.maxBytes / 8) return payload;
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
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
