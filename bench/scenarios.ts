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

const DAY = 86_400_000;
const dayOf = (n: number) => new Date(Date.UTC(2001, 0, 1) + n * DAY).toISOString().slice(0, 10);
/** The n-th of a sequence of distinct date ranges within 2001–2022. */
const rangeOf = (n: number) => ({ from: dayOf(n % 3000), to: dayOf(8000 - Math.floor(n / 3000)) });
let sequence = 0;

function scenario(name: string, key: string, sample: string, unseenPath: (n: number) => string, p99GoalMs: number, unseen: boolean): Scenario {
  return { name, key, sample, p99GoalMs, nextPath: () => (unseen ? () => unseenPath(sequence++) : () => sample) };
}

export function scenarios(syntheticCount: number, unseen: boolean): Scenario[] {
  const orgs = ['sco', 'asean'];
  const threats = ['terrorism', 'drugs', 'trafficking'];
  return [
    scenario('filtered list (org+threat+years)', 'list', '/v1/documents?org=sco&threat=terrorism&from=2005&to=2020&limit=20', (n) => {
      const { from, to } = rangeOf(n);
      return `/v1/documents?org=${orgs[n % 2]}&threat=${threats[n % 3]}&from=${from}&to=${to}&limit=20`;
    }, 10, unseen),
    scenario('search', 'search', '/v1/search?q=terrorism&limit=20', (n) => `/v1/search?q=${threats[n % 3]}&from=${rangeOf(n).from}&limit=20`, 25, unseen),
    scenario('list with facets', 'facets', '/v1/documents?facets=org,threat,phase,type,year&limit=20', (n) => {
      const { from, to } = rangeOf(n);
      return `/v1/documents?facets=org,threat,phase,type,year&from=${from}&to=${to}&limit=20`;
    }, 10, unseen),
    scenario('document by id', 'by-id', syntheticCount ? `/v1/documents/synthetic-${Math.floor(syntheticCount / 2)}` : '/v1/documents/sco-charter-2002',
      (n) => (syntheticCount ? `/v1/documents/synthetic-${(n * 7919) % syntheticCount}` : '/v1/documents/sco-charter-2002'), 10, unseen),
  ];
}
