import { html, type Html } from './html.js';

/** A citation as the API gives it: from the thesis (section, footnotes, entry, quote) or a public page. */
export type Citation = { readonly [field: string]: unknown } | object;

const THESIS_FIELDS = new Set(['kind', 'section', 'footnotes', 'source_entry', 'url', 'quote']);
const PUBLIC_FIELDS = new Set(['kind', 'url', 'publisher', 'title', 'supports', 'confirms']);

function extraFields(citation: Record<string, unknown>, known: Set<string>): Html {
  const extra = Object.entries(citation).filter(([name, value]) => !known.has(name) && value !== null && value !== undefined);
  return extra.length ? html`<dl class="citation-extra">${extra.map(([name, value]) => html`<dt>${name.replace(/_/g, ' ')}</dt><dd>${Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value)}</dd>`)}</dl>` : html``;
}

function isPublic(citation: Record<string, unknown>): boolean {
  return citation.kind === 'public' || (citation.kind === undefined && 'publisher' in citation);
}

export function citationBlock(given: Citation): Html {
  const citation = given as Record<string, unknown>;
  if (isPublic(citation)) {
    const confirms = citation.confirms;
    return html`<li class="citation public" data-citation-kind="public">
<p class="citation-source"><span class="badge">Public record</span> ${citation.publisher ? html`${String(citation.publisher)}: ` : ''}${citation.url ? html`<a href="${String(citation.url)}" rel="external noreferrer">${String(citation.title ?? citation.url)}</a>` : String(citation.title ?? '')}</p>
${citation.supports ? html`<p class="supports"><strong>Supports:</strong> ${String(citation.supports)}</p>` : ''}
${confirms !== undefined && confirms !== null ? html`<p class="confirms"><strong>Confirms:</strong> ${Array.isArray(confirms) ? confirms.join(', ') : String(confirms)}</p>` : ''}
${extraFields(citation, PUBLIC_FIELDS)}
</li>`;
  }
  const footnotes = (citation.footnotes as number[] | undefined) ?? [];
  return html`<li class="citation thesis" data-citation-kind="thesis">
<p class="citation-source"><span class="badge">Thesis</span> section ${String(citation.section)}${footnotes.length ? html`, footnote${footnotes.length > 1 ? 's' : ''} ${footnotes.join(', ')}` : ''}${citation.source_entry !== null && citation.source_entry !== undefined ? html`, primary source entry ${String(citation.source_entry)}` : ''}${citation.url ? html` (<a href="${String(citation.url)}" rel="external noreferrer">source</a>)` : ''}</p>
<blockquote><p>${String(citation.quote ?? '')}</p></blockquote>
${extraFields(citation, THESIS_FIELDS)}
</li>`;
}

export function citationList(citations: Citation[]): Html {
  if (!citations.length) return html`<p>No citation.</p>`;
  return html`<ol class="citations">${citations.map(citationBlock)}</ol>`;
}

/** Where the thesis is wrong, the curator's note begins "Correction:": shown as a correction, not a remark. */
export function noteBlock(note: string | null | undefined): Html {
  if (!note) return html``;
  const correction = /^Correction:\s*/i.exec(note);
  if (correction) {
    return html`<aside class="correction" aria-labelledby="correction-title" data-field="note"><h2 id="correction-title">Correction of the source</h2><p>${note.slice(correction[0].length)}</p></aside>`;
  }
  return html`<aside class="note" aria-label="Curator's note" data-field="note"><p><strong>Note:</strong> ${note}</p></aside>`;
}
