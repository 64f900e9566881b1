import { z } from 'zod';
import {
  ACTIVITY_TYPES, DATE_PRECISIONS, DOCUMENT_TYPES, MEETING_FORMATS, MEETING_TYPES,
  MEMBERSHIP_STATUSES, ORGANIZATION_KINDS, RELATION_TYPES, ROLES_OF, SOURCE_FACTS,
} from '../domain/vocabulary.js';
import { checkPartialDate } from '../domain/partial-date.js';

/**
 * The seed files are the human-edited source of the corpus. These schemas are the single
 * definition of their shape: the validator, the loader and the seed types all come from here.
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (letters, digits, single hyphens)');

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

const partialDate = z.string().superRefine((value, ctx) => {
  const problem = checkPartialDate(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const year = z.number().int().min(1900).max(2100);

export const citationSchema = z.strictObject({
  section: z
    .string()
    .regex(
      /^(?:introduction|conclusion|sources|[1-3](?:\.[1-3])?)$/,
      'must be a thesis section such as "1.1", "2.3", "introduction", "conclusion" or "sources"',
    ),
  footnotes: z.array(z.number().int().positive()).default([]),
  source_entry: z.number().int().positive().optional(),
  url: z.url().optional(),
  quote: nonEmptyText.max(200, 'a quote is at most 200 characters'),
});

/**
 * A public page that supports a record (an official site, a document database, a news agency),
 * described in the curator's own words: no text is copied from the page.
 */
export const publicSourceSchema = z.strictObject({
  url: z.url(),
  publisher: nonEmptyText,
  title: nonEmptyText,
  supports: nonEmptyText.max(400, 'say what the page supports in at most 400 characters of your own words'),
  confirms: z.array(z.enum(SOURCE_FACTS)).default([]),
});

/** Thesis citations and public sources; the validator asks for at least one of the two. */
const provenanceFields = {
  citations: z.array(citationSchema).default([]),
  sources: z.array(publicSourceSchema).default([]),
};

const datedFields = {
  date: partialDate,
  date_precision: z.enum(DATE_PRECISIONS),
};

const organizationLinks = (kind: keyof typeof ROLES_OF) => z.array(z.strictObject({ id: slug, role: z.enum(ROLES_OF[kind]) }));

export const organizationSchema = z.strictObject({
  id: slug,
  name: nonEmptyText,
  abbreviation: nonEmptyText.optional(),
  aliases: z.array(nonEmptyText).default([]),
  kind: z.enum(ORGANIZATION_KINDS),
  parent: slug.optional(),
  founded: partialDate.optional(),
  founded_precision: z.enum(DATE_PRECISIONS).optional(),
  headquarters: nonEmptyText.optional(),
  url: z.url().optional(),
  summary: nonEmptyText,
  note: nonEmptyText.optional(),
  ...provenanceFields,
});

export const membershipSchema = z.strictObject({
  organization: slug,
  state: nonEmptyText,
  status: z.enum(MEMBERSHIP_STATUSES),
  from: partialDate,
  from_precision: z.enum(DATE_PRECISIONS),
  to: partialDate.optional(),
  to_precision: z.enum(DATE_PRECISIONS).optional(),
  note: nonEmptyText.optional(),
  ...provenanceFields,
});

export const phaseSchema = z.strictObject({
  id: slug,
  organization: slug,
  ordinal: z.number().int().positive(),
  name: nonEmptyText,
  start_year: year,
  end_year: year,
  description: nonEmptyText,
  ...provenanceFields,
});

export const threatSchema = z.strictObject({
  id: slug,
  name: nonEmptyText,
  parent: slug.optional(),
  description: nonEmptyText,
});

export const characterizationSchema = z.strictObject({
  organization: slug,
  threat: slug,
  statement: nonEmptyText,
  ...provenanceFields,
});

