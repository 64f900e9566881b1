import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { unknownValue } from '../errors.js';
import { compare } from '../queries/compare.js';
import { toMatchExpression } from '../queries/search-syntax.js';
import { groupByYear, timeline, TIMELINE_KINDS } from '../queries/timeline.js';
import { compareQuery, compareResponseSchema, timelineQuery, timelineResponseSchema } from '../schemas/analysis.js';
import { errorResponses } from '../schemas/common.js';
import { listEnvelope, parseValueList } from './list-support.js';

export const analysisRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/timeline', {
    schema: {
      operationId: 'getTimeline',
      summary: 'Timeline of documents, meetings, activities and membership changes',
      description: 'Every dated record and membership change in date order (then kind and id), with the usual filters; group=year also groups the page by year. Membership changes have no threat or text, so threat and q leave them out.',
      tags: ['analysis'],
      querystring: timelineQuery,
      response: { 200: timelineResponseSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const { org, threat, phase, series, from, to, q, kind, group, limit, cursor } = request.query;
    if (org !== undefined && !app.knownIds.organizations.includes(org)) throw unknownValue('org', org, app.knownIds.organizations);
    if (threat !== undefined && !app.knownIds.threats.includes(threat)) throw unknownValue('threat', threat, app.knownIds.threats);
    if (phase !== undefined && !app.knownIds.phases.includes(phase)) throw unknownValue('phase', phase, app.knownIds.phases);
    if (series !== undefined && !app.knownIds.series.includes(series)) throw unknownValue('series', series, app.knownIds.series);
    const result = timeline(app.store, {
      filters: { org, threat, phase, series, from, to, match: q === undefined ? undefined : toMatchExpression(q, 'q') },
      kinds: parseValueList('kind', kind, TIMELINE_KINDS, TIMELINE_KINDS),
      limit,
      cursor,
    });
    const body = listEnvelope(request, reply, { data: result.events, total: result.total, nextCursor: result.nextCursor }, limit);
    return group === 'year' ? { ...body, groups: groupByYear(result.events) } : body;
  });

  app.get('/v1/compare', {
    schema: {
      operationId: 'compareOrganizations',
      summary: 'SCO and ASEAN side by side',
      description: 'For each organization: its documents by type, the first and latest, counts per phase, the bodies involved, and the curated characterization of its approach with citations; for one threat (children included) or for all.',
      tags: ['analysis'],
      querystring: compareQuery,
      response: { 200: compareResponseSchema, ...errorResponses },
    },
  }, async (request) => {
    const { threat } = request.query;
    if (threat !== undefined && !app.knownIds.threats.includes(threat)) throw unknownValue('threat', threat, app.knownIds.threats);
    return compare(app.store, threat);
  });
};
