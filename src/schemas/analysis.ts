import { z } from 'zod';
import { citationSchema, partialDateParam, paginationQuery, listMetaSchema, listLinksSchema } from './common.js';
import { meetingBriefSchema } from './records.js';

export const timelineQuery = z.object({
  org: z.string().min(1).max(100).optional().describe('Organization id (its bodies included)').meta({ examples: ['sco'] }),
  threat: z.string().min(1).max(100).optional().describe('Threat id (children included); leaves out membership changes').meta({ examples: ['drugs'] }),
  phase: z.string().min(1).max(100).optional().describe('Phase id').meta({ examples: ['sco-integration'] }),
  series: z.string().min(1).max(100).optional().describe('Series id: its meetings and the documents they adopted; leaves out activities and membership changes').meta({ examples: ['asean-summit'] }),
  from: partialDateParam.optional().describe('Earliest date (YYYY, YYYY-MM or YYYY-MM-DD)').meta({ examples: ['2015'] }),
  to: partialDateParam.optional().describe('Latest date (YYYY, YYYY-MM or YYYY-MM-DD)').meta({ examples: ['2017'] }),
  q: z.string().min(1).max(300).optional().describe('Full-text filter; leaves out membership changes').meta({ examples: ['summit'] }),
  kind: z.string().max(100).optional().describe('Comma-separated kinds: document, meeting, activity, membership (default all)').meta({ examples: ['document,membership'] }),
  group: z.enum(['year']).optional().describe('group=year groups the page by year').meta({ examples: ['year'] }),
  ...paginationQuery,
});

export const timelineEventSchema = z.object({
  kind: z.enum(['document', 'meeting', 'activity', 'membership']),
  id: z.string(),
  title: z.string(),
  type: z.string().describe('Document, meeting or activity type; for memberships <status>-start or <status>-end'),
  date: z.string(),
  date_precision: z.string(),
  organizations: z.array(z.string()),
}).meta({ id: 'TimelineEvent' });

export const timelineResponseSchema = z.object({
  data: z.array(timelineEventSchema),
  groups: z.array(z.object({ year: z.number().int(), count: z.number().int(), events: z.array(timelineEventSchema) })).optional()
    .describe('With group=year: the events of this page grouped by year'),
  meta: listMetaSchema,
  links: listLinksSchema,
}).meta({ id: 'Timeline' });

const documentBrief = z.object({ id: z.string(), title: z.string(), type: z.string(), date: z.string() }).meta({ id: 'DocumentBrief' });

export const compareQuery = z.object({
  threat: z.string().min(1).max(100).optional().describe('Threat id to compare on (children included); default all threats').meta({ examples: ['drugs'] }),
});

export const compareResponseSchema = z.object({
  threat: z.string().nullable(),
  organizations: z.array(z.object({
    id: z.string(),
    name: z.string(),
    abbreviation: z.string().nullable(),
    document_count: z.number().int(),
    documents_by_type: z.array(z.object({ type: z.string(), count: z.number().int() })),
    first_document: documentBrief.nullable(),
    latest_document: documentBrief.nullable(),
    per_phase: z.array(z.object({
      id: z.string(), name: z.string(), start_year: z.number().int(), end_year: z.number().int(),
      documents: z.number().int(), meetings: z.number().int(), activities: z.number().int(),
    })),
    bodies: z.array(z.object({ id: z.string(), name: z.string(), abbreviation: z.string().nullable(), records: z.number().int() })),
    characterizations: z.array(z.object({ threat: z.string(), statement: z.string(), citations: z.array(citationSchema) })),
  })),
}).meta({ id: 'Comparison' });

export const relatedResponseSchema = z.object({
  id: z.string(),
  title: z.string(),
  relations: z.array(z.object({
    type: z.string(), direction: z.enum(['outgoing', 'incoming']), id: z.string(), title: z.string(), document_type: z.string(), date: z.string(),
  })),
  adopting_meeting: meetingBriefSchema.extend({ other_documents: z.array(documentBrief) }).nullable(),
}).meta({ id: 'RelatedDocuments' });

export const citationFormatQuery = z.object({
  format: z.enum(['bibtex', 'ris', 'csl-json']).default('csl-json').describe('bibtex, ris or csl-json (default)').meta({ examples: ['bibtex'] }),
});
