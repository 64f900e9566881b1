import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The thesis stays outside the repository; the seed folder commits only its sha256 (in the
 * `sha256sum` format), so that the quotes are always checked against the very text they cite.
 */
export const SOURCE_HASH_FILE = 'thesis.sha256';

export class SourceUnavailableError extends Error {}

export function expectedSourceHash(seedDir: string): string {
  const path = join(seedDir, SOURCE_HASH_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new SourceUnavailableError(`${path} is missing: it holds the sha256 of the thesis the quotes are checked against`);
  }
  const hash = /^[0-9a-f]{64}\b/.exec(text.trim())?.[0];
  if (!hash) throw new SourceUnavailableError(`${path} does not start with a sha256 (64 hex digits)`);
  return hash;
}

/** Reads the thesis from a path or an http(s) URL and checks it is the text the seed cites. */
export async function loadSourceText(location: string, expectedSha256: string): Promise<string> {
  const bytes = await readLocation(location);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expectedSha256) {
    throw new SourceUnavailableError(
      `${location} is not the thesis the seed cites: its sha256 is ${actual}, ${SOURCE_HASH_FILE} expects ${expectedSha256}`);
  }
  return bytes.toString('utf8');
}

async function readLocation(location: string): Promise<Buffer> {
  if (/^https?:\/\//i.test(location)) {
    const shown = location.replace(/\?.*$/, '?…');
    let response: Response;
    try {
      response = await fetch(location, { signal: AbortSignal.timeout(60_000) });
    } catch (error) {
      throw new SourceUnavailableError(`cannot download the thesis from ${shown}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new SourceUnavailableError(`cannot download the thesis from ${shown}: HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }
  try {
    return readFileSync(location);
  } catch (error) {
    throw new SourceUnavailableError(`cannot read the thesis at ${location}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
