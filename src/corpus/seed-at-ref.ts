import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { parseSeedText, type SeedSourceFile } from './seed-files.js';

/**
 * The seed files as they are at a git ref (a branch, a tag, a commit), shown under the same
 * paths as the files on disk, so that a pull request's seed can be compared with its base.
 */
export function seedFilesAtRef(ref: string, seedDir: string): SeedSourceFile[] {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  const top = git('rev-parse', '--show-toplevel').trim();
  const dirInRepo = relative(top, resolve(seedDir)) || '.';
  const names = git('ls-tree', '-r', '--name-only', '--full-tree', ref, '--', dirInRepo).split('\n')
    .filter((name) => /\.ya?ml$/.test(name)).sort();
  return names.map((name) => parseSeedText(relative(process.cwd(), resolve(top, name)), git('show', `${ref}:${name}`)));
}
