import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes a generated file, or with --check compares it with the committed one and fails on
 * drift, naming the command that regenerates it.
 */
export function writeOrCheck(path: string, generated: string, regenerate: string): void {
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(path, 'utf8');
    } catch {
      // a missing file differs from the generated one
    }
    if (committed !== generated) {
      console.error(`${path} is out of date: run ${regenerate} and commit the result`);
      process.exit(1);
    }
    console.log(`${path} is up to date`);
    return;
  }
  writeFileSync(path, generated);
  console.log(`wrote ${path}`);
}
