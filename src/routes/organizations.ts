import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../errors.js';
import { dateBounds } from '../domain/partial-date.js';
import { getOrganization, listOrganizations, membersOn } from '../queries/organizations.js';
import { errorResponses, idParams } from '../schemas/common.js';
import { toMatchExpression } from '../queries/search-syntax.js';
import { membersQuery, organizationListQuery, membersResponseSchema, organizationDetailSchema, organizationListSchema } from '../schemas/organizations.js';

export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/organizations', {
    schema: {
      operationId: 'listOrganizations',
      summary: 'List organizations',
      description: 'The SCO, ASEAN, their bodies (RATS, ARF, ADMM, …) and the other organizations of the corpus.',
      tags: ['organizations'],
      querystring: organizationListQuery,
      response: { 200: organizationListSchema, ...errorResponses },
    },
  }, async (request) => {
    const { q } = request.query;
    const data = listOrganizations(app.store, q === undefined ? undefined : toMatchExpression(q, 'q'));
    return { data, meta: { total: data.length } };
  });

  app.get('/v1/organizations/:id', {
    schema: {
      operationId: 'getOrganization',
      summary: 'Get an organization',
      description: 'An organization with its bodies, phases, memberships over time, and curated characterizations per threat.',
      tags: ['organizations'],
      params: idParams('sco'),
      response: { 200: organizationDetailSchema, ...errorResponses },
    },
  }, async (request) => getOrganization(app.store, request.params.id));

  app.get('/v1/organizations/:id/members', {
    schema: {
      operationId: 'listMembersOnDate',
      summary: 'Members of an organization on a date',
      description: 'The states holding a status (member, observer, dialogue partner, accession in progress) on the given day.',
      tags: ['organizations'],
      params: idParams('sco'),
      querystring: membersQuery,
      response: { 200: membersResponseSchema, ...errorResponses },
    },
  }, async (request) => {
    const { id } = request.params;
    if (!app.knownIds.organizations.includes(id)) throw notFound('organization', id);
    const on = request.query.on ? dateBounds(request.query.on).start : new Date().toISOString().slice(0, 10);
    const data = membersOn(app.store, id, on, request.query.status);
    return { data, meta: { organization: id, on, status: request.query.status ?? null, total: data.length } };
  });
};
