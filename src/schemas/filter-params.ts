import { z } from 'zod';
import type { RecordKind } from '../db/schema.js';
import { checkPartialDate } from '../domain/partial-date.js';
import { nearest } from '../corpus/suggest.js';
import { MAX_LIST_VALUES, splitValueList, type ValueSet } from '../domain/value-list.js';
import { ApiError } from '../errors.js';
import { FILTERS, TYPES_OF, type FilterName, type RecordFilters, type ValueSource } from '../queries/filter-table.js';
import { toMatchExpression } from '../queries/search-syntax.js';
import type { KnownIds } from '../queries/taxonomy.js';

/**
 * Query-string schemas derived from the filter table (queries/filter-table.ts): each parameter
 * parses its text into the value the SQL takes (a set of values, a date, a MATCH expression),
 * checks ids against the corpus, and describes itself to OpenAPI: the enums of corpus ids are
 * components, so a typed client rejects `threat: 'drug'`.
 */
type Param<K extends FilterName> = z.ZodOptional<z.ZodType<NonNullable<RecordFilters[K]>, string>>;
export type FilterParams<N extends FilterName> = { [K in N]: Param<K> };

const ref = (component: string) => ({ $ref: `#/components/schemas/${component}` });
const YEAR_LIST = '^!?\\d{4}(,!?\\d{4})*$';
const SLUG_LIST = '^!?[a-z0-9-]+(,!?[a-z0-9-]+)*$';
const GRAMMAR = 'Several values, comma-separated, match any of them; a value with a leading ! excludes it (threat=drugs,trafficking; org=!asean).';

const KIND_NAMES: Record<RecordKind, string> = { document: 'Document', meeting: 'Meeting', activity: 'Activity' };

function typeComponent(kinds: readonly RecordKind[]): string {
  return kinds.length === 1 ? `${KIND_NAMES[kinds[0]!]}TypeFilter` : 'RecordTypeFilter';
}

function typesOf(kinds: readonly RecordKind[]): string[] {
  return [...new Set(kinds.flatMap((kind) => TYPES_OF[kind]))].sort();
}

/** Enum components for every enumerated filter: a value, or the value with ! to exclude it. */
export function filterComponents(vocabulary: KnownIds): Record<string, object> {
  const component = (values: readonly string[], description: string) => ({ type: 'string', enum: [...values, ...values.map((v) => `!${v}`)], description });
  const components: Record<string, object> = {};
  for (const filter of Object.values(FILTERS)) {
    if (filter.shape === 'values' && filter.values.from === 'corpus' && 'component' in filter.values) {
      components[filter.values.component] = component(vocabulary[filter.values.ids], `${filter.description}; !id excludes it`);
    }
  }
  const kindSets: RecordKind[][] = [['document'], ['meeting'], ['activity'], ['document', 'meeting', 'activity']];
  for (const kinds of kindSets) components[typeComponent(kinds)] = component(typesOf(kinds), 'A record type; !type excludes it');
  return components;
}

/** The filter parameters `names`, for an endpoint over records of `kinds`. */
export function filterParams<const N extends FilterName>(names: readonly N[], vocabulary: KnownIds, kinds: readonly RecordKind[]): FilterParams<N> {
  return Object.fromEntries(names.map((name) => [name, filterParam(name, vocabulary, kinds)])) as unknown as FilterParams<N>;
}

function filterParam(name: FilterName, vocabulary: KnownIds, kinds: readonly RecordKind[]) {
  const filter = FILTERS[name];
  if (filter.shape === 'date') {
    return z.string().superRefine((value, ctx) => {
      const problem = checkPartialDate(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }).optional().describe(filter.description).meta({ examples: [filter.example] });
  }
  if (filter.shape === 'text') {
    return z.string().min(1).max(300).describe(filter.description).meta({ examples: [filter.example] }).transform((value, ctx) => {
      try {
        return toMatchExpression(value, name);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: error instanceof ApiError ? error.message : 'not a valid search' });
        return z.NEVER;
      }
    }).optional();
  }
  return valueList(name, filter.values, filter.description, filter.example, vocabulary, kinds);
}

function valueList(name: string, source: ValueSource, description: string, example: string, vocabulary: KnownIds, kinds: readonly RecordKind[]) {
  const allowed = source.from === 'corpus' ? vocabulary[source.ids] : source.from === 'types' ? typesOf(kinds) : undefined;
  const component = source.from === 'types' ? typeComponent(kinds) : source.from === 'corpus' ? source.component : undefined;
  const openapi = source.from === 'years' ? { anyOf: [{ type: 'integer', minimum: 1900, maximum: 2100 }, { type: 'string', pattern: YEAR_LIST }] }
    : component ? { anyOf: [ref(component), { type: 'array', items: ref(component), maxItems: MAX_LIST_VALUES }] }
      // Ids checked against the corpus but not listed (meetings: too many, and they change often).
      : { type: 'string', pattern: SLUG_LIST, maxLength: 2000 };
  // The example must be a value of this corpus and of these kinds of record.
  const shown = allowed && !allowed.includes(example) ? allowed[0] ?? example : example;
  return z.custom<string>((value) => typeof value === 'string', { error: `${name} is given more than once: give several values as one comma-separated list (${name}=a,b)` })
    .meta({ ...openapi, description: `${description}. ${GRAMMAR}`, examples: [shown] })
    .transform((raw, ctx) => {
      const { any, none } = splitValueList(raw);
      const values = [...any, ...none];
      if (values.some((v) => v === '')) return fail(ctx, `${name} has an empty value; write ${name}=a,b or ${name}=!a`);
      if (values.length > MAX_LIST_VALUES) return fail(ctx, `${name} lists more than ${MAX_LIST_VALUES} values`);
      if (source.from === 'years') {
        const bad = values.find((v) => !/^\d{4}$/.test(v) || Number(v) < 1900 || Number(v) > 2100);
        if (bad !== undefined) return fail(ctx, `${name} "${bad}" is not a year between 1900 and 2100`);
        return { any: any.map(Number), none: none.map(Number) } satisfies ValueSet<number>;
      }
      const unknown = values.find((v) => !allowed!.includes(v));
      if (unknown !== undefined) {
        const suggestions = nearest(unknown, allowed!);
        const hint = suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?)` : '';
        return fail(ctx, `unknown ${name} "${unknown}"${hint}; allowed values: ${allowed!.join(', ')}`, { allowed: [...allowed!], suggestions });
      }
      return { any, none } satisfies ValueSet<string>;
    })
    .optional();
}

function fail(ctx: z.RefinementCtx, message: string, params?: { allowed: string[]; suggestions: string[] }): never {
  ctx.addIssue({ code: 'custom', message, ...(params ? { params } : {}) });
  return z.NEVER;
}
