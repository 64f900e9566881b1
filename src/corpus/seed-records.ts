import { SEED_SECTIONS } from './seed-schema.js';
import type { SeedSourceFile } from './seed-files.js';

/**
 * The records of a seed file as the curator wrote them (before any schema), each with a key
 * that names it across versions and a label for messages: `document "sco-charter-2002"`.
 */
export interface RawRecord {
  section: string;
  index: number;
  key: string;
  label: string;
  file: SeedSourceFile;
  value: Record<string, unknown>;
}

const SINGULAR: Record<string, string> = {
  organizations: 'organization', memberships: 'membership', phases: 'phase', threats: 'threat',
  characterizations: 'characterization', documents: 'document', meetings: 'meeting',
  activities: 'activity', series: 'series',
};

/** Records without an id are named by the fields that tell them apart. */
const NATURAL_KEYS: Record<string, string[]> = {
  memberships: ['organization', 'state', 'status', 'from'],
  characterizations: ['organization', 'threat'],
};

export function singular(section: string): string {
  return SINGULAR[section] ?? section;
}

export function recordKey(section: string, value: unknown, index: number): string {
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  if (typeof record.id === 'string') return record.id;
  const natural = NATURAL_KEYS[section];
  if (natural && natural.every((field) => record[field] !== undefined)) return natural.map((field) => String(record[field])).join('/');
  return `#${index + 1}`;
}

export function recordLabel(section: string, value: unknown, index: number): string {
  const key = recordKey(section, value, index);
  return key.startsWith('#') ? `${singular(section)} ${key}` : `${singular(section)} "${key}"`;
}

export function rawRecords(file: SeedSourceFile): RawRecord[] {
  const data = file.data as Record<string, unknown> | undefined;
  if (!data || typeof data !== 'object') return [];
  const sections = [...SEED_SECTIONS, ...Object.keys(data).filter((s) => !(SEED_SECTIONS as readonly string[]).includes(s))];
  return sections.flatMap((section) => {
    const list = data[section];
    if (!Array.isArray(list)) return [];
    return list.map((value, index) => ({
      section, index, file,
      key: recordKey(section, value, index),
      label: recordLabel(section, value, index),
      value: (value && typeof value === 'object' ? value : {}) as Record<string, unknown>,
    }));
  });
}

/** The same record written the same way, whatever the order of its fields. */
export function recordSignature(section: string, value: unknown): string {
  return `${section}\0${canonicalJson(value)}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Ids a file would define, read from its text: used when the file does not parse as YAML. */
export function idsInText(text: string): Set<string> {
  return new Set([...text.matchAll(/^[\s-]*id:\s*["']?([A-Za-z0-9][\w-]*)["']?\s*$/gm)].map((m) => m[1]!));
}
