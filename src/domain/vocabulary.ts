/** Closed vocabularies shared by the seed schema, the database and the API. */
export const DOCUMENT_TYPES = [
  'charter', 'convention', 'treaty', 'agreement', 'protocol', 'declaration', 'mou',
  'plan-of-action', 'work-plan', 'work-programme', 'strategy', 'blueprint', 'concept-paper',
  'joint-statement', 'chairmans-statement', 'resolution', 'outlook', 'report', 'consensus',
  'address', 'press-release', 'other',
] as const;

export const MEETING_TYPES = [
  'summit', 'ministerial', 'senior-officials', 'secretaries-general', 'forum', 'working-level',
  'visit', 'other',
] as const;

export const ACTIVITY_TYPES = ['exercise', 'operation', 'campaign', 'programme', 'workshop', 'other'] as const;

export const ORGANIZATION_KINDS = [
  'regional-organization', 'international-organization', 'body', 'forum', 'state', 'other',
] as const;

export const ORGANIZATION_ROLES = ['issuer', 'party', 'signatory', 'counterpart', 'participant', 'host'] as const;

/**
 * The roles an organization can take on each kind of record: a document is issued, signed or
 * entered into; a meeting or an activity is held by its host, with participants and counterparts.
 */
export const ROLES_OF = {
  document: ['issuer', 'party', 'signatory', 'counterpart', 'participant'],
  meeting: ['host', 'participant', 'counterpart'],
  activity: ['host', 'participant', 'counterpart'],
} as const satisfies Record<'document' | 'meeting' | 'activity', readonly (typeof ORGANIZATION_ROLES)[number][]>;

export const RELATION_TYPES = ['implements', 'supersedes', 'amends', 'references'] as const;

export const MEMBERSHIP_STATUSES = ['member', 'observer', 'dialogue-partner', 'accession-in-progress'] as const;

export const MEETING_FORMATS = ['in-person', 'virtual', 'hybrid'] as const;

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

/** Facts a public page can confirm about a record; `date` on two independent pages is the bar. */
export const SOURCE_FACTS = ['date', 'place', 'ordinal', 'title', 'format', 'adoption', 'participants', 'content', 'count'] as const;

/** Where a record comes from: the thesis, the public record, or both. */
export const PROVENANCES = ['thesis', 'public', 'both'] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export type MeetingType = (typeof MEETING_TYPES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type SourceFact = (typeof SOURCE_FACTS)[number];
export type Provenance = (typeof PROVENANCES)[number];
