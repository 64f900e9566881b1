import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RecordKind } from '../db/schema.js';
import type { Store } from '../db/store.js';
import { facetCounts, RECORD_FACETS } from '../queries/facets.js';
import type { FilterName } from '../queries/filter-table.js';
import { listRecordIds, type ListInput } from '../queries/record-list.js';
import { detailString, items, itemStrings } from '../queries/record-json.js';
import { errorResponses, idParams, listMetaSchema, listLinksSchema, problemResponse } from '../schemas/common.js';
import { filterParams } from '../schemas/filter-params.js';
import { exportParams, jsonOnlyQuery, nameList, paginationQuery } from '../schemas/query-params.js';
import { sortParam } from '../schemas/records.js';
import { facetsSchema } from '../schemas/search.js';
import { listEnvelope, sendTable, toListInput } from './list-support.js';
import { parseFields, pickFields } from './representation.js';

/** What differs between the documents, meetings and activities routes; the rest is shared. */
export interface RecordRoutesSpec {
  kind: RecordKind;
  plural: string;
  tag: string;
  listSummary: string;
  listDescription: string;
  getSummary: string;
  getDescription: string;
  /** The filters of this list, from the filter table. */
  filters: readonly FilterName[];
  /** An id that exists, for the OpenAPI examples. */
  exampleId: string;
  /** The item as stored (its fields are the `fields=` and CSV columns) and as served, with links. */
  stored: z.ZodObject;
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

/** A stored record's JSON with its links added, without parsing it again. */
export function withSelfLink(json: string, self: string): string {
  return `${json.slice(0, -1)},"links":{"self":${JSON.stringify(self)}}}`;
}

export const SPARSE_JSON = 'application/json; profile="sparse"';
const listMetaWithFacets = listMetaSchema.extend({ facets: facetsSchema.optional() });

export function registerRecordRoutes(app: FastifyInstance, spec: RecordRoutesSpec) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const fieldNames = Object.keys(spec.stored.shape);
  const listName = `${spec.item.meta()?.id ?? spec.kind}List`;
  const listSchema = z.object({ data: z.array(spec.item), meta: listMetaWithFacets, links: listLinksSchema }).meta({ id: listName });
  const sparseListSchema = listSchema.extend({ data: z.array(spec.item.partial().required({ id: true, links: true })) }).meta({ id: `${listName}Sparse` });
  const query = z.strictObject({
    ...filterParams(spec.filters, app.knownIds, [spec.kind]),
    sort: sortParam,
    ...paginationQuery,
    facets: nameList('facets', RECORD_FACETS, [], 'Comma-separated facets to count under the current filters', 'year,threat'),
    fields: z.string().max(500).optional().describe(`Comma-separated fields to return (id and links are always included); the answer is then typed ${SPARSE_JSON}`).meta({ examples: ['title,date'] }),
    ...exportParams(),
  });
  const recordUrl = (base: string, id: string) => `${base}/v1/${spec.plural}/${id}`;

  routes.get(`/v1/${spec.plural}`, {
    config: { ownRepresentations: true, representations: ['json', 'csv', 'ndjson'] },
    schema: {
      operationId: `list${spec.tag}`,
      summary: spec.listSummary,
      description: `${spec.listDescription} Representations: JSON (default), CSV (Accept: text/csv or format=csv) and NDJSON (Accept: application/x-ndjson or format=ndjson); CSV and NDJSON stream every matching record. In CSV, multi-valued fields are joined with "; " and organizations are written id:role. With fields=, the JSON answer is typed ${SPARSE_JSON}.`,
      tags: [spec.plural],
      querystring: query,
      response: {
        200: {
          description: 'A page of records, or the whole export in CSV / NDJSON',
          content: {
            'application/json': { schema: listSchema },
            [SPARSE_JSON]: { schema: sparseListSchema },
            'text/csv': { schema: z.string().describe('RFC 4180 CSV with a header row') },
            'application/x-ndjson': { schema: z.string().describe('One JSON record per line') },
          },
        },
        ...errorResponses,
        406: problemResponse('The Accept header or format allows none of JSON, CSV and NDJSON'),
      },
    },
  }, async (request, reply) => {
    const { sort, limit, cursor, facets, fields: rawFields, format: _format, bom, ...filters } = request.query;
    const input = toListInput({ sort, limit, cursor }, filters);
    const fields = parseFields(rawFields, fieldNames);
    const representation = request.representation;
    if (representation === 'csv' || representation === 'ndjson') {
      const rows = (function* () {
        for (const item of allMatching<Record<string, unknown>>(app.store, spec.kind, input)) yield pickFields(item, fields);
      })();
      return sendTable(reply, representation, { name: spec.plural, columns: fields ?? fieldNames, rows, bom });
    }
    const page = listRecordIds(app.store, spec.kind, input);
    const facetValues = facets.length ? facetCounts(app.store, spec.kind, input.filters, facets) : undefined;
    const base = request.publicOrigin;
    if (fields) {
      const data = items<Record<string, unknown>>(app.store, spec.kind, page.ids)
        .map((item) => ({ ...pickFields(item, fields), links: { self: recordUrl(base, item.id as string) } }));
      const body = listEnvelope(request, reply, { data, total: page.total, nextCursor: page.nextCursor }, input.limit);
      return reply.type(`${SPARSE_JSON}; charset=utf-8`).send(JSON.stringify(facetValues ? { ...body, meta: { ...body.meta, facets: facetValues } } : body) as never);
    }
    // The items were encoded through the item schema when the database was built; splice them in
    // as stored rather than parse, re-encode and print them again on every request.
    const body = listEnvelope(request, reply, { data: [], total: page.total, nextCursor: page.nextCursor }, input.limit);
    const meta = facetValues ? { ...body.meta, facets: facetValues } : body.meta;
    const data = itemStrings(app.store, spec.kind, page.ids).map((json, i) => withSelfLink(json, recordUrl(base, page.ids[i]!)));
    const json = `{"data":[${data.join(',')}],"meta":${JSON.stringify(z.encode(listMetaWithFacets, meta))},"links":${JSON.stringify(body.links)}}`;
    return reply.type('application/json; charset=utf-8').send(json as never);
  });

  routes.get(`/v1/${spec.plural}/:id`, {
    schema: {
      operationId: `get${spec.tag.replace(/s$/, '').replace(/ie$/, 'y')}`,
      summary: spec.getSummary,
      description: spec.getDescription,
      tags: [spec.plural],
      params: idParams(spec.exampleId),
      querystring: jsonOnlyQuery,
      response: { 200: spec.detail, ...errorResponses },
    },
  }, async (request, reply) =>
    // Stored already encoded through the detail schema at build time (see corpus/materialize.ts).
    reply.type('application/json; charset=utf-8')
      .send(withSelfLink(detailString(app.store, spec.kind, request.params.id), recordUrl(request.publicOrigin, request.params.id)) as never));
}
