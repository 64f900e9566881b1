/**
 * Each kind of record occupies its own range of rowids in the search index, so that limiting a
 * search to a kind is a rowid range, which FTS5 applies inside its index, instead of reading the
 * unindexed kind column of every match.
 */
export const SEARCH_ROWID_BASE = { document: 1_000_000_000, meeting: 2_000_000_000, activity: 3_000_000_000, organization: 4_000_000_000 } as const;
export type SearchRowidKind = keyof typeof SEARCH_ROWID_BASE;
const RANGE = 1_000_000_000;

export function isSearchRowidOf(kind: SearchRowidKind, rowid: number): boolean {
  return rowid >= SEARCH_ROWID_BASE[kind] && rowid < SEARCH_ROWID_BASE[kind] + RANGE;
}

export function searchRowidCondition(kind: SearchRowidKind, column = 'rowid'): string {
  const base = SEARCH_ROWID_BASE[kind];
  return `${column} BETWEEN ${base} AND ${base + RANGE - 1}`;
}
