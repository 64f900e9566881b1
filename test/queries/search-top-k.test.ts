import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/store.js';
import { BM25 } from '../../src/queries/record-list.js';
import { rowScope, SEARCH_KINDS, type SearchKind } from '../../src/queries/search.js';
import { filterConditions, TABLE_OF, type RecordFilters } from '../../src/queries/record-filters.js';
import type { RecordKind } from '../../src/db/schema.js';
import { matchExpression, parseSearchTerms } from '../../src/queries/search-syntax.js';
import { topRankedRows } from '../../src/queries/search-top-k.js';
import { searchRowidCondition } from '../../src/domain/search-rowids.js';
import { TEST_DATABASE } from '../helpers/paths.js';

const store = openStore(TEST_DATABASE);
afterAll(() => store.close());

/** What FTS5 answers when it scores every match: the reference the postings must reproduce. */
function bm25Top(q: string, kinds: readonly SearchKind[], k: number) {
  const range = kinds.length === SEARCH_KINDS.length ? '' : ` AND (${kinds.map((kind) => searchRowidCondition(kind)).join(' OR ')})`;
  return store.sqlite.prepare(`SELECT rowid AS rowId, ${BM25} AS score FROM search_index WHERE search_index MATCH ?${range} ORDER BY score, rowid LIMIT ?`)
    .all(matchExpression(parseSearchTerms(q, 'q')), k);
}

const words = (store.sqlite.prepare('SELECT word FROM search_words ORDER BY word').all() as { word: string }[]).map((r) => r.word);

describe('top-k search over impact-ordered postings', () => {
  it('holds postings for the frequent words of the real corpus', () => {
    expect(words.length).toBeGreaterThan(100);
    expect(words).toEqual(expect.arrayContaining(['terrorism', 'trafficking', 'rats', 'admm']));
  });

  it('returns the rows, order and bm25 scores of FTS5 for the words with postings', () => {
    for (const word of words.filter((_, i) => i % Math.max(1, Math.floor(words.length / 300)) === 0)) {
      for (const k of [1, 21]) expect(topRankedRows(store, parseSearchTerms(word, 'q'), { kinds: SEARCH_KINDS }, k, Infinity), `${word} ${k}`).toEqual(bm25Top(word, SEARCH_KINDS, k));
    }
  });

  it('does the same for queries of two and three words, deep pages and a subset of kinds', () => {
    const step = Math.max(1, Math.floor(words.length / 100));
    for (let i = 0; i + 2 * step < words.length; i += step) {
      const two = `${words[i]} ${words[(i * 7 + 3) % words.length]}`;
      const three = `${two} ${words[(i * 13 + 5) % words.length]}`;
      for (const q of [two, three]) {
        for (const [kinds, k] of [[SEARCH_KINDS, 21], [SEARCH_KINDS, 61], [['document', 'activity'], 11]] as const) {
          expect(topRankedRows(store, parseSearchTerms(q, 'q'), { kinds }, k, Infinity), `${q} ${kinds.join()} ${k}`).toEqual(bm25Top(q, kinds, k));
        }
      }
    }
  });

  it('applies record filters to the rows it walks, as FTS5 does to the rows it scores', () => {
    const cases: [string, RecordFilters, RecordKind[]][] = [
      ['terrorism', { org: { any: ['sco'], none: [] } }, ['document', 'meeting', 'activity']],
      ['declaration', { from: '2005', to: '2015' }, ['document']],
      ['trafficking persons', { threat: { any: ['trafficking'], none: [] } }, ['document', 'meeting']],
      ['security', { year: { any: [2009], none: [] } }, ['document', 'meeting', 'activity']],
      ['terrorism', { org: { any: ['sco', 'asean'], none: ['rats'] } }, ['document', 'meeting']],
    ];
    for (const [q, filters, kinds] of cases) {
      const terms = parseSearchTerms(q, 'q');
      const scope = rowScope(store, { terms, kinds, filters, limit: 10, facets: [] }, kinds);
      const reference = kinds.map((kind) => {
        const { where, params } = filterConditions(kind, filters);
        return { sql: `(${searchRowidCondition(kind)} AND id IN (SELECT r.id FROM ${TABLE_OF[kind]} r WHERE ${where.join(' AND ')}))`, params };
      });
      const expected = store.sqlite.prepare(`SELECT rowid AS rowId, ${BM25} AS score FROM search_index WHERE search_index MATCH @match AND (${reference.map((r) => r.sql).join(' OR ')}) ORDER BY score, rowid LIMIT 11`)
        .all(Object.assign({ match: matchExpression(terms) }, ...reference.map((r) => r.params)));
      expect(expected.length, q).toBeGreaterThan(0);
      expect(topRankedRows(store, terms, scope, 11, Infinity), q).toEqual(expected);
    }
  });

  it('leaves phrases, prefixes, unknown words, deep pages and queries of few matches to FTS5', () => {
    for (const q of ['"three evils"', 'traffick*', 'terrorism zzzunknown', 'counter-terrorism']) {
      expect(topRankedRows(store, parseSearchTerms(q, 'q'), { kinds: SEARCH_KINDS }, 21, Infinity), q).toBeUndefined();
    }
    expect(topRankedRows(store, parseSearchTerms('terrorism', 'q'), { kinds: SEARCH_KINDS }, 5000, Infinity)).toBeUndefined();
    expect(topRankedRows(store, parseSearchTerms('terrorism', 'q'), { kinds: SEARCH_KINDS }, 21, 1)).toBeUndefined();
  });
});
