/**
 * Quotes are compared with the thesis after collapsing runs of whitespace, since the text was
 * extracted from a PDF and a quote must not depend on where its lines were broken.
 */
export function normalizeForQuoteSearch(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
