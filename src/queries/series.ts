import type { Store } from '../db/store.js';
import { notFound } from '../errors.js';
import { CORPUS_YEARS } from '../domain/corpus-years.js';
import { citationsOf, parseList } from './record-rows.js';

interface SeriesRow {
  id: string; name: string; body_id: string; body_name: string; numbered: number; expected: number | null;
  expected_basis: string | null; gaps: string;
}
interface SeriesMeetingRow { series_id: string; id: string; title: string; ordinal: number | null; date: string; year: number; place: string | null; format: string }
interface Gap { label: string; year?: number; ordinal?: number; count?: number; reason: string }

/**
 * `complete` when the corpus holds every meeting the public record holds for the corpus years;
 * `known-gaps` when the rest are named gaps; `incomplete` otherwise; `not-curated` where no count
 * is claimed for the series.
 */
function statusOf(expected: number | null, present: number, gaps: { count: number }[]) {
  if (expected === null) return 'not-curated' as const;
  if (present >= expected) return 'complete' as const;
  return present + gaps.reduce((sum, gap) => sum + gap.count, 0) >= expected ? 'known-gaps' as const : 'incomplete' as const;
}

function shape(store: Store, row: SeriesRow, meetings: SeriesMeetingRow[]) {
  const inYears = meetings.filter((m) => m.year >= CORPUS_YEARS.from && m.year <= CORPUS_YEARS.to);
  const gaps = parseList<Gap>(row.gaps).map((g) => ({ label: g.label, year: g.year ?? null, ordinal: g.ordinal ?? null, count: g.count ?? 1, reason: g.reason }));
  const ordinals = inYears.flatMap((m) => (m.ordinal === null ? [] : [m.ordinal]));
  return {
    id: row.id,
    name: row.name,
    body: { id: row.body_id, name: row.body_name },
    numbered: row.numbered === 1,
    span: { from: CORPUS_YEARS.from, to: CORPUS_YEARS.to },
    expected: row.expected,
    expected_basis: row.expected_basis,
    present: inYears.length,
    status: statusOf(row.expected, inYears.length, gaps),
    first_ordinal: ordinals.length ? Math.min(...ordinals) : null,
    last_ordinal: ordinals.length ? Math.max(...ordinals) : null,
    first_year: inYears[0]?.year ?? null,
    last_year: inYears.at(-1)?.year ?? null,
    gaps,
    sources: citationsOf(store, 'series', row.id),
  };
}

function seriesRows(store: Store, id?: string): SeriesRow[] {
  return store.statement<SeriesRow>(`SELECT s.id, s.name, s.body_id, o.name AS body_name, s.numbered, s.expected, s.expected_basis, s.gaps
     FROM series s JOIN organizations o ON o.id = s.body_id ${id === undefined ? '' : 'WHERE s.id = @id'} ORDER BY s.id`,
  ).all(id === undefined ? {} : { id });
}

function meetingsBySeries(store: Store): Map<string, SeriesMeetingRow[]> {
  const rows = store.statement<SeriesMeetingRow>(`SELECT series_id, id, title, ordinal, date, year, place, format FROM meetings
     WHERE series_id IS NOT NULL ORDER BY series_id, date_start, id`,
  ).all();
  const map = new Map<string, SeriesMeetingRow[]>();
  for (const row of rows) (map.get(row.series_id) ?? map.set(row.series_id, []).get(row.series_id)!).push(row);
  return map;
}

/** Each series' id and name, for labels and choices: nothing counted, no sources read. */
export function listSeriesNames(store: Store): { id: string; name: string }[] {
  return store.statement<{ id: string; name: string }>('SELECT id, name FROM series ORDER BY id').all();
}

export function listSeries(store: Store) {
  const meetings = meetingsBySeries(store);
  return seriesRows(store).map((row) => shape(store, row, meetings.get(row.id) ?? []));
}

export function getSeries(store: Store, id: string) {
  const [row] = seriesRows(store, id);
  if (!row) throw notFound('series', id);
  const meetings = meetingsBySeries(store).get(id) ?? [];
  return {
    ...shape(store, row, meetings),
    meetings: meetings.map(({ series_id: _, year: __, ...m }) => m),
  };
}
