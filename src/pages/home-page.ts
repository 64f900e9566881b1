import type { FastifyInstance } from 'fastify';
import { scrollTable } from './components.js';
import { coverageTable } from './series-page.js';
import { phases, series, threats, type SeriesCoverage } from './data.js';
import { html, type Html } from './html.js';
import { page } from './layout.js';
import { hrefWith } from './links.js';
import { searchForm } from './search-page.js';

const COUNT_LABELS: [string, string, string | undefined][] = [
  ['documents', 'documents', '/documents'],
  ['meetings', 'meetings', '/meetings'],
  ['activities', 'activities', '/activities'],
  ['organizations', 'organizations and bodies', '/organizations'],
  ['memberships', 'membership records', undefined],
  ['citations', 'citations', undefined],
];

/** Coverage per series, so that a quiet year can be told from a hole in the data. */
function seriesCoverage(all: SeriesCoverage[]): Html {
  if (!all.length) return html``;
  const span = all[0]!.span;
  return html`<h2 id="coverage">Coverage per series, ${span.from}–${span.to}</h2>
<p>How many meetings of each series the public record holds for these years, how many the corpus has, and the meetings it cannot settle (listed as gaps, never guessed). Each series has a page with its meetings, gaps and sources.</p>
${coverageTable(all)}
<p class="meta">The same as JSON: <a href="/v1/series">/v1/series</a>.</p>`;
}

function provenance(meta: { provenance?: Record<string, { thesis: number; public: number; both: number }> }): Html {
  const rows = Object.entries(meta.provenance ?? {});
  if (!rows.length) return html``;
  return html`<h2 id="provenance">Where the records come from</h2>
${scrollTable('Provenance per kind of record', html`<table class="numbers"><thead><tr><th scope="col">Records</th><th scope="col">Thesis only</th><th scope="col">Public record only</th><th scope="col">Both</th></tr></thead><tbody>
${rows.map(([kind, c]) => html`<tr><th scope="row">${kind}</th><td>${c.thesis}</td><td>${c.public}</td><td>${c.both}</td></tr>`)}
</tbody></table>`)}`;
}

export function homePage(app: FastifyInstance): Html {
  const meta = app.corpusMeta;
  const allThreats = threats(app);
  const allPhases = phases(app);
  const body = html`<h1>SCO–ASEAN security cooperation, 2001–2022</h1>
<p class="lead">A curated corpus of the charters, conventions, declarations, plans of action, meetings, bodies and exercises through which the Shanghai Cooperation Organization (SCO) and the Association of Southeast Asian Nations (ASEAN) have cooperated against terrorism (with separatism and extremism), illicit drugs and trafficking in persons.</p>
<p>Every record is written in our own words and says where it comes from: the passage of the doctoral thesis it was taken from (section, footnotes, primary-source entry and a verbatim quote), and public pages where the record goes beyond it. Where the source is wrong, the record keeps the right value and shows a correction.</p>
${searchForm(undefined)}
<h2 id="counts">What it holds</h2>
<ul class="counts">${COUNT_LABELS.filter(([key]) => meta.counts[key] !== undefined).map(([key, label, href]) => html`<li data-count="${key}"><span class="number">${meta.counts[key]}</span> ${href ? html`<a href="${href}">${label}</a>` : label}</li>`)}</ul>
${provenance(meta)}
${seriesCoverage(series(app))}
<h2 id="ways-in">Ways in</h2>
<div class="ways">
<section><h3>By threat</h3><ul class="links">${allThreats.map((t) => html`<li><a href="${hrefWith('/documents', { threat: t.id })}">${t.name}</a> <span class="count">${t.record_count}</span></li>`)}</ul></section>
<section><h3>By phase</h3><ul class="links">${allPhases.map((p) => html`<li><a href="${hrefWith('/documents', { phase: p.id })}">${p.organization.toUpperCase()}: ${p.name}</a> <span class="meta">${p.start_year}–${p.end_year}</span></li>`)}</ul></section>
<section><h3>Pictures</h3><ul class="links">
<li><a href="/timeline">Timeline</a>: records per year and organization, with the phases</li>
<li><a href="/compare">SCO and ASEAN compared</a> per threat and per phase</li>
<li><a href="${hrefWith('/compare', { threat: 'drugs' })}">Compared on drugs</a></li>
</ul></section>
<section><h3>For machines</h3><ul class="links">
<li><a href="/downloads">Downloads</a>: the SQLite file, CSVs with a data package</li>
<li><a href="/docs">API documentation</a> (OpenAPI 3.1)</li>
<li><a href="/v1/meta">Corpus version and counts</a> as JSON</li>
</ul></section>
</div>
<p class="meta">Corpus version <code>${meta.corpus_version}</code>, built ${meta.built_at}.</p>`;
  return page({ title: 'Home', section: 'home', corpusVersion: meta.corpus_version, body });
}
