import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getActivity, listActivities } from '../queries/activities.js';
import { errorResponses, idParams } from '../schemas/common.js';
import { activityDetailSchema, activityListQuery, activityListSchema } from '../schemas/records.js';
import { listEnvelope, toListInput } from './list-support.js';

export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/activities', {
    schema: {
      operationId: 'listActivities',
      summary: 'List activities',
      description: 'Exercises, operations and campaigns (Coalition 2003, Peace Mission, Spider Web, …). Default order: date, then id.',
      tags: ['activities'],
      querystring: activityListQuery,
      response: { 200: activityListSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const page = listActivities(app.store, toListInput(request.query, app.knownIds));
    return listEnvelope(request, reply, page, request.query.limit);
  });

  app.get('/v1/activities/:id', {
    schema: {
      operationId: 'getActivity',
      summary: 'Get an activity',
      description: 'An activity with its organizations, participants, threats, phases and citations.',
      tags: ['activities'],
      params: idParams,
      response: { 200: activityDetailSchema, ...errorResponses },
    },
  }, async (request) => getActivity(app.store, request.params.id));
};
