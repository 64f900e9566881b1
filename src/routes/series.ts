import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getSeries, listSeries } from '../queries/series.js';
import { errorResponses, idParams } from '../schemas/common.js';
import { jsonOnlyQuery } from '../schemas/query-params.js';
import { seriesDetailSchema, seriesListSchema } from '../schemas/series.js';

export const seriesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/series', {
    schema: {
      operationId: 'listSeries',
      summary: 'List meeting series and how complete each is',
      description: 'Each series (the SCO Council of Heads of State, the ASEAN Summit, the ADMM, …) with its body, how many meetings the public record holds for 2001–2022, how many the corpus has, and the meetings the record cannot settle (gaps), so that a quiet year can be told from a hole in the data.',
      tags: ['series'],
      querystring: jsonOnlyQuery,
      response: { 200: seriesListSchema, 400: errorResponses[400], 406: errorResponses[406], 429: errorResponses[429] },
    },
  }, async (request) => {
    const base = request.publicOrigin;
    return { data: listSeries(app.store).map((series) => ({ ...series, links: { self: `${base}/v1/series/${series.id}` } })) };
  });

  app.get('/v1/series/:id', {
    schema: {
      operationId: 'getSeries',
      summary: 'Get a meeting series',
      description: 'A series with its completeness and its meetings in the corpus.',
      tags: ['series'],
      params: idParams('asean-sco-secretaries-general'),
      querystring: jsonOnlyQuery,
      response: { 200: seriesDetailSchema, ...errorResponses },
    },
  }, async (request) => ({ ...getSeries(app.store, request.params.id), links: { self: `${request.publicOrigin}/v1/series/${request.params.id}` } }));
};
