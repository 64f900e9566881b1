import type { SeedDocument } from '../src/corpus/seed-schema.js';
import type { Located, SeedCorpus } from '../src/corpus/validate-seed.js';
import { DOCUMENT_TYPES } from '../src/domain/vocabulary.js';

const WORDS = ['regional', 'security', 'cooperation', 'terrorism', 'extremism', 'separatism', 'narcotic', 'drugs', 'trafficking',
  'persons', 'border', 'maritime', 'cyber', 'financing', 'intelligence', 'exchange', 'capacity', 'building', 'declaration',
  'framework', 'mechanism', 'consultation', 'strategy', 'prevention', 'enforcement', 'migration', 'precursors', 'ministers'];

/** A deterministic pseudo-random sequence, so every run builds the same synthetic corpus. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/** The real corpus plus `count` generated documents spread over the organizations, threats and years. */
export function syntheticCorpus(base: SeedCorpus, count: number): SeedCorpus {
  const next = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  // Most words come from a large pool of made-up ones, so that a domain word such as "terrorism"
  // occurs in about one document in ten, as real text would have it, not in every one.
  const pool = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}${'aeiou'[i % 5]}`);
  const word = () => (next() < 0.1 ? pick(WORDS) : pick(pool));
  const organizations = ['sco', 'asean', 'rats', 'arf', 'admm', 'un'].filter((id) => base.organizations.some((o) => o.record.id === id));
  const threats = base.threats.map((t) => t.record.id);
  const file = base.documents[0]!.file;
  const documents: Located<SeedDocument>[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2001 + Math.floor(next() * 22);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const title = Array.from({ length: 6 }, word).join(' ');
    documents.push({
      file,
      path: ['documents', i],
      record: {
        id: `synthetic-${i}`,
        title: `Synthetic ${title}`,
        aliases: [],
        type: pick(DOCUMENT_TYPES),
        date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        date_precision: 'day',
        organizations: [{ id: pick(organizations), role: 'issuer' }],
        threats: [pick(threats)],
        relations: [],
        source_entries: [],
        summary: Array.from({ length: 30 }, word).join(' '),
        sources: [],
      citations: [{ section: '1.1', footnotes: [], quote: title }],
      },
    });
  }
  return { ...base, documents: [...base.documents, ...documents] };
}
