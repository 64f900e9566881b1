import type { FacetValue } from './data.js';
import { html, type Html } from './html.js';
import { hrefWith, toggleHref, type Params } from './links.js';

export const FACET_TITLES: Record<string, string> = {
  kind: 'Kind', org: 'Organization', threat: 'Threat', phase: 'Phase', type: 'Type', year: 'Year', series: 'Series',
};

/** Facets as lists of links with counts; a selected value links to the page without it. */
export function facetPanel(path: string, current: Params, facets: Partial<Record<string, FacetValue[]>>, order: readonly string[]): Html {
  return html`<aside class="facets" aria-label="Refine">
<h2>Refine</h2>
${order.filter((name) => (facets[name] ?? []).length > 0).map((name) => {
  const values = [...facets[name]!];
  if (name === 'year') values.sort((a, b) => b.value.localeCompare(a.value));
  return html`<section class="facet" data-facet="${name}">
<h3>${FACET_TITLES[name] ?? name}</h3>
<ul>${values.map((v) => html`<li><a href="${toggleHref(path, current, name, v.value)}"${v.selected ? html` class="selected" aria-current="true"` : ''}>${v.selected ? html`<span class="visually-hidden">Remove filter: </span>` : ''}${v.label} <span class="count">${v.count}</span></a></li>`)}</ul>
</section>`;
})}
</aside>`;
}

/** A labelled <select> whose first option means "any". */
export function select(name: string, label: string, options: readonly (string | { value: string; label: string })[], selected: string | undefined): Html {
  const id = `f-${name}`;
  return html`<div class="field"><label for="${id}">${label}</label><select id="${id}" name="${name}"><option value="">any</option>${options.map((o) => {
    const { value, label: text } = typeof o === 'string' ? { value: o, label: o } : o;
    return html`<option value="${value}"${value === selected ? html` selected` : ''}>${text}</option>`;
  })}</select></div>`;
}

export function input(name: string, label: string, value: string | number | undefined, attributes: { type?: string; placeholder?: string; inputmode?: string; pattern?: string } = {}): Html {
  const id = `f-${name}`;
  return html`<div class="field"><label for="${id}">${label}</label><input id="${id}" name="${name}" type="${attributes.type ?? 'text'}" value="${value ?? ''}"${attributes.placeholder ? html` placeholder="${attributes.placeholder}"` : ''}${attributes.inputmode ? html` inputmode="${attributes.inputmode}"` : ''}${attributes.pattern ? html` pattern="${attributes.pattern}"` : ''}></div>`;
}

/** A wide table in a region that scrolls on its own at 375 px, reachable by keyboard. */
/** Cursor paging: back to the first page once past it, and on to the next while there is one. */
export function pager(path: string, current: Params, cursor: string | undefined, nextCursor: string | null): Html {
  return html`<nav class="pager" aria-label="Pages">
${cursor ? html`<a href="${hrefWith(path, current)}">First page</a>` : ''}
${nextCursor ? html`<a rel="next" href="${hrefWith(path, { ...current, cursor: nextCursor })}">Next page</a>` : ''}
</nav>`;
}

export function scrollTable(label: string, table: Html): Html {
  return html`<div class="table-scroll" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
}

export function dateText(date: string | null | undefined, end?: string | null): string {
  if (!date) return '—';
  return end && end !== date ? `${date} – ${end}` : date;
}
