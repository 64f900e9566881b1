import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponse } from '../schemas/common.js';
import { healthSchema } from '../schemas/taxonomy.js';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/healthz', {
    config: { rateLimit: false },
    schema: {
      operationId: 'getLiveness',
      summary: 'Liveness',
      description: 'Answers 200 while the process runs.',
      tags: ['health'],
      response: { 200: healthSchema },
    },
  }, async () => ({ status: 'ok' }));

  app.get('/readyz', {
    config: { rateLimit: false },
    schema: {
      operationId: 'getReadiness',
      summary: 'Readiness',
      description: 'Answers 200 when the database answers and the server is not draining; 503 otherwise.',
      tags: ['health'],
      response: { 200: healthSchema, 503: problemResponse('The server is draining before it shuts down') },
    },
  }, async (request, reply) => {
    if (app.draining) {
      return reply.code(503).type('application/problem+json; charset=utf-8').send({
        type: 'https://sco-asean-corpus.example/problems/service-unavailable', title: 'Service Unavailable', status: 503,
        detail: 'the server is shutting down', instance: '/readyz',
      });
    }
    app.store.sqlite.prepare('SELECT 1').get();
    return { status: 'ready' };
  });
};
