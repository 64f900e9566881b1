import { stringify } from 'csv-stringify';
import { pipeline, Readable } from 'node:stream';

/**
 * CSV and NDJSON renderings of records. In CSV a multi-valued field is one cell with its values
 * joined by "; " (organizations as "id:role"), and other objects are written as JSON. A text cell
 * that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's CSV injection rule).
 */
export function toCsvCell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    return neutralizeFormula(value.map((v) => (typeof v === 'object' && v !== null && 'id' in v && 'role' in v ? `${v.id}:${v.role}` : typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; '));
  }
  if (typeof value === 'object') return neutralizeFormula(JSON.stringify(value));
  return typeof value === 'string' ? neutralizeFormula(value) : value as number;
}

const FORMULA_START = /^[=+\-@\t\r]/;

function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvStream(columns: string[], rows: AsyncIterable<Record<string, unknown>> | Iterable<Record<string, unknown>>): Readable {
  const cells = Readable.from((async function* () {
    for await (const row of rows) yield columns.map((c) => toCsvCell(row[c]));
  })(), { objectMode: true });
  // pipeline, not pipe: an error while reading the rows must reach the response, not the process.
  return pipeline(cells, stringify({ header: true, columns, record_delimiter: '\r\n' }), () => {});
}

export function ndjsonStream(rows: AsyncIterable<unknown> | Iterable<unknown>): Readable {
  return Readable.from((async function* () {
    for await (const row of rows) yield `${JSON.stringify(row)}\n`;
  })());
}
