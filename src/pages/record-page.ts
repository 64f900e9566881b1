import type { FastifyInstance } from 'fastify';
import { dateText, scrollTable } from './components.js';
import { citationOf, phases, recordDetail, seriesNames, threats, type RecordKind } from './data.js';
import { citationList, noteBlock, type Citation } from './evidence.js';
import { html, type Html } from './html.js';
import { page } from './layout.js';
import { hrefWith, PLURAL, recordHref } from './links.js';
import { seriesHref } from './series-page.js';

type Detail = Record<string, unknown>;
type Brief = { id: string; title: string; type?: string; document_type?: string; date?: string };

const KIND_LABEL: Record<RecordKind, string> = { document: 'Document', meeting: 'Meeting', activity: 'Activity' };

const list = (values: unknown) => (values as unknown[]).map(String);
const filterLink = (kind: RecordKind, name: string, value: string, label: string = value) => html`<a href="${hrefWith(`/${PLURAL[kind]}`, { [name]: value })}">${label}</a>`;

/**
 * How each field of a detail is shown. A field not named here (one added to the API later) is
 * still shown, by `genericValue`, so the page never hides part of the record.
 */
/** Names of the ids a record refers to (threats, phases, series), for labels. */
export type Names = Record<'threat' | 'phase' | 'series', Map<string, string>>;

export function namesOf(app: FastifyInstance): Names {
  return app.store.memo('pages|names', () => ({
    threat: new Map(threats(app).map((t) => [t.id, t.name])),
    phase: new Map(phases(app).map((p) => [p.id, `${p.organization.toUpperCase()}: ${p.name}`])),
    series: new Map(seriesNames(app).map((s) => [s.id, s.name])),
  }));
}

const FIELD_VIEWS: Record<string, { label: string; view: (value: unknown, kind: RecordKind, record: Detail, names: Names) => Html | string }> = {
  id: { label: 'Id', view: (v) => html`<code>${String(v)}</code>` },
  abbreviation: { label: 'Abbreviation', view: String },
  aliases: { label: 'Also known as', view: (v) => list(v).join('; ') },
  type: { label: 'Type', view: (v, kind) => filterLink(kind, 'type', String(v)) },
  date: { label: 'Date', view: (v, kind, r) => html`<time datetime="${String(v)}">${String(v)}</time> (${filterLink(kind, 'year', String(v).slice(0, 4), `all of ${String(v).slice(0, 4)}`)})${r.date_precision !== 'day' ? ` — known to the ${String(r.date_precision)}` : ''}` },
  date_precision: { label: 'Date precision', view: String },
  end_date: { label: 'Ends', view: (v) => dateText(v as string) },
  period: { label: 'Period covered', view: (v) => { const p = v as { from: number; to: number }; return `${p.from}–${p.to}`; } },
  place: { label: 'Place', view: String },
  series: { label: 'Series', view: (v, _k, _r, names) => html`<a href="${seriesHref(String(v))}">${names.series.get(String(v)) ?? String(v)}</a> (<a href="${hrefWith('/meetings', { series: String(v) })}">its meetings</a>, <a href="${hrefWith('/timeline', { series: String(v) })}">timeline</a>)` },
  ordinal: { label: 'Ordinal', view: String },
  format: { label: 'Format', view: String },
  threats: { label: 'Threats', view: (v, kind, _r, names) => html`${list(v).map((t, i) => html`${i ? ', ' : ''}${filterLink(kind, 'threat', t, names.threat.get(t))}`)}` },
  phases: { label: 'Phases', view: (v, kind, _r, names) => html`${list(v).map((p, i) => html`${i ? ', ' : ''}${filterLink(kind, 'phase', p, names.phase.get(p))}`)}` },
  participants: { label: 'Participants', view: (v) => list(v).join(', ') },
  url: { label: 'Source URL', view: (v) => html`<a href="${String(v)}" rel="external noreferrer">${String(v)}</a>` },
  source_entries: { label: 'Thesis primary-source entries', view: (v) => list(v).join(', ') },
  provenance: { label: 'Comes from', view: (v) => ({ thesis: 'the thesis', public: 'the public record', both: 'the thesis and the public record' } as Record<string, string>)[String(v)] ?? String(v) },
  adopted_at: { label: 'Adopted at', view: (v) => html`<a href="${recordHref('meeting', String(v))}">${String(v)}</a>` },
};

/** Fields shown in their own section rather than in the fact list. */
const SECTIONED = new Set(['title', 'summary', 'note', 'organizations', 'citations', 'relations', 'adopting_meeting', 'documents']);

function genericValue(value: unknown): Html | string {
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ');
  if (typeof value === 'object' && value !== null) return html`<code>${JSON.stringify(value)}</code>`;
  return String(value);
}

