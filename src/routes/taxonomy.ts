import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { corpusMeta, listPhases, listThreats } from '../queries/taxonomy.js';
import { refusalResponses } from '../schemas/common.js';
import { metaSchema, phaseListSchema, threatListSchema } from '../schemas/taxonomy.js';

export const taxonomyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/threats', {
    schema: {
      operationId: 'listThreats',
      summary: 'List threat domains',
      description: 'The threat hierarchy (terrorism ⊃ separatism, extremism; drugs; trafficking; transnational crime) with record counts.',
      tags: ['taxonomy'],
      response: { 200: threatListSchema, ...refusalResponses },
    },
  }, async () => ({ data: listThreats(app.store) }));

  app.get('/v1/phases', {
    schema: {
      operationId: 'listPhases',
      summary: 'List historical phases',
      description: 'The five SCO and five ASEAN phases of section 1.1 of the thesis.',
      tags: ['taxonomy'],
      response: { 200: phaseListSchema, ...refusalResponses },
    },
  }, async () => ({ data: listPhases(app.store) }));

  app.get('/v1/meta', {
    schema: {
      operationId: 'getCorpusMeta',
      summary: 'Corpus version and counts',
      description: 'The corpus version (a digest of the seed and migrations), when the database was built, and record counts.',
      tags: ['meta'],
      response: { 200: metaSchema, ...refusalResponses },
    },
  }, async () => app.corpusMeta);
};
