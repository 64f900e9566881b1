import { badParameter } from '../errors.js';

/**
 * Turns what a person types into a safe FTS5 MATCH expression. User input never reaches FTS5 as
 * syntax: every word becomes a quoted string, `"…"` keeps a phrase, a trailing `*` asks for a
 * prefix, and other punctuation, operators and unbalanced quotes are read as plain text.
 * Terms are ANDed, as a search box would.
 */
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\*?/gu;

export interface SearchTerm {
  /** The words of the term: one word, or several for a phrase. */
  words: string[];
  prefix: boolean;
}

export function parseSearchTerms(input: string, parameter: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  input.split('"').forEach((part, index) => {
    const found = part.match(WORD) ?? [];
    if (index % 2 === 1 && found.length > 1) {
      terms.push({ words: found.map((w) => w.replace(/\*$/, '')), prefix: false });
    } else {
      for (const word of found) terms.push({ words: [word.replace(/\*$/, '')], prefix: word.endsWith('*') });
    }
  });
  if (terms.length === 0) throw badParameter(parameter, `${parameter} has no words to search for`);
  if (terms.length > 32) throw badParameter(parameter, `${parameter} has more than 32 terms`);
  return terms;
}

export function matchExpression(terms: SearchTerm[]): string {
  return terms.map((t) => `"${t.words.join(' ')}"${t.prefix ? '*' : ''}`).join(' ');
}

export function toMatchExpression(input: string, parameter: string): string {
  return matchExpression(parseSearchTerms(input, parameter));
}
