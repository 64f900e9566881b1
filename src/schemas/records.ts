import { z } from 'zod';
import { ACTIVITY_TYPES, DOCUMENT_TYPES, MEETING_TYPES } from '../domain/vocabulary.js';
import { SORTS } from '../queries/record-list.js';
import { citationSchema, datePrecisionSchema, organizationRefSchema, provenanceSchema } from './common.js';

export const sortParam = z.enum(SORTS).optional().describe('Order: date (default), -date, title, or relevance (default with q)').meta({ examples: ['-date'] });

/** Where a record lives in the API, as an absolute URL built from the request. */
export const recordLinksSchema = z.object({ self: z.string().describe('Absolute URL of the record') }).meta({ id: 'RecordLinks' });

const datedRecordFields = {
  id: z.string(),
  title: z.string(),
  aliases: z.array(z.string()),
  date: z.string().describe('ISO 8601 date cut to its precision: YYYY, YYYY-MM or YYYY-MM-DD'),
  date_precision: datePrecisionSchema,
  place: z.string().nullable(),
  organizations: z.array(organizationRefSchema),
  threats: z.array(z.string()),
  phases: z.array(z.string()).describe('Derived from the date: one phase per periodized organization'),
  url: z.string().nullable(),
  source_entries: z.array(z.number().int()).describe('Entries in the thesis list of primary sources'),
  summary: z.string(),
  note: z.string().nullable().describe('Curator note; begins with "Correction:" where the thesis is wrong'),
  provenance: provenanceSchema,
};

export const documentSchema = z.object({
  ...datedRecordFields,
  abbreviation: z.string().nullable(),
  type: z.enum(DOCUMENT_TYPES),
  period: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  adopted_at: z.string().nullable().describe('Id of the meeting that adopted it'),
});

const relationSchema = z.object({
  type: z.string(),
  direction: z.enum(['outgoing', 'incoming']),
  id: z.string(),
  title: z.string(),
  document_type: z.string(),
  date: z.string(),
}).meta({ id: 'DocumentRelation' });

export const meetingBriefSchema = z.object({
  id: z.string(), title: z.string(), date: z.string(), date_precision: z.string(), place: z.string().nullable(),
}).meta({ id: 'MeetingBrief' });

export const documentDetailSchema = documentSchema.extend({
  adopting_meeting: meetingBriefSchema.nullable(),
  relations: z.array(relationSchema),
  citations: z.array(citationSchema),
});

export const meetingSchema = z.object({
  ...datedRecordFields,
  series: z.string().nullable().describe('Id of the series the meeting belongs to (see /v1/series)'),
  ordinal: z.number().int().nullable().describe('Its number within the series, where the series numbers its meetings'),
  type: z.enum(MEETING_TYPES),
  end_date: z.string().nullable(),
  format: z.string(),
});

export const meetingDetailSchema = meetingSchema.extend({
  documents: z.array(z.object({ id: z.string(), title: z.string(), type: z.string(), date: z.string() })).describe('Documents it adopted'),
  citations: z.array(citationSchema),
});

export const activitySchema = z.object({
  ...datedRecordFields,
  type: z.enum(ACTIVITY_TYPES),
  end_date: z.string().nullable(),
  participants: z.array(z.string()),
});

export const activityDetailSchema = activitySchema.extend({ citations: z.array(citationSchema) });


/**
 * The API shapes: the stored shapes above (encoded when the database is built) plus the links
 * added per request, since an absolute URL depends on the host a client reached.
 */
const withLinks = <T extends z.ZodObject>(schema: T, id: string) => schema.extend({ links: recordLinksSchema }).meta({ id });
export const documentItemSchema = withLinks(documentSchema, 'Document');
export const documentDetailResponseSchema = withLinks(documentDetailSchema, 'DocumentDetail');
export const meetingItemSchema = withLinks(meetingSchema, 'Meeting');
export const meetingDetailResponseSchema = withLinks(meetingDetailSchema, 'MeetingDetail');
export const activityItemSchema = withLinks(activitySchema, 'Activity');
export const activityDetailResponseSchema = withLinks(activityDetailSchema, 'ActivityDetail');
