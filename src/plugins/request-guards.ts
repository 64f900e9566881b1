import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './problem.js';

/**
 * Refuses what no route should see: requests while the server drains (503, except /readyz,
 * which reports it) and URLs over the configured length (414). Answers finished while draining
 * close their connection, so that keep-alive cannot hold close() open.
 */
export const requestGuardsPlugin = fp(async (app: FastifyInstance, options: { maxUrlLength: number }) => {
  app.addHook('onRequest', async (request, reply) => {
    if (app.draining && !request.url.startsWith('/readyz')) {
      reply.header('connection', 'close');
      return sendProblem(request, reply, { status: 503, title: 'Service Unavailable', detail: 'the server is shutting down; retry on another instance' });
    }
    if (request.url.length > options.maxUrlLength) {
      return sendProblem(request, reply, { status: 414, title: 'URI Too Long', detail: `request URLs are limited to ${options.maxUrlLength} characters` });
    }
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (app.draining) reply.header('connection', 'close');
    return payload;
  });
});
