import type { Store } from '../db/store.js';
import type { ACTIVITY_TYPES, DatePrecision } from '../domain/vocabulary.js';
import { notFound } from '../errors.js';
import { citationsOf, linksOf, parseList, rowsOf, type Links } from './record-rows.js';

interface ActivityRow {
  id: string; title: string; aliases: string; type: (typeof ACTIVITY_TYPES)[number]; date: string; date_precision: DatePrecision;
  end_date: string | null; place: string | null; participants: string; url: string | null;
  source_entries: string; summary: string; note: string | null;
}

function shape(row: ActivityRow, links: Links | undefined) {
  return {
    id: row.id,
    title: row.title,
    aliases: parseList(row.aliases),
    type: row.type,
    date: row.date,
    date_precision: row.date_precision,
    end_date: row.end_date,
    place: row.place,
    participants: parseList(row.participants),
    organizations: links?.organizations ?? [],
    threats: links?.threats ?? [],
    phases: links?.phases ?? [],
    url: row.url,
    source_entries: parseList<number>(row.source_entries),
    summary: row.summary,
    note: row.note,
  };
}
export type ActivitySummary = ReturnType<typeof shape>;

export function composeActivities(store: Store, ids: string[]): ActivitySummary[] {
  const links = linksOf(store, 'activity', ids);
  return rowsOf<ActivityRow>(store, 'activity', ids).map((row) => shape(row, links.get(row.id)));
}

export function composeActivityDetail(store: Store, id: string) {
  const [activity] = composeActivities(store, [id]);
  if (!activity) throw notFound('activity', id);
  return { ...activity, citations: citationsOf(store, 'activity', id) };
}
