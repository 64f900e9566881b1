import type { FastifyInstance } from 'fastify';
import { facetPanel, pager } from './components.js';
import { searchPage as runSearch, type SearchPageQuery } from './data.js';
import { html, marked, type Html } from './html.js';
import { page } from './layout.js';
import { hrefWith, recordHref, type Params } from './links.js';

const SEARCH_FACET_ORDER = ['kind', 'org', 'threat', 'year', 'phase', 'type'] as const;

function searchForm(q: string | undefined): Html {
  return html`<form class="search-box" method="get" action="/search" role="search" aria-label="Search the corpus">
<label for="q">Search documents, meetings, activities and organizations</label>
<div class="search-row"><input id="q" name="q" type="search" value="${q ?? ''}" required maxlength="300" placeholder="e.g. trafficking, &quot;drug-free&quot;, extrem*"><button type="submit">Search</button></div>
</form>`;
}

export function searchPage(app: FastifyInstance, query: Partial<SearchPageQuery>): Html {
  const section = 'search' as const;
  const corpusVersion = app.corpusMeta.corpus_version;
  if (!query.q) {
    return page({ title: 'Search', section, corpusVersion, body: html`<h1>Search</h1>${searchForm(undefined)}<p>Words are combined with AND; put a phrase in double quotes; end a word with * to match its beginning.</p>` });
  }
  const result = runSearch(app, { ...query, q: query.q, limit: query.limit ?? 20 });
  const { cursor: _c, ...filters } = query;
  const current = filters as Params;
  const body = html`<h1>Search <span class="total">${result.total} ${result.total === 1 ? 'hit' : 'hits'} for “${query.q}”</span></h1>
${searchForm(query.q)}
<p class="exports">These results as <a href="${hrefWith('/v1/search', { ...current, facets: 'kind,org,threat,year' })}">JSON</a>.</p>
<div class="browse">
${facetPanel('/search', current, result.facets ?? {}, SEARCH_FACET_ORDER)}
<section class="results" aria-label="Hits">
${result.hits.length ? html`<ol class="records hits">${result.hits.map((hit) => html`<li><article class="record-summary hit" data-kind="${hit.kind}">
<h2 class="record-title"><a href="${recordHref(hit.kind, hit.id)}">${marked(hit.title_highlighted)}</a></h2>
<p class="record-facts">${hit.kind}${hit.date ? html` · <time datetime="${hit.date}">${hit.date}</time>` : ''}</p>
<p class="snippet">${marked(hit.snippet)}</p>
</article></li>`)}</ol>` : html`<p>Nothing matches. Try fewer words, or a prefix such as <a href="${hrefWith('/search', { q: `${query.q.split(/\s+/)[0]}*` })}">${query.q.split(/\s+/)[0]}*</a>.</p>`}
${pager('/search', current, query.cursor, result.nextCursor)}
</section>
</div>`;
  return page({ title: `Search: ${query.q}`, section, corpusVersion, body });
}

export { searchForm };
