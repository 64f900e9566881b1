import { yearOf } from './partial-date.js';

export interface PhaseSpan {
  id: string;
  organizationId: string;
  startYear: number;
  endYear: number;
}

/**
 * The phases of a dated record, one per periodized organization it belongs to.
 *
 * Rule: a record falls in the latest phase of its organization that has started by the
 * record's year, provided the year is not past that phase's end. Neighbouring SCO phases share
 * their boundary years (2001–2005, 2005–2010, …), so a 2005 record is in the Expansion phase.
 * A record belongs to an organization when it is linked to it or to one of its bodies
 * (`organizationsOfRecord` is already expanded to ancestors). Records dated outside every
 * phase, or of organizations without phases, get none.
 */
export function phasesOf(date: string, organizationsOfRecord: Iterable<string>, phases: PhaseSpan[]): string[] {
  const year = yearOf(date);
  const result: string[] = [];
  for (const organizationId of new Set(organizationsOfRecord)) {
    const started = phases
      .filter((p) => p.organizationId === organizationId && p.startYear <= year)
      .sort((a, b) => b.startYear - a.startYear);
    const latest = started[0];
    if (latest && year <= latest.endYear) result.push(latest.id);
  }
  return result.sort();
}

/** Ancestors of every node of a parent-linked tree, the node itself first. */
export function ancestorsOf(id: string, parentOf: Map<string, string | undefined>): string[] {
  const chain: string[] = [];
  for (let current: string | undefined = id; current && !chain.includes(current); current = parentOf.get(current)) {
    chain.push(current);
  }
  return chain;
}
