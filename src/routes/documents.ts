import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getDocument, listDocuments } from '../queries/documents.js';
import { errorResponses, idParams } from '../schemas/common.js';
import { documentDetailSchema, documentListQuery, documentListSchema } from '../schemas/records.js';
import { listEnvelope, toListInput } from './list-support.js';

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/documents', {
    schema: {
      operationId: 'listDocuments',
      summary: 'List documents',
      description: 'Charters, conventions, declarations, MOUs, plans of action and other instruments, filtered and paginated. Default order: date, then id.',
      tags: ['documents'],
      querystring: documentListQuery,
      response: { 200: documentListSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const page = listDocuments(app.store, toListInput(request.query, app.knownIds));
    return listEnvelope(request, reply, page, request.query.limit);
  });

  app.get('/v1/documents/:id', {
    schema: {
      operationId: 'getDocument',
      summary: 'Get a document',
      description: 'A document with its organizations and roles, threats, phases, adopting meeting, relations and citations.',
      tags: ['documents'],
      params: idParams,
      response: { 200: documentDetailSchema, ...errorResponses },
    },
  }, async (request) => getDocument(app.store, request.params.id));
};
