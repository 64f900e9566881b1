/**
 * Nearest known values to a misspelled one, for "did you mean" hints. Ranked by edit distance
 * (insertions, deletions, substitutions and swaps of neighbouring letters), or ids the value
 * begins (`terror` for `terrorism`); between equally near
 * ids that end in a number, the nearer number first, so `asean-summit-21` suggests -20 and -22.
 */
export function nearest(value: string, known: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(0.4 * value.length));
  const ranked = [...new Set(known)]
    .map((candidate) => ({ candidate, distance: editDistance(value, candidate), gap: numberGap(value, candidate) }))
    .filter((c) => c.candidate !== value && (c.distance <= limit || (value.length >= 4 && c.candidate.startsWith(value))))
    .sort((a, b) => a.distance - b.distance || a.gap - b.gap || a.candidate.localeCompare(b.candidate));
  const best = ranked[0];
  if (!best) return [];
  return ranked.filter((c) => c.distance === best.distance && c.gap === best.gap).slice(0, max).map((c) => c.candidate);
}

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** How far apart the trailing numbers of two ids with the same stem are (Infinity otherwise). */
function numberGap(a: string, b: string): number {
  const pa = /^(.*?)(\d+)$/.exec(a);
  const pb = /^(.*?)(\d+)$/.exec(b);
  if (!pa || !pb || pa[1] !== pb[1]) return Number.POSITIVE_INFINITY;
  return Math.abs(Number(pa[2]) - Number(pb[2]));
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
export function quotedAlternatives(values: string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : quoted.join('');
}
