import type { FastifyInstance } from 'fastify';
import { yearBarChart, type Band } from './charts.js';
import { input, scrollTable, select } from './components.js';
import { organizations, phases, seriesNames, threats, timelineEvents, type RecordKind, type TimelineFilters } from './data.js';
import { html, type Html } from './html.js';
import { page } from './layout.js';
import { hrefWith } from './links.js';
import { ORG_SERIES, seriesOfOrganizations } from './org-groups.js';

interface YearSummary { byOrganization: Record<string, number>; byKind: Partial<Record<RecordKind, number>>; total: number }

/**
 * Records per year by organization group and by kind: small, and fixed for a corpus, so it is
 * kept per filter set (the events themselves are not).
 */
function summary(app: FastifyInstance, filters: TimelineFilters): Map<number, YearSummary> {
  return app.store.memo(`pages|timeline|${JSON.stringify(filters)}`, () => {
    const seriesOf = seriesOfOrganizations(app);
    const perYear = new Map<number, YearSummary>();
    for (const event of timelineEvents(app, filters)) {
      const year = Number(event.date.slice(0, 4));
      const entry = perYear.get(year) ?? { byOrganization: {}, byKind: {}, total: 0 };
      for (const s of seriesOf(event.organizations)) entry.byOrganization[s] = (entry.byOrganization[s] ?? 0) + 1;
      const kind = event.kind as RecordKind;
      entry.byKind[kind] = (entry.byKind[kind] ?? 0) + 1;
      entry.total++;
      perYear.set(year, entry);
    }
    return perYear;
  });
}

const KIND_LINKS: [RecordKind, string][] = [['document', 'documents'], ['meeting', 'meetings'], ['activity', 'activities']];

export function timelinePage(app: FastifyInstance, filters: TimelineFilters): Html {
  const perYear = summary(app, filters);
  const total = [...perYear.values()].reduce((n, y) => n + y.total, 0);
  const counts = new Map([...perYear].map(([year, y]) => [year, y.byOrganization]));
  const years = [...perYear.keys()].sort((a, b) => a - b);
  const series = ORG_SERIES.filter((s) => years.some((y) => perYear.get(y)!.byOrganization[s.key]));
  const bandRows = ['SCO', 'ASEAN'];
  const bands: Band[] = phases(app).filter((p) => p.organization === 'sco' || p.organization === 'asean')
    .map((p) => ({ label: p.name, from: p.start_year, to: p.end_year, row: p.organization === 'sco' ? 0 : 1 }));
  const threatName = filters.threat ? threats(app).find((t) => t.id === filters.threat)?.name : undefined;
  const scope = [threatName ? `on ${threatName.toLowerCase()}` : '', filters.org ? `of ${filters.org.toUpperCase()}` : '', filters.q ? `matching “${filters.q}”` : '', filters.series ? `in the series ${seriesNames(app).find((s) => s.id === filters.series)?.name ?? filters.series}` : ''].filter(Boolean).join(' ');
  const api = hrefWith('/v1/timeline', { ...filters, kind: 'document,meeting,activity', group: 'year', limit: 500 });
  const body = html`<h1>Timeline <span class="total">${total} records${scope ? ` ${scope}` : ''}</span></h1>
<form class="filters" method="get" action="/timeline" aria-label="Filter the timeline">
${select('threat', 'Threat', threats(app).map((t) => ({ value: t.id, label: t.name })), filters.threat)}
${select('series', 'Series', seriesNames(app).map((s) => ({ value: s.id, label: s.name })), filters.series)}
${select('org', 'Organization', organizations(app).map((o) => ({ value: o.id, label: o.abbreviation ?? o.name })), filters.org)}
${input('q', 'Words', filters.q, { type: 'search' })}
${input('from', 'From', filters.from, { placeholder: 'YYYY' })}
${input('to', 'To', filters.to, { placeholder: 'YYYY' })}
<div class="actions"><button type="submit">Apply</button> <a href="/timeline">Clear all</a></div>
</form>
<p class="exports">The events as <a href="${api}">JSON</a> (first 500, grouped by year).</p>
${years.length ? html`<figure class="chart-figure">
<div class="chart-scroll" role="region" aria-label="Chart: records per year, scrolls sideways" tabindex="0">
${yearBarChart({
  id: 'timeline-chart',
  title: `Documents, meetings and activities per year${scope ? ` ${scope}` : ''}, by organization`,
  description: `Bars per year from ${years[0]} to ${years.at(-1)} for ${series.map((s) => s.label).join(', ')}; bands above show the phases of the SCO and of ASEAN. The same numbers are in the table below.`,
  years, series, values: counts, bands, bandRows,
})}
</div>
<figcaption>Records per year by organization; a record of both the SCO and ASEAN counts for each. Phases of each organization as bands.</figcaption>
</figure>
<h2 id="per-year">Per year</h2>
${scrollTable('Records per year', html`<table class="numbers"><caption class="visually-hidden">Records per year by organization</caption><thead><tr><th scope="col">Year</th>${series.map((s) => html`<th scope="col">${s.label}</th>`)}<th scope="col">Records</th><th scope="col">Browse them</th></tr></thead><tbody>
${years.map((year) => {
  const y = perYear.get(year)!;
  return html`<tr><th scope="row">${year}</th>${series.map((s) => html`<td>${y.byOrganization[s.key] ?? 0}</td>`)}<td>${y.total}</td><td class="browse-links">${KIND_LINKS.filter(([kind]) => y.byKind[kind]).map(([kind, plural], i) => html`${i ? ' · ' : ''}<a href="${hrefWith(`/${plural}`, { org: filters.org, threat: filters.threat, series: kind === 'activity' ? undefined : filters.series, q: filters.q, year })}">${y.byKind[kind]} ${y.byKind[kind] === 1 ? kind : plural}</a>`)}</td></tr>`;
})}
</tbody></table>`)}
` : html`<p>No records match these filters.</p>`}`;
  return page({ title: 'Timeline', section: 'timeline', corpusVersion: app.corpusMeta.corpus_version, body, alternates: [{ href: api, type: 'application/json', title: 'JSON' }] });
}
