import type Database from 'better-sqlite3';
import { BM25 } from '../queries/record-list.js';

/**
 * Below this many matching rows FTS5 scores a word's matches faster than postings can be read,
 * so only words at least this frequent get impact-ordered postings: 1% of the rows, at least 2
 * and at most 1,000 (1,000 bm25 scores cost about a millisecond).
 */
export function postingsThreshold(rows: number): number {
  return Math.min(1000, Math.max(2, Math.ceil(rows / 100)));
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Fills search_terms, search_words and search_postings from the filled search_index: for every
 * frequent term, each matching row with its bm25 contribution, as FTS5 itself computes it for a
 * query of that one word. bm25 is a sum over the query's words of such contributions, so a query
 * of several words is ranked from these rows exactly as FTS5 ranks it.
 */
export function buildSearchPostings(sqlite: Database.Database): { terms: number; words: number; postings: number } {
  const rows = (sqlite.prepare('SELECT count(*) AS n FROM search_index').get() as { n: number }).n;
  sqlite.exec(`CREATE VIRTUAL TABLE temp.search_vocabulary USING fts5vocab(main, search_index, 'row')`);
  const frequent = new Map((sqlite.prepare('SELECT term, doc FROM temp.search_vocabulary WHERE doc >= ?')
    .all(postingsThreshold(rows)) as { term: string; doc: number }[]).map((r) => [r.term, r.doc]));
  sqlite.exec('DROP TABLE temp.search_vocabulary');

  // What a typed word becomes in the index is up to the index's tokenizer (case, diacritics, the
  // porter stem): ask it, by indexing every distinct word of the text once in a scratch table.
  const words = new Set<string>();
  for (const row of sqlite.prepare('SELECT title, aliases, body FROM search_index').iterate() as Iterable<Record<string, string | null>>) {
    for (const text of Object.values(row)) for (const word of text?.match(WORD) ?? []) words.add(word.toLowerCase());
  }
  const tokenizer = (sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_index'").get() as { sql: string }).sql.match(/tokenize\s*=\s*('[^']*')/)![1];
  sqlite.exec(`CREATE VIRTUAL TABLE temp.search_scratch USING fts5(word, tokenize = ${tokenizer});
               CREATE VIRTUAL TABLE temp.search_scratch_terms USING fts5vocab(temp, search_scratch, 'instance');`);
  const list = [...words];
  const insertWord = sqlite.prepare('INSERT INTO temp.search_scratch (rowid, word) VALUES (?, ?)');
  list.forEach((word, i) => insertWord.run(i + 1, word));
  const tokens = new Map<number, string[]>();
  for (const { doc, term } of sqlite.prepare('SELECT doc, term FROM temp.search_scratch_terms').all() as { doc: number; term: string }[]) {
    tokens.set(doc, [...(tokens.get(doc) ?? []), term]);
  }
  sqlite.exec('DROP TABLE temp.search_scratch_terms; DROP TABLE temp.search_scratch;');

  let mapped = 0;
  const termIds = new Map<string, number>();
  const sampleWord = new Map<string, string>();
  const insertTerm = sqlite.prepare('INSERT INTO search_terms (id, term, documents) VALUES (?, ?, ?)');
  const insertMapping = sqlite.prepare('INSERT INTO search_words (word, term_id) VALUES (?, ?)');
  list.forEach((word, i) => {
    const terms = tokens.get(i + 1);
    if (terms?.length !== 1 || !frequent.has(terms[0]!)) return;
    const term = terms[0]!;
    let id = termIds.get(term);
    if (id === undefined) {
      id = termIds.size + 1;
      termIds.set(term, id);
      sampleWord.set(term, word);
      insertTerm.run(id, term, frequent.get(term));
    }
    insertMapping.run(word, id);
    mapped++;
  });

  const matches = sqlite.prepare(`SELECT rowid AS rowId, -${BM25} AS impact FROM search_index WHERE search_index MATCH ?`);
  const insertPosting = sqlite.prepare('INSERT INTO search_postings (term_id, row_id, impact) VALUES (?, ?, ?)');
  let postings = 0;
  for (const [term, id] of termIds) {
    const found = matches.all(`"${sampleWord.get(term)}"`) as { rowId: number; impact: number }[];
    if (found.length !== frequent.get(term)) throw new Error(`search postings: "${term}" matched ${found.length} rows, the index says ${frequent.get(term)}`);
    for (const { rowId, impact } of found) insertPosting.run(id, rowId, impact);
    postings += found.length;
  }
  return { terms: termIds.size, words: mapped, postings };
}
