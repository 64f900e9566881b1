import { z } from 'zod';
import { citationSchema, listMetaSchema, listLinksSchema } from './common.js';
import { meetingBriefSchema } from './records.js';

export const timelineEventSchema = z.object({
  kind: z.enum(['document', 'meeting', 'activity', 'membership']),
  id: z.string(),
  title: z.string(),
  type: z.string().describe('Document, meeting or activity type; for memberships <status>-start or <status>-end'),
  date: z.string(),
  date_precision: z.string(),
  organizations: z.array(z.string()),
  links: z.object({ self: z.string().describe('Absolute URL of the record (of the organization, for a membership change)') }),
}).meta({ id: 'TimelineEvent' });

export const timelineResponseSchema = z.object({
  data: z.array(timelineEventSchema),
  groups: z.array(z.object({ year: z.number().int(), count: z.number().int() })).optional()
    .describe('With group=year: how many events each year holds across the whole filtered range (not only this page), in year order'),
  meta: listMetaSchema,
  links: listLinksSchema,
}).meta({ id: 'Timeline' });

const documentBrief = z.object({ id: z.string(), title: z.string(), type: z.string(), date: z.string() }).meta({ id: 'DocumentBrief' });

export const compareResponseSchema = z.object({
  threat: z.string().nullable().describe('The threat filter as given, or null'),
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


/** One row of the comparison as a table (CSV, NDJSON): a count of one organization along one dimension. */
export const comparisonRowSchema = z.object({
  organization: z.string(),
  dimension: z.enum(['type', 'phase', 'body']),
  value: z.string(),
  label: z.string(),
  kind: z.enum(['document', 'meeting', 'activity', 'record']),
  count: z.number().int(),
});
