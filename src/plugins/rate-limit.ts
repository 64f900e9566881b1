import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export interface RateLimitOptions {
  max: number;
  windowMs: number;
}

/**
 * Counts every request of a client (its address, as TRUST_PROXY lets the server see it) in one
 * app-wide hook, so that answers sent before a route runs (404, 406, 414) and conditional requests
 * count too; only routes configured with `rateLimit: false` (the probes) are spared. The count is
 * per process: behind several replicas, limit at the gateway or in a shared store.
 */
export const rateLimitPlugin = fp(async (app: FastifyInstance, options: RateLimitOptions) => {
  await app.register(fastifyRateLimit, {
    global: false,
    max: options.max,
    timeWindow: options.windowMs,
    enableDraftSpec: true,
    errorResponseBuilder: (_request, context) => Object.assign(new Error(`rate limit of ${context.max} requests per ${context.after} exceeded; retry after ${context.after}`), { statusCode: 429 }),
  });
  const limit = app.rateLimit();
  app.addHook('onRequest', async function (request, reply) {
    if ((request.routeOptions.config as { rateLimit?: unknown }).rateLimit === false) return;
    await limit.call(this, request, reply);
  });
});
