import type { Store } from '../db/store.js';
import type { DocumentType } from '../domain/vocabulary.js';
import { notFound } from '../errors.js';
import { citationsOf, datedRecordFields, linksOf, rowsOf, type DatedRow, type Links } from './record-rows.js';

interface DocumentRow extends DatedRow {
  abbreviation: string | null; type: DocumentType; period_from: number | null; period_to: number | null; adopted_at: string | null;
}

function shape(row: DocumentRow, links: Links | undefined) {
  return {
    ...datedRecordFields(row, links),
    abbreviation: row.abbreviation,
    type: row.type,
    period: row.period_from !== null && row.period_to !== null ? { from: row.period_from, to: row.period_to } : null,
    adopted_at: row.adopted_at,
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
  return store.statement<{ id: string; title: string; date: string; date_precision: string; place: string | null }>(
    'SELECT id, title, date, date_precision, place FROM meetings WHERE id = @id').get({ id }) ?? null;
}

/** Typed relations in both directions: outgoing as written in the seed, incoming from other documents. */
export function relationsOf(store: Store, id: string) {
  return store.statement<{ type: string; direction: 'outgoing' | 'incoming'; id: string; title: string; document_type: string; date: string }>(`SELECT dr.type, 'outgoing' AS direction, d.id, d.title, d.type AS document_type, d.date
       FROM document_relations dr JOIN documents d ON d.id = dr.target_id WHERE dr.source_id = @id
     UNION ALL
     SELECT dr.type, 'incoming' AS direction, d.id, d.title, d.type AS document_type, d.date
       FROM document_relations dr JOIN documents d ON d.id = dr.source_id WHERE dr.target_id = @id
     ORDER BY direction DESC, date, id`,
  ).all({ id });
}
