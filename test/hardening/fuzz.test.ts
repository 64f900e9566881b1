import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useApp } from '../helpers/app.js';
import { ROOT } from '../helpers/paths.js';

/**
 * Property: whatever a client sends to any route of the OpenAPI document, the answer is never a
 * 5xx, every 4xx is problem+json, and the server still answers normally afterwards.
 */
const api = useApp();

interface Parameter { name: string; in: 'query' | 'path'; schema: { type?: string; enum?: string[]; minimum?: number; maximum?: number; anyOf?: unknown[] } }
interface Operation { path: string; parameters: Parameter[] }

const spec = JSON.parse(readFileSync(`${ROOT}/openapi/openapi.json`, 'utf8')) as { paths: Record<string, { get?: { parameters?: Parameter[] } }> };
const operations: Operation[] = Object.entries(spec.paths).flatMap(([path, item]) => item.get ? [{ path, parameters: item.get.parameters ?? [] }] : []);

const KNOWN_IDS = ['sco', 'asean', 'rats', 'sco-charter-2002', 'asean-acct-2007', 'asean-summit-12', 'coalition-2003', 'terrorism', 'sco-expansion', 'drugs'];
const HOSTILE = [
  '"', '"unbalanced', '""', 'AND', 'OR', 'NOT', 'NEAR(a b)', 'a NEAR/2 b', '*', '**', '^start', 'title:charter', '{title}: x', '(', ')', '-', '+',
  "'; DROP TABLE documents; --", "1' OR '1'='1", '1 UNION SELECT * FROM sqlite_master', 'sqlite_master', '%', '_', '\\', '\u0000', 'a\u0000b', '\u0001\u0002\u001f',
  '\r\n', '\ud800', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '-1', '0', '0.5', '1.5', '1e309', 'NaN', 'Infinity', '-0',
  '99999999999999999999', '2022-02-30', '2022-13-01', '0000-00-00', '2022-1-1', '20220101', 'null', 'undefined', 'true', '[]', '{}', '[object Object]',
  '../../etc/passwd', 'https://evil.example/', '<script>alert(1)</script>', 'x'.repeat(300), 'y'.repeat(3000), 'é', '中文', '🙂', 'ﬀ', 'İ',
];
const RAW_ENCODINGS = ['%E0%A4%A', '%FF', '%', '%zz', '%00', '%C0%AF', '%ED%A0%80', '%2e%2e%2f', '%25', '%0A', '%22'];

const textValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 2, arbitrary: fc.constantFrom(...KNOWN_IDS) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 2 }).map((j) => Buffer.from(j).toString('base64url')) },
  { weight: 1, arbitrary: fc.tuple(fc.record({ s: fc.constantFrom('date', '-date', 'title', 'relevance', 'timeline'), k: fc.string(), i: fc.string(), o: fc.integer() }), fc.nat(80))
    .map(([cursor, cut]) => Buffer.from(JSON.stringify(cursor)).toString('base64url').slice(0, cut)) },
);

function validValue(parameter: Parameter): fc.Arbitrary<string> {
  const schema = parameter.schema;
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.type === 'integer' || schema.type === 'number') return fc.integer({ min: schema.minimum ?? 1, max: Math.min(schema.maximum ?? 500, 2100) }).map(String);
  if (parameter.name === 'format') return fc.constantFrom('json', 'csv', 'ndjson', 'bibtex', 'ris', 'csl-json');
  if (parameter.name === 'facets') return fc.subarray(['org', 'threat', 'phase', 'type', 'year', 'kind']).map((f) => f.join(','));
  if (parameter.name === 'from' || parameter.name === 'to' || parameter.name === 'on') return fc.constantFrom('2001', '2005-04', '2017-06-09', '2022-12-31');
  return fc.constantFrom(...KNOWN_IDS, 'trafficking', 'drug-free', 'ACCT');
}

