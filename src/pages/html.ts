/**
 * HTML as tagged template literals. Every interpolated value is escaped unless it is already
 * `Html` (built by this tag or by `marked`), so markup can only come from templates in code.
 */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

function render(value: Part): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/**
 * A search snippet or title with its matches in <mark>: the text is escaped, then only the
 * highlighter's own <mark> and </mark> are let through.
 */
export function marked(text: string): Html {
  return new Html(escapeHtml(text).replace(/&lt;(\/?)mark&gt;/g, '<$1mark>'));
}
