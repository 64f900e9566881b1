import type { SearchTerm } from './search-syntax.js';

/**
 * Marks the searched terms in a hit's title and cuts a snippet around the first match. Done here
 * rather than with FTS5's snippet(), which re-tokenizes every matched row and dominated the cost
 * of a search. Matching is by word start, so that "terrorism" also marks "terrorist" the way the
 * porter stemmer matched it, and "traffick*" marks "trafficking".
 */
export function highlighter(terms: SearchTerm[]) {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = terms.map((t) => {
    const words = t.words.map((w) => escape(stemOf(w)));
    return `${words.join('[\\s\\p{P}]+')}[\\p{L}\\p{N}]*`;
  });
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})`, 'giu');

  const mark = (text: string) => text.replace(pattern, (m) => `<mark>${m}</mark>`);

  function snippet(text: string, words = 16): string {
    const lines = text.split('\n');
    const line = lines.find((l) => { pattern.lastIndex = 0; return pattern.test(l); }) ?? lines[0] ?? '';
    pattern.lastIndex = 0;
    const tokens = line.split(/\s+/).filter(Boolean);
    // The word the first match starts in, found in the whole line: a phrase spans several words.
    pattern.lastIndex = 0;
    const match = pattern.exec(line);
    pattern.lastIndex = 0;
    const before = match ? line.slice(0, match.index) : '';
    const first = match ? before.split(/\s+/).filter(Boolean).length - (before && !/\s$/.test(before) ? 1 : 0) : -1;
    const start = Math.max(0, (first < 0 ? 0 : first) - Math.floor(words / 3));
    const cut = tokens.slice(start, start + words).join(' ');
    return `${start > 0 ? '…' : ''}${mark(cut)}${start + words < tokens.length ? '…' : ''}`;
  }

  return { mark, snippet };
}

/** A conservative stem: enough to find the inflections the porter tokenizer treated as one word. */
function stemOf(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 4) return lower;
  return lower.replace(/(?:ism|ist|ists|ing|ed|es|s|ation|ations|ions|ion)$/u, '') || lower;
}
