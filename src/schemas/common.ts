import { z } from 'zod';
import { checkPartialDate } from '../domain/partial-date.js';
import { DATE_PRECISIONS, PROVENANCES, SOURCE_FACTS } from '../domain/vocabulary.js';

export const problemSchema = z
  .object({
    type: z.string().describe('A URI naming the kind of problem'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    parameter: z.string().optional().describe('The request parameter at fault, when there is one'),
    allowed: z.array(z.string()).optional().describe('The values the parameter accepts, for an unknown filter value or query parameter'),
    suggestions: z.array(z.string()).optional().describe('The allowed values nearest to what was sent, nearest first (by edit distance)'),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem detail (application/problem+json)' });

export const thesisCitationSchema = z
  .object({
    kind: z.literal('thesis'),
    section: z.string().describe('Thesis section: 1.1 … 3.3, introduction, conclusion or sources'),
    footnotes: z.array(z.number().int()),
    source_entry: z.number().int().nullable().describe('Entry number in the thesis list of primary sources'),
    url: z.string().nullable(),
    quote: z.string().describe('A verbatim quote from the thesis'),
  })
  .meta({ id: 'ThesisCitation' });

export const publicSourceSchema = z
  .object({
    kind: z.literal('public'),
    url: z.string(),
    publisher: z.string(),
    title: z.string().describe('The title of the page'),
    supports: z.string().describe('What the page supports, in the curators\' words (no text is copied from it)'),
    confirms: z.array(z.enum(SOURCE_FACTS)).describe('Facts of the record the page confirms'),
  })
  .meta({ id: 'PublicSource' });

export const citationSchema = z
  .discriminatedUnion('kind', [thesisCitationSchema, publicSourceSchema])
  .meta({ id: 'Citation', description: 'Where a record comes from: a passage of the thesis, or a public page' });

export const provenanceSchema = z.enum(PROVENANCES)
  .describe('Where the record comes from: the thesis, public pages, or both');

export const organizationRefSchema = z
  .object({ id: z.string(), name: z.string(), abbreviation: z.string().nullable(), role: z.string() })
  .meta({ id: 'OrganizationLink' });

export const partialDateParam = z.string().superRefine((value, ctx) => {
  const problem = checkPartialDate(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const datePrecisionSchema = z.enum(DATE_PRECISIONS);

export const listMetaSchema = z.object({
  total: z.number().int().describe('Records matching the filters, across all pages'),
  limit: z.number().int(),
  next_cursor: z.string().nullable(),
});

export const listLinksSchema = z.object({ self: z.string(), next: z.string().nullable() });

/** Path parameters of a record route, with an id that exists as the example. */
export function idParams(example: string) {
  return z.object({ id: z.string().min(1).max(200).describe('A record id (a stable slug)').meta({ examples: [example] }) });
}

/** An error response as documented: RFC 9457 problem+json with what the status means here. */
export function problemResponse(description: string) {
  return { description, content: { 'application/problem+json': { schema: problemSchema } } };
}

const refusals = {
  406: problemResponse('The Accept header or format= allows no representation this resource has'),
  429: problemResponse('Too many requests from this client; RateLimit-* and Retry-After say when to retry'),
};

export const errorResponses = {
  400: problemResponse('A parameter is invalid or unknown; `parameter` names it, `allowed` lists the values (or parameters) that exist and `suggestions` the nearest ones'),
  404: problemResponse('No record with this id'),
  ...refusals,
};
