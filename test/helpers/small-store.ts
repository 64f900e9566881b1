import { afterAll, beforeAll } from 'vitest';
import { writeDatabase } from '../../src/corpus/build-database.js';
import { listSeedFiles } from '../../src/corpus/seed-files.js';
import { validateSeedFiles, type SeedCorpus } from '../../src/corpus/validate-seed.js';
import { openStore, type Store } from '../../src/db/store.js';
import { MIGRATIONS_DIR, ROOT, SEED_DIR } from './paths.js';

/**
 * A store over a few real records: the taxonomy in full, the first meetings, the documents they
 * adopted or that stand alone, and two activities. Small enough to know every answer by heart.
 */
export function smallCorpus(corpus: SeedCorpus): SeedCorpus {
  const meetings = corpus.meetings.slice(0, 4);
  const meetingIds = new Set(meetings.map((m) => m.record.id));
  const documents = corpus.documents
    .filter((d) => d.record.adopted_at === undefined || meetingIds.has(d.record.adopted_at))
    .slice(0, 8);
  const documentIds = new Set(documents.map((d) => d.record.id));
  return {
    ...corpus,
    meetings,
    documents: documents.map((d) => ({ ...d, record: { ...d.record, relations: d.record.relations.filter((r) => documentIds.has(r.target)) } })),
    activities: corpus.activities.slice(0, 2),
  };
}

/** Opens a fresh small store per test file (one file, one database: nothing shared). */
export function useSmallStore(name: string) {
  const holder: { store?: Store } = {};
  beforeAll(() => {
    const { corpus, issues } = validateSeedFiles(listSeedFiles(SEED_DIR));
    if (issues.length) throw new Error(`seed has ${issues.length} problems`);
    const outFile = `${ROOT}/.tmp/test/small-${name}.sqlite`;
    writeDatabase(smallCorpus(corpus), 'small', { migrationsDir: MIGRATIONS_DIR, outFile });
    holder.store = openStore(outFile);
  });
  afterAll(() => holder.store?.close());
  return {
    get store() {
      if (!holder.store) throw new Error('store not open yet');
      return holder.store;
    },
  };
}
