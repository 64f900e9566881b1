import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { csvStream, ndjsonStream } from '../exports/tabular.js';
import type { RecordFilters } from '../queries/filter-table.js';
import type { ListInput, Sort } from '../queries/record-list.js';
import { MEDIA_TYPES } from '../schemas/media-types.js';

/** The sort a list uses: as asked, else relevance under a full-text filter, else date. */
export function toListInput(query: { limit: number; cursor?: string; sort?: Sort }, filters: RecordFilters): ListInput {
  const present = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as RecordFilters;
  return { filters: present, limit: query.limit, cursor: query.cursor, sort: query.sort ?? (present.q ? 'relevance' : 'date') };
}

/** The list envelope with absolute links; links.next is also sent as an RFC 8288 Link header. */
export function listEnvelope<T>(request: FastifyRequest, reply: FastifyReply, page: { data: T[]; total: number; nextCursor: string | null }, limit: number) {
  const self = `${request.publicOrigin}${request.url}`;
  const next = page.nextCursor ? withParam(self, 'cursor', page.nextCursor) : null;
  if (next) reply.header('link', `<${next}>; rel="next"`);
  return { data: page.data, meta: { total: page.total, limit, next_cursor: page.nextCursor }, links: { self, next } };
}

export function withParam(url: string, name: string, value: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set(name, value);
  return parsed.toString();
}

/**
 * Sends a collection as CSV (RFC 4180, a header row, optionally after a UTF-8 BOM) or NDJSON,
 * streamed row by row. Every collection of the API goes through here.
 */
export function sendTable(reply: FastifyReply, representation: 'csv' | 'ndjson', table: { name: string; columns: readonly string[]; rows: Iterable<Record<string, unknown>>; bom?: boolean }) {
  let stream: Readable;
  if (representation === 'csv') {
    const csv = csvStream([...table.columns], table.rows);
    stream = table.bom ? Readable.from((async function* () { yield '\uFEFF'; yield* csv; })()) : csv;
    reply.header('content-disposition', `attachment; filename="${table.name}.csv"`);
  } else {
    stream = ndjsonStream(table.rows);
  }
  // A stream is sent as it is, not through the JSON serializer that the route types describe.
  return reply.type(`${MEDIA_TYPES[representation]}; charset=utf-8`).send(stream as never);
}
