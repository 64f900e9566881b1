import { stringify } from 'csv-stringify/sync';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { strToU8, zipSync } from 'fflate';
import * as schema from '../db/schema.js';

/**
 * The corpus as a Frictionless Data Package: one CSV per table and a datapackage.json that
 * describes every table and field, derived from the drizzle schema (the same one that built the
 * database), so a new column is described without anyone writing it down twice.
 */
const TABLES: [SQLiteTable, string][] = [
  [schema.documents, 'Documents: charters, conventions, declarations, MOUs, plans of action and other instruments'],
  [schema.meetings, 'Meetings: summits, ministerial and senior-officials meetings, with series and ordinal'],
  [schema.series, 'Series of meetings, with how many meetings of 2001–2022 the public record holds (expected) and the known gaps'],
  [schema.activities, 'Activities: exercises, operations and campaigns'],
  [schema.organizations, 'Organizations and bodies (a body names its parent)'],
  [schema.organizationClosure, 'Every (ancestor, descendant) pair of the organization tree, each organization with itself'],
  [schema.memberships, "A state's status in an organization over time"],
  [schema.phases, 'The historical phases of the SCO and of ASEAN, as the thesis periodizes them'],
  [schema.threats, 'Threat domains, as a hierarchy (parent_id)'],
  [schema.threatClosure, 'Every (ancestor, descendant) pair of the threat hierarchy, each threat with itself'],
  [schema.characterizations, "The curated characterization of an organization's approach to a threat"],
  [schema.recordOrganizations, 'Organizations of each document, meeting and activity, with their role'],
  [schema.recordThreats, 'Threats each document, meeting and activity is tagged with'],
  [schema.recordPhases, 'Phases of each record, derived from its date and organizations'],
  [schema.documentRelations, 'Typed relations between documents (implements, supersedes, amends, references)'],
  [schema.citations, 'Where each record comes from: a thesis passage (section, footnotes, primary-source entry, quote) or a public page (url, publisher, title, what it supports, facts it confirms); owner_kind names the table of owner_id'],
  [schema.corpusMeta, 'Corpus version, schema version, build time and counts'],
];

/**
 * Tables of the SQLite file left out of the package, and why: each is derived from the tables
 * above at build time, or is SQLite's or the migrator's own bookkeeping.
 */
export const LEFT_OUT: Record<string, string> = {
  record_json: 'the API representation of each record, composed from the tables above',
  record_organization_ancestors: 'record_organizations joined with organization_closure',
  record_threat_ancestors: 'record_threats joined with threat_closure',
  search_index: 'the full-text index (FTS5) and its shadow tables',
  search_terms: 'the frequent terms of search_index, with impact-ordered postings',
  search_words: 'the words that index to each of those terms',
  search_postings: 'each match of a frequent term with its bm25 contribution, derived from search_index',
  record_counts: 'counts of records per organization, threat, phase, type and year, derived from the tables above',
  record_pair_counts: 'counts of records holding two organizations, threats or phases at once, per type and year, derived from the tables above',
  __drizzle_migrations: 'migration bookkeeping',
};

const FIELD_TYPES: Record<string, string> = { SQLiteText: 'string', SQLiteTextJson: 'array', SQLiteInteger: 'integer', SQLiteBoolean: 'boolean', SQLiteReal: 'number' };

export interface TableRows { (table: string, columns: string[]): Record<string, unknown>[] }

function describe(table: SQLiteTable, description: string) {
  const config = getTableConfig(table);
  const primaryKey = config.primaryKeys[0]?.columns.map((c) => c.name) ?? config.columns.filter((c) => c.primary).map((c) => c.name);
  return {
    name: config.name.replace(/_/g, '-'),
    path: `data/${config.name}.csv`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    description,
    schema: {
      fields: config.columns.map((c) => ({
        name: c.name,
        type: FIELD_TYPES[c.columnType] ?? 'string',
        ...(c.columnType === 'SQLiteTextJson' ? { description: 'A JSON array' } : {}),
        constraints: { required: c.notNull },
      })),
      primaryKey,
      foreignKeys: config.foreignKeys.map((fk) => {
        const ref = fk.reference();
        const target = getTableConfig(ref.foreignTable).name;
        return { fields: ref.columns.map((c) => c.name), reference: { resource: target === config.name ? '' : target.replace(/_/g, '-'), fields: ref.foreignColumns.map((c) => c.name) } };
      }),
    },
  };
}

export function dataPackage(corpusVersion: string, builtAt: string) {
  return {
    name: 'sco-asean-security-corpus',
    title: 'SCO–ASEAN security cooperation corpus',
    description: 'Curated documents, meetings, bodies and activities of regional security cooperation of the Shanghai Cooperation Organization and ASEAN, 2001–2022, tagged by organization, threat and phase, each with its citations.',
    version: corpusVersion,
    created: builtAt,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    resources: TABLES.map(([table, description]) => describe(table, description)),
  };
}

/** The zip: datapackage.json and data/<table>.csv, every value as stored (JSON arrays as JSON text). */
export function dataPackageZip(rowsOf: TableRows, corpusVersion: string, builtAt: string): Uint8Array {
  const descriptor = dataPackage(corpusVersion, builtAt);
  const files: Record<string, Uint8Array> = { 'datapackage.json': strToU8(`${JSON.stringify(descriptor, null, 2)}\n`) };
  for (const resource of descriptor.resources) {
    const columns = resource.schema.fields.map((f) => f.name);
    const rows = rowsOf(resource.path.slice(5, -4), columns);
    files[resource.path] = strToU8(stringify(rows, { header: true, columns, record_delimiter: '\r\n', cast: { boolean: (b) => (b ? 'true' : 'false') } }));
  }
  return zipSync(files, { level: 6, mtime: new Date('2022-12-31T00:00:00Z') });
}
