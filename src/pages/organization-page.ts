import type { FastifyInstance } from 'fastify';
import { scrollTable } from './components.js';
import { organizationDetail, organizations } from './data.js';
import { citationList, noteBlock } from './evidence.js';
import { html, type Html } from './html.js';
import { page } from './layout.js';
import { citeThis } from './record-page.js';
import { hrefWith, recordHref } from './links.js';

const SECTIONED = new Set(['name', 'summary', 'note', 'bodies', 'phases', 'memberships', 'characterizations', 'citations']);

export function organizationPage(app: FastifyInstance, id: string): Html {
  const org = organizationDetail(app, id);
  const facts = Object.entries(org).filter(([name, value]) => !SECTIONED.has(name) && value !== null && !(Array.isArray(value) && value.length === 0));
  const body = html`<article class="record" data-kind="organization">
<p class="kind-line"><a href="/organizations">Organizations</a> › ${org.kind}</p>
<h1>${org.name}${org.abbreviation ? ` (${org.abbreviation})` : ''}</h1>
<p class="summary" data-field="summary">${org.summary}</p>
${noteBlock(org.note)}
<dl class="facts">${facts.map(([name, value]) => html`<div data-field="${name}"><dt>${name.replace(/_/g, ' ')}</dt><dd>${
    name === 'parent' ? html`<a href="${recordHref('organization', String(value))}">${String(value)}</a>`
    : name === 'url' ? html`<a href="${String(value)}" rel="external noreferrer">${String(value)}</a>`
    : Array.isArray(value) ? value.join('; ') : String(value)}</dd></div>`)}</dl>
<p class="ways-in">Its records: <a href="${hrefWith('/documents', { org: org.id })}">documents</a>, <a href="${hrefWith('/meetings', { org: org.id })}">meetings</a>, <a href="${hrefWith('/activities', { org: org.id })}">activities</a>, <a href="${hrefWith('/timeline', { org: org.id })}">timeline</a>.</p>
${org.bodies.length ? html`<section aria-labelledby="bodies" data-field="bodies"><h2 id="bodies">Bodies</h2><ul class="links">${org.bodies.map((b) => html`<li><a href="${recordHref('organization', b.id)}">${b.name}${b.abbreviation ? ` (${b.abbreviation})` : ''}</a></li>`)}</ul></section>` : ''}
${org.phases.length ? html`<section aria-labelledby="phases" data-field="phases"><h2 id="phases">Phases</h2><ol class="links">${org.phases.map((p) => html`<li><a href="${hrefWith('/documents', { phase: p.id })}">${p.name}</a> <span class="meta">${p.start_year}–${p.end_year}</span></li>`)}</ol></section>` : ''}
${org.memberships.length ? html`<section aria-labelledby="memberships" data-field="memberships"><h2 id="memberships">Memberships</h2>${scrollTable('Memberships', html`<table><thead><tr><th scope="col">State</th><th scope="col">Status</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Note</th></tr></thead><tbody>${org.memberships.map((m) => html`<tr><td>${m.state}</td><td>${m.status}</td><td>${m.from}</td><td>${m.to ?? '—'}</td><td>${m.note ? (m.note.includes('Correction:') ? html`<span class="correction-inline">${m.note}</span>` : m.note) : ''}</td></tr>`)}</tbody></table>`)}</section>` : ''}
${org.characterizations.length ? html`<section aria-labelledby="approach" data-field="characterizations"><h2 id="approach">Its approach, per threat</h2>${org.characterizations.map((c) => html`<h3>${c.threat}</h3><p>${c.statement}</p>${citationList(c.citations)}`)}</section>` : ''}
<section aria-labelledby="evidence" data-field="citations"><h2 id="evidence">Evidence</h2>${citationList(org.citations)}</section>
${org.founded ? citeThis({ id: org.id, title: org.name, abbreviation: org.abbreviation, type: org.kind, date: org.founded, place: org.headquarters, url: org.url, organizations: [{ id: org.id, name: org.name, abbreviation: org.abbreviation, role: 'issuer' }] }) : ''}
<p class="json-link">This record as <a href="/v1/organizations/${encodeURIComponent(org.id)}" type="application/json">JSON</a>.</p>
</article>`;
  return page({ title: org.name, section: 'organizations', corpusVersion: app.corpusMeta.corpus_version, body, alternates: [{ href: `/v1/organizations/${encodeURIComponent(org.id)}`, type: 'application/json', title: 'JSON' }] });
}

export function organizationsPage(app: FastifyInstance): Html {
  const all = organizations(app);
  const body = html`<h1>Organizations <span class="total">${all.length}</span></h1>
${scrollTable('Organizations', html`<table><thead><tr><th scope="col">Organization</th><th scope="col">Kind</th><th scope="col">Part of</th></tr></thead><tbody>
${all.map((o) => html`<tr><td><a href="${recordHref('organization', o.id)}">${o.name}${o.abbreviation ? ` (${o.abbreviation})` : ''}</a></td><td>${o.kind}</td><td>${o.parent ? html`<a href="${recordHref('organization', o.parent)}">${o.parent}</a>` : '—'}</td></tr>`)}
</tbody></table>`)}
<p class="json-link">This list as <a href="/v1/organizations">JSON</a>.</p>`;
  return page({ title: 'Organizations', section: 'organizations', corpusVersion: app.corpusMeta.corpus_version, body });
}
