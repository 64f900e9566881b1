import type Database from 'better-sqlite3';
import { z } from 'zod';
import { RECORD_KINDS, type RecordKind } from '../db/schema.js';
import { createStore, type Store } from '../db/store.js';
import { composeActivities, composeActivityDetail } from '../queries/activities.js';
import { composeDocumentDetail, composeDocuments } from '../queries/documents.js';
import { composeMeetingDetail, composeMeetings } from '../queries/meetings.js';
import {
  activityDetailSchema, activitySchema, documentDetailSchema, documentSchema, meetingDetailSchema, meetingSchema,
} from '../schemas/records.js';
import { TABLE_OF } from '../queries/record-filters.js';
import { every } from './progress.js';

interface Composer {
  items: (store: Store, ids: string[]) => { id: string }[];
  detail: (store: Store, id: string) => unknown;
  itemSchema: z.ZodType;
  detailSchema: z.ZodType;
}

const COMPOSERS: Record<RecordKind, Composer> = {
  document: { items: composeDocuments, detail: composeDocumentDetail, itemSchema: documentSchema, detailSchema: documentDetailSchema },
  meeting: { items: composeMeetings, detail: composeMeetingDetail, itemSchema: meetingSchema, detailSchema: meetingDetailSchema },
  activity: { items: composeActivities, detail: composeActivityDetail, itemSchema: activitySchema, detailSchema: activityDetailSchema },
};

/**
 * Writes every record's list item and detail into record_json, each encoded through its response
 * schema: a record that does not fit the API contract fails the build, not a request.
 */
export function materializeRecordJson(sqlite: Database.Database, log: (line: string) => void = () => {}) {
  const store = createStore(sqlite);
  const insert = sqlite.prepare('INSERT INTO record_json (kind, id, item, detail) VALUES (?, ?, ?, ?)');
  for (const kind of RECORD_KINDS) {
    const composer = COMPOSERS[kind];
    const ids = (sqlite.prepare(`SELECT id FROM ${TABLE_OF[kind]} ORDER BY id`).all() as { id: string }[]).map((r) => r.id);
    for (let i = 0; i < ids.length; i += 500) {
      every(i, ids.length, (done) => log(`${kind} JSON: ${done} of ${ids.length}`));
      for (const item of composer.items(store, ids.slice(i, i + 500))) {
        const detail = composer.detail(store, item.id);
        insert.run(kind, item.id, JSON.stringify(z.encode(composer.itemSchema, item)), JSON.stringify(z.encode(composer.detailSchema, detail)));
      }
    }
  }
}
