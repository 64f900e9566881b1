import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUILD_INFO_FILE, computeCodeVersion } from '../code-version.js';

/**
 * Run by `npm run build` after tsc: records beside the compiled code the version of the sources it
 * was compiled from, so that `npm start` and the image name the same release as the sources.
 */
const outDir = resolve(process.argv[2] ?? 'dist');
const codeVersion = computeCodeVersion(resolve('src'), resolve('.'));
writeFileSync(join(outDir, BUILD_INFO_FILE), `${JSON.stringify({ codeVersion }, null, 2)}\n`);
console.log(`build: ${outDir} compiled from code version ${codeVersion}`);
