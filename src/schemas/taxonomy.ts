import { z } from 'zod';
import { citationSchema } from './common.js';

export const threatSchema = z.object({
  id: z.string(), name: z.string(), parent: z.string().nullable(), description: z.string(),
  record_count: z.number().int().describe('Documents, meetings and activities tagged with it or a child'),
}).meta({ id: 'Threat' });
export const threatListSchema = z.object({ data: z.array(threatSchema) }).meta({ id: 'ThreatList' });

export const phaseSchema = z.object({
  id: z.string(), organization: z.string(), ordinal: z.number().int(), name: z.string(),
  start_year: z.number().int(), end_year: z.number().int(), description: z.string(), citations: z.array(citationSchema),
}).meta({ id: 'Phase' });
export const phaseListSchema = z.object({ data: z.array(phaseSchema) }).meta({ id: 'PhaseList' });

export const metaSchema = z.object({
  corpus_version: z.string(), schema_version: z.string(), built_at: z.string(),
  counts: z.record(z.string(), z.number().int()),
  provenance: z.record(z.string(), z.object({ thesis: z.number().int(), public: z.number().int(), both: z.number().int() }))
    .describe('Per kind of record: how many come from the thesis only, from public pages only, or from both'),
}).meta({ id: 'CorpusMeta' });

export const healthSchema = z.object({ status: z.string() }).meta({ id: 'Health' });