export const documentSchema = z.strictObject({
  id: slug,
  title: nonEmptyText,
  abbreviation: nonEmptyText.optional(),
  aliases: z.array(nonEmptyText).default([]),
  type: z.enum(DOCUMENT_TYPES),
  ...datedFields,
  period: z.strictObject({ from: year, to: year }).optional(),
  place: nonEmptyText.optional(),
  organizations: organizationLinks('document').min(1, 'a document needs at least one organization'),
  threats: z.array(slug).default([]),
  adopted_at: slug.optional(),
  relations: z.array(z.strictObject({ type: z.enum(RELATION_TYPES), target: slug })).default([]),
  url: z.url().optional(),
  source_entries: z.array(z.number().int().positive()).default([]),
  summary: nonEmptyText,
  note: nonEmptyText.optional(),
  ...provenanceFields,
});

export const meetingSchema = z.strictObject({
  id: slug,
  title: nonEmptyText,
  aliases: z.array(nonEmptyText).default([]),
  series: slug.optional(),
  ordinal: z.number().int().positive().optional(),
  type: z.enum(MEETING_TYPES),
  ...datedFields,
  end_date: partialDate.optional(),
  place: nonEmptyText.optional(),
  format: z.enum(MEETING_FORMATS).default('in-person'),
  organizations: organizationLinks('meeting').min(1, 'a meeting needs at least one organization'),
  threats: z.array(slug).default([]),
  url: z.url().optional(),
  source_entries: z.array(z.number().int().positive()).default([]),
  summary: nonEmptyText,
  note: nonEmptyText.optional(),
  ...provenanceFields,
});

export const activitySchema = z.strictObject({
  id: slug,
  title: nonEmptyText,
  aliases: z.array(nonEmptyText).default([]),
  type: z.enum(ACTIVITY_TYPES),
  ...datedFields,
  end_date: partialDate.optional(),
  place: nonEmptyText.optional(),
  organizations: organizationLinks('activity').min(1, 'an activity needs at least one organization'),
  participants: z.array(nonEmptyText).default([]),
  threats: z.array(slug).default([]),
  url: z.url().optional(),
  source_entries: z.array(z.number().int().positive()).default([]),
  summary: nonEmptyText,
  note: nonEmptyText.optional(),
  ...provenanceFields,
});

/**
 * A series of meetings (the ASEAN Summit, the SCO Council of Heads of State, …): how many meetings
 * the public record holds for the corpus years, and which of them it cannot settle.
 */
export const seriesSchema = z.strictObject({
  id: slug,
  name: nonEmptyText,
  body: slug,
  numbered: z.boolean(),
  expected: z.number().int().nonnegative().optional(),
  expected_basis: nonEmptyText.optional(),
  gaps: z.array(z.strictObject({
    label: nonEmptyText,
    year: year.optional(),
    ordinal: z.number().int().positive().optional(),
    count: z.number().int().positive().default(1),
    reason: nonEmptyText,
  })).default([]),
  ...provenanceFields,
});

/** One seed file: any of these sections, each a list. Files are grouped by topic, not by kind. */
export const seedFileSchema = z.strictObject({
  organizations: z.array(organizationSchema).optional(),
  memberships: z.array(membershipSchema).optional(),
  phases: z.array(phaseSchema).optional(),
  threats: z.array(threatSchema).optional(),
  characterizations: z.array(characterizationSchema).optional(),
  documents: z.array(documentSchema).optional(),
  meetings: z.array(meetingSchema).optional(),
  activities: z.array(activitySchema).optional(),
  series: z.array(seriesSchema).optional(),
});

export const SEED_SECTIONS = [
  'organizations', 'memberships', 'phases', 'threats', 'characterizations',
  'documents', 'meetings', 'activities', 'series',
] as const;
export type SeedSection = (typeof SEED_SECTIONS)[number];

export type Citation = z.infer<typeof citationSchema>;
export type PublicSource = z.infer<typeof publicSourceSchema>;
export type SeedSeries = z.infer<typeof seriesSchema>;
export type SeedOrganization = z.infer<typeof organizationSchema>;
export type SeedMembership = z.infer<typeof membershipSchema>;
export type SeedPhase = z.infer<typeof phaseSchema>;
export type SeedThreat = z.infer<typeof threatSchema>;
export type SeedCharacterization = z.infer<typeof characterizationSchema>;
export type SeedDocument = z.infer<typeof documentSchema>;
export type SeedMeeting = z.infer<typeof meetingSchema>;
export type SeedActivity = z.infer<typeof activitySchema>;
export type SeedFile = z.infer<typeof seedFileSchema>;
