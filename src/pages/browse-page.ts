import type { FastifyInstance } from 'fastify';
import { ACTIVITY_TYPES, DOCUMENT_TYPES, MEETING_TYPES } from '../domain/vocabulary.js';
import { facetPanel, pager, input, select } from './components.js';
import { listPage, organizations, phases, RECORD_FACETS, seriesNames, threats, type PageQuery, type RecordKind } from './data.js';
import { html, type Html } from './html.js';
import { page } from './layout.js';
import { hrefWith, PLURAL, type Params } from './links.js';
import { recordSummary, type ListedRecord } from './record-summary.js';

export const BROWSE_TYPES: Record<RecordKind, readonly string[]> = { document: DOCUMENT_TYPES, meeting: MEETING_TYPES, activity: ACTIVITY_TYPES };
const TITLES: Record<RecordKind, string> = { document: 'Documents', meeting: 'Meetings', activity: 'Activities' };
const SORT_LABELS = { date: 'Oldest first', '-date': 'Newest first', title: 'Title', relevance: 'Relevance (with a search)' } as const;

/** The filters of a list as they appear in a URL (without the page cursor and size). */
function filterParams(query: PageQuery): Params {
  const { cursor: _c, limit: _l, ...filters } = query;
  return filters as Params;
}

/** /documents, /meetings, /activities: the list filters as a form, facets as toggles, sort, pages, exports. */
export function browsePage(app: FastifyInstance, kind: RecordKind, query: PageQuery): Html {
  const path = `/${PLURAL[kind]}`;
  const result = listPage<ListedRecord>(app, kind, { ...query, limit: query.limit ?? 25 });
  const filters = filterParams(query);
  const current: Params = { ...filters, limit: query.limit };
  const api = `/v1/${PLURAL[kind]}`;
  const exports = [
    ['JSON', hrefWith(api, { ...filters, limit: query.limit })],
    ['CSV', hrefWith(api, { ...filters, format: 'csv' })],
    ['NDJSON', hrefWith(api, { ...filters, format: 'ndjson' })],
    ...(kind === 'document' ? [
      ['BibTeX', hrefWith('/v1/citations', { ...filters, sort: undefined, format: 'bibtex' })],
      ['RIS', hrefWith('/v1/citations', { ...filters, sort: undefined, format: 'ris' })],
    ] : []),
  ] as const;
  const active = Object.entries(filters).filter(([name, value]) => value !== undefined && name !== 'sort');
  const body = html`<h1>${TITLES[kind]} <span class="total">${result.total} ${result.total === 1 ? 'record' : 'records'}</span></h1>
<form class="filters" method="get" action="${path}" role="search" aria-label="Filter ${TITLES[kind].toLowerCase()}">
${input('q', 'Words', query.q, { type: 'search' })}
${select('org', 'Organization', organizations(app).map((o) => ({ value: o.id, label: o.abbreviation ?? o.name })), query.org)}
${select('threat', 'Threat', threats(app).map((t) => ({ value: t.id, label: t.name })), query.threat)}
${select('phase', 'Phase', phases(app).map((p) => ({ value: p.id, label: `${p.organization.toUpperCase()}: ${p.name}` })), query.phase)}
${select('type', 'Type', BROWSE_TYPES[kind], query.type)}
${input('year', 'Year', query.year, { inputmode: 'numeric', pattern: '[0-9]{4}' })}
${input('from', 'From', query.from, { placeholder: 'YYYY[-MM[-DD]]' })}
${input('to', 'To', query.to, { placeholder: 'YYYY[-MM[-DD]]' })}
${kind !== 'activity' ? select('series', kind === 'document' ? 'Adopted in the series' : 'Series', seriesNames(app).map((s) => ({ value: s.id, label: s.name })), query.series) : ''}
${kind === 'document' ? input('meeting', 'Adopted at (meeting id)', query.meeting) : ''}
${select('sort', 'Sort', Object.entries(SORT_LABELS).map(([value, label]) => ({ value, label })), query.sort)}
<div class="actions"><button type="submit">Apply</button> <a href="${path}">Clear all</a></div>
</form>
${active.length ? html`<p class="active-filters">Filtered by ${active.map(([name, value]) => html`<a class="chip" href="${hrefWith(path, { ...current, [name]: undefined })}"><span class="visually-hidden">Remove filter </span>${name}: ${String(value)} <span aria-hidden="true">×</span></a> `)}</p>` : ''}
<p class="exports">This list as ${exports.map(([label, href], i) => html`${i ? ', ' : ''}<a href="${href}">${label}</a>`)}.</p>
<div class="browse">
${facetPanel(path, current, result.facets, RECORD_FACETS)}
<section class="results" aria-label="Results">
${result.items.length ? html`<ol class="records">${result.items.map((item) => html`<li>${recordSummary(kind, item)}</li>`)}</ol>` : html`<p>No ${TITLES[kind].toLowerCase()} match these filters.</p>`}
${pager(path, current, query.cursor, result.nextCursor)}
</section>
</div>`;
  return page({
    title: TITLES[kind], section: PLURAL[kind], corpusVersion: app.corpusMeta.corpus_version, body,
    alternates: [{ href: exports[0][1], type: 'application/json', title: 'JSON' }, { href: exports[1][1], type: 'text/csv', title: 'CSV' }],
  });
}

