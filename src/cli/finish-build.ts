import { cpSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUILD_INFO_FILE, computeCodeVersion } from '../code-version.js';

/**
 * Run by `npm run build` after tsc: copies the files of src/ that tsc does not emit (the pages'
 * CSS and script) beside the compiled code, and records the version of the sources it came from,
 * so that `npm run start:dist` and the image name the same release as the sources.
 */
const outDir = resolve(process.argv[2] ?? 'dist');
const sourceDir = resolve('src');
cpSync(sourceDir, outDir, { recursive: true, filter: (path) => !path.endsWith('.ts') });
const codeVersion = computeCodeVersion(sourceDir, resolve('.'));
writeFileSync(join(outDir, BUILD_INFO_FILE), `${JSON.stringify({ codeVersion }, null, 2)}\n`);
console.log(`build: ${outDir} compiled from code version ${codeVersion}`);
