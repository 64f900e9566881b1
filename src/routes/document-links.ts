import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../errors.js';
import { CITATION_FORMATS, renderCitations } from '../exports/citation-formats.js';
import { meetingBrief, relationsOf, type DocumentSummary } from '../queries/documents.js';
import { items } from '../queries/record-json.js';
import { relatedResponseSchema } from '../schemas/analysis.js';
import { errorResponses, idParams } from '../schemas/common.js';
import { filterParams } from '../schemas/filter-params.js';
import { formatParam, jsonOnlyQuery } from '../schemas/query-params.js';
import { sortParam } from '../schemas/records.js';
import { toListInput } from './list-support.js';
import type { CitationFormat } from '../exports/citation-formats.js';
import { allMatching } from './record-routes.js';

const CITATION_REPRESENTATIONS: CitationFormat[] = ['csl-json', 'bibtex', 'ris'];
const citationFormat = formatParam(CITATION_REPRESENTATIONS).describe('bibtex, ris or csl-json (default); overrides Accept');

const citationContent = {
  description: 'References in the requested format',
  content: Object.fromEntries(Object.values(CITATION_FORMATS).map((type) => [type, { schema: z.string() }])),
};

export const documentLinkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/documents/:id/related', {
    schema: {
      operationId: 'getRelatedDocuments',
      summary: 'Documents related to a document',
      description: 'Typed relations in both directions (implements, supersedes, amends, references), and the meeting that adopted the document with its other outcomes.',
      tags: ['documents'],
      params: idParams('asean-acct-2007'),
      querystring: jsonOnlyQuery,
      response: { 200: relatedResponseSchema, ...errorResponses },
    },
  }, async (request) => {
    const [document] = items<DocumentSummary>(app.store, 'document', [request.params.id]);
    if (!document) throw notFound('document', request.params.id);
    const meeting = document.adopted_at ? meetingBrief(app.store, document.adopted_at) : null;
    const others = meeting ? app.store.statement('SELECT id, title, type, date FROM documents WHERE adopted_at = @meeting AND id <> @id ORDER BY date_start, id',
    ).all({ meeting: meeting.id, id: document.id }) as { id: string; title: string; type: string; date: string }[] : [];
    return {
      id: document.id,
      title: document.title,
      relations: relationsOf(app.store, document.id),
      adopting_meeting: meeting ? { ...meeting, other_documents: others } : null,
    };
  });

  app.get('/v1/documents/:id/citation', {
    config: { ownRepresentations: true, representations: CITATION_REPRESENTATIONS },
    schema: {
      operationId: 'getDocumentCitation',
      summary: 'Cite a document',
      description: 'The document as a reference for a reference manager: BibTeX, RIS or CSL-JSON.',
      tags: ['documents'],
      params: idParams('asean-acct-2007'),
      querystring: z.strictObject({ format: citationFormat }),
      response: { 200: citationContent, ...errorResponses },
    },
  }, async (request, reply) => {
    const docs = items<DocumentSummary>(app.store, 'document', [request.params.id]);
    if (!docs.length) throw notFound('document', request.params.id);
    const format = request.representation as CitationFormat;
    return reply.type(`${CITATION_FORMATS[format]}; charset=utf-8`).send(renderCitations(docs, format));
  });

  app.get('/v1/citations', {
    config: { ownRepresentations: true, representations: CITATION_REPRESENTATIONS },
    schema: {
      operationId: 'listDocumentCitations',
      summary: 'Cite every document a filter matches',
      description: 'The documents matching the same filters as GET /v1/documents, all of them, as BibTeX, RIS or CSL-JSON.',
      tags: ['documents'],
      querystring: z.strictObject({
        ...filterParams(['org', 'threat', 'phase', 'type', 'year', 'from', 'to', 'meeting', 'series', 'q'], app.knownIds, ['document']),
        sort: sortParam,
        format: citationFormat,
      }),
      response: { 200: citationContent, ...errorResponses },
    },
  }, async (request, reply) => {
    const { format: _format, sort, ...filters } = request.query;
    const format = request.representation as CitationFormat;
    const input = toListInput({ sort, limit: 500 }, filters);
    const docs = [...allMatching<DocumentSummary>(app.store, 'document', input)];
    const extension = format === 'bibtex' ? 'bib' : format === 'ris' ? 'ris' : 'json';
    reply.header('content-disposition', `attachment; filename="documents.${extension}"`);
    return reply.type(`${CITATION_FORMATS[format]}; charset=utf-8`).send(renderCitations(docs, format));
  });
};
