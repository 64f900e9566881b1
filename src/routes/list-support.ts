import type { FastifyReply, FastifyRequest } from 'fastify';
import { badParameter, unknownValue } from '../errors.js';
import type { RecordFilters } from '../queries/record-filters.js';
import type { ListInput, Sort } from '../queries/record-list.js';
import { toMatchExpression } from '../queries/search-syntax.js';
import type { KnownIds } from '../queries/taxonomy.js';

export interface RecordListQuery {
  org?: string; threat?: string; phase?: string; type?: string; year?: number; from?: string; to?: string;
  meeting?: string; series?: string; q?: string; sort?: Sort; limit: number; cursor?: string;
}

function mustBeKnown(parameter: string, value: string | undefined, allowed: string[]) {
  if (value !== undefined && !allowed.includes(value)) throw unknownValue(parameter, value, allowed);
}

/** Checks id-valued filters against the corpus and turns a list query into a query-layer input. */
export function toListInput(query: RecordListQuery, known: KnownIds): ListInput {
  mustBeKnown('org', query.org, known.organizations);
  mustBeKnown('threat', query.threat, known.threats);
  mustBeKnown('phase', query.phase, known.phases);
  mustBeKnown('meeting', query.meeting, known.meetings);
  mustBeKnown('series', query.series, known.series);
  const filters: RecordFilters = {
    org: query.org, threat: query.threat, phase: query.phase, type: query.type, year: query.year,
    from: query.from, to: query.to, meeting: query.meeting, series: query.series,
    match: query.q === undefined ? undefined : toMatchExpression(query.q, 'q'),
  };
  for (const key of Object.keys(filters) as (keyof RecordFilters)[]) if (filters[key] === undefined) delete filters[key];
  const sort = query.sort ?? (filters.match ? 'relevance' : 'date');
  return { filters, limit: query.limit, cursor: query.cursor, sort };
}

/** The list envelope, with links.next also sent as an RFC 8288 Link header. */
export function listEnvelope<T>(request: FastifyRequest, reply: FastifyReply, page: { data: T[]; total: number; nextCursor: string | null }, limit: number) {
  const self = request.url;
  const next = page.nextCursor ? withParam(self, 'cursor', page.nextCursor) : null;
  if (next) reply.header('link', `<${next}>; rel="next"`);
  return { data: page.data, meta: { total: page.total, limit, next_cursor: page.nextCursor }, links: { self, next } };
}

/**
 * A comma-separated parameter whose values must come from `allowed` (facets=, kind=). Absent, it
 * takes `fallback`; present, it must name at least one value and no unknown one.
 */
export function parseValueList<T extends string>(parameter: string, raw: string | undefined, allowed: readonly T[], fallback: readonly T[]): T[] {
  if (raw === undefined) return [...fallback];
  const values = [...new Set(raw.split(',').map((v) => v.trim()).filter(Boolean))];
  const unknown = values.filter((v) => !(allowed as readonly string[]).includes(v));
  if (unknown.length || values.length === 0) {
    const named = unknown.length ? `unknown ${parameter} value ${unknown.map((v) => `"${v}"`).join(', ')}` : `${parameter} names no value`;
    throw badParameter(parameter, `${named}; allowed values: ${allowed.join(', ')}`, [...allowed]);
  }
  return values as T[];
}

export function withParam(url: string, name: string, value: string): string {
  const parsed = new URL(url, 'http://local');
  parsed.searchParams.set(name, value);
  return `${parsed.pathname}${parsed.search}`;
}
