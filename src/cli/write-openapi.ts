import { readFileSync, writeFileSync } from 'node:fs';
import { generateOpenApiDocument, OPENAPI_PATH } from '../openapi-document.js';

/** `npm run openapi` writes openapi/openapi.json from the routes; `--check` fails when it differs. */
const check = process.argv.includes('--check');
const generated = await generateOpenApiDocument();
if (check) {
  let committed = '';
  try {
    committed = readFileSync(OPENAPI_PATH, 'utf8');
  } catch {
    // a missing file differs from the generated one
  }
  if (committed !== generated) {
    console.error(`${OPENAPI_PATH} is out of date with the routes: run npm run openapi and commit the result`);
    process.exit(1);
  }
  console.log(`${OPENAPI_PATH} matches the routes`);
} else {
  writeFileSync(OPENAPI_PATH, generated);
  console.log(`wrote ${OPENAPI_PATH}`);
}