function facts(kind: RecordKind, record: Detail, names: Names): Html {
  const shown = Object.entries(record).filter(([name, value]) => !SECTIONED.has(name) && value !== null && !(Array.isArray(value) && value.length === 0));
  return html`<dl class="facts">${shown.map(([name, value]) => {
    const field = FIELD_VIEWS[name];
    return html`<div data-field="${name}"><dt>${field?.label ?? name.replace(/_/g, ' ')}</dt><dd>${field ? field.view(value, kind, record, names) : genericValue(value)}</dd></div>`;
  })}</dl>`;
}

function organizationsTable(kind: RecordKind, orgs: { id: string; name: string; abbreviation: string | null; role: string }[]): Html {
  if (!orgs.length) return html``;
  return html`<section aria-labelledby="orgs" data-field="organizations"><h2 id="orgs">Organizations</h2>
${scrollTable('Organizations and roles', html`<table><thead><tr><th scope="col">Organization</th><th scope="col">Role</th><th scope="col">Its ${PLURAL[kind]}</th></tr></thead><tbody>
${orgs.map((o) => html`<tr><td><a href="${recordHref('organization', o.id)}">${o.name}${o.abbreviation ? ` (${o.abbreviation})` : ''}</a></td><td>${o.role}</td><td>${filterLink(kind, 'org', o.id, `all ${PLURAL[kind]}`)}</td></tr>`)}
</tbody></table>`)}</section>`;
}

function briefList(id: string, title: string, field: string, briefs: Brief[], describe: (b: Brief) => string): Html {
  if (!briefs.length) return html``;
  return html`<section aria-labelledby="${id}" data-field="${field}"><h2 id="${id}">${title}</h2><ul class="links">${briefs.map((b) => html`<li><a href="${recordHref('document', b.id)}">${b.title}</a> <span class="meta">${describe(b)}</span></li>`)}</ul></section>`;
}

function relationsSection(record: Detail): Html {
  const relations = (record.relations as (Brief & { type: string; direction: 'outgoing' | 'incoming' })[] | undefined) ?? [];
  return briefList('relations', 'Related documents', 'relations', relations, (r) => {
    const rel = r as Brief & { type: string; direction: string };
    return `${rel.direction === 'outgoing' ? `this document ${rel.type} it` : `it ${rel.type} this document`} · ${rel.date ?? ''}`;
  });
}

function adoptingMeeting(record: Detail): Html {
  const meeting = record.adopting_meeting as { id: string; title: string; date: string; place: string | null } | null | undefined;
  if (!meeting) return html``;
  return html`<section aria-labelledby="adopted" data-field="adopting_meeting"><h2 id="adopted">Adopted at</h2><p><a href="${recordHref('meeting', meeting.id)}">${meeting.title}</a> <span class="meta">${meeting.date}${meeting.place ? ` · ${meeting.place}` : ''}</span></p></section>`;
}

const CITE_FORMATS = [['bibtex', 'BibTeX'], ['ris', 'RIS'], ['csl-json', 'CSL-JSON']] as const;

/** BibTeX, RIS and CSL-JSON of the record, each with a copy button that the script reveals. */
export function citeThis(record: Detail): Html {
  return html`<section class="cite" aria-labelledby="cite"><h2 id="cite">Cite this</h2>
${CITE_FORMATS.map(([format, label]) => html`<div class="cite-format">
<div class="cite-head"><h3 id="cite-${format}-label">${label}</h3><button type="button" class="copy" data-copy="cite-${format}" hidden>Copy ${label}</button></div>
<pre id="cite-${format}" tabindex="0" aria-labelledby="cite-${format}-label">${citationOf(record, format)}</pre>
</div>`)}
<p class="copy-status" role="status" aria-live="polite"></p>
</section>`;
}

export function recordPage(app: FastifyInstance, kind: RecordKind, id: string): Html {
  const record = recordDetail(app, kind, id);
  const json = `/v1/${PLURAL[kind]}/${encodeURIComponent(id)}`;
  const body = html`<article class="record" data-kind="${kind}">
<p class="kind-line"><a href="/${PLURAL[kind]}">${KIND_LABEL[kind]}s</a> › ${String(record.type)}</p>
<h1>${String(record.title)}</h1>
<p class="summary" data-field="summary">${String(record.summary)}</p>
${noteBlock(record.note as string | null)}
${facts(kind, record, namesOf(app))}
${organizationsTable(kind, record.organizations as never)}
${adoptingMeeting(record)}
${relationsSection(record)}
${briefList('adopted-documents', 'Documents it adopted', 'documents', (record.documents as Brief[] | undefined) ?? [], (d) => `${d.type ?? ''} · ${d.date ?? ''}`)}
<section aria-labelledby="evidence" data-field="citations"><h2 id="evidence">Evidence</h2>${citationList((record.citations as Citation[]) ?? [])}</section>
${citeThis(record)}
<p class="json-link">This record as <a href="${json}" type="application/json">JSON</a>.</p>
</article>`;
  return page({
    title: String(record.title), section: PLURAL[kind], corpusVersion: app.corpusMeta.corpus_version, body,
    alternates: [{ href: json, type: 'application/json', title: 'JSON' }],
  });
}
