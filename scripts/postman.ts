import { readFileSync } from 'node:fs';
import Converter from 'openapi-to-postmanv2';
import { writeOrCheck } from '../src/cli/write-or-check.js';

/**
 * `npm run postman`: the Postman collection, generated from the committed OpenAPI file: a folder
 * per tag, an example request per operation (optional parameters present but unticked) with tests
 * of its status and body, and a `baseUrl` variable. The file only changes when the API does.
 */
export const COLLECTION_PATH = 'openapi/postman-collection.json';

export function generateCollection(spec: string): Promise<object> {
  return new Promise((resolve, reject) => {
    Converter.convert(
      { type: 'string', data: spec },
      { folderStrategy: 'Tags', requestParametersResolution: 'Example', exampleParametersResolution: 'Schema', enableOptionalParameters: false, includeAuthInfoInExample: false },
      (error, result) => {
        if (error) return reject(new Error(error.message));
        const output = result?.result ? result.output?.[0] : undefined;
        if (!output) return reject(new Error(`conversion failed: ${result && !result.result ? result.reason : 'no output'}`));
        resolve(output.data);
      },
    );
  });
}

/**
 * Drops what the converter makes up afresh on each run: generated ids, and the saved example
 * responses it fills with random values. The requests themselves carry the OpenAPI examples.
 */
function deterministic(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(deterministic);
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key]) => key !== 'id' && key !== '_postman_id' && key !== 'response')
    .map(([key, v]) => [key, deterministic(v)]);
  return Object.fromEntries(entries);
}

interface OpenApi {
  paths: Record<string, Record<string, {
    parameters?: { name: string; in: string; example?: unknown }[];
    responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
  }>>;
  components: { schemas: Record<string, unknown> };
}
interface Item { name: string; item?: Item[]; request?: { method: string; url: { path: string[]; query?: { key: string; value: string }[] } }; event?: unknown[] }

/** A schema with every $ref to a component replaced by the component, so a test can carry it whole. */
function inline(schema: unknown, components: Record<string, unknown>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => inline(s, components));
  if (!schema || typeof schema !== 'object') return schema;
  const ref = (schema as { $ref?: string }).$ref;
  if (ref) return inline(components[ref.replace('#/components/schemas/', '')], components);
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, inline(v, components)]));
}

/**
 * A test script per request: the status the OpenAPI document promises (200), and for JSON answers
 * the body checked against the operation's response schema, so that a run against the wrong
 * server, or a server that breaks its contract, fails.
 */
function operationOf(spec: OpenApi, method: string, path: string[]) {
  const openapiPath = `/${path.map((segment) => segment.replace(/^:(.+)$/, '{$1}')).join('/')}`;
  const operation = spec.paths[openapiPath]?.[method.toLowerCase()];
  if (!operation) throw new Error(`no operation ${method} ${openapiPath} in the OpenAPI document`);
  return operation;
}

function testScript(spec: OpenApi, method: string, path: string[]): unknown[] {
  const operation = operationOf(spec, method, path);
  const json = operation.responses['200']?.content?.['application/json']?.schema;
  const exec = [
    "pm.test('answers 200', function () { pm.response.to.have.status(200); });",
    ...(json ? [
      `var schema = ${JSON.stringify(inline(json, spec.components.schemas))};`,
      "pm.test('body matches the OpenAPI response schema', function () { pm.response.to.have.jsonSchema(schema); });",
    ] : []),
  ];
  return [{ listen: 'test', script: { type: 'text/javascript', exec } }];
}

function withTests(items: Item[], spec: OpenApi): Item[] {
  return items.map((item) => (item.item
    ? { ...item, item: withTests(item.item, spec) }
    : { ...item, request: withExamples(spec, item.request!), event: testScript(spec, item.request!.method, item.request!.url.path) }));
}

/** Query values from the OpenAPI examples (the converter invents values for enum unions). */
function withExamples(spec: OpenApi, request: NonNullable<Item['request']>): NonNullable<Item['request']> {
  const examples = new Map((operationOf(spec, request.method, request.url.path).parameters ?? [])
    .filter((p) => p.in === 'query' && p.example !== undefined).map((p) => [p.name, String(p.example)]));
  const query = request.url.query?.map((q) => (examples.has(q.key) ? { ...q, value: examples.get(q.key)! } : q));
  return { ...request, url: { ...request.url, ...(query ? { query } : {}) } };
}

const specText = readFileSync('openapi/openapi.json', 'utf8');
const collection = deterministic(await generateCollection(specText)) as { info: Record<string, unknown>; item: Item[]; variable?: { key: string; value: string }[] };
collection.item = withTests(collection.item, JSON.parse(specText) as OpenApi);
collection.variable = [{ key: 'baseUrl', value: 'http://localhost:3000' }];
writeOrCheck(COLLECTION_PATH, `${JSON.stringify(collection, null, 2)}\n`, 'npm run postman');
