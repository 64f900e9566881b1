import { stringify } from 'csv-stringify';
import { Readable } from 'node:stream';

/**
 * CSV and NDJSON renderings of records. In CSV a multi-valued field is one cell with its values
 * joined by "; " (organizations as "id:role"), and other objects are written as JSON.
 */
export function toCsvCell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === 'object' && v !== null && 'id' in v && 'role' in v ? `${v.id}:${v.role}` : typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number;
}

export function csvStream(columns: string[], rows: AsyncIterable<Record<string, unknown>> | Iterable<Record<string, unknown>>): Readable {
  const cells = Readable.from((async function* () {
    for await (const row of rows) yield columns.map((c) => toCsvCell(row[c]));
  })(), { objectMode: true });
  return cells.pipe(stringify({ header: true, columns, record_delimiter: '\r\n' }));
}

export function ndjsonStream(rows: AsyncIterable<unknown> | Iterable<unknown>): Readable {
  return Readable.from((async function* () {
    for await (const row of rows) yield `${JSON.stringify(row)}\n`;
  })());
}
