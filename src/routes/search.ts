import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { search, SEARCH_FACETS, SEARCH_KINDS } from '../queries/search.js';
import { parseSearchTerms } from '../queries/search-syntax.js';
import { errorResponses } from '../schemas/common.js';
import { searchQuery, searchResponseSchema } from '../schemas/search.js';
import { listEnvelope, parseValueList, toListInput } from './list-support.js';

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/search', {
    schema: {
      operationId: 'search',
      summary: 'Full-text search across the corpus',
      description: 'Searches titles, aliases and abbreviations, summaries, notes and quotes of documents, meetings, activities and organizations. Ranked by bm25 with titles and aliases weighted above body text; each hit has a highlighted snippet. Words are ANDed; "a phrase" in double quotes matches the phrase; a trailing * matches a prefix (traffick*). Other punctuation and operators are read as plain words.',
      tags: ['search'],
      querystring: searchQuery,
      response: { 200: searchResponseSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const { q, kind, facets, limit, cursor, ...rest } = request.query;
    const kinds = parseValueList('kind', kind, SEARCH_KINDS, SEARCH_KINDS);
    const { filters } = toListInput({ ...rest, limit }, app.knownIds);
    const result = search(app.store, {
      terms: parseSearchTerms(q, 'q'),
      kinds,
      filters,
      limit,
      cursor,
      facets: parseValueList('facets', facets, SEARCH_FACETS, []),
    });
    const body = listEnvelope(request, reply, { data: result.hits, total: result.total, nextCursor: result.nextCursor }, limit);
    return result.facets ? { ...body, meta: { ...body.meta, facets: result.facets } } : body;
  });
};
