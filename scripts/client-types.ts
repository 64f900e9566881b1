import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync } from 'node:fs';
import { writeOrCheck } from '../src/cli/write-or-check.js';

/** `npm run client:types`: TypeScript types for client apps, generated from the OpenAPI file. */
const spec = JSON.parse(readFileSync('openapi/openapi.json', 'utf8'));
const ast = await openapiTS(spec);
const header = '// Generated from openapi/openapi.json by `npm run client:types`; do not edit.\n';
writeOrCheck('openapi/schema.d.ts', header + astToString(ast), 'npm run client:types');
