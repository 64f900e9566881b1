import type { z } from 'zod';
import { precisionOf } from '../domain/partial-date.js';
import {
  SEED_SECTIONS, seedFileSchema, type Citation, type SeedActivity, type SeedCharacterization,
  type SeedDocument, type SeedFile, type SeedMeeting, type SeedMembership, type SeedOrganization,
  type SeedPhase, type SeedSeries, type SeedThreat,
} from './seed-schema.js';
import { readSeedFile, type SeedSourceFile } from './seed-files.js';
import { explainMissingQuote, indexQuoteSource } from './quote-search.js';
import { curatorMessage, fieldsOf, schemaAt, unknownFieldMessage } from './seed-messages.js';
import { idsInText, recordLabel, recordSignature, singular } from './seed-records.js';
import { nearest, quotedAlternatives } from './suggest.js';
import { describeYamlError } from './yaml-messages.js';

/** One problem, where the curator made it: file, line, record (`document "x"`) and field in it. */
export interface SeedIssue {
  file: string;
  line: number;
  record: string;
  field: string;
  message: string;
}

/** A record with the place it was read from, so later checks can point back at it. */
export interface Located<T> {
  record: T;
  file: SeedSourceFile;
  path: (string | number)[];
}

export interface SeedCorpus {
  organizations: Located<SeedOrganization>[];
  memberships: Located<SeedMembership>[];
  phases: Located<SeedPhase>[];
  threats: Located<SeedThreat>[];
  characterizations: Located<SeedCharacterization>[];
  documents: Located<SeedDocument>[];
  meetings: Located<SeedMeeting>[];
  activities: Located<SeedActivity>[];
  series: Located<SeedSeries>[];
}

export interface ValidationResult {
  issues: SeedIssue[];
  corpus: SeedCorpus;
  files: string[];
}

export interface ValidateOptions {
  /** Full text of the thesis: when given, every citation quote must occur in it. */
  sourceText?: string;
  /**
   * Signatures (recordSignature) of the records as they were before the change under review:
   * a duplicate id is then reported only on the record that is new. Without it, on every copy.
   */
  establishedRecords?: Set<string>;
}

/** Where a path inside a seed file points, in a curator's terms. */
export function locate(file: SeedSourceFile, path: readonly (string | number)[]): Pick<SeedIssue, 'file' | 'line' | 'record' | 'field'> {
  const line = file.lineOf(path);
  if (path.length >= 2 && typeof path[1] === 'number') {
    const list = (file.data as Record<string, unknown[]> | undefined)?.[path[0] as string];
    const value = Array.isArray(list) ? list[path[1]] : undefined;
    return { file: file.path, line, record: recordLabel(String(path[0]), value, path[1]), field: formatField(path.slice(2)) };
  }
  return { file: file.path, line, record: '', field: formatField(path) };
}

