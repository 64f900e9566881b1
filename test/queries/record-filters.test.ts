import { describe, expect, it } from 'vitest';
import { corpusYears, facetCounts, fillYears } from '../../src/queries/facets.js';
import { FILTERS, FILTER_NAMES } from '../../src/queries/filter-table.js';
import { filterConditions } from '../../src/queries/record-filters.js';
import { listRecordIds } from '../../src/queries/record-list.js';
import type { RecordFilters } from '../../src/queries/record-filters.js';
import { useSmallStore } from '../helpers/small-store.js';

const small = useSmallStore('record-filters');
const ids = (filters: RecordFilters) => listRecordIds(small.store, 'document', { filters, limit: 500, sort: 'date' }).ids;
const all = () => ids({});
const set = <T>(any: T[], none: T[] = []) => ({ any, none });

describe('filters from the filter table, on a small store', () => {
  it('reads a comma list as OR and ! as NOT', () => {
    const store = small.store;
    const everything = all();
    expect(everything.length).toBe(store.statement<{ n: number }>('SELECT count(*) AS n FROM documents').get()!.n);
    const sco = ids({ org: set(['sco']) });
    const asean = ids({ org: set(['asean']) });
    const either = ids({ org: set(['sco', 'asean']) });
    expect(new Set(either)).toEqual(new Set([...sco, ...asean]));
    expect(ids({ org: set([], ['asean']) })).toEqual(everything.filter((id) => !asean.includes(id)));
    expect(ids({ org: set(['sco'], ['asean']) })).toEqual(sco.filter((id) => !asean.includes(id)));
  });

  it('selects by from and to exactly the records whose span of days overlaps the range', () => {
    const overlapping = (start: string, end: string) => (small.store.sqlite.prepare(
      'SELECT id FROM documents WHERE date_end >= ? AND date_start <= ? ORDER BY date_start, id').all(start, end) as { id: string }[]).map((r) => r.id);
    for (const [from, start] of [['2005', '2005-01-01'], ['2005-07', '2005-07-01'], ['2005-07-15', '2005-07-15'], ['2012-12-31', '2012-12-31']]) {
      const expected = overlapping(start!, '9999-12-31');
      expect(expected.length, from).toBeGreaterThan(0);
      expect(ids({ from }), from).toEqual(expected);
      expect(ids({ from, to: '2016-06' }), `${from} to 2016-06`).toEqual(overlapping(start!, '2016-06-30'));
    }
  });

  it('counts a facet filtered on its own dimension over the filtered records, value by value', () => {
    const cases = [
      { facet: 'org', table: 'record_organization_ancestors', column: 'organization_id', filters: { org: set(['asean']), from: '2018' } },
      { facet: 'threat', table: 'record_threat_ancestors', column: 'threat_id', filters: { threat: set(['terrorism', 'drugs']), to: '2021' } },
      { facet: 'threat', table: 'record_threat_ancestors', column: 'threat_id', filters: { threat: set(['transnational-crime']), org: set(['asean']) } },
    ] as const;
    for (const { facet, table, column, filters } of cases) {
      const selected = ids(filters);
      expect(selected.length).toBeGreaterThan(0);
      const expected = (small.store.sqlite.prepare(`SELECT ${column} AS value, count(*) AS count FROM ${table}
        WHERE record_kind = 'document' AND record_id IN (SELECT value FROM json_each(?)) GROUP BY ${column}`).all(JSON.stringify(selected)) as { value: string; count: number }[]);
      const counted = facetCounts(small.store, 'document', filters, [facet])[facet]!.map(({ value, count }) => ({ value, count }));
      expect(counted.sort((a, b) => a.value.localeCompare(b.value)), JSON.stringify(filters)).toEqual(expected.sort((a, b) => a.value.localeCompare(b.value)));
    }
  });

  it('treats a kind a filter does not apply to as holding none of its values', () => {
    const { where } = filterConditions('activity', { meeting: set(['x']) });
    expect(where).toEqual(['0']);
    expect(filterConditions('activity', { meeting: set([], ['x']) }).where).toEqual([]);
  });

  it('writes one SQL text per combination of filters, whatever their values', () => {
    const a = filterConditions('document', { org: set(['sco']), threat: set(['drugs', 'trafficking'], ['extremism']) });
    const b = filterConditions('document', { org: set(['asean']), threat: set(['terrorism', 'separatism', 'drugs'], ['trafficking']) });
    expect(a.where).toEqual(b.where);
    expect(JSON.stringify(a.where)).not.toMatch(/sco|drugs|asean/);
    expect(a.params).toMatchObject({ org_any: 'sco', threat_any: '["drugs","trafficking"]', threat_none: 'extremism' });
  });

  it('counts facets under OR and NOT, years in chronological order and filled on request', () => {
    const filters: RecordFilters = { org: set(['sco', 'asean']) };
    const counts = facetCounts(small.store, 'document', filters, ['year', 'org']);
    const years = counts.year!.map((v) => Number(v.value));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(counts.year!.reduce((n, v) => n + v.count, 0)).toBe(ids(filters).length);
    for (const value of counts.org!) expect(value.selected, value.value).toBe(['sco', 'asean'].includes(value.value));
    const span = corpusYears(small.store);
    const filled = fillYears(counts.year!, span, filters).map((v) => Number(v.value));
    expect(filled).toEqual(Array.from({ length: filled.length }, (_, i) => filled[0]! + i));
    expect(filled[0]).toBeLessThanOrEqual(span.from);
  });

  it('declares every filter once, with a description and either SQL per kind or a shape of its own', () => {
    for (const name of FILTER_NAMES) {
      const filter = FILTERS[name];
      expect(filter.description.length, name).toBeGreaterThan(10);
      if (filter.shape === 'values') expect(Object.keys(filter.has).length, name).toBeGreaterThan(0);
    }
  });
});
