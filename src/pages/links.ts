/** URLs of the pages and of the /v1 resources behind them, built from the current query. */
export type Params = Record<string, string | number | undefined>;

export const PLURAL = { document: 'documents', meeting: 'meetings', activity: 'activities', organization: 'organizations' } as const;
export type LinkedKind = keyof typeof PLURAL;

export function hrefWith(path: string, params: Params): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** The link a facet value carries: it selects the value, or removes it when already selected (a toggle). */
export function toggleHref(path: string, current: Params, name: string, value: string): string {
  const { cursor: _, ...rest } = current;
  return hrefWith(path, { ...rest, [name]: String(current[name]) === value ? undefined : value });
}

export function recordHref(kind: LinkedKind, id: string): string {
  return `/${PLURAL[kind]}/${encodeURIComponent(id)}`;
}
