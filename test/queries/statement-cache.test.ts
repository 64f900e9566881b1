import { describe, expect, it } from 'vitest';
import { composeDocuments } from '../../src/queries/documents.js';
import { listRecordIds } from '../../src/queries/record-list.js';
import { useSmallStore } from '../helpers/small-store.js';

const small = useSmallStore('statement-cache');

describe('statement cache', () => {
  it('prepares one statement per SQL text and reuses it', () => {
    const { store } = small;
    const first = store.statement<{ n: number }>('SELECT count(*) AS n FROM documents');
    expect(store.statement('SELECT count(*) AS n FROM documents')).toBe(first);
    expect(store.statement('SELECT count(*) AS n FROM meetings')).not.toBe(first);
    expect(first.get()!.n).toBe(8);
  });

  it('keeps the page-strategy count and the row fetch of a kind apart (they once shared the key rows|kind)', () => {
    const { store } = small;
    // A page counts the rows of the table first (to choose its strategy); composing documents then reads rows.
    const page = listRecordIds(store, 'document', { filters: {}, limit: 50, sort: 'date' });
    const documents = composeDocuments(store, page.ids);
    expect(documents.map((d) => d.id)).toEqual(page.ids);
    expect(documents.every((d) => typeof d.title === 'string' && d.title.length > 0)).toBe(true);
  });
});
