import Negotiator from 'negotiator';
import { html, type Html } from './html.js';
import { page } from './layout.js';
import { searchForm } from './search-page.js';

const TITLES: Record<number, string> = {
  400: 'That request cannot be answered', 404: 'Not found', 405: 'Method not allowed', 414: 'Address too long',
  429: 'Too many requests', 503: 'Service unavailable',
};

/** The API's own resources (/v1, the probes, the OpenAPI document): their errors stay problem+json for everyone. */
const API_PATH = /^\/(?:v1(?:\/|$)|(?:healthz|readyz|openapi\.json)\/?$)/;
export const isApiPath = (path: string) => API_PATH.test(path);

/**
 * Whether an error on `path` is answered with a page rather than problem+json: never on the API's
 * paths, and only when the client's Accept prefers HTML to JSON (a browser does; curl's `*\/*` and an
 * absent Accept do not).
 */
export function prefersPage(path: string, accept: string | undefined): boolean {
  if (!accept || isApiPath(path)) return false;
  return new Negotiator({ headers: { accept } }).mediaType(['application/problem+json', 'application/json', 'text/html']) === 'text/html';
}

/** An error in the site's layout, with the way back: home and search. */
export function errorPage(corpusVersion: string, status: number, detail: Html | string): Html {
  const title = TITLES[status] ?? (status < 500 ? TITLES[400]! : 'Server error');
  return page({
    title, corpusVersion,
    body: html`<h1>${title}</h1>
<p class="error-detail" data-status="${status}">${detail}</p>
<p>Go back to the <a href="/">home page</a>, or search the corpus:</p>
${searchForm(undefined)}`,
  });
}
