import type Database from 'better-sqlite3';
import { RECORD_KINDS, type RecordKind } from '../db/schema.js';
import { TABLE_OF } from '../queries/record-filters.js';

/** The dimensions linked to a record through a table of links, and those that are its columns. */
const LINKED = {
  org: { table: 'record_organization_ancestors', column: 'organization_id' },
  threat: { table: 'record_threat_ancestors', column: 'threat_id' },
  phase: { table: 'record_phases', column: 'phase_id' },
} as const;
const COLUMNS = { type: 'r.type', year: 'r.year' } as const;
type Dimension = keyof typeof LINKED | keyof typeof COLUMNS;
const NAMES: Dimension[] = ['org', 'threat', 'phase', 'type', 'year'];
const isLinked = (name: Dimension): name is keyof typeof LINKED => name in LINKED;
const valueOf = (name: Dimension) => (isLinked(name) ? `count_${name}.value` : COLUMNS[name]);

/**
 * Fills record_counts: for every subset of the dimensions (the others standing for "any"), the
 * number of records per combination of values. Only the subset's links are joined, so a record
 * with two organizations counts once where the organization is "any". Then record_pair_counts.
 */
export function buildRecordCounts(sqlite: Database.Database): { cells: number; pairs: number } {
  let cells = 0;
  let pairs = 0;
  for (const kind of RECORD_KINDS) {
    // Each dimension's links of this kind in a scratch table indexed by record, so that every join
    // below is a lookup whatever order the planner picks. The link tables' keys lead with the value,
    // and before ANALYZE the planner joined on their (record_kind) prefix alone: every link of the
    // kind read for every record, hours at 100,000 documents.
    for (const [name, { table, column }] of Object.entries(LINKED)) {
      sqlite.exec(`CREATE TEMP TABLE count_${name} AS SELECT record_id, ${column} AS value FROM ${table} WHERE record_kind = '${kind}';
                   CREATE INDEX temp.count_${name}_by_record ON count_${name} (record_id, value);`);
    }
    for (let mask = 0; mask < 1 << NAMES.length; mask++) {
      const used = NAMES.filter((_, i) => mask & (1 << i));
      const column = (name: Dimension) => (used.includes(name) ? valueOf(name) : name === 'year' ? '0' : "''");
      const joins = used.filter(isLinked).map((name) => `JOIN count_${name} ON count_${name}.record_id = r.id`).join(' ');
      const where = used.includes('year') ? 'WHERE r.year IS NOT NULL' : '';
      cells += sqlite.prepare(`INSERT INTO record_counts (kind, org, threat, phase, type, year, n)
        SELECT '${kind}', ${NAMES.map(column).join(', ')}, count(*) FROM ${TABLE_OF[kind]} r ${joins}
        ${where} ${used.length ? `GROUP BY ${used.map(valueOf).join(', ')}` : ''}`).run().changes;
    }
    pairs += buildPairCounts(sqlite, kind);
    sqlite.exec(Object.keys(LINKED).map((name) => `DROP TABLE temp.count_${name};`).join(' '));
  }
  return { cells, pairs };
}

/**
 * Fills record_pair_counts for one kind from the scratch tables: per organization, threat or
 * phase dimension, the records holding each two of its values (a value with itself too), by type
 * and year or for any of either.
 */
function buildPairCounts(sqlite: Database.Database, kind: RecordKind): number {
  let pairs = 0;
  for (const name of Object.keys(LINKED)) {
    for (const [type, year] of [[false, false], [true, false], [false, true], [true, true]]) {
      const grouped = ['a.value', 'b.value', ...(type ? ['r.type'] : []), ...(year ? ['r.year'] : [])];
      pairs += sqlite.prepare(`INSERT INTO record_pair_counts (kind, dimension, value, other, type, year, n)
        SELECT '${kind}', '${name}', a.value, b.value, ${type ? 'r.type' : "''"}, ${year ? 'r.year' : '0'}, count(*)
        FROM ${TABLE_OF[kind]} r JOIN count_${name} a ON a.record_id = r.id JOIN count_${name} b ON b.record_id = r.id
        ${year ? 'WHERE r.year IS NOT NULL' : ''} GROUP BY ${grouped.join(', ')}`).run().changes;
    }
  }
  return pairs;
}
