import type { DatePrecision } from './vocabulary.js';

/**
 * A partial date is an ISO 8601 calendar date cut to its known precision:
 * "2002" (year), "2002-06" (month) or "2002-06-07" (day).
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function precisionOf(value: string): DatePrecision | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  if (match[3] !== undefined) return 'day';
  if (match[2] !== undefined) return 'month';
  return 'year';
}

/** Returns why `value` is not a real partial date, or undefined when it is one. */
export function checkPartialDate(value: string): string | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return `"${value}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const [, y, m, d] = match;
  const month = m === undefined ? 1 : Number(m);
  if (month < 1 || month > 12) return `"${value}" has no month ${m}`;
  if (d !== undefined) {
    const day = Number(d);
    const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return `"${value}" does not exist: ${y}-${m} has ${daysInMonth} days`;
  }
  return undefined;
}

/** The first and last day a partial date may stand for, for range filters. */
export function dateBounds(value: string): { start: string; end: string } {
  const precision = precisionOf(value);
  if (precision === 'day') return { start: value, end: value };
  if (precision === 'month') {
    const [y, m] = value.split('-').map(Number);
    const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
    return { start: `${value}-01`, end: `${value}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${value}-01-01`, end: `${value}-12-31` };
}

export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}
