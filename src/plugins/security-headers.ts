import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import type { ServerResponse } from 'node:http';

/**
 * Helmet's headers on every response. With no per-request input (no CSP nonces, no directive
 * functions) they are the same every time, so Helmet runs once, at registration, against a
 * stand-in response that records what it sets; each request then gets the recorded headers,
 * in Helmet's order, on the raw response as Helmet itself would set them. (@fastify/helmet
 * builds Helmet from its options again on every request: parsing the CSP directives alone
 * was a few per cent of the time of a record by id.)
 */
export const securityHeadersPlugin = fp(async (app: FastifyInstance, options: HelmetOptions) => {
  const headers = helmetHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
});

/** What Helmet sets with these options, in order; it only removes X-Powered-By, which nothing here sets. */
export function helmetHeaders(options: HelmetOptions): [string, string][] {
  const headers: [string, string][] = [];
  const recorder = { setHeader: (name: string, value: string) => void headers.push([name, value]), removeHeader: () => undefined };
  let finished = false;
  helmet(options)({} as never, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  // Every Helmet middleware is synchronous; an asynchronous one would need a per-request hook.
  if (!finished) throw new Error('helmet did not finish synchronously');
  return headers;
}
