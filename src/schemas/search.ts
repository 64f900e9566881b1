import { z } from 'zod';
import { listLinksSchema, listMetaSchema } from './common.js';

export const facetValueSchema = z.object({
  value: z.string(),
  label: z.string(),
  count: z.number().int(),
  selected: z.boolean().describe('Whether the current filters select this value'),
}).meta({ id: 'FacetValue' });

export const facetsSchema = z.record(z.string(), z.array(facetValueSchema)).describe('Counts per value of each requested facet, under the current filters');

export const SEARCH_KIND_VALUES = ['document', 'meeting', 'activity', 'organization'] as const;

export const searchHitSchema = z.object({
  kind: z.enum(SEARCH_KIND_VALUES),
  id: z.string(),
  title: z.string(),
  title_highlighted: z.string().describe('The title with matches wrapped in <mark>'),
  snippet: z.string().describe('The best-matching passage with matches wrapped in <mark>'),
  date: z.string().nullable(),
  score: z.number().describe('bm25 relevance, higher is better'),
  links: z.object({ self: z.string().describe('Absolute URL of the record') }),
}).meta({ id: 'SearchHit' });

export const searchResponseSchema = z.object({
  data: z.array(searchHitSchema),
  meta: listMetaSchema.extend({ facets: facetsSchema.optional() }),
  links: listLinksSchema,
}).meta({ id: 'SearchResults' });

export const facetCountsSchema = z.object({
  facets: facetsSchema,
  meta: z.object({
    total: z.number().int().describe('Records matching the filters, over the kinds counted'),
    kinds: z.array(z.string()).describe('The kinds of record counted'),
  }),
}).meta({ id: 'FacetCounts' });

/** One facet value as a table row (CSV, NDJSON). */
export const facetRowSchema = z.object({ facet: z.string(), value: z.string(), label: z.string(), count: z.number().int(), selected: z.boolean() });
