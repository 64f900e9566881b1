import createClient from 'openapi-fetch';
import type { components, paths } from '../openapi/schema.js';

/** A threat id, or !id to exclude it: a value outside the corpus vocabulary does not compile. */
export type ThreatFilter = components['schemas']['ThreatFilter'];

/**
 * A typed client for the corpus API, from the types that `npm run client:types` generates out of
 * the OpenAPI document: paths, parameters and responses are checked by the compiler.
 */
export function corpusClient(baseUrl: string) {
  // JSON media types only (application/json, application/problem+json): list routes also
  // describe their CSV, NDJSON and sparse (fields=) renderings. Arrays go out as the API's
  // comma lists: { threat: ['drugs', 'trafficking'] } → threat=drugs,trafficking.
  return createClient<paths, 'application/json' | 'application/problem+json'>({ baseUrl, querySerializer: { array: { style: 'form', explode: false } } });
}

/** The documents on some threats in a year, e.g. documentsOn('http://localhost:3000', ['drugs', '!terrorism'], 2016). */
export async function documentsOn(baseUrl: string, threat: ThreatFilter | ThreatFilter[], year: number) {
  const { data, error, response } = await corpusClient(baseUrl).GET('/v1/documents', {
    params: { query: { threat, year, limit: 100 } },
  });
  if (!data) throw new Error(`${response.status}: ${error?.detail ?? 'no data'}`);
  // Without fields=, every field of a document is there: no optional chaining needed.
  return data.data.map((document) => ({ id: document.id, title: document.title, date: document.date, url: document.links.self }));
}
