import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Written by `npm run build` beside the compiled code: the version of the sources it came from. */
export const BUILD_INFO_FILE = 'build-info.json';

const CODE_ROOT = import.meta.dirname;
const PROJECT_ROOT = resolve(CODE_ROOT, '..');

/**
 * A digest of the sources (every file under src/), the package version and the resolved production
 * dependencies: whatever can change what the API answers besides the corpus. ETags and the
 * database's staleness check include it, so a release that changes the output changes both.
 */
export function computeCodeVersion(sourceDir = CODE_ROOT, projectRoot = PROJECT_ROOT): string {
  const hash = createHash('sha256');
  const files = readdirSync(sourceDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.(d\.ts|map|tsbuildinfo)$/.test(entry.name) && entry.name !== BUILD_INFO_FILE)
    .map((entry) => relative(sourceDir, join(entry.parentPath, entry.name))).sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(sourceDir, file))).update('\0');
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version?: string };
  hash.update(`version ${pkg.version}\0`);
  const lockPath = join(projectRoot, 'package-lock.json');
  if (existsSync(lockPath)) {
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { packages?: Record<string, { version?: string; dev?: boolean }> };
    const production = Object.entries(lock.packages ?? {}).filter(([path, p]) => path && !p.dev).map(([path, p]) => `${path}@${p.version}`).sort();
    hash.update(production.join('\n'));
  }
  return hash.digest('hex').slice(0, 12);
}

let memo: string | undefined;

/** The running code's version: from build-info.json when compiled, else hashed from the sources. */
export function codeVersion(): string {
  if (memo) return memo;
  const buildInfo = join(CODE_ROOT, BUILD_INFO_FILE);
  memo = existsSync(buildInfo)
    ? (JSON.parse(readFileSync(buildInfo, 'utf8')) as { codeVersion: string }).codeVersion
    : computeCodeVersion();
  return memo;
}
