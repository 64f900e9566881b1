import { DOCUMENT_TYPES } from '../src/domain/vocabulary.js';

/** A benchmarked request: its path, or a new path for every request in the --unseen mode. */
export interface Scenario {
  name: string;
  key: string;
  /** The path whose answer is sent by the same-size ceiling. */
  sample: string;
  /** A source of paths for one run: the sample every time, or a new filter combination each call. */
  nextPath: () => () => string;
  p99GoalMs: number;
}

const ORGS = ['sco', 'asean', 'rats', 'arf', 'admm', 'un'];
const THREATS = ['terrorism', 'drugs', 'trafficking', 'separatism', 'extremism', 'transnational-crime'];
/**
 * The n-th of a sequence of distinct filter combinations: organization, threat and a range of
 * years, then a document type, so that a bounded run never asks for the same one twice.
 */
function combination(n: number) {
  const span = Math.floor(n / 36) % 253;
  const from = 2001 + (span % 22);
  const to = Math.min(2022, from + Math.floor(span / 22));
  const type = Math.floor(n / (36 * 253)) % DOCUMENT_TYPES.length;
  return { org: ORGS[n % 6]!, threat: THREATS[Math.floor(n / 6) % 6]!, from, to, type: n >= 36 * 253 ? `&type=${DOCUMENT_TYPES[type]}` : '' };
}
let sequence = 0;

function scenario(name: string, key: string, sample: string, unseenPath: (n: number) => string, p99GoalMs: number, unseen: boolean): Scenario {
  return { name, key, sample, p99GoalMs, nextPath: () => (unseen ? () => unseenPath(sequence++) : () => sample) };
}

export function scenarios(syntheticCount: number, unseen: boolean): Scenario[] {
  return [
    scenario('filtered list (org+threat+years)', 'list', '/v1/documents?org=sco&threat=terrorism&from=2005&to=2020&limit=20', (n) => {
      const c = combination(n);
      return `/v1/documents?org=${c.org}&threat=${c.threat}&from=${c.from}&to=${c.to}${c.type}&limit=20`;
    }, 10, unseen),
    scenario('search', 'search', '/v1/search?q=terrorism&limit=20', (n) => {
      const c = combination(n);
      return `/v1/search?q=${['terrorism', 'drugs', 'trafficking'][n % 3]}&from=${c.from}&to=${c.to}&limit=20`;
    }, 25, unseen),
    scenario('list with facets', 'facets', '/v1/documents?facets=org,threat,phase,type,year&limit=20', (n) => {
      const c = combination(n);
      return `/v1/documents?facets=org,threat,phase,type,year&threat=${c.threat}&from=${c.from}&to=${c.to}${c.type}&limit=20`;
    }, 10, unseen),
    scenario('document by id', 'by-id', syntheticCount ? `/v1/documents/synthetic-${Math.floor(syntheticCount / 2)}` : '/v1/documents/sco-charter-2002',
      (n) => (syntheticCount ? `/v1/documents/synthetic-${(n * 7919) % syntheticCount}` : '/v1/documents/sco-charter-2002'), 10, unseen),
  ];
}
