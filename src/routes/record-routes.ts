import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RecordKind } from '../db/schema.js';
import type { Store } from '../db/store.js';
import { csvStream, ndjsonStream } from '../exports/tabular.js';
import { facetCounts, RECORD_FACETS, type RecordFacet } from '../queries/facets.js';
import { listRecordIds, type ListInput } from '../queries/record-list.js';
import { detailString, items, itemStrings } from '../queries/record-json.js';
import { errorResponses, idParams, listMetaSchema, listLinksSchema, problemResponse } from '../schemas/common.js';
import { facetsSchema } from '../schemas/search.js';
import { listEnvelope, parseValueList, toListInput, type RecordListQuery } from './list-support.js';
import { chooseRepresentation, MEDIA_TYPES, parseFields, pickFields, type Representation } from './representation.js';

/** What differs between the documents, meetings and activities routes; the rest is shared. */
export interface RecordRoutesSpec {
  kind: RecordKind;
  plural: string;
  tag: string;
  listSummary: string;
  listDescription: string;
  getSummary: string;
  getDescription: string;
  query: z.ZodObject;
  /** An id that exists, for the OpenAPI examples. */
  exampleId: string;
  item: z.ZodObject;
  detail: z.ZodType;
}

/** Every record of `kind` that the filters match, in list order, fetched a page at a time. */
export function* allMatching<Item>(store: Store, kind: RecordKind, input: ListInput): Generator<Item> {
  let cursor: string | undefined;
  do {
    const page = listRecordIds(store, kind, { ...input, limit: 500, cursor });
    yield* items<Item>(store, kind, page.ids);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

const listMetaWithFacets = listMetaSchema.extend({ facets: facetsSchema.optional() });

export const exportQuery = {
  facets: z.string().max(200).optional().describe(`Comma-separated facets to count under the current filters: ${RECORD_FACETS.join(', ')}`).meta({ examples: ['year,threat'] }),
  fields: z.string().max(500).optional().describe('Comma-separated fields to return (id is always included)').meta({ examples: ['title,date'] }),
  format: z.enum(['json', 'csv', 'ndjson']).optional().describe('Representation; overrides Accept. csv and ndjson export every matching record, unpaginated').meta({ examples: ['csv'] }),
};

export function registerRecordRoutes(app: FastifyInstance, spec: RecordRoutesSpec) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const fieldNames = Object.keys(spec.item.shape);
  const listSchema = z.object({ data: z.array(spec.item), meta: listMetaWithFacets, links: listLinksSchema });
  const sparseListSchema = listSchema.extend({ data: z.array(spec.item.partial().required({ id: true })) });
  const listName = `${spec.item.meta()?.id ?? spec.kind}List`;

  routes.get(`/v1/${spec.plural}`, {
    config: { ownRepresentations: true },
    schema: {
      operationId: `list${spec.tag}`,
      summary: spec.listSummary,
      description: `${spec.listDescription} Representations: JSON (default), CSV (Accept: text/csv or format=csv) and NDJSON (Accept: application/x-ndjson or format=ndjson); CSV and NDJSON stream every matching record. In CSV, multi-valued fields are joined with "; " and organizations are written id:role.`,
      tags: [spec.plural],
      querystring: spec.query.extend(exportQuery),
      response: {
        200: {
          description: 'A page of records, or the whole export in CSV / NDJSON',
          content: {
            'application/json': { schema: z.union([listSchema.meta({ id: listName }), sparseListSchema.meta({ id: `${listName}Sparse` })]) },
            'text/csv': { schema: z.string().describe('RFC 4180 CSV with a header row') },
            'application/x-ndjson': { schema: z.string().describe('One JSON record per line') },
          },
        },
        ...errorResponses,
        406: problemResponse('The Accept header allows none of JSON, CSV and NDJSON'),
      },
    },
  }, async (request, reply) => {
    const query = request.query as unknown as RecordListQuery & { facets?: string; fields?: string; format?: Representation };
    const representation = chooseRepresentation(request, query.format, ['json', 'csv', 'ndjson']);
    const input = toListInput(query, app.knownIds);
    const fields = parseFields(query.fields, fieldNames);
    const facets: RecordFacet[] = parseValueList('facets', query.facets, RECORD_FACETS, []);
    if (representation !== 'json') {
      const rows = (function* () {
        for (const item of allMatching<Record<string, unknown>>(app.store, spec.kind, input)) yield pickFields(item, fields);
      })();
      const stream = representation === 'csv' ? csvStream(fields ?? fieldNames, rows) : ndjsonStream(rows);
      if (representation === 'csv') reply.header('content-disposition', `attachment; filename="${spec.plural}.csv"`);
      // A stream is sent as it is, not through the JSON serializer that the route types describe.
      return reply.type(`${MEDIA_TYPES[representation]}; charset=utf-8`).send(stream as unknown as string);
    }
    const page = listRecordIds(app.store, spec.kind, input);
    const facetValues = facets.length ? facetCounts(app.store, spec.kind, input.filters, facets) : undefined;
    if (fields) {
      const data = items<Record<string, unknown>>(app.store, spec.kind, page.ids).map((item) => pickFields(item, fields));
      const body = listEnvelope(request, reply, { data, total: page.total, nextCursor: page.nextCursor }, input.limit);
      return facetValues ? { ...body, meta: { ...body.meta, facets: facetValues } } : body;
    }
    // The items were encoded through the item schema when the database was built; splice them in
    // as stored rather than parse, re-encode and print them again on every request.
    const body = listEnvelope(request, reply, { data: [], total: page.total, nextCursor: page.nextCursor }, input.limit);
    const meta = facetValues ? { ...body.meta, facets: facetValues } : body.meta;
    const json = `{"data":[${itemStrings(app.store, spec.kind, page.ids).join(',')}],"meta":${JSON.stringify(z.encode(listMetaWithFacets, meta))},"links":${JSON.stringify(body.links)}}`;
    return reply.type('application/json; charset=utf-8').send(json as never);
  });

  routes.get(`/v1/${spec.plural}/:id`, {
    schema: {
      operationId: `get${spec.tag.replace(/s$/, '').replace(/ie$/, 'y')}`,
      summary: spec.getSummary,
      description: spec.getDescription,
      tags: [spec.plural],
      params: idParams(spec.exampleId),
      response: { 200: spec.detail, ...errorResponses },
    },
  }, async (request, reply) =>
    // Stored already encoded through the detail schema at build time (see corpus/materialize.ts).
    reply.type('application/json; charset=utf-8').send(detailString(app.store, spec.kind, request.params.id) as never));
}
