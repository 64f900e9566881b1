import type { FastifyInstance } from 'fastify';
import { horizontalBarChart } from './charts.js';
import { scrollTable, select } from './components.js';
import { comparison, documentsPerThreat, threats, type Comparison } from './data.js';
import { citationList } from './evidence.js';
import { html, type Html } from './html.js';
import { page } from './layout.js';
import { hrefWith, recordHref } from './links.js';

type Side = Comparison['organizations'][number];
const KINDS = [{ key: 'documents', label: 'Documents' }, { key: 'meetings', label: 'Meetings' }, { key: 'activities', label: 'Activities' }];

function sideColumn(side: Side, threat: string | undefined): Html {
  return html`<section class="side" data-org="${side.id}" aria-labelledby="side-${side.id}">
<h3 id="side-${side.id}"><a href="${recordHref('organization', side.id)}">${side.abbreviation ?? side.name}</a></h3>
<p><a href="${hrefWith('/documents', { org: side.id, threat })}">${side.document_count} documents</a>${side.first_document ? html`, from <a href="${recordHref('document', side.first_document.id)}">${side.first_document.title}</a> (${side.first_document.date})` : ''}${side.latest_document && side.latest_document.id !== side.first_document?.id ? html` to <a href="${recordHref('document', side.latest_document.id)}">${side.latest_document.title}</a> (${side.latest_document.date})` : ''}.</p>
${side.documents_by_type.length ? html`<p>By type: ${side.documents_by_type.map((t, i) => html`${i ? ', ' : ''}<a href="${hrefWith('/documents', { org: side.id, threat, type: t.type })}">${t.type}</a> ${t.count}`)}.</p>` : ''}
${side.bodies.length ? html`<p>Bodies involved: ${side.bodies.map((b, i) => html`${i ? ', ' : ''}<a href="${recordHref('organization', b.id)}">${b.abbreviation ?? b.name}</a> (${b.records})`)}.</p>` : ''}
${side.characterizations.map((c) => html`<h4>Approach to ${c.threat}</h4><p>${c.statement}</p>${citationList(c.citations)}`)}
</section>`;
}

export function comparePage(app: FastifyInstance, threat: string | undefined): Html {
  const selected = comparison(app, threat);
  // Each threat after its parent: terrorism, then separatism and extremism.
  const allThreats = [...threats(app)].sort((a, b) => (a.parent ?? a.id).localeCompare(b.parent ?? b.id) || (a.parent ? 1 : 0) - (b.parent ? 1 : 0) || a.id.localeCompare(b.id));
  const counts = documentsPerThreat(app);
  const perThreat = allThreats.map((t) => ({ threat: t, sides: selected.organizations.map((side) => ({ id: side.id, document_count: counts.get(side.id)?.get(t.id) ?? 0 })) }));
  const threatName = threat ? allThreats.find((t) => t.id === threat)?.name ?? threat : undefined;
  const sides = selected.organizations;
  const names = sides.map((s) => s.abbreviation ?? s.name);
  const threatSeries = sides.map((s) => ({ key: s.id, label: s.abbreviation ?? s.name }));
  const body = html`<h1>SCO and ASEAN compared${threatName ? html` <span class="total">on ${threatName.toLowerCase()}</span>` : ''}</h1>
<form class="filters" method="get" action="/compare" aria-label="Choose a threat">
${select('threat', 'Threat', allThreats.map((t) => ({ value: t.id, label: t.name })), threat)}
<div class="actions"><button type="submit">Compare</button></div>
</form>
<p class="exports">This comparison as <a href="${hrefWith('/v1/compare', { threat })}">JSON</a>.</p>
<h2 id="per-threat">Documents per threat</h2>
<figure class="chart-figure"><div class="chart-scroll" role="region" aria-label="Chart: documents per threat" tabindex="0">
${horizontalBarChart({
  id: 'threat-chart',
  title: `Documents of ${names.join(' and ')} per threat`,
  description: 'For each threat (its sub-threats included), the number of documents of each organization, its bodies included. The same numbers are in the table below.',
  series: threatSeries,
  rows: perThreat.map(({ threat: t, sides: s }) => ({ key: t.id, label: t.name, values: Object.fromEntries(s.map((x) => [x.id, x.document_count])) })),
})}
</div><figcaption>Documents per threat; a document can address several threats.</figcaption></figure>
${scrollTable('Documents per threat', html`<table class="numbers"><caption class="visually-hidden">Documents per threat and organization</caption><thead><tr><th scope="col">Threat</th>${threatSeries.map((s) => html`<th scope="col">${s.label}</th>`)}</tr></thead><tbody>
${perThreat.map(({ threat: t, sides: s }) => html`<tr><th scope="row"><a href="${hrefWith('/compare', { threat: t.id })}">${t.name}</a></th>${s.map((x) => html`<td><a href="${hrefWith('/documents', { org: x.id, threat: t.id })}">${x.document_count}</a></td>`)}</tr>`)}
</tbody></table>`)}
<h2 id="per-phase">Records per phase${threatName ? ` on ${threatName.toLowerCase()}` : ''}</h2>
<div class="sides">
${sides.map((side) => html`<figure class="chart-figure" data-org="${side.id}"><div class="chart-scroll" role="region" aria-label="Chart: ${side.abbreviation ?? side.name} records per phase" tabindex="0">
${horizontalBarChart({
  id: `phase-chart-${side.id}`,
  title: `${side.abbreviation ?? side.name}: documents, meetings and activities per phase${threatName ? ` on ${threatName.toLowerCase()}` : ''}`,
  description: `For each phase of the ${side.name}, the number of its documents, meetings and activities. The same numbers are in the table below.`,
  series: KINDS,
  rows: side.per_phase.map((p) => ({ key: p.id, label: `${p.name} ${p.start_year}–${String(p.end_year).slice(2)}`, values: { documents: p.documents, meetings: p.meetings, activities: p.activities } })),
})}
</div><figcaption>${side.abbreviation ?? side.name} per phase.</figcaption></figure>`)}
</div>
${scrollTable('Records per phase', html`<table class="numbers"><caption class="visually-hidden">Records per phase</caption><thead><tr><th scope="col">Phase</th><th scope="col">Years</th>${KINDS.map((k) => html`<th scope="col">${k.label}</th>`)}</tr></thead><tbody>
${sides.flatMap((side) => side.per_phase.map((p) => html`<tr data-org="${side.id}"><th scope="row"><a href="${hrefWith('/documents', { phase: p.id, threat })}">${side.abbreviation ?? side.name}: ${p.name}</a></th><td>${p.start_year}–${p.end_year}</td><td>${p.documents}</td><td>${p.meetings}</td><td>${p.activities}</td></tr>`))}
</tbody></table>`)}
<h2 id="side-by-side">Side by side</h2>
<div class="sides">${sides.map((side) => sideColumn(side, threat))}</div>`;
  return page({ title: 'SCO and ASEAN compared', section: 'compare', corpusVersion: app.corpusMeta.corpus_version, body, alternates: [{ href: hrefWith('/v1/compare', { threat }), type: 'application/json', title: 'JSON' }] });
}
