import type { Store } from '../db/store.js';
import type { MEETING_TYPES } from '../domain/vocabulary.js';
import { notFound } from '../errors.js';
import { citationsOf, datedRecordFields, linksOf, rowsOf, type DatedRow, type Links } from './record-rows.js';

interface MeetingRow extends DatedRow {
  series_id: string | null; ordinal: number | null; type: (typeof MEETING_TYPES)[number]; end_date: string | null; format: string;
}

function shape(row: MeetingRow, links: Links | undefined) {
  return {
    ...datedRecordFields(row, links),
    series: row.series_id, ordinal: row.ordinal, type: row.type, end_date: row.end_date, format: row.format,
  };
}
export type MeetingSummary = ReturnType<typeof shape>;

/** Meetings composed from the normalized tables (at build time; requests read record_json). */
export function composeMeetings(store: Store, ids: string[]): MeetingSummary[] {
  const links = linksOf(store, 'meeting', ids);
  return rowsOf<MeetingRow>(store, 'meeting', ids).map((row) => shape(row, links.get(row.id)));
}

export function composeMeetingDetail(store: Store, id: string) {
  const [meeting] = composeMeetings(store, [id]);
  if (!meeting) throw notFound('meeting', id);
  const adopted = store.statement('SELECT id, title, type, date FROM documents WHERE adopted_at = @id ORDER BY date_start, id').all({ id }) as
    { id: string; title: string; type: string; date: string }[];
  return { ...meeting, documents: adopted, citations: citationsOf(store, 'meeting', id) };
}
