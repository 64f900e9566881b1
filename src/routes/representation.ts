import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import Negotiator from 'negotiator';
import { ApiError } from '../errors.js';
import { MEDIA_TYPES, type Representation } from '../schemas/media-types.js';

export { MEDIA_TYPES, type Representation } from '../schemas/media-types.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The representations a route offers, JSON first; JSON only when absent. */
    representations?: readonly Representation[];
  }
  interface FastifyRequest {
    /** The representation chosen for this request from `format=` and Accept. */
    representation: Representation;
  }
}

/**
 * `format=` wins over the Accept header, so that a browser link or curl without headers can ask
 * for CSV. A format or an Accept header that allows none of the offered representations answers
 * 406, naming the parameter at fault: `format=csv` where there is no CSV is refused exactly as
 * `Accept: text/csv` is.
 */
export function chooseRepresentation(request: FastifyRequest, format: string | undefined, offered: readonly Representation[]): Representation {
  const types = offered.map((r) => MEDIA_TYPES[r]);
  if (format !== undefined) {
    const chosen = offered.find((r) => r === format);
    if (!chosen) {
      throw new ApiError(406, 'Not Acceptable', `format "${format}" is not available here; this resource is available as ${offered.join(', ')}`, { parameter: 'format', allowed: [...offered] });
    }
    return chosen;
  }
  const accept = request.headers.accept;
  if (!accept) return offered[0]!;
  const chosen = new Negotiator({ headers: { accept } }).mediaType([...types, 'application/problem+json']);
  if (chosen === 'application/problem+json') return offered[0]!;
  const representation = offered.find((r) => MEDIA_TYPES[r] === chosen);
  if (!representation) {
    throw new ApiError(406, 'Not Acceptable', `this resource is available as ${types.join(', ')}; the Accept header allows none of them`, { parameter: 'Accept', allowed: types });
  }
  return representation;
}

/** Chooses the representation of every /v1 request before its query is validated. */
export const representationPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('representation', 'json');
  // Callback style, not async (a promise per request is measurable); Fastify answers what
  // chooseRepresentation throws as it would a rejection.
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.url.startsWith('/v1/') && !request.is404) {
      // Read before validation: the raw query is unknown until the route's schema has checked it.
      const query: unknown = request.query;
      const format = typeof query === 'object' && query !== null && 'format' in query ? query.format : undefined;
      request.representation = chooseRepresentation(request, typeof format === 'string' ? format : undefined, request.routeOptions.config.representations ?? ['json']);
    }
    done();
  });
});

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
