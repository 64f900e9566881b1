import { dateText } from './components.js';
import type { RecordKind } from './data.js';
import { html, type Html } from './html.js';
import { recordHref } from './links.js';

/** The fields of a list item that a results list shows. */
export interface ListedRecord {
  id: string; title: string; date: string; end_date?: string | null; type: string; place: string | null;
  organizations: { id: string; abbreviation: string | null; name: string; role: string }[]; threats: string[]; summary: string;
}

export function recordSummary(kind: RecordKind, item: ListedRecord): Html {
  return html`<article class="record-summary">
<h2 class="record-title"><a href="${recordHref(kind, item.id)}">${item.title}</a></h2>
<p class="record-facts"><time datetime="${item.date}">${dateText(item.date, item.end_date)}</time> · ${item.type}${item.place ? ` · ${item.place}` : ''}</p>
<p class="record-tags">${item.organizations.map((o) => html`<span class="tag org">${o.abbreviation ?? o.name}</span> `)}${item.threats.map((t) => html`<span class="tag threat">${t}</span> `)}</p>
</article>`;
}
