import type { Store } from '../db/store.js';
import type { DatePrecision, DocumentType } from '../domain/vocabulary.js';
import { notFound } from '../errors.js';
import { citationsOf, linksOf, parseList, rowsOf, type Links } from './record-rows.js';

interface DocumentRow {
  id: string; title: string; abbreviation: string | null; aliases: string; type: DocumentType;
  date: string; date_precision: DatePrecision; year: number; period_from: number | null; period_to: number | null;
  place: string | null; adopted_at: string | null; url: string | null; source_entries: string;
  summary: string; note: string | null;
}

function shape(row: DocumentRow, links: Links | undefined) {
  return {
    id: row.id,
    title: row.title,
    abbreviation: row.abbreviation,
    aliases: parseList(row.aliases),
    type: row.type,
    date: row.date,
    date_precision: row.date_precision,
    period: row.period_from !== null && row.period_to !== null ? { from: row.period_from, to: row.period_to } : null,
    place: row.place,
    adopted_at: row.adopted_at,
    organizations: links?.organizations ?? [],
    threats: links?.threats ?? [],
    phases: links?.phases ?? [],
    url: row.url,
    source_entries: parseList<number>(row.source_entries),
    summary: row.summary,
    note: row.note,
  };
}
export type DocumentSummary = ReturnType<typeof shape>;

/** Documents composed from the normalized tables (at build time; requests read record_json). */
export function composeDocuments(store: Store, ids: string[]): DocumentSummary[] {
  const links = linksOf(store, 'document', ids);
  return rowsOf<DocumentRow>(store, 'document', ids).map((row) => shape(row, links.get(row.id)));
}

export function composeDocumentDetail(store: Store, id: string) {
  const [document] = composeDocuments(store, [id]);
  if (!document) throw notFound('document', id);
  return {
    ...document,
    adopting_meeting: document.adopted_at ? meetingBrief(store, document.adopted_at) : null,
    relations: relationsOf(store, id),
    citations: citationsOf(store, 'document', id),
  };
}

export function meetingBrief(store: Store, id: string) {
  return store.statement('meeting-brief', () =>
    'SELECT id, title, date, date_precision, place FROM meetings WHERE id = @id').get({ id }) as
    { id: string; title: string; date: string; date_precision: string; place: string | null } | undefined ?? null;
}

/** Typed relations in both directions: outgoing as written in the seed, incoming from other documents. */
export function relationsOf(store: Store, id: string) {
  return store.statement('relations', () =>
    `SELECT dr.type, 'outgoing' AS direction, d.id, d.title, d.type AS document_type, d.date
       FROM document_relations dr JOIN documents d ON d.id = dr.target_id WHERE dr.source_id = @id
     UNION ALL
     SELECT dr.type, 'incoming' AS direction, d.id, d.title, d.type AS document_type, d.date
       FROM document_relations dr JOIN documents d ON d.id = dr.source_id WHERE dr.target_id = @id
     ORDER BY direction DESC, date, id`,
  ).all({ id }) as { type: string; direction: 'outgoing' | 'incoming'; id: string; title: string; document_type: string; date: string }[];
}
