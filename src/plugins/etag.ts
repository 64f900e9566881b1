import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createHash } from 'node:crypto';

/**
 * The corpus never changes while a server runs, so a representation is named by the corpus
 * version plus what selects it (URL and Accept). A matching If-None-Match is answered 304 before
 * any query runs.
 */
export const etagPlugin = fp(async (app: FastifyInstance, options: { corpusVersion: string }) => {
  const etagOf = (url: string, accept: string) =>
    `"${options.corpusVersion}-${createHash('sha1').update(url).update('\0').update(accept).digest('base64url').slice(0, 16)}"`;

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    if (request.url.startsWith('/healthz') || request.url.startsWith('/readyz')) return;
    // Answers carry absolute links, so the origin the client reached selects them too.
    const etag = etagOf(`${request.protocol}://${request.host}${request.url}`, request.headers.accept ?? '');
    reply.header('etag', etag);
    reply.header('cache-control', 'public, max-age=300');
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch && (ifNoneMatch === '*' || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))) {
      return reply.code(304).send();
    }
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    if (reply.statusCode >= 400) {
      reply.removeHeader('etag');
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });
});
