import { readFileSync } from 'node:fs';
import Converter from 'openapi-to-postmanv2';
import { writeOrCheck } from '../src/cli/write-or-check.js';

/**
 * `npm run postman`: the Postman collection, generated from the committed OpenAPI file: a folder
 * per tag, an example request per operation (optional parameters present but unticked), and a
 * `baseUrl` variable. The file only changes when the API does.
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

const collection = deterministic(await generateCollection(readFileSync('openapi/openapi.json', 'utf8'))) as { info: Record<string, unknown>; variable?: { key: string; value: string }[] };
collection.variable = [{ key: 'baseUrl', value: 'http://localhost:3000' }];
writeOrCheck(COLLECTION_PATH, `${JSON.stringify(collection, null, 2)}\n`, 'npm run postman');
