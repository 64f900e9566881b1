import type { Store } from '../db/store.js';
import type { DatePrecision, MEETING_TYPES } from '../domain/vocabulary.js';
import { notFound } from '../errors.js';
import { citationsOf, linksOf, parseList, rowsOf, type Links } from './record-rows.js';

interface MeetingRow {
  id: string; title: string; aliases: string; series: string; ordinal: number | null; type: (typeof MEETING_TYPES)[number];
  date: string; date_precision: DatePrecision; end_date: string | null; place: string | null; format: string;
  url: string | null; source_entries: string; summary: string; note: string | null;
}

function shape(row: MeetingRow, links: Links | undefined) {
  return {
    id: row.id,
    title: row.title,
    aliases: parseList(row.aliases),
    series: row.series,
    ordinal: row.ordinal,
    type: row.type,
    date: row.date,
    date_precision: row.date_precision,
    end_date: row.end_date,
    place: row.place,
    format: row.format,
    organizations: links?.organizations ?? [],
    threats: links?.threats ?? [],
    phases: links?.phases ?? [],
    url: row.url,
    source_entries: parseList<number>(row.source_entries),
    summary: row.summary,
    note: row.note,
  };
}
export type MeetingSummary = ReturnType<typeof shape>;

export function composeMeetings(store: Store, ids: string[]): MeetingSummary[] {
  const links = linksOf(store, 'meeting', ids);
  return rowsOf<MeetingRow>(store, 'meeting', ids).map((row) => shape(row, links.get(row.id)));
}

export function composeMeetingDetail(store: Store, id: string) {
  const [meeting] = composeMeetings(store, [id]);
  if (!meeting) throw notFound('meeting', id);
  const adopted = store.statement('meeting-documents', () =>
    'SELECT id, title, type, date FROM documents WHERE adopted_at = @id ORDER BY date_start, id').all({ id }) as
    { id: string; title: string; type: string; date: string }[];
  return { ...meeting, documents: adopted, citations: citationsOf(store, 'meeting', id) };
}
