import type { FastifyInstance } from 'fastify';
import { organizations } from './data.js';
import type { Series } from './charts.js';

/** The SCO and ASEAN with their bodies, and everything else: how the charts group organizations. */
export const ORG_SERIES: Series[] = [
  { key: 'sco', label: 'SCO (with its bodies)' },
  { key: 'asean', label: 'ASEAN (with its bodies)' },
  { key: 'other', label: 'Other organizations' },
];

/** For each organization id, the chart series it counts in (through its parents). */
export function seriesOfOrganizations(app: FastifyInstance): (ids: string[]) => string[] {
  const parent = new Map(organizations(app).map((o) => [o.id, o.parent]));
  const rootOf = (id: string): string => {
    let current = id;
    for (let depth = 0; depth < 10; depth++) {
      const up = parent.get(current);
      if (!up) return current;
      current = up;
    }
    return current;
  };
  return (ids) => {
    const roots = new Set(ids.map(rootOf).map((root) => (root === 'sco' || root === 'asean' ? root : 'other')));
    if (roots.size > 1) roots.delete('other');
    return roots.size ? [...roots] : ['other'];
  };
}
