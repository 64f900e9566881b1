import { z } from 'zod';
import { MEMBERSHIP_STATUSES } from '../domain/vocabulary.js';
import { citationSchema, partialDateParam } from './common.js';
import { exportParams } from './query-params.js';
import { recordLinksSchema } from './records.js';

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  abbreviation: z.string().nullable(),
  aliases: z.array(z.string()),
  kind: z.string(),
  parent: z.string().nullable().describe('Id of the parent organization (RATS → SCO)'),
  founded: z.string().nullable(),
  founded_precision: z.string().nullable(),
  headquarters: z.string().nullable(),
  url: z.string().nullable(),
  summary: z.string(),
  note: z.string().nullable(),
  links: recordLinksSchema,
}).meta({ id: 'Organization' });

export const membershipSchema = z.object({
  state: z.string(),
  status: z.enum(MEMBERSHIP_STATUSES),
  from: z.string(),
  from_precision: z.string(),
  to: z.string().nullable(),
  to_precision: z.string().nullable(),
  note: z.string().nullable(),
}).meta({ id: 'Membership' });

export const organizationDetailSchema = organizationSchema.extend({
  bodies: z.array(z.object({ id: z.string(), name: z.string(), abbreviation: z.string().nullable() })),
  phases: z.array(z.object({ id: z.string(), ordinal: z.number().int(), name: z.string(), start_year: z.number().int(), end_year: z.number().int() })),
  memberships: z.array(membershipSchema),
  characterizations: z.array(z.object({ threat: z.string(), statement: z.string(), citations: z.array(citationSchema) })),
  citations: z.array(citationSchema),
}).meta({ id: 'OrganizationDetail' });

export const organizationListSchema = z.object({ data: z.array(organizationSchema), meta: z.object({ total: z.number().int() }) })
  .meta({ id: 'OrganizationList' });

export const membersQuery = z.strictObject({
  ...exportParams(),
  on: partialDateParam.optional().describe('Day to ask about (YYYY-MM-DD; a month or year means its first day). Default: today').meta({ examples: ['2010-01-01'] }),
  status: z.enum(MEMBERSHIP_STATUSES).optional().describe('Only this status').meta({ examples: ['observer'] }),
});

export const membersResponseSchema = z.object({
  data: z.array(membershipSchema),
  meta: z.object({ organization: z.string(), on: z.string(), status: z.string().nullable(), total: z.number().int() }),
}).meta({ id: 'MembersOnDate' });
