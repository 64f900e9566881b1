import type { Store } from '../db/store.js';
import { isSearchRowidOf, SEARCH_ROWID_BASE, type SearchRowidKind } from '../domain/search-rowids.js';
import { postingsThreshold } from '../corpus/search-postings.js';
import type { SearchTerm } from './search-syntax.js';

export interface RankedRow {
  rowId: number;
  /** bm25 as FTS5 returns it (lower is better). */
  score: number;
}

/** The rows a search may return: those of some kinds, and those a batch check of record filters accepts. */
export interface RowScope {
  kinds: readonly SearchRowidKind[];
  accept?: (rowIds: number[]) => Set<number>;
}

const SINGLE_TOKEN = /^[\p{L}\p{N}]+$/u;
/** Pages deeper than this are left to FTS5, which then scores every match once. */
export const TOP_K_LIMIT = 1000;
const MULTI_WORD_DEPTH = 256;

/**
 * The best `k` rows for a search of plain words, read from impact-ordered postings with the
 * threshold algorithm: walk each word's postings from its best impact down, look the rows seen
 * up in the other words' postings, and stop once the k-th best total beats the sum of the
 * impacts not yet read, which bounds every row not yet seen. A row's total is the sum of its
 * impacts in query order, as FTS5 adds them, so scores and order are those of bm25.
 * Undefined when FTS5 is the better choice: when the query matches few rows (`matches`), has a
 * phrase, a prefix or a word without postings (a rare one), or when its words' best rows differ.
 */
export function topRankedRows(store: Store, terms: SearchTerm[], scope: RowScope, k: number, matches: number): RankedRow[] | undefined {
  if (k > TOP_K_LIMIT) return undefined;
  const rows = store.memo('top-k|rows', () => (store.statement('SELECT count(*) AS n FROM search_index').get() as { n: number }).n);
  if (matches < postingsThreshold(rows)) return undefined;
  const termIds: number[] = [];
  let rarest = Infinity;
  for (const term of terms) {
    const word = term.words[0]!;
    if (term.prefix || term.words.length !== 1 || !SINGLE_TOKEN.test(word)) return undefined;
    const found = store.statement('SELECT w.term_id AS id, t.documents FROM search_words w JOIN search_terms t ON t.id = w.term_id WHERE w.word = ?',
    ).get(word.toLowerCase()) as { id: number; documents: number } | undefined;
    if (!found) return undefined;
    termIds.push(found.id);
    rarest = Math.min(rarest, found.documents);
  }
  // A filter that keeps one row in n makes the walk read about k·n postings, each then checked
  // against the filter; FTS5 scores only the `matches` rows the filter keeps, at a third of the cost.
  if (scope.accept && 3 * k * (rarest / matches) > matches) return undefined;
  const inKinds = kindFilter(scope.kinds);
  const byImpact = store.statement('SELECT row_id AS rowId, impact FROM search_postings WHERE term_id = ? ORDER BY impact DESC, row_id LIMIT ? OFFSET ?');
  const impactsOf = store.statement('SELECT row_id AS rowId, impact FROM search_postings WHERE term_id = ? AND row_id IN (SELECT value FROM json_each(?))');

  const lists = termIds.map((id) => ({ id, read: 0, frontier: Infinity, exhausted: false }));
  const seen = new Set<number>();
  const best: { rowId: number; total: number }[] = [];
  for (let batch = Math.max(32, k * 2); ; batch = Math.min(batch * 2, 4096)) {
    for (const [i, list] of lists.entries()) {
      const rows = byImpact.all(list.id, batch, list.read) as { rowId: number; impact: number }[];
      list.read += rows.length;
      list.exhausted = rows.length < batch;
      list.frontier = rows.at(-1)?.impact ?? 0;
      let fresh = rows.filter((r) => !seen.has(r.rowId) && (seen.add(r.rowId), inKinds(r.rowId)));
      if (scope.accept && fresh.length) {
        const accepted = scope.accept(fresh.map((r) => r.rowId));
        fresh = fresh.filter((r) => accepted.has(r.rowId));
      }
      if (!fresh.length) continue;
      const impacts = lists.map((other, j) => j === i
        ? new Map(fresh.map((r) => [r.rowId, r.impact]))
        : new Map((impactsOf.all(other.id, JSON.stringify(fresh.map((r) => r.rowId))) as { rowId: number; impact: number }[]).map((r) => [r.rowId, r.impact])));
      for (const { rowId } of fresh) {
        let total = 0;
        let all = true;
        for (const map of impacts) {
          const impact = map.get(rowId);
          if (impact === undefined) { all = false; break; }
          total += impact;
        }
        if (all) keepBest(best, { rowId, total }, k);
      }
    }
    // Every row holding an exhausted word has been seen, so every row holding all words has.
    if (lists.some((l) => l.exhausted)) break;
    const unseenBound = lists.reduce((sum, l) => sum + l.frontier, 0);
    // A row not yet seen may tie the k-th best; with one word it would come later in rowid
    // order, as the postings are read in that order, but with several words it might not.
    if (best.length >= k && (lists.length === 1 ? best[k - 1]!.total >= unseenBound : best[k - 1]!.total > unseenBound)) break;
    // Words whose best matches are different rows make the walk long, while FTS5 scores only the
    // rows holding every word: past this depth, hand the query back to it.
    if (lists.length > 1 && lists.some((l) => l.read >= MULTI_WORD_DEPTH)) return undefined;
  }
  return best.map(({ rowId, total }) => ({ rowId, score: -1.0 * total }));
}

/** Inserts `row` in `best` (highest total first, then lowest rowid, as bm25 then rowid order), keeping k. */
function keepBest(best: { rowId: number; total: number }[], row: { rowId: number; total: number }, k: number) {
  const before = (a: { rowId: number; total: number }, b: { rowId: number; total: number }) => a.total > b.total || (a.total === b.total && a.rowId < b.rowId);
  if (best.length >= k && !before(row, best[k - 1]!)) return;
  let at = best.length;
  while (at > 0 && before(row, best[at - 1]!)) at--;
  best.splice(at, 0, row);
  if (best.length > k) best.pop();
}

function kindFilter(kinds: readonly SearchRowidKind[]): (rowId: number) => boolean {
  if (kinds.length === Object.keys(SEARCH_ROWID_BASE).length) return () => true;
  return (rowId) => kinds.some((kind) => isSearchRowidOf(kind, rowId));
}
