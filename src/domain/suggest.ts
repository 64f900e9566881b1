import { distance } from 'fastest-levenshtein';

/**
 * The candidates closest to what was typed, nearest first: those within a third of the word's
 * length (at least 2 edits), or whose start matches, so "thret" suggests "threat" and "drug" "drugs".
 */
export function suggestionsFor(typed: string, candidates: readonly string[], max = 3): string[] {
  const word = typed.toLowerCase();
  const reach = Math.max(2, Math.ceil(word.length / 3));
  return candidates
    .map((candidate) => ({ candidate, d: distance(word, candidate.toLowerCase()) }))
    .filter(({ candidate, d }) => d <= reach || (word.length >= 3 && candidate.toLowerCase().startsWith(word)))
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map(({ candidate }) => candidate);
}
