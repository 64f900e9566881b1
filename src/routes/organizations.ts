import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../errors.js';
import { dateBounds } from '../domain/partial-date.js';
import { getOrganization, listOrganizations, membersOn } from '../queries/organizations.js';
import { errorResponses, idParams } from '../schemas/common.js';
import { filterParams } from '../schemas/filter-params.js';
import { membersQuery, membersResponseSchema, membershipSchema, organizationDetailSchema, organizationListSchema, organizationSchema } from '../schemas/organizations.js';
import { exportParams, jsonOnlyQuery } from '../schemas/query-params.js';
import { z } from 'zod';
import { tabular406, tabularContent } from '../schemas/tabular.js';
import { sendTable } from './list-support.js';

export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/organizations', {
    config: { ownRepresentations: true, representations: ['json', 'csv', 'ndjson'] },
    schema: {
      operationId: 'listOrganizations',
      summary: 'List organizations',
      description: 'The SCO, ASEAN, their bodies (RATS, ARF, ADMM, …) and the other organizations of the corpus.',
      tags: ['organizations'],
      querystring: z.strictObject({ ...filterParams(['q'], app.knownIds, []), ...exportParams() }),
      response: { 200: tabularContent('The organizations, as JSON, CSV or NDJSON', organizationListSchema, organizationSchema), ...errorResponses, ...tabular406 },
    },
  }, async (request, reply) => {
    const { q, bom } = request.query;
    const base = request.publicOrigin;
    const data = listOrganizations(app.store, q).map((o) => ({ ...o, links: { self: `${base}/v1/organizations/${o.id}` } }));
    const representation = request.representation;
    if (representation === 'csv' || representation === 'ndjson') {
      return sendTable(reply, representation, { name: 'organizations', columns: Object.keys(organizationSchema.shape).filter((c) => c !== 'links'), rows: data, bom });
    }
    return { data, meta: { total: data.length } };
  });

  app.get('/v1/organizations/:id', {
    schema: {
      operationId: 'getOrganization',
      summary: 'Get an organization',
      description: 'An organization with its bodies, phases, memberships over time, and curated characterizations per threat.',
      tags: ['organizations'],
      params: idParams('sco'),
      querystring: jsonOnlyQuery,
      response: { 200: organizationDetailSchema, ...errorResponses },
    },
  }, async (request) => ({ ...getOrganization(app.store, request.params.id), links: { self: `${request.publicOrigin}/v1/organizations/${request.params.id}` } }));

  app.get('/v1/organizations/:id/members', {
    config: { ownRepresentations: true, representations: ['json', 'csv', 'ndjson'] },
    schema: {
      operationId: 'listMembersOnDate',
      summary: 'Members of an organization on a date',
      description: 'The states holding a status (member, observer, dialogue partner, accession in progress) on the given day.',
      tags: ['organizations'],
      params: idParams('sco'),
      querystring: membersQuery,
      response: { 200: tabularContent('The states holding a status on the day, as JSON, CSV or NDJSON', membersResponseSchema, membershipSchema), ...errorResponses, ...tabular406 },
    },
  }, async (request, reply) => {
    const { id } = request.params;
    if (!app.knownIds.organizations.includes(id)) throw notFound('organization', id);
    const on = request.query.on ? dateBounds(request.query.on).start : new Date().toISOString().slice(0, 10);
    const data = membersOn(app.store, id, on, request.query.status);
    const representation = request.representation;
    if (representation === 'csv' || representation === 'ndjson') {
      return sendTable(reply, representation, { name: `${id}-members-${on}`, columns: Object.keys(membershipSchema.shape), rows: data, bom: request.query.bom });
    }
    return { data, meta: { organization: id, on, status: request.query.status ?? null, total: data.length } };
  });
};
