import { z } from 'zod';
import { ACTIVITY_TYPES, DOCUMENT_TYPES, MEETING_TYPES } from '../domain/vocabulary.js';
import { SORTS } from '../queries/record-list.js';
import { citationSchema, datePrecisionSchema, organizationRefSchema, paginationQuery, partialDateParam, provenanceSchema } from './common.js';

const slugParam = (what: string, example: string) => z.string().min(1).max(100).describe(what).meta({ examples: [example] });

/** Filters shared by every dated-record list; `type` differs per kind. */
const recordFilters = {
  org: slugParam('Organization id; includes its bodies (org=sco also matches RATS records)', 'sco').optional(),
  threat: slugParam('Threat id; includes its children (threat=terrorism also matches extremism)', 'terrorism').optional(),
  phase: slugParam('Phase id', 'sco-expansion').optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional().describe('Calendar year of the record date').meta({ examples: [2005] }),
  from: partialDateParam.optional().describe('Earliest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive').meta({ examples: ['2005'] }),
  to: partialDateParam.optional().describe('Latest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive').meta({ examples: ['2020-12-31'] }),
  q: z.string().min(1).max(300).optional().describe('Full-text search within the list').meta({ examples: ['terrorism'] }),
  sort: z.enum(SORTS).optional().describe('Order: date (default), -date, title, or relevance (default with q)').meta({ examples: ['-date'] }),
  ...paginationQuery,
};

const seriesFilter = slugParam('Series id (see /v1/series): its meetings, or the documents they adopted', 'asean-summit').optional();

export const documentListQuery = z.object({
  ...recordFilters,
  series: seriesFilter,
  type: z.enum(DOCUMENT_TYPES).optional().describe('Document type').meta({ examples: ['convention'] }),
  meeting: slugParam('Id of the meeting that adopted the document', 'asean-summit-12').optional(),
});
export const meetingListQuery = z.object({ ...recordFilters, series: seriesFilter, type: z.enum(MEETING_TYPES).optional().describe('Meeting type').meta({ examples: ['summit'] }) });
export const activityListQuery = z.object({ ...recordFilters, type: z.enum(ACTIVITY_TYPES).optional().describe('Activity type').meta({ examples: ['exercise'] }) });

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
}).meta({ id: 'Document' });

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
}).meta({ id: 'DocumentDetail' });

export const meetingSchema = z.object({
  ...datedRecordFields,
  series: z.string().nullable().describe('Id of the series the meeting belongs to (see /v1/series)'),
  ordinal: z.number().int().nullable().describe('Its number within the series, where the series numbers its meetings'),
  type: z.enum(MEETING_TYPES),
  end_date: z.string().nullable(),
  format: z.string(),
}).meta({ id: 'Meeting' });

export const meetingDetailSchema = meetingSchema.extend({
  documents: z.array(z.object({ id: z.string(), title: z.string(), type: z.string(), date: z.string() })).describe('Documents it adopted'),
  citations: z.array(citationSchema),
}).meta({ id: 'MeetingDetail' });

export const activitySchema = z.object({
  ...datedRecordFields,
  type: z.enum(ACTIVITY_TYPES),
  end_date: z.string().nullable(),
  participants: z.array(z.string()),
}).meta({ id: 'Activity' });

export const activityDetailSchema = activitySchema.extend({ citations: z.array(citationSchema) }).meta({ id: 'ActivityDetail' });