export function formatField(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

export function validateSeedFiles(paths: string[], options: ValidateOptions = {}): ValidationResult {
  const issues: SeedIssue[] = [];
  const corpus: SeedCorpus = {
    organizations: [], memberships: [], phases: [], threats: [], characterizations: [],
    documents: [], meetings: [], activities: [], series: [],
  };
  const files = paths.map((path) => readSeedFile(path));
  const invalid: Located<{ id: string }>[] = [];
  // Ids of files that do not parse are unknown, so references to them are not reported.
  const unparsedIds = new Set<string>();

  for (const file of files) {
    const [firstError, ...moreErrors] = file.syntaxErrors;
    if (firstError) {
      const ids = idsInText(file.text);
      for (const id of ids) unparsedIds.add(id);
      issues.push({ file: file.path, record: '', field: '', ...describeYamlError(firstError, file.text, moreErrors.length, ids.size) });
      continue;
    }
    issues.push(...recordsWithoutProvenance(file));
    const parsed = seedFileSchema.safeParse(file.data ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push(...describeSchemaIssue(file, issue));
      // Keep the records that are valid on their own, so the cross-file checks still run.
      collectValidRecords(file, corpus, invalid);
      continue;
    }
    addRecords(file, parsed.data, corpus);
  }

  const report = (item: Located<unknown>, field: (string | number)[], message: string) => {
    issues.push({ ...locate(item.file, [...item.path, ...field]), message });
  };
  checkCorpus(corpus, invalid, report, { ...options, unparsedIds });
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
  return { issues, corpus, files: files.map((f) => f.path) };
}

/** Read from the raw records, so that a record failing its schema for another reason is told this too. */
function recordsWithoutProvenance(file: SeedSourceFile): SeedIssue[] {
  const data = file.data as Record<string, unknown> | null;
  if (!data || typeof data !== 'object') return [];
  const hasAny = (list: unknown) => Array.isArray(list) && list.length > 0;
  return SEED_SECTIONS.filter((section) => section !== 'threats').flatMap((section) => {
    const list = data[section];
    if (!Array.isArray(list)) return [];
    return list.flatMap((raw: Record<string, unknown> | null, index) => {
      if (!raw || typeof raw !== 'object' || hasAny(raw.citations) || hasAny(raw.sources)) return [];
      const path = [section, index, 'citations'];
      return [{ ...locate(file, path), message: 'every record needs at least one thesis citation (citations) or public source (sources): add a citation with a quote from the thesis, or a source with the url, publisher, title and what the page supports' }];
    });
  });
}

/** A Zod issue in the curator's words; an unknown-fields issue becomes one issue per field, on its line. */
function describeSchemaIssue(file: SeedSourceFile, issue: z.core.$ZodIssue): SeedIssue[] {
  const path = issue.path as (string | number)[];
  if (issue.code === 'unrecognized_keys') {
    const known = fieldsOf(schemaAt(seedFileSchema, path));
    const what = path.length === 0 ? 'section' : 'field';
    return issue.keys.map((key) => ({ ...locate(file, [...path, key]), message: unknownFieldMessage(key, known, what) }));
  }
  const value = path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined), file.data);
  return [{ ...locate(file, path), message: curatorMessage(issue, { value, schema: schemaAt(seedFileSchema, path) }) }];
}

function addRecords(file: SeedSourceFile, data: SeedFile, corpus: SeedCorpus) {
  for (const section of SEED_SECTIONS) {
    (data[section] ?? []).forEach((record, index) => {
      (corpus[section] as Located<unknown>[]).push({ record, file, path: [section, index] });
    });
  }
}

/**
 * Records that fail their schema still take part in the id checks, so that a duplicate of an
 * invalid record is reported now and references to it do not raise a second, spurious problem.
 */
function collectValidRecords(file: SeedSourceFile, corpus: SeedCorpus, invalid: Located<{ id: string }>[]) {
  const data = file.data as Record<string, unknown> | null;
  if (!data || typeof data !== 'object') return;
  for (const section of SEED_SECTIONS) {
    const list = data[section];
    if (!Array.isArray(list)) continue;
    const recordSchema = seedFileSchema.shape[section].unwrap().element;
    list.forEach((raw, index) => {
      const parsed = recordSchema.safeParse(raw);
      if (parsed.success) (corpus[section] as Located<unknown>[]).push({ record: parsed.data, file, path: [section, index] });
      else if (typeof raw?.id === 'string') invalid.push({ record: { id: raw.id }, file, path: [section, index] });
    });
  }
}

type Report = (item: Located<unknown>, field: (string | number)[], message: string) => void;

type CheckOptions = ValidateOptions & { unparsedIds: Set<string> };

