import type { z } from 'zod';
import { nearest, quotedAlternatives } from './suggest.js';

/**
 * What a curator needs to know about a field when it is missing or malformed. Keyed by field
 * name, since the same name means the same thing in every section.
 */
const FIELD_HELP: Record<string, string> = {
  id: 'a lowercase slug that stays stable forever, such as sco-charter-2002',
  title: 'the name of the record in English',
  name: 'the name in English',
  summary: 'two to five sentences in our own words',
  quote: 'a passage of at most 200 characters copied verbatim from the thesis',
  section: 'the thesis section the passage is in: "1.1" … "3.3", "introduction", "conclusion" or "sources"',
  citations: 'a list of citations, each with section and quote',
  date: 'a date in quotes: "YYYY-MM-DD", "YYYY-MM" or "YYYY"',
  from: 'a date in quotes: "YYYY-MM-DD", "YYYY-MM" or "YYYY"',
  to: 'a date in quotes: "YYYY-MM-DD", "YYYY-MM" or "YYYY"',
  end_date: 'a date in quotes: "YYYY-MM-DD", "YYYY-MM" or "YYYY"',
  founded: 'a date in quotes: "YYYY-MM-DD", "YYYY-MM" or "YYYY"',
  organizations: 'one line per organization, such as - { id: sco, role: issuer }',
  'organizations.role': 'a document has its issuer, parties and signatories; a meeting or an activity has its host, the body that holds it',
  state: 'the name of the state, such as India',
  description: 'a sentence or two in our own words',
  statement: 'a sentence or two in our own words',
  series: 'the series of meetings this one belongs to',
  url: 'a full URL starting with https://',
  publisher: 'who publishes the page, such as the ASEAN Secretariat',
  supports: 'what the page supports, in our own words',
  'sources.title': 'the title of the page as its publisher gives it',
  'sources.url': 'the address of the public page, starting with https://',
  'gaps.label': 'the meeting the public record cannot settle, such as "5th ASEAN Summit"',
  'gaps.reason': 'why the public record cannot settle it, in our own words',
  expected_basis: 'how the count was established, in our own words',
  body: 'the id of the organization or body that holds the series',
  numbered: 'true when the series numbers its meetings (7th, 8th, …), otherwise false',
};

const KIND_OF_VALUE: Record<string, string> = {
  string: 'text', number: 'a number', boolean: 'true or false', object: 'a mapping of fields', array: 'a list',
};

export interface IssueContext {
  /** The value the curator wrote at the issue's path (undefined when the field is absent). */
  value: unknown;
  /** The schema the value was checked against, to list allowed values and fields. */
  schema: z.ZodType | undefined;
}

/** A curator-facing message for one Zod issue, with the fix. */
export function curatorMessage(issue: z.core.$ZodIssue, context: IssueContext): string {
  const key = String(issue.path.at(-1) ?? '');
  const parent = issue.path.slice(0, -1).filter((k) => typeof k === 'string').at(-1);
  const name = String(issue.path.filter((k) => typeof k === 'string').at(-1) ?? '');
  const { value } = context;
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(key, issue.expected, value, FIELD_HELP[`${String(parent)}.${key}`] ?? FIELD_HELP[key] ?? allowedValues(context.schema));
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const near = typeof value === 'string' ? nearest(value, allowed) : [];
      const help = FIELD_HELP[`${String(parent)}.${key}`];
      return `"${String(value)}" is not an allowed value of ${name}${near.length ? `; did you mean ${quotedAlternatives(near)}?` : '.'} Allowed: ${allowed.join(', ')}${help ? ` (${help})` : ''}`;
    }
    case 'invalid_format':
      if (issue.format === 'url') return `"${String(value)}" is not a full URL: write it with its scheme, such as https://…`;
      return issue.message;
    default:
      return issue.message;
  }
}

/** One message per unknown field, with the nearest known field and the list of fields. */
export function unknownFieldMessage(field: string, knownFields: string[], what: string): string {
  const near = nearest(field, knownFields);
  return `unknown ${what} "${field}"${near.length ? `; did you mean ${quotedAlternatives(near)}?` : '.'} ${capitalize(what)}s: ${knownFields.join(', ')}`;
}

function invalidType(key: string, expected: string, value: unknown, help: string | undefined): string {
  if (value === undefined) return `${key} is missing${help ? `: ${help}` : ''}`;
  if (value === null) return `${key} is empty${help ? `: ${help}` : ''}`;
  const written = typeof value === 'object' ? (Array.isArray(value) ? 'array' : 'object') : typeof value;
  if (expected === 'string' && (written === 'number' || written === 'boolean')) {
    return `${String(value)} is read by YAML as ${KIND_OF_VALUE[written]}, not text: put it in quotes, ${key}: "${String(value)}"`;
  }
  if (expected === 'number' && written === 'string' && /^\d+$/.test(String(value))) {
    return `${key} must be a number: write it without quotes, ${key}: ${String(value)}`;
  }
  if (expected === 'array' && written !== 'array') {
    return `${key} must be a list: ${help ?? `write ${key}: [${typeof value === 'object' ? '…' : String(value)}]`}`;
  }
  return `${key} must be ${KIND_OF_VALUE[expected] ?? expected}, not ${KIND_OF_VALUE[written] ?? written}${help ? `: ${help}` : ''}`;
}

function allowedValues(schema: z.ZodType | undefined): string | undefined {
  const options = (schema?.def as { type?: string; entries?: Record<string, string> } | undefined);
  if (options?.type === 'enum' && options.entries) return `one of ${Object.values(options.entries).join(', ')}`;
  return undefined;
}

function capitalize(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The schema that checks the value at `path` inside `schema`, through optional, default and list wrappers. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    const def = current?.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } | undefined;
    if (def?.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def?.type === 'array' && typeof key === 'number') current = def.element;
    else return undefined;
    current = current && unwrap(current);
  }
  return current;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** Field names a strict object accepts, in schema order. */
export function fieldsOf(schema: z.ZodType | undefined): string[] {
  const def = schema?.def as { type?: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
