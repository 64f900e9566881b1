import { z } from 'zod';
import { citationSchema } from './common.js';
import { recordLinksSchema } from './records.js';

export const SERIES_STATUSES = ['complete', 'known-gaps', 'incomplete', 'not-curated'] as const;

export const seriesSchema = z.object({
  id: z.string(),
  name: z.string(),
  body: z.object({ id: z.string(), name: z.string() }).describe('The organization that holds the meetings'),
  numbered: z.boolean().describe('Whether the series numbers its meetings (see a meeting\'s ordinal)'),
  span: z.object({ from: z.number().int(), to: z.number().int() }).describe('The years over which completeness is counted'),
  expected: z.number().int().nullable().describe('Meetings the public record holds for the span; null where no count is claimed'),
  expected_basis: z.string().nullable().describe('How the expected count was established'),
  present: z.number().int().describe('Meetings of the span in the corpus'),
  status: z.enum(SERIES_STATUSES).describe('complete; known-gaps (the missing meetings are named in gaps); incomplete; not-curated (no count claimed)'),
  first_ordinal: z.number().int().nullable(),
  last_ordinal: z.number().int().nullable(),
  first_year: z.number().int().nullable(),
  last_year: z.number().int().nullable(),
  gaps: z.array(z.object({
    label: z.string(), year: z.number().int().nullable(), ordinal: z.number().int().nullable(),
    count: z.number().int().describe('How many meetings the gap stands for'), reason: z.string(),
  })).describe('Meetings of the span that the public record cannot settle, so the corpus does not guess them'),
  sources: z.array(citationSchema).describe('Where the count and the series come from'),
  links: recordLinksSchema,
}).meta({ id: 'Series' });

export const seriesListSchema = z.object({ data: z.array(seriesSchema) }).meta({ id: 'SeriesList' });

export const seriesDetailSchema = seriesSchema.extend({
  meetings: z.array(z.object({
    id: z.string(), title: z.string(), ordinal: z.number().int().nullable(), date: z.string(), place: z.string().nullable(), format: z.string(),
  })).describe('Its meetings in the corpus, in date order (all years)'),
}).meta({ id: 'SeriesDetail' });
