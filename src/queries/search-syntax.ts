import { badParameter } from '../errors.js';

/**
 * Turns what a person types into a safe FTS5 MATCH expression. User input never reaches FTS5 as
 * syntax: every word becomes a quoted string, `"…"` keeps a phrase, a trailing `*` asks for a
 * prefix, and other punctuation, operators and unbalanced quotes are read as plain text.
 * Terms are ANDed, as a search box would.
 */
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\*?/gu;

export function toMatchExpression(input: string, parameter: string): string {
  const terms: string[] = [];
  const parts = input.split('"');
  parts.forEach((part, index) => {
    const insideQuotes = index % 2 === 1;
    const words = (part.match(WORD) ?? []).map((w) => w.replace(/\*$/, ''));
    if (insideQuotes && words.length > 1) terms.push(`"${words.join(' ')}"`);
    else for (const word of part.match(WORD) ?? []) terms.push(word.endsWith('*') ? `"${word.slice(0, -1)}"*` : `"${word}"`);
  });
  if (terms.length === 0) throw badParameter(parameter, `${parameter} has no words to search for`);
  if (terms.length > 32) throw badParameter(parameter, `${parameter} has more than 32 terms`);
  return terms.join(' ');
}