function checkCorpus(corpus: SeedCorpus, invalid: Located<{ id: string }>[], report: Report, options: CheckOptions) {
  const invalidIn = (section: string) => invalid.filter((i) => i.path[0] === section);
  const inOrder = <T>(items: Located<T>[]) => [...items].sort((a, b) =>
    a.file.path.localeCompare(b.file.path) || (a.path[1] as number) - (b.path[1] as number));
  const unique = (items: Located<{ id: string }>[], what: string) => uniqueIds(inOrder(items), what, report, options.establishedRecords);
  const orgIds = unique([...corpus.organizations, ...invalidIn('organizations')], 'organization');
  const threatIds = unique([...corpus.threats, ...invalidIn('threats')], 'threat');
  unique([...corpus.phases, ...invalidIn('phases')], 'phase');
  // Documents, meetings and activities share one id space: search and timeline mix them.
  unique([...corpus.documents, ...corpus.meetings, ...corpus.activities,
    ...invalidIn('documents'), ...invalidIn('meetings'), ...invalidIn('activities')], 'record');
  const seriesIds = unique([...corpus.series, ...invalidIn('series')], 'series');
  const documentIds = new Set([...corpus.documents, ...invalidIn('documents')].map((d) => d.record.id));
  const meetingIds = new Set([...corpus.meetings, ...invalidIn('meetings')].map((m) => m.record.id));

  const mustExist = (ids: Set<string>, what: string) => (item: Located<unknown>, field: (string | number)[], id: string | undefined) => {
    if (id !== undefined && !ids.has(id) && !options.unparsedIds.has(id)) report(item, field, unknownIdMessage(id, ids, what));
  };
  const org = mustExist(orgIds, 'organization');
  const threat = mustExist(threatIds, 'threat');
  const meeting = mustExist(meetingIds, 'meeting');
  const document = mustExist(documentIds, 'document');
  const series = mustExist(seriesIds, 'series');

  for (const item of corpus.series) {
    org(item, ['body'], item.record.body);
    if (item.record.expected !== undefined) {
      if (!item.record.sources.some((source) => source.confirms.includes('count') || source.confirms.includes('ordinal'))) {
        report(item, ['sources'], `expected: ${item.record.expected} needs a public source that confirms the count: add confirms: [count] (or [ordinal]) to the source listing the meetings, or remove expected`);
      }
      if (!item.record.expected_basis) report(item, ['expected_basis'], `expected_basis is missing: say in your own words how the count of ${item.record.expected} was established`);
    }
  }
  for (const item of corpus.meetings) series(item, ['series'], item.record.series);
  reportDuplicates(inOrder(corpus.meetings), (item) => (item.record.series !== undefined && item.record.ordinal !== undefined ? `${item.record.series}#${item.record.ordinal}` : undefined),
    ['ordinal'], report, options.establishedRecords, (item) => `meeting "${item.record.id}"`, (item, others, onlyNew) =>
      `ordinal ${item.record.ordinal} of series "${item.record.series}" is ${onlyNew ? 'already' : 'also'} held by the ${others}; ${onlyNew ? 'check the ordinal of this meeting' : 'check the ordinals'} against the series' public list`);

  for (const item of corpus.organizations) {
    org(item, ['parent'], item.record.parent);
    checkPrecision(item, 'founded', item.record.founded, 'founded_precision', item.record.founded_precision, report);
  }
  checkParentCycles(corpus.organizations, report);
  for (const item of corpus.threats) threat(item, ['parent'], item.record.parent);
  for (const item of corpus.phases) {
    org(item, ['organization'], item.record.organization);
    if (item.record.end_year < item.record.start_year) report(item, ['end_year'], `end_year ${item.record.end_year} is before start_year ${item.record.start_year}: check both years`);
  }
  for (const item of corpus.memberships) {
    org(item, ['organization'], item.record.organization);
    checkPrecision(item, 'from', item.record.from, 'from_precision', item.record.from_precision, report);
    checkPrecision(item, 'to', item.record.to, 'to_precision', item.record.to_precision, report);
    if (item.record.to && item.record.to < item.record.from) report(item, ['to'], `ends (${item.record.to}) before it starts (${item.record.from}): check both dates`);
  }
  for (const item of corpus.characterizations) {
    org(item, ['organization'], item.record.organization);
    threat(item, ['threat'], item.record.threat);
  }
  reportDuplicates(inOrder(corpus.characterizations), (item) => `${item.record.organization}/${item.record.threat}`, ['threat'], report,
    options.establishedRecords, () => 'one', (item, others) => `${item.record.organization} already has a characterization for ${item.record.threat}, the ${others}: merge the two`);
  for (const item of [...corpus.documents, ...corpus.meetings, ...corpus.activities]) {
    const record = item.record;
    checkPrecision(item, 'date', record.date, 'date_precision', record.date_precision, report);
    record.organizations.forEach((link, i) => org(item, ['organizations', i, 'id'], link.id));
    record.threats.forEach((id, i) => threat(item, ['threats', i], id));
    if ('end_date' in record && record.end_date && record.end_date < record.date) {
      report(item, ['end_date'], `ends (${record.end_date}) before it starts (${record.date}): check both dates`);
    }
  }
  for (const item of corpus.documents) {
    meeting(item, ['adopted_at'], item.record.adopted_at);
    item.record.relations.forEach((relation, i) => {
      document(item, ['relations', i, 'target'], relation.target);
      if (relation.target === item.record.id) report(item, ['relations', i, 'target'], 'a document cannot relate to itself: point target at the other document');
    });
    const period = item.record.period;
    if (period && period.to < period.from) report(item, ['period', 'to'], `period ends (${period.to}) before it starts (${period.from}): check both years`);
  }
  if (options.sourceText !== undefined) checkQuotes(corpus, options.sourceText, report);
}

