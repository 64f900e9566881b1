import type { SeedSourceFile } from './seed-files.js';
import { rawRecords, type RawRecord } from './seed-records.js';

/** What a reviewer of a curation pull request reads first: which records changed, and how. */
export interface RecordChange {
  change: 'added' | 'removed' | 'changed';
  label: string;
  /** Where the record is now (or was, when removed), as file:line. */
  at: string;
  movedFrom?: string;
  fields: FieldChange[];
}

export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

export function diffSeeds(before: SeedSourceFile[], after: SeedSourceFile[]): RecordChange[] {
  const index = (files: SeedSourceFile[]) => new Map(files.flatMap(rawRecords).map((r) => [`${r.section}\0${r.key}`, r]));
  const old = index(before);
  const now = index(after);
  const changes: RecordChange[] = [];
  for (const [key, record] of now) {
    const previous = old.get(key);
    if (!previous) {
      changes.push({ change: 'added', label: record.label, at: where(record), fields: fieldChanges(undefined, record.value) });
      continue;
    }
    const fields = fieldChanges(previous.value, record.value);
    const movedFrom = previous.file.path !== record.file.path ? previous.file.path : undefined;
    if (fields.length || movedFrom) changes.push({ change: 'changed', label: record.label, at: where(record), movedFrom, fields });
  }
  for (const [key, record] of old) {
    if (!now.has(key)) changes.push({ change: 'removed', label: record.label, at: where(record), fields: [] });
  }
  return changes.sort((a, b) => a.at.localeCompare(b.at, undefined, { numeric: true }));
}

function where(record: RawRecord): string {
  return `${record.file.path}:${record.file.lineOf([record.section, record.index])}`;
}

/** Field by field; lists of records (citations, sources) item by item, lists of ids as a whole. */
function fieldChanges(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isPlainObject(before) || isPlainObject(after)) {
    const b = isPlainObject(before) ? before : {};
    const a = isPlainObject(after) ? after : {};
    if (path && (!isPlainObject(before) || !isPlainObject(after))) return [{ field: path, before, after }];
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => fieldChanges(b[key], a[key], path ? `${path}.${key}` : key));
  }
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].some(isPlainObject)) {
    return Array.from({ length: Math.max(before.length, after.length) }, (_, i) => fieldChanges(before[i], after[i], `${path}[${i}]`)).flat();
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: path, before, after }];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

export function formatSeedDiff(changes: RecordChange[], base: string): string {
  const count = (kind: RecordChange['change']) => changes.filter((c) => c.change === kind).length;
  const lines = [`Seed changes against ${base}: ${count('added')} added, ${count('removed')} removed, ${count('changed')} changed`];
  const sign = { added: '+', removed: '-', changed: '~' } as const;
  for (const change of changes) {
    lines.push('', `${sign[change.change]} ${change.label} ${change.change}${change.movedFrom ? ` (moved from ${change.movedFrom})` : ''}  ${change.at}`);
    for (const field of change.fields) {
      if (change.change === 'added') lines.push(`    ${field.field}: ${show(field.after)}`);
      else if (field.before === undefined) lines.push(`    ${field.field}: added ${show(field.after)}`);
      else if (field.after === undefined) lines.push(`    ${field.field}: removed (was ${show(field.before)})`);
      else lines.push(`    ${field.field}: ${show(field.before)} → ${show(field.after)}`);
    }
  }
  return lines.join('\n');
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value.replace(/\s+/g, ' ').trim()) : compact(value);
  return text.length > 240 ? `${text.slice(0, 239)}…` : text;
}

function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (isPlainObject(value)) return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${compact(v)}`).join(', ')} }`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
