import type { FastifyInstance } from 'fastify';
import { dateText, scrollTable } from './components.js';
import { series, seriesDetail, type SeriesCoverage, type SeriesDetail } from './data.js';
import { citationList } from './evidence.js';
import { html, type Html } from './html.js';
import { page } from './layout.js';
import { hrefWith, recordHref } from './links.js';

const STATUS_TEXT: Record<SeriesCoverage['status'], string> = {
  complete: 'complete', 'known-gaps': 'complete but for named gaps', incomplete: 'incomplete', 'not-curated': 'no count claimed',
};

export const seriesHref = (id: string) => `/series/${encodeURIComponent(id)}`;

const status = (s: SeriesCoverage) => html`<span class="status status-${s.status}">${STATUS_TEXT[s.status]}</span>`;

/** Coverage per series (the home page and /series): what the public record holds, what the corpus has, the named gaps. */
export function coverageTable(all: SeriesCoverage[]): Html {
  return scrollTable('Coverage per series', html`<table class="numbers coverage"><thead><tr><th scope="col">Series</th><th scope="col">Body</th><th scope="col">Span</th><th scope="col">Public record</th><th scope="col">In the corpus</th><th scope="col">Status</th><th scope="col">Known gaps</th></tr></thead><tbody>
${all.map((s) => html`<tr data-series="${s.id}"><th scope="row"><a href="${seriesHref(s.id)}">${s.name}</a></th><td><a href="${recordHref('organization', s.body.id)}">${s.body.name}</a></td><td>${s.span.from}–${s.span.to}</td><td>${s.expected ?? '—'}</td><td>${s.present}</td><td>${status(s)}</td><td>${s.gaps.length ? html`<details><summary>${s.gaps.length}</summary><ul>${s.gaps.map((g) => html`<li>${g.label}: ${g.reason}</li>`)}</ul></details>` : '0'}</td></tr>`)}
</tbody></table>`);
}

export function seriesListPage(app: FastifyInstance): Html {
  const all = series(app);
  const body = html`<h1>Meeting series <span class="total">${all.length}</span></h1>
<p>Each series of meetings, with how many meetings the public record holds for the corpus years, how many the corpus has, and the meetings the record cannot settle (named as gaps, never guessed), so that a quiet year can be told from a hole in the data.</p>
${coverageTable(all)}
<p class="json-link">This list as <a href="/v1/series" type="application/json">JSON</a>.</p>`;
  return page({ title: 'Meeting series', section: 'series', corpusVersion: app.corpusMeta.corpus_version, body, alternates: [{ href: '/v1/series', type: 'application/json', title: 'JSON' }] });
}

export function meetingsTable(s: Pick<SeriesDetail, 'meetings' | 'span'>): Html {
  if (!s.meetings.length) return html`<p>The corpus has no meeting of this series.</p>`;
  return scrollTable('Meetings of the series', html`<table class="meetings"><thead><tr><th scope="col">No.</th><th scope="col">Date</th><th scope="col">Meeting</th><th scope="col">Place</th><th scope="col">Format</th><th scope="col">Documents adopted</th></tr></thead><tbody>
${s.meetings.map((m) => {
    const year = Number(m.date.slice(0, 4));
    return html`<tr data-meeting="${m.id}"><td>${m.ordinal ?? '—'}</td><td><time datetime="${m.date}">${dateText(m.date)}</time></td><td><a href="${recordHref('meeting', m.id)}">${m.title}</a>${year < s.span.from || year > s.span.to ? html` <span class="meta">(outside ${s.span.from}–${s.span.to}, not counted)</span>` : ''}</td><td>${m.place ?? '—'}</td><td>${m.format}</td><td>${m.documents.length ? html`<ul class="adopted">${m.documents.map((d) => html`<li><a href="${recordHref('document', d.id)}">${d.title}</a> <span class="meta">${d.type}</span></li>`)}</ul>` : '—'}</td></tr>`;
  })}
</tbody></table>`);
}

export function gapsSection(s: Pick<SeriesDetail, 'expected' | 'present' | 'gaps' | 'span'>): Html {
  const missing = s.expected === null ? 0 : s.expected - s.present - s.gaps.reduce((sum, g) => sum + g.count, 0);
  return html`<section aria-labelledby="gaps" data-field="gaps"><h2 id="gaps">Known gaps</h2>
${s.gaps.length ? html`<ul class="gaps">${s.gaps.map((g) => html`<li data-gap="${g.label}"><strong>${g.label}</strong>${g.year !== null ? html` <span class="meta">${g.year}</span>` : ''}${g.count > 1 ? html` <span class="meta">(${g.count} meetings)</span>` : ''}: ${g.reason}</li>`)}</ul>`
    : html`<p>None${s.expected === null ? ': no count of the meetings is claimed for this series' : ''}.</p>`}
${missing > 0 ? html`<p class="unsettled">${missing} more ${missing === 1 ? 'meeting' : 'meetings'} of ${s.span.from}–${s.span.to} ${missing === 1 ? 'is' : 'are'} neither in the corpus nor named as a gap.</p>` : ''}
</section>`;
}

export function seriesPage(app: FastifyInstance, id: string): Html {
  const s = seriesDetail(app, id);
  const json = `/v1/series/${encodeURIComponent(s.id)}`;
  const range = (from: number | null, to: number | null) => (from === null ? '—' : from === to ? String(from) : `${from}–${to}`);
  const body = html`<article class="record" data-kind="series">
<p class="kind-line"><a href="/series">Meeting series</a> › <a href="${recordHref('organization', s.body.id)}">${s.body.name}</a></p>
<h1>${s.name}</h1>
<dl class="facts">
<div data-field="body"><dt>Body</dt><dd><a href="${recordHref('organization', s.body.id)}">${s.body.name}</a></dd></div>
<div data-field="span"><dt>Counted over</dt><dd>${s.span.from}–${s.span.to}</dd></div>
<div data-field="expected"><dt>Meetings in the public record</dt><dd>${s.expected ?? 'no count claimed'}</dd></div>
<div data-field="present"><dt>Meetings in the corpus</dt><dd>${s.present}</dd></div>
<div data-field="status"><dt>Status</dt><dd>${status(s)}</dd></div>
<div data-field="numbered"><dt>Numbered</dt><dd>${s.numbered ? html`yes: nos. ${range(s.first_ordinal, s.last_ordinal)} in these years` : 'no'}</dd></div>
<div data-field="years"><dt>Years in the corpus</dt><dd>${range(s.first_year, s.last_year)}</dd></div>
</dl>
<p class="ways-in">Its meetings to filter and sort: <a href="${hrefWith('/meetings', { series: s.id })}">meetings</a>; the <a href="${hrefWith('/documents', { series: s.id })}">documents they adopted</a>; the <a href="${hrefWith('/timeline', { series: s.id })}">timeline</a>.</p>
<section aria-labelledby="meetings" data-field="meetings"><h2 id="meetings">Meetings <span class="total">${s.meetings.length}</span></h2>${meetingsTable(s)}</section>
${gapsSection(s)}
<section aria-labelledby="sources" data-field="sources"><h2 id="sources">Where the count comes from</h2>
${s.expected_basis ? html`<p data-field="expected_basis">${s.expected_basis}</p>` : ''}
${citationList(s.sources)}</section>
<p class="json-link">This series as <a href="${json}" type="application/json">JSON</a>.</p>
</article>`;
  return page({ title: s.name, section: 'series', corpusVersion: app.corpusMeta.corpus_version, body, alternates: [{ href: json, type: 'application/json', title: 'JSON' }] });
}
