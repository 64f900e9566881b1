import { afterAll, describe, expect, it } from 'vitest';
import { RECORD_KINDS, type RecordKind } from '../../src/db/schema.js';
import { openStore } from '../../src/db/store.js';
import { ordered } from '../../src/queries/facets.js';
import { FILTERS } from '../../src/queries/filter-table.js';
import { countedFacet, countedTotal, type CountedFacet } from '../../src/queries/filter-counts.js';
import { filterConditions, TABLE_OF, whereClause, type RecordFilters } from '../../src/queries/record-filters.js';
import { TEST_DATABASE } from '../helpers/paths.js';

const store = openStore(TEST_DATABASE);
afterAll(() => store.close());
const ids = (table: string) => (store.sqlite.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: string }[]).map((r) => r.id);

interface Plain { org?: string; threat?: string; phase?: string; type?: string; year?: number; from?: string; to?: string }
const one = <T,>(value: T | undefined) => (value === undefined ? undefined : { any: [value], none: [] });
const toFilters = ({ org, threat, phase, type, year, from, to }: Plain): RecordFilters =>
  Object.fromEntries(Object.entries({ org: one(org), threat: one(threat), phase: one(phase), type: one(type), year: one(year), from, to }).filter(([, v]) => v !== undefined));

/** Filter combinations over every organization, threat and phase, with and without types and years. */
function combinations(): RecordFilters[] {
  const out: Plain[] = [{}];
  const years: Plain[] = [{}, { from: '2005' }, { to: '2010' }, { from: '2008', to: '2016' }, { year: 2007 }, { year: 2012, from: '2010' }];
  ids('organizations').forEach((org, i) => out.push({ org, ...years[i % years.length] }));
  ids('threats').forEach((threat, i) => out.push({ threat, ...years[(i + 1) % years.length] }, { threat, org: i % 2 ? 'sco' : 'asean', ...years[(i + 2) % years.length] }));
  ids('phases').forEach((phase, i) => out.push({ phase, ...years[i % years.length] }, { phase, threat: 'terrorism' }));
  for (const type of ['declaration', 'convention', 'summit', 'exercise']) out.push({ type }, { type, org: 'asean', from: '2003', to: '2019' });
  return out.map(toFilters);
}

/** A facet counted row by row with SQL, as facets are when the precomputed counts cannot tell. */
function sqlFacet(kind: RecordKind, facet: CountedFacet, filters: RecordFilters) {
  const { where, params } = filterConditions(kind, filters);
  const { join, value, label } = FILTERS[facet].facet;
  const rows = store.sqlite.prepare(`SELECT ${value} AS value, ${label} AS label, count(*) AS count FROM ${TABLE_OF[kind]} r ${join(`'${kind}'`)}
    ${whereClause(where)} GROUP BY ${value}`).all(params) as { value: string; label: string; count: number }[];
  return ordered(facet, rows.map((row) => ({ ...row, selected: false }))).map(({ selected: _, ...row }) => row);
}

describe('totals and facets from precomputed counts', () => {
  it('equal the SQL count for every combination of organization, threat, phase, type and years', () => {
    for (const kind of RECORD_KINDS) {
      for (const filters of combinations()) {
        const { where, params } = filterConditions(kind, filters);
        const expected = (store.sqlite.prepare(`SELECT count(*) AS n FROM ${TABLE_OF[kind]} r ${whereClause(where)}`).get(params) as { n: number }).n;
        expect(countedTotal(store, kind, filters), `${kind} ${JSON.stringify(filters)}`).toBe(expected);
      }
    }
  });

  it('equal the SQL facet counts, values, labels and order, the facet\'s own dimension filtered or not', () => {
    let compared = 0;
    let pairs = 0;
    for (const kind of RECORD_KINDS) {
      for (const filters of combinations()) {
        for (const facet of ['org', 'threat', 'phase', 'type', 'year'] as CountedFacet[]) {
          const counted = countedFacet(store, kind, facet, filters);
          // A filtered facet is counted from pairs of its values when no other of organization,
          // threat and phase is filtered; a filtered type is left to SQL.
          const linked = ['org', 'threat', 'phase'] as const;
          if (facet === 'type' && filters.type !== undefined) {
            expect(counted).toBeUndefined();
            continue;
          }
          if (facet !== 'year' && facet !== 'type' && filters[facet] !== undefined) {
            if (linked.some((d) => d !== facet && filters[d] !== undefined)) {
              expect(counted).toBeUndefined();
              continue;
            }
            expect(counted, `${kind} ${facet} ${JSON.stringify(filters)}`).toBeDefined();
            pairs++;
          }
          // The year facet lists every year of the span, zeros too, in calendar order: compare the counted years.
          const byValue = (rows: { value: string; label: string; count: number }[]) => rows.filter((r) => r.count > 0).sort((a, b) => a.value.localeCompare(b.value));
          const expected = sqlFacet(kind, facet, filters);
          expect(facet === 'year' ? byValue(counted!) : counted, `${kind} ${facet} ${JSON.stringify(filters)}`).toEqual(facet === 'year' ? byValue(expected) : expected);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
    expect(pairs).toBeGreaterThan(50);
  });

  it('leave to SQL the filters they cannot tell: months and days, meetings, series, search, lists and exclusions', () => {
    const lists: RecordFilters[] = [{ org: { any: ['sco', 'asean'], none: [] } }, { threat: { any: [], none: ['drugs'] } }];
    for (const filters of [{ from: '2005-03' }, { to: '2010-06-30' }, { meeting: one('sco-summit-2001') }, { series: one('asean-summit') }, { q: '"terrorism"' }, ...lists] as RecordFilters[]) {
      expect(countedTotal(store, 'document', filters), JSON.stringify(filters)).toBeUndefined();
      expect(countedFacet(store, 'document', 'org', filters)).toBeUndefined();
    }
  });
});
