/** Lowercase words joined by single hyphens: "Sri Lanka" → "sri-lanka". */
export function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
