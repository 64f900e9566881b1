import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RECORD_KINDS } from '../db/schema.js';
import { compare, comparisonRows } from '../queries/compare.js';
import { corpusYears, facetCounts, fillYears, mergeFacets, RECORD_FACETS } from '../queries/facets.js';
import type { FilterName } from '../queries/filter-table.js';
import { listRecordIds } from '../queries/record-list.js';
import { allEvents, timeline, TIMELINE_KINDS, type TimelineEvent } from '../queries/timeline.js';
import { comparisonRowSchema, compareResponseSchema, timelineEventSchema, timelineResponseSchema } from '../schemas/analysis.js';
import { errorResponses } from '../schemas/common.js';
import { tabular406, tabularContent } from '../schemas/tabular.js';
import { filterParams } from '../schemas/filter-params.js';
import { exportParams, nameList, paginationQuery } from '../schemas/query-params.js';
import { facetCountsSchema, facetRowSchema } from '../schemas/search.js';
import { listEnvelope, sendTable, toListInput } from './list-support.js';

const ALL_FILTERS: FilterName[] = ['org', 'threat', 'phase', 'type', 'year', 'from', 'to', 'meeting', 'series', 'q'];

export const analysisRoutes: FastifyPluginAsyncZod = async (app) => {
  const eventColumns = Object.keys(timelineEventSchema.shape).filter((c) => c !== 'links');
  const eventUrl = (base: string, event: TimelineEvent) => event.kind === 'membership'
    ? `${base}/v1/organizations/${event.organizations[0]}`
    : `${base}/v1/${event.kind === 'activity' ? 'activities' : `${event.kind}s`}/${event.id}`;

  app.get('/v1/timeline', {
    config: { ownRepresentations: true, representations: ['json', 'csv', 'ndjson'] },
    schema: {
      operationId: 'getTimeline',
      summary: 'Timeline of documents, meetings, activities and membership changes',
      description: 'Every dated record and membership change in date order (then kind and id), with the usual filters; group=year adds how many events each year holds over the whole filtered range. A membership change has no threat, type, meeting or text: a filter asking for one leaves it out, one excluding them (threat=!drugs) keeps it, and q leaves it out. CSV and NDJSON export every matching event.',
      tags: ['analysis'],
      querystring: z.strictObject({
        ...filterParams(ALL_FILTERS, app.knownIds, RECORD_KINDS),
        kind: nameList('kind', TIMELINE_KINDS, TIMELINE_KINDS, 'Comma-separated kinds (default all)', 'document,membership'),
        group: z.enum(['year']).optional().describe('group=year counts the events per year over the whole filtered range').meta({ examples: ['year'] }),
        ...paginationQuery,
        ...exportParams(),
      }),
      response: { 200: tabularContent('A page of events, or every event in CSV / NDJSON', timelineResponseSchema, timelineEventSchema.omit({ links: true })), ...errorResponses, ...tabular406 },
    },
  }, async (request, reply) => {
    const { kind, group, limit, cursor, format: _format, bom, ...filters } = request.query;
    const input = toListInput({ limit, cursor }, filters);
    const representation = request.representation;
    if (representation === 'csv' || representation === 'ndjson') {
      return sendTable(reply, representation, { name: 'timeline', columns: eventColumns, rows: allEvents(app.store, { filters: input.filters, kinds: kind }), bom });
    }
    const result = timeline(app.store, { filters: input.filters, kinds: kind, limit, cursor });
    const base = request.publicOrigin;
    const data = result.events.map((event) => ({ ...event, links: { self: eventUrl(base, event) } }));
    const body = listEnvelope(request, reply, { data, total: result.total, nextCursor: result.nextCursor }, limit);
    return group === 'year' ? { ...body, groups: result.groups } : body;
  });

  app.get('/v1/compare', {
    config: { ownRepresentations: true, representations: ['json', 'csv', 'ndjson'] },
    schema: {
      operationId: 'compareOrganizations',
      summary: 'SCO and ASEAN side by side',
      description: 'For each organization: its documents by type, the first and latest, counts per phase, the bodies involved, and the curated characterization of its approach with citations; under the list filters (threat=drugs, threat=terrorism,!extremism, year=2005,2015, …) or for all. As CSV or NDJSON: one row per organization, dimension (type, phase, body), value and kind of record.',
      tags: ['analysis'],
      querystring: z.strictObject({
        ...filterParams(['threat', 'phase', 'type', 'year', 'from', 'to', 'q'], app.knownIds, RECORD_KINDS),
        ...exportParams(),
      }),
      response: { 200: tabularContent('The comparison, or its table in CSV / NDJSON', compareResponseSchema, comparisonRowSchema), ...errorResponses, ...tabular406 },
    },
  }, async (request, reply) => {
    const { format: _format, bom, ...filters } = request.query;
    const comparison = compare(app.store, toListInput({ limit: 1 }, filters).filters);
    const representation = request.representation;
    if (representation === 'csv' || representation === 'ndjson') {
      return sendTable(reply, representation, { name: 'comparison', columns: Object.keys(comparisonRowSchema.shape), rows: comparisonRows(comparison), bom });
    }
    return comparison;
  });

  app.get('/v1/facets', {
    config: { ownRepresentations: true, representations: ['json', 'csv', 'ndjson'] },
    schema: {
      operationId: 'countFacets',
      summary: 'Facet counts without the records',
      description: 'How many documents, meetings and activities (or the kinds asked for) each value of each facet holds under the filters, in one call. Years come in chronological order; with fill_years=true every year of the range is listed, zero where nothing matches.',
      tags: ['analysis'],
      querystring: z.strictObject({
        ...filterParams(ALL_FILTERS, app.knownIds, RECORD_KINDS),
        facets: nameList('facets', RECORD_FACETS, RECORD_FACETS, 'Comma-separated facets to count (default all)', 'year,threat'),
        kind: nameList('kind', RECORD_KINDS, RECORD_KINDS, 'Comma-separated kinds of record to count (default all)', 'document'),
        fill_years: z.enum(['true', 'false'])
          .describe('With fill_years=true the year facet lists every year from the first to the last of the range (from/to, else the corpus), with zero counts').meta({ examples: ['true'] })
          .transform((v) => v === 'true').optional(),
        ...exportParams(),
      }),
      response: { 200: tabularContent('Counts per facet value, or the same as rows in CSV / NDJSON', facetCountsSchema, facetRowSchema), ...errorResponses, ...tabular406 },
    },
  }, async (request, reply) => {
    const { facets, kind, fill_years: fill, format: _format, bom, ...given } = request.query;
    const { filters } = toListInput({ limit: 1 }, given);
    const counts = mergeFacets(kind.map((k) => facetCounts(app.store, k, filters, facets)));
    if (fill && counts.year) {
      const years = corpusYears(app.store);
      counts.year = fillYears(counts.year, {
        from: filters.from ? Number(filters.from.slice(0, 4)) : years.from,
        to: filters.to ? Number(filters.to.slice(0, 4)) : years.to,
      }, filters);
    }
    const representation = request.representation;
    if (representation === 'csv' || representation === 'ndjson') {
      const rows = Object.entries(counts).flatMap(([facet, values]) => values.map((v) => ({ facet, ...v })));
      return sendTable(reply, representation, { name: 'facets', columns: Object.keys(facetRowSchema.shape), rows, bom });
    }
    const total = kind.reduce((sum, k) => sum + listRecordIds(app.store, k, { filters, limit: 1, sort: 'date' }).total, 0);
    return { facets: counts, meta: { total, kinds: kind } };
  });
};