/**
 * Ids must be unique. A duplicate is reported on the copy the change under review added (the one
 * not among the established records), or, when that cannot be told, on every copy, each naming
 * the others: either way the message lands on a line the curator touched.
 */
function uniqueIds(items: Located<{ id: string }>[], what: string, report: Report, established?: Set<string>): Set<string> {
  reportDuplicates(items, (item) => item.record.id, ['id'], report, established, (item) => singular(String(item.path[0])), (item, others, onlyNew) =>
    `duplicate ${what} id "${item.record.id}": ${onlyNew ? 'already' : 'also'} used by the ${others}; ${onlyNew ? 'give this record another id' : 'one of them needs another id'}`);
  return new Set(items.map((item) => item.record.id));
}

function reportDuplicates<T>(
  items: Located<T>[], keyOf: (item: Located<T>) => string | undefined, field: (string | number)[], report: Report,
  established: Set<string> | undefined, nameOf: (item: Located<T>) => string, message: (item: Located<T>, others: string, onlyNew: boolean) => string,
) {
  const byKey = new Map<string, Located<T>[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  for (const copies of byKey.values()) {
    if (copies.length < 2) continue;
    const added = copies.filter((item) => !established?.has(recordSignature(String(item.path[0]), rawValue(item))));
    const onlyNew = added.length > 0 && added.length < copies.length;
    for (const item of onlyNew ? added : copies) {
      const others = copies.filter((other) => other !== item && (!onlyNew || !added.includes(other))).map((other) =>
        `${nameOf(other)} at ${other.file.path}:${other.file.lineOf([...other.path, ...field])}`);
      report(item, field, message(item, others.join(' and the '), onlyNew));
    }
  }
}

function rawValue(item: Located<unknown>): unknown {
  const list = (item.file.data as Record<string, unknown[]> | undefined)?.[String(item.path[0])];
  return Array.isArray(list) ? list[item.path[1] as number] : undefined;
}

/** How many known ids a message lists in full; longer lists only get the nearest ones. */
const LISTED = 40;

function unknownIdMessage(id: string, known: Set<string>, what: string): string {
  const near = nearest(id, known);
  const guess = near.length ? `; did you mean ${quotedAlternatives(near)}?` : '.';
  const list = known.size <= LISTED ? ` Known ${what} ids: ${[...known].sort().join(', ')}` : '';
  return `unknown ${what} "${id}"${guess}${list}`;
}

function checkPrecision(item: Located<unknown>, dateField: string, date: string | undefined, precisionField: string, declared: string | undefined, report: Report) {
  if (date === undefined) {
    if (declared !== undefined) report(item, [precisionField], `${precisionField} is given without ${dateField}: add ${dateField} or remove ${precisionField}`);
    return;
  }
  const actual = precisionOf(date);
  if (declared === undefined) report(item, [precisionField], `${precisionField} is missing: write ${precisionField}: ${actual ?? 'day, month or year'}, the precision of ${dateField} "${date}"`);
  else if (actual && actual !== declared) {
    report(item, [precisionField], `${dateField} "${date}" is given to the ${actual}, but ${precisionField} says ${declared}: write ${precisionField}: ${actual}, or give ${dateField} to the ${declared}`);
  }
}

function checkParentCycles(items: Located<SeedOrganization>[], report: Report) {
  const parentOf = new Map(items.map((i) => [i.record.id, i.record.parent]));
  for (const item of items) {
    const seen = new Set<string>([item.record.id]);
    let current = item.record.parent;
    while (current) {
      if (seen.has(current)) { report(item, ['parent'], `parent chain of "${item.record.id}" loops through "${current}"`); break; }
      seen.add(current);
      current = parentOf.get(current);
    }
  }
}

function checkQuotes(corpus: SeedCorpus, sourceText: string, report: Report) {
  const source = indexQuoteSource(sourceText);
  for (const section of SEED_SECTIONS) {
    for (const item of corpus[section] as Located<{ citations?: Citation[] }>[]) {
      item.record.citations?.forEach((citation, i) => {
        const problem = explainMissingQuote(source, citation.quote);
        if (problem) report(item, ['citations', i, 'quote'], problem);
      });
    }
  }
}
