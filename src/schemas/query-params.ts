import { z } from 'zod';
import { MEDIA_TYPES, type Representation } from './media-types.js';

/**
 * Query parameters other than filters, shared by the endpoints that take them. Every /v1
 * querystring is strict: a parameter an endpoint does not declare is a 400 naming it.
 */
export const paginationQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Page size, 1–500').meta({ examples: [20] }),
  cursor: z.string().max(500).optional().describe('Opaque cursor from meta.next_cursor of the previous page')
    .meta({ examples: ['eyJzIjoiZGF0ZSIsImsiOiIyMDA1LTA0LTIxIiwiaSI6ImFzZWFuLXNjby1tb3UtMjAwNSJ9'] }),
};

/**
 * `format=`: the representations this endpoint offers. Any other value answers 406, as the
 * equivalent Accept header would (see routes/representation.ts), so the schema takes any text.
 */
export function formatParam(offered: readonly Representation[]) {
  const names = offered.map((r) => `${r} (${MEDIA_TYPES[r]})`).join(', ');
  return z.custom<string>((value) => typeof value === 'string' && value.length <= 50, { error: 'format is given more than once' })
    .meta({ type: 'string', enum: [...offered], description: `Representation, overriding Accept: ${names}. Another value answers 406`, examples: [offered.at(-1)] })
    .optional();
}

/** The parameters of every collection that also comes as CSV and NDJSON. */
export function exportParams(offered: readonly Representation[] = ['json', 'csv', 'ndjson']) {
  return {
    format: formatParam(offered),
    bom: z.enum(['true', 'false'])
      .describe('With bom=true a CSV starts with a UTF-8 byte order mark, so that Excel reads its en dashes and accents right').meta({ examples: ['true'] })
      .transform((v) => v === 'true').optional(),
  };
}

/** Only `format` (JSON): for single resources. */
export const jsonOnlyQuery = z.strictObject({ format: formatParam(['json']) });

/**
 * A comma-separated list of names from `allowed` (facets=, kind=): absent, it is `fallback`;
 * present, it names at least one value and no unknown one.
 */
export function nameList<const T extends string>(name: string, allowed: readonly T[], fallback: readonly T[], description: string, example: string) {
  return z.custom<string>((value) => typeof value === 'string' && value.length <= 200, { error: `${name} is given more than once or is too long: one comma-separated list` })
    .meta({ type: 'string', pattern: `^(${allowed.join('|')})(,(${allowed.join('|')}))*$`, description: `${description}: ${allowed.join(', ')}`, examples: [example] })
    .transform((raw, ctx) => {
      const values = [...new Set(raw.split(',').map((v) => v.trim()).filter(Boolean))];
      const unknown = values.filter((v) => !(allowed as readonly string[]).includes(v));
      if (unknown.length || values.length === 0) {
        const named = unknown.length ? `unknown ${name} value ${unknown.map((v) => `"${v}"`).join(', ')}` : `${name} names no value`;
        ctx.addIssue({ code: 'custom', message: `${named}; allowed values: ${allowed.join(', ')}`, params: { allowed: [...allowed], suggestions: [] } });
        return z.NEVER;
      }
      return values as T[];
    })
    .optional()
    .transform((values) => values ?? [...fallback]);
}
