import { generateOpenApiDocument, OPENAPI_PATH } from '../openapi-document.js';
import { writeOrCheck } from './write-or-check.js';

/** `npm run openapi` writes openapi/openapi.json from the routes; `--check` fails when it differs. */
writeOrCheck(OPENAPI_PATH, await generateOpenApiDocument(), 'npm run openapi');
