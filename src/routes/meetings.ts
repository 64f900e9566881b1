import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getMeeting, listMeetings } from '../queries/meetings.js';
import { errorResponses, idParams } from '../schemas/common.js';
import { meetingDetailSchema, meetingListQuery, meetingListSchema } from '../schemas/records.js';
import { listEnvelope, toListInput } from './list-support.js';

export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/meetings', {
    schema: {
      operationId: 'listMeetings',
      summary: 'List meetings',
      description: 'Summits, ministerial, senior-officials and secretaries-general meetings. Default order: date, then id.',
      tags: ['meetings'],
      querystring: meetingListQuery,
      response: { 200: meetingListSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const page = listMeetings(app.store, toListInput(request.query, app.knownIds));
    return listEnvelope(request, reply, page, request.query.limit);
  });

  app.get('/v1/meetings/:id', {
    schema: {
      operationId: 'getMeeting',
      summary: 'Get a meeting',
      description: 'A meeting with its organizations, threats, phases, the documents it adopted, and citations.',
      tags: ['meetings'],
      params: idParams,
      response: { 200: meetingDetailSchema, ...errorResponses },
    },
  }, async (request) => getMeeting(app.store, request.params.id));
};
