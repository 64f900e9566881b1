import { z } from 'zod';

export const facetValueSchema = z.object({
  value: z.string(),
  label: z.string(),
  count: z.number().int(),
  selected: z.boolean().describe('Whether the current filters select this value'),
}).meta({ id: 'FacetValue' });

export const facetsSchema = z.record(z.string(), z.array(facetValueSchema)).describe('Counts per value of each requested facet, under the current filters');
