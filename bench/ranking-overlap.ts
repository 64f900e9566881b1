import type { Store } from '../src/db/store.js';
import { BM25 } from '../src/queries/record-list.js';
import { search, SEARCH_KINDS } from '../src/queries/search.js';
import { matchExpression, parseSearchTerms } from '../src/queries/search-syntax.js';

/**
 * How many of the served top 20 are in the top 20 of bm25 computed by FTS5 over every match, for
 * the frequent words (one and two at a time) and some rare ones.
 */
export function rankingOverlap(store: Store): { queries: number; mean: number; min: number } {
  const frequent = (store.sqlite.prepare('SELECT word FROM search_words ORDER BY word').all() as { word: string }[]).map((r) => r.word);
  const rare = (store.sqlite.prepare("SELECT title FROM search_index WHERE rowid % 5000 = 7 LIMIT 20").all() as { title: string }[])
    .map((r) => r.title.split(' ').at(-1)!);
  const queries = [...frequent, ...frequent.slice(0, 20).map((w, i) => `${w} ${frequent[(i * 7 + 3) % frequent.length]}`), ...rare];
  const reference = store.sqlite.prepare(`SELECT id FROM search_index WHERE search_index MATCH ? ORDER BY ${BM25}, rowid LIMIT 20`);
  // Out of 20, or of all the matches when a query has fewer.
  const overlaps = queries.map((q) => {
    const terms = parseSearchTerms(q, 'q');
    const served = new Set(search(store, { terms, kinds: [...SEARCH_KINDS], filters: {}, limit: 20, facets: [] }).hits.map((h) => h.id));
    const best = reference.all(matchExpression(terms)) as { id: string }[];
    return best.length ? (20 * best.filter((r) => served.has(r.id)).length) / best.length : 20;
  });
  return { queries: queries.length, mean: overlaps.reduce((a, b) => a + b, 0) / overlaps.length, min: Math.min(...overlaps) };
}
