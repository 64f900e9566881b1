/**
 * The filter grammar shared by every list, search, timeline, facet, citation and comparison
 * endpoint: a comma-separated list means OR, a leading `!` means NOT.
 *   threat=drugs,trafficking   records on drugs or on trafficking
 *   org=!asean                 records not of ASEAN (nor of its bodies)
 *   threat=terrorism,!extremism  on terrorism but not on extremism
 * A record matches when it has one of the plain values (if any are given) and none of the `!` ones.
 */
export interface ValueSet<T> {
  any: T[];
  none: T[];
}

export const MAX_LIST_VALUES = 50;

/** Splits "a,!b" into its plain and negated values, trimmed and without repeats. */
export function splitValueList(raw: string): { any: string[]; none: string[] } {
  const any = new Set<string>();
  const none = new Set<string>();
  for (const part of raw.split(',')) {
    const value = part.trim();
    if (value.startsWith('!')) none.add(value.slice(1).trim());
    else any.add(value);
  }
  return { any: [...any], none: [...none] };
}

/** Whether a record holding `values` passes the set (for filters applied in JS). */
export function passes<T>(set: ValueSet<T> | undefined, values: readonly T[]): boolean {
  if (!set) return true;
  if (set.any.length && !set.any.some((v) => values.includes(v))) return false;
  return !set.none.some((v) => values.includes(v));
}
