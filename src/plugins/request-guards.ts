import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import Negotiator from 'negotiator';
import { sendProblem } from './problem.js';

/**
 * Refuses what no route should see: requests while the server drains (503, except /readyz,
 * which reports it), URLs over the configured length (414), and an Accept that allows no JSON
 * (406). Answers finished while draining close their connection, so that keep-alive cannot hold
 * close() open.
 */
export const requestGuardsPlugin = fp(async (app: FastifyInstance, options: { maxUrlLength: number }) => {
  // Callback style, not async: a promise per hook on every request is measurable. A refusal is
  // sent without calling done, which ends the chain.
  app.addHook('onRequest', (request, reply, done) => {
    if (app.draining && !request.url.startsWith('/readyz')) {
      reply.header('connection', 'close');
      sendProblem(request, reply, { status: 503, title: 'Service Unavailable', detail: 'the server is shutting down; retry on another instance' });
      return;
    }
    if (request.url.length > options.maxUrlLength) {
      sendProblem(request, reply, { status: 414, title: 'URI Too Long', detail: `request URLs are limited to ${options.maxUrlLength} characters` });
      return;
    }
    // JSON resources of the API refuse an Accept header that allows no JSON; routes with several
    // representations (lists, citations) negotiate for themselves.
    const config = request.routeOptions.config as { ownRepresentations?: boolean };
    if (request.url.startsWith('/v1/') && !request.is404 && !config.ownRepresentations && request.headers.accept) {
      const chosen = new Negotiator({ headers: { accept: request.headers.accept } }).mediaType(['application/json', 'application/problem+json']);
      if (!chosen) {
        sendProblem(request, reply, {
          status: 406, title: 'Not Acceptable', detail: 'this resource is available as application/json only; the Accept header does not allow it',
          parameter: 'Accept', allowed: ['application/json'],
        });
        return;
      }
    }
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (app.draining) reply.header('connection', 'close');
    done(null, payload);
  });
});
