import createClient from 'openapi-fetch';
import type { paths } from '../openapi/schema.js';

/**
 * A typed client for the corpus API, from the types that `npm run client:types` generates out of
 * the OpenAPI document: paths, parameters and responses are checked by the compiler.
 */
export function corpusClient(baseUrl: string) {
  // JSON media types only (application/json, application/problem+json): list routes also
  // describe their CSV and NDJSON renderings.
  return createClient<paths, 'application/json' | 'application/problem+json'>({ baseUrl });
}

/** The documents on a threat in a year, e.g. documentsOn('http://localhost:3000', 'drugs', 2016). */
export async function documentsOn(baseUrl: string, threat: string, year: number) {
  const { data, error, response } = await corpusClient(baseUrl).GET('/v1/documents', {
    params: { query: { threat, year, limit: 100 } },
  });
  if (!data) throw new Error(`${response.status}: ${error?.detail ?? 'no data'}`);
  return data.data.map((document) => ({ id: document.id, title: document.title ?? '', date: document.date ?? '' }));
}
