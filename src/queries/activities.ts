import type { Store } from '../db/store.js';
import type { ACTIVITY_TYPES } from '../domain/vocabulary.js';
import { notFound } from '../errors.js';
import { citationsOf, datedRecordFields, linksOf, parseList, rowsOf, type DatedRow, type Links } from './record-rows.js';

interface ActivityRow extends DatedRow {
  type: (typeof ACTIVITY_TYPES)[number]; end_date: string | null; participants: string;
}

function shape(row: ActivityRow, links: Links | undefined) {
  return { ...datedRecordFields(row, links), type: row.type, end_date: row.end_date, participants: parseList(row.participants) };
}
export type ActivitySummary = ReturnType<typeof shape>;

/** Activities composed from the normalized tables (at build time; requests read record_json). */
export function composeActivities(store: Store, ids: string[]): ActivitySummary[] {
  const links = linksOf(store, 'activity', ids);
  return rowsOf<ActivityRow>(store, 'activity', ids).map((row) => shape(row, links.get(row.id)));
}

export function composeActivityDetail(store: Store, id: string) {
  const [activity] = composeActivities(store, [id]);
  if (!activity) throw notFound('activity', id);
  return { ...activity, citations: citationsOf(store, 'activity', id) };
}
