import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { corpusMeta, listPhases, listThreats } from '../queries/taxonomy.js';
import { errorResponses } from '../schemas/common.js';
import { jsonOnlyQuery } from '../schemas/query-params.js';
import { metaSchema, phaseListSchema, threatListSchema } from '../schemas/taxonomy.js';

export const taxonomyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/threats', {
    schema: {
      operationId: 'listThreats',
      summary: 'List threat domains',
      description: 'The threat hierarchy (terrorism ⊃ separatism, extremism; drugs; trafficking; transnational crime) with record counts.',
      tags: ['taxonomy'],
      querystring: jsonOnlyQuery,
      response: { 200: threatListSchema, 400: errorResponses[400], 406: errorResponses[406], 429: errorResponses[429] },
    },
  }, async () => ({ data: listThreats(app.store) }));

  app.get('/v1/phases', {
    schema: {
      operationId: 'listPhases',
      summary: 'List historical phases',
      description: 'The five SCO and five ASEAN phases of section 1.1 of the thesis.',
      tags: ['taxonomy'],
      querystring: jsonOnlyQuery,
      response: { 200: phaseListSchema, 400: errorResponses[400], 406: errorResponses[406], 429: errorResponses[429] },
    },
  }, async () => ({ data: listPhases(app.store) }));

  app.get('/v1/meta', {
    schema: {
      operationId: 'getCorpusMeta',
      summary: 'Corpus version and counts',
      description: 'The corpus version (a digest of the seed and migrations), when the database was built, and record counts.',
      tags: ['meta'],
      querystring: jsonOnlyQuery,
      response: { 200: metaSchema, 400: errorResponses[400], 406: errorResponses[406], 429: errorResponses[429] },
    },
  }, async () => app.corpusMeta);
};
