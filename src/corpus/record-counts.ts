import type Database from 'better-sqlite3';
import { RECORD_KINDS } from '../db/schema.js';
import { TABLE_OF } from '../queries/record-filters.js';

/** The dimensions of record_counts, each with the rows that link a record to its values. */
const DIMENSIONS = {
  org: { join: (k: string) => `JOIN record_organization_ancestors ro ON ro.record_kind = ${k} AND ro.record_id = r.id`, value: 'ro.organization_id' },
  threat: { join: (k: string) => `JOIN record_threat_ancestors rt ON rt.record_kind = ${k} AND rt.record_id = r.id`, value: 'rt.threat_id' },
  phase: { join: (k: string) => `JOIN record_phases rp ON rp.record_kind = ${k} AND rp.record_id = r.id`, value: 'rp.phase_id' },
  type: { join: () => '', value: 'r.type' },
  year: { join: () => '', value: 'r.year' },
} as const;
type Dimension = keyof typeof DIMENSIONS;
const NAMES = Object.keys(DIMENSIONS) as Dimension[];

/**
 * Fills record_counts: for every subset of the dimensions (the others standing for "any"), the
 * number of records per combination of values. Only the subset's links are joined, so a record
 * with two organizations counts once where the organization is "any".
 */
export function buildRecordCounts(sqlite: Database.Database): number {
  let cells = 0;
  for (const kind of RECORD_KINDS) {
    const k = `'${kind}'`;
    for (let mask = 0; mask < 1 << NAMES.length; mask++) {
      const used = NAMES.filter((_, i) => mask & (1 << i));
      const column = (name: Dimension) => (used.includes(name) ? `${DIMENSIONS[name].value}` : name === 'year' ? '0' : "''");
      const where = used.includes('year') ? 'WHERE r.year IS NOT NULL' : '';
      cells += sqlite.prepare(`INSERT INTO record_counts (kind, org, threat, phase, type, year, n)
        SELECT ${k}, ${NAMES.map(column).join(', ')}, count(*) FROM ${TABLE_OF[kind]} r ${used.map((name) => DIMENSIONS[name].join(k)).join(' ')}
        ${where} ${used.length ? `GROUP BY ${used.map((name) => DIMENSIONS[name].value).join(', ')}` : ''}`).run().changes;
    }
  }
  return cells;
}
