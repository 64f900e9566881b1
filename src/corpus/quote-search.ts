/**
 * Quotes are compared with the thesis after collapsing runs of whitespace, since the text was
 * extracted from a PDF and a quote must not depend on where its lines were broken.
 */
export function normalizeForQuoteSearch(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The thesis, normalized once, able to say on which of its lines a normalized offset falls. */
export interface QuoteSource {
  normalized: string;
  lineAt(normalizedOffset: number): number;
}

export function indexQuoteSource(text: string): QuoteSource {
  let normalized = '';
  const originalOffsets: number[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    if (normalized) { normalized += ' '; originalOffsets.push(match.index - 1); }
    normalized += match[0];
    for (let i = 0; i < match[0].length; i++) originalOffsets.push(match.index + i);
  }
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const lineAt = (offset: number) => {
    const original = originalOffsets[Math.min(offset, originalOffsets.length - 1)] ?? 0;
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= original) low = mid; else high = mid - 1;
    }
    return low + 1;
  };
  return { normalized, lineAt };
}

const ENOUGH = 12;
const SHOWN = 30;

/**
 * Undefined when the quote is in the source; otherwise where it stops matching: the longest
 * beginning of the quote that the source holds and what each says next, or failing that the
 * longest ending, so the curator sees the typo instead of searching 450 kB by eye.
 */
export function explainMissingQuote(source: QuoteSource, quote: string): string | undefined {
  const wanted = normalizeForQuoteSearch(quote);
  if (source.normalized.includes(wanted)) return undefined;
  const prefix = longest(wanted.length, (n) => source.normalized.includes(wanted.slice(0, n)));
  if (prefix >= ENOUGH) {
    const at = source.normalized.indexOf(wanted.slice(0, prefix));
    const theirs = source.normalized.slice(at + prefix, at + prefix + SHOWN);
    return `quote not in the thesis: it matches the thesis (line ${source.lineAt(at)}) for ${prefix} characters, up to "${tail(wanted.slice(0, prefix))}", then diverges: the quote goes on "${head(wanted.slice(prefix))}", the thesis "${head(theirs)}"`;
  }
  const suffix = longest(wanted.length, (n) => source.normalized.includes(wanted.slice(wanted.length - n)));
  if (suffix >= ENOUGH) {
    const at = source.normalized.indexOf(wanted.slice(wanted.length - suffix));
    const theirs = source.normalized.slice(Math.max(0, at - SHOWN), at);
    return `quote not in the thesis: its beginning is nowhere in the thesis; its last ${suffix} characters, from "${head(wanted.slice(wanted.length - suffix))}", match line ${source.lineAt(at)}, where the thesis has "${tail(theirs)}" before them and the quote "${tail(wanted.slice(0, wanted.length - suffix))}"`;
  }
  return 'quote not in the thesis: neither its beginning nor its end is found; copy the passage verbatim from the thesis';
}

/** The largest n in 0..max for which holds(n), given that holds is true up to some n and false after. */
function longest(max: number, holds: (n: number) => boolean): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (holds(mid)) low = mid; else high = mid - 1;
  }
  return low;
}

function head(text: string) {
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}
function tail(text: string) {
  return text.length > SHOWN ? `…${text.slice(-SHOWN)}` : text;
}
