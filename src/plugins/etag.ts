import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';

/** Fresh for five minutes; a shared cache may then serve the old answer for an hour while it revalidates. */
export const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

export interface EtagOptions {
  corpusVersion: string;
  /** The running code's version (see code-version.ts): a release that changes answers changes tags. */
  codeVersion: string;
}

/**
 * The corpus never changes while a server runs, so a representation is named by the corpus and
 * code versions plus what selects it: the URL, and the Accept header on routes that negotiate
 * (which therefore also send `Vary: Accept`). Tags are weak: gzip, brotli and identity bodies
 * are the same representation in different bytes. If-None-Match is weighed once the answer is
 * known to be a 200, so that `*` or a forged tag never turns a 404 or a 400 into a 304, and a
 * conditional request counts against the rate limit like any other.
 */
export const etagPlugin = fp(async (app: FastifyInstance, options: EtagOptions) => {
  const etagOf = (url: string, accept: string) =>
    `W/"${options.corpusVersion}-${createHash('sha1').update(options.codeVersion).update('\0').update(url).update('\0').update(accept).digest('base64url').slice(0, 16)}"`;

  // Callback style, not async: these run on every request, and a promise per hook is measurable.
  app.addHook('onRequest', (request, reply, done) => {
    if ((request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/healthz') && !request.url.startsWith('/readyz')) {
      // Answers carry absolute links, so the public origin selects the tag too.
      const negotiates = (request.routeOptions.config as { ownRepresentations?: boolean }).ownRepresentations === true;
      reply.header('etag', etagOf(`${request.publicOrigin}${request.url}`, negotiates ? request.headers.accept ?? '' : ''));
      reply.header('cache-control', CACHE_CONTROL);
      if (negotiates) reply.header('vary', 'Accept');
    }
    done();
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode >= 400) {
      reply.removeHeader('etag');
      reply.header('cache-control', 'no-store');
      done(null, payload);
      return;
    }
    const etag = reply.getHeader('etag');
    const ifNoneMatch = request.headers['if-none-match'];
    done(null, reply.statusCode === 200 && typeof etag === 'string' && ifNoneMatch && matches(ifNoneMatch, etag) ? notModified(reply, payload) : payload);
  });
});

/** RFC 9110 weak comparison: `*`, or any listed tag equal to ours once W/ is set aside. */
function matches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  const ours = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === ours);
}

function notModified(reply: FastifyReply, payload: unknown) {
  if (payload && typeof (payload as Readable).destroy === 'function') (payload as Readable).destroy();
  reply.code(304);
  for (const header of ['content-type', 'content-length', 'content-disposition', 'link']) reply.removeHeader(header);
  return null;
}
