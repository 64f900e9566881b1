import { z } from 'zod';
import { badParameter } from '../errors.js';

/**
 * Cursors are opaque to clients: base64url JSON of the sort they belong to and the sort key of
 * the last row served (keyset pagination), or an offset for relevance order. Validated on decode.
 */
const cursorSchema = z.union([
  z.strictObject({ s: z.string().max(20), k: z.string().max(400), i: z.string().max(200) }),
  z.strictObject({ s: z.string().max(20), o: z.number().int().min(0).max(1_000_000) }),
]);
export type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(raw: string | undefined, sort: string): Cursor | undefined {
  if (raw === undefined) return undefined;
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw badParameter('cursor', 'cursor is not valid: pass meta.next_cursor from a previous page unchanged');
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success) throw badParameter('cursor', 'cursor is not valid: pass meta.next_cursor from a previous page unchanged');
  if (result.data.s !== sort) throw badParameter('cursor', `cursor belongs to sort "${result.data.s}", not "${sort}"`);
  return result.data;
}