/** Percent-encodes the UTF-8 bytes of a string (a lone surrogate becomes U+FFFD, as a client would send). */
const percentEncode = (value: string) => [...Buffer.from(value, 'utf8')].map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
const encode = (value: string) => fc.constantFrom<(v: string) => string>(percentEncode, (v) => v.replace(/[#&?= %\u0000-\u001f]/g, percentEncode)).map((f) => f(value));

const request = fc.constantFrom(...operations).chain((operation) => {
  const pathValues = operation.parameters.filter((p) => p.in === 'path').map((p) =>
    fc.oneof(validValue(p), textValue, fc.constantFrom(...RAW_ENCODINGS)).chain((v) => (RAW_ENCODINGS.includes(v) ? fc.constant(v) : fc.constant(percentEncode(v) || 'x'))));
  const queryPairs = operation.parameters.filter((p) => p.in === 'query').map((p) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant<string[]>([]) },
      { weight: 3, arbitrary: validValue(p).chain(encode).map((v) => [`${p.name}=${v}`]) },
      { weight: 3, arbitrary: textValue.chain(encode).map((v) => [`${p.name}=${v}`]) },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_ENCODINGS).map((v) => [`${p.name}=${v}`]) },
      { weight: 1, arbitrary: fc.tuple(validValue(p), textValue).map(([a, b]) => [`${p.name}=${percentEncode(a)}`, `${p.name}=${percentEncode(b)}`]) },
      { weight: 1, arbitrary: fc.constant([`${p.name}`, `${p.name}[]=x`]) },
    ));
  const extra = fc.subarray(['__proto__=x', '__proto__[polluted]=1', 'constructor[prototype][x]=1', 'toString=1', 'unknown=1', '&&&', '=', 'a=b=c']);
  return fc.record({
    path: fc.tuple(...pathValues).map((values) => { let i = 0; return operation.path.replace(/\{[^}]+\}/g, () => values[i++] ?? 'x'); }),
    query: fc.tuple(fc.tuple(...queryPairs), extra).map(([pairs, more]) => [...pairs.flat(), ...more]),
    method: fc.constantFrom('GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'),
    accept: fc.oneof(
      { weight: 6, arbitrary: fc.constant(undefined) },
      { weight: 4, arbitrary: fc.constantFrom(undefined, '*/*', 'application/json', 'text/csv', 'application/x-ndjson', 'image/png', 'text/html;q=0.9', '', ';;;', 'application/*') },
    ),
  });
});

describe('hostile and generated requests across every route', () => {
  it('covers every GET operation of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
  });

  it('never answers 5xx, always answers 4xx as problem+json, and keeps serving', async () => {
    let sent = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async ({ path, query, method, accept }) => {
        const url = query.length ? `${path}?${query.join('&')}` : path;
        const res = await api.app.inject({ method: method as 'GET', url, headers: accept === undefined ? {} : { accept } });
        sent++;
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        expect(res.statusCode, url).toBeLessThan(500);
        if (res.statusCode >= 400 && method !== 'HEAD') {
          expect(res.headers['content-type'], url).toMatch(/^application\/problem\+json/);
          const body = res.json() as Record<string, unknown>;
          expect(body, url).toMatchObject({ type: expect.any(String), title: expect.any(String), status: res.statusCode, detail: expect.any(String) });
          expect(res.body, url).not.toMatch(/SQLITE_|\bat \S+\.(?:ts|js):\d+|\/work\/|node_modules/);
        }
      }),
      { numRuns: 10_000, seed: Number(process.env.FUZZ_SEED ?? 20261129) },
    );
    expect(sent).toBeGreaterThanOrEqual(10_000);
    if (process.env.FUZZ_VERBOSE) console.log(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])));
    expect([...statuses.keys()].some((s) => s >= 200 && s < 300)).toBe(true);
    expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
    const after = await api.app.inject('/v1/documents?org=sco&threat=terrorism&limit=5');
    expect(after.statusCode).toBe(200);
    expect(after.json().data).toHaveLength(5);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 240_000);
});
