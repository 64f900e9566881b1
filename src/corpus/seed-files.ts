import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

/** A parsed seed file that can say on which line any path inside it starts. */
export interface SeedSourceFile {
  path: string;
  text: string;
  data: unknown;
  syntaxErrors: { line: number; code: string; message: string }[];
  lineOf(path: readonly PropertyKey[]): number;
}

export function listSeedFiles(seedDir: string): string[] {
  return readdirSync(seedDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(seedDir, name))
    .sort();
}

export function readSeedFile(path: string, displayRoot = process.cwd()): SeedSourceFile {
  return parseSeedText(relative(displayRoot, path) || path, readFileSync(path, 'utf8'));
}

/** Parses the text of a seed file shown as `path` (a file on disk or one read from git). */
export function parseSeedText(path: string, text: string): SeedSourceFile {
  const lineCounter = new LineCounter();
  // The YAML 1.2 core schema keeps unquoted dates as strings; partial dates stay text either way.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntaxErrors = doc.errors.map((error) => ({
    line: lineCounter.linePos(error.pos[0]).line,
    code: error.code,
    message: error.message.split('\n')[0]!,
  }));
  return {
    path,
    text,
    data: syntaxErrors.length ? undefined : doc.toJS(),
    syntaxErrors,
    lineOf: (keys) => lineOfPath(doc, lineCounter, keys),
  };
}

/** The line of the deepest node that exists along `keys` (a missing field points at its record). */
function lineOfPath(doc: Document, lineCounter: LineCounter, keys: readonly PropertyKey[]): number {
  for (let depth = keys.length; depth >= 0; depth--) {
    const prefix = keys.slice(0, depth) as (string | number)[];
    const node = depth === 0 ? doc.contents : doc.getIn(prefix, true);
    if (node && typeof node === 'object' && 'range' in node && node.range) {
      let offset = (node.range as [number, number, number])[0];
      if (depth > 0 && isMap(doc.getIn(prefix.slice(0, -1), true))) {
        const parent = doc.getIn(prefix.slice(0, -1), true);
        const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === prefix.at(-1)) : undefined;
        if (pair && isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
      }
      return lineCounter.linePos(offset).line;
    }
  }
  return 1;
}
