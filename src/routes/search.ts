import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RECORD_KINDS } from '../db/schema.js';
import { search, SEARCH_FACETS, SEARCH_KINDS, type SearchHit, type SearchInput } from '../queries/search.js';
import { parseSearchTerms } from '../queries/search-syntax.js';
import { errorResponses } from '../schemas/common.js';
import { filterParams } from '../schemas/filter-params.js';
import { exportParams, nameList, paginationQuery } from '../schemas/query-params.js';
import { searchHitSchema, searchResponseSchema } from '../schemas/search.js';
import { tabular406, tabularContent } from '../schemas/tabular.js';
import { listEnvelope, sendTable, toListInput } from './list-support.js';

const PATHS = { document: 'documents', meeting: 'meetings', activity: 'activities', organization: 'organizations' } as const;

/** Every hit of a search, page after page (for exports). */
function* allHits(store: Parameters<typeof search>[0], input: Omit<SearchInput, 'limit' | 'cursor' | 'facets'>): Generator<SearchHit> {
  let cursor: string | undefined;
  do {
    const page = search(store, { ...input, limit: 500, cursor, facets: [] });
    yield* page.hits;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/search', {
    config: { ownRepresentations: true, representations: ['json', 'csv', 'ndjson'] },
    schema: {
      operationId: 'search',
      summary: 'Full-text search across the corpus',
      description: 'Searches titles, aliases and abbreviations, summaries, notes and quotes of documents, meetings, activities and organizations. Ranked by bm25 with titles and aliases weighted above body text; each hit has a highlighted snippet. Words are ANDed; "a phrase" in double quotes matches the phrase; a trailing * matches a prefix (traffick*). Other punctuation and operators are read as plain words. Any record filter leaves organizations out. CSV and NDJSON export every hit.',
      tags: ['search'],
      querystring: z.strictObject({
        q: z.string().min(1).max(300).describe('Words to search for; "a phrase"; prefix*').meta({ examples: ['trafficking'] }),
        kind: nameList('kind', SEARCH_KINDS, SEARCH_KINDS, 'Comma-separated kinds to search (default all)', 'document,meeting'),
        ...filterParams(['org', 'threat', 'phase', 'type', 'year', 'from', 'to', 'meeting', 'series'], app.knownIds, RECORD_KINDS),
        facets: nameList('facets', SEARCH_FACETS, [], 'Comma-separated facets to count', 'kind,year'),
        ...paginationQuery,
        ...exportParams(),
      }),
      response: { 200: tabularContent('A page of hits, or every hit in CSV / NDJSON', searchResponseSchema, searchHitSchema.omit({ links: true })), ...errorResponses, ...tabular406 },
    },
  }, async (request, reply) => {
    const { q, kind, facets, limit, cursor, format: _format, bom, ...given } = request.query;
    const { filters } = toListInput({ limit }, given);
    const input = { terms: parseSearchTerms(q, 'q'), kinds: kind, filters };
    const representation = request.representation;
    if (representation === 'csv' || representation === 'ndjson') {
      return sendTable(reply, representation, { name: 'search', columns: Object.keys(searchHitSchema.shape).filter((c) => c !== 'links'), rows: allHits(app.store, input), bom });
    }
    const result = search(app.store, { ...input, limit, cursor, facets });
    const base = request.publicOrigin;
    const data = result.hits.map((hit) => ({ ...hit, links: { self: `${base}/v1/${PATHS[hit.kind]}/${hit.id}` } }));
    const body = listEnvelope(request, reply, { data, total: result.total, nextCursor: result.nextCursor }, limit);
    return result.facets ? { ...body, meta: { ...body.meta, facets: result.facets } } : body;
  });
};
