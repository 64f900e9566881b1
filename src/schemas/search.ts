import { z } from 'zod';
import { listLinksSchema, listMetaSchema, paginationQuery, partialDateParam } from './common.js';

export const facetValueSchema = z.object({
  value: z.string(),
  label: z.string(),
  count: z.number().int(),
  selected: z.boolean().describe('Whether the current filters select this value'),
}).meta({ id: 'FacetValue' });

export const facetsSchema = z.record(z.string(), z.array(facetValueSchema)).describe('Counts per value of each requested facet, under the current filters');

const SEARCH_KIND_VALUES = ['document', 'meeting', 'activity', 'organization'] as const;

export const searchQuery = z.object({
  q: z.string().min(1).max(300).describe('Words to search for; "a phrase"; prefix*').meta({ examples: ['trafficking'] }),
  kind: z.string().max(100).optional().describe(`Comma-separated kinds to search: ${SEARCH_KIND_VALUES.join(', ')} (default all)`).meta({ examples: ['document,meeting'] }),
  org: z.string().min(1).max(100).optional().describe('Organization id (records of its bodies included)').meta({ examples: ['asean'] }),
  threat: z.string().min(1).max(100).optional().describe('Threat id (children included)').meta({ examples: ['trafficking'] }),
  phase: z.string().min(1).max(100).optional().describe('Phase id').meta({ examples: ['asean-external-partners'] }),
  year: z.coerce.number().int().min(1900).max(2100).optional().describe('Calendar year').meta({ examples: [2015] }),
  from: partialDateParam.optional().describe('Earliest date (YYYY, YYYY-MM or YYYY-MM-DD)').meta({ examples: ['2004'] }),
  to: partialDateParam.optional().describe('Latest date (YYYY, YYYY-MM or YYYY-MM-DD)').meta({ examples: ['2022'] }),
  facets: z.string().max(200).optional().describe('Comma-separated facets: kind, org, threat, phase, type, year, series').meta({ examples: ['kind,year'] }),
  ...paginationQuery,
});

export const searchHitSchema = z.object({
  kind: z.enum(SEARCH_KIND_VALUES),
  id: z.string(),
  title: z.string(),
  title_highlighted: z.string().describe('The title with matches wrapped in <mark>'),
  snippet: z.string().describe('The best-matching passage with matches wrapped in <mark>'),
  date: z.string().nullable(),
  score: z.number().describe('bm25 relevance, higher is better'),
}).meta({ id: 'SearchHit' });

export const searchResponseSchema = z.object({
  data: z.array(searchHitSchema),
  meta: listMetaSchema.extend({ facets: facetsSchema.optional() }),
  links: listLinksSchema,
}).meta({ id: 'SearchResults' });
