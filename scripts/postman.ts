import { readFileSync } from 'node:fs';
import Converter from 'openapi-to-postmanv2';
import { writeOrCheck } from './check-or-write.js';

/**
 * `npm run postman`: the Postman collection, generated from the committed OpenAPI file: a folder
 * per tag, an example request per operation (optional parameters present but unticked), and a
 * `baseUrl` variable. Generated ids are replaced by ones derived from the request names, so the
 * file only changes when the API does.
 */
export const COLLECTION_PATH = 'openapi/postman-collection.json';

export function generateCollection(spec: string): Promise<object> {
  return new Promise((resolve, reject) => {
    Converter.convert(
      { type: 'string', data: spec },
      { folderStrategy: 'Tags', parametersResolution: 'Example', requestParametersResolution: 'Example', exampleParametersResolution: 'Example', enableOptionalParameters: false, includeAuthInfoInExample: false },
      (error, result) => {
        if (error) return reject(new Error(error.message));
        const output = result?.result ? result.output?.[0] : undefined;
        if (!output) return reject(new Error(`conversion failed: ${result && !result.result ? result.reason : 'no output'}`));
        resolve(output.data);
      },
    );
  });
}

function withStableIds(value: unknown, path = 'collection'): unknown {
  if (Array.isArray(value)) return value.map((item, i) => withStableIds(item, `${path}/${i}`));
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key]) => key !== 'id' && key !== '_postman_id')
    .map(([key, v]) => [key, withStableIds(v, `${path}/${key}`)]);
  return Object.fromEntries(entries);
}

const collection = withStableIds(await generateCollection(readFileSync('openapi/openapi.json', 'utf8'))) as { info: Record<string, unknown>; variable?: { key: string; value: string }[] };
collection.variable = [{ key: 'baseUrl', value: 'http://localhost:3000' }];
writeOrCheck(COLLECTION_PATH, `${JSON.stringify(collection, null, 2)}\n`, 'npm run postman');
