import type { FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { ApiError } from '../errors.js';

export const MEDIA_TYPES = { json: 'application/json', csv: 'text/csv', ndjson: 'application/x-ndjson' } as const;
export type Representation = keyof typeof MEDIA_TYPES;

/**
 * `format=` wins over the Accept header, so that a browser link or curl without headers can ask
 * for CSV. An Accept header that allows none of the representations answers 406.
 */
export function chooseRepresentation(request: FastifyRequest, format: Representation | undefined, offered: Representation[]): Representation {
  if (format) return format;
  const accept = request.headers.accept;
  if (!accept) return 'json';
  const types = offered.map((r) => MEDIA_TYPES[r]);
  const chosen = new Negotiator({ headers: { accept } }).mediaType([...types, 'application/problem+json']);
  if (chosen === 'application/problem+json') return 'json';
  const representation = offered.find((r) => MEDIA_TYPES[r] === chosen);
  if (!representation) {
    throw new ApiError(406, 'Not Acceptable', `this resource is available as ${types.join(', ')}; the Accept header allows none of them`, { parameter: 'Accept', allowed: types });
  }
  return representation;
}

/** Checks a `fields=` list against the fields an item has; `id` is always kept. */
export function parseFields(raw: string | undefined, available: readonly string[]): string[] | undefined {
  if (raw === undefined) return undefined;
  const requested = raw.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = requested.filter((f) => !available.includes(f));
  if (unknown.length) {
    throw new ApiError(400, 'Invalid request parameter', `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => `"${f}"`).join(', ')}; allowed values: ${available.join(', ')}`, { parameter: 'fields', allowed: [...available] });
  }
  return ['id', ...requested.filter((f) => f !== 'id')];
}

export function pickFields<T extends Record<string, unknown>>(item: T, fields: string[] | undefined): Partial<T> {
  if (!fields) return item;
  return Object.fromEntries(fields.map((f) => [f, item[f]])) as Partial<T>;
}
