import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSeedCommand } from '../../src/cli/check-seed-command.js';
import { ROOT } from '../helpers/paths.js';

/**
 * One fixture per curator mistake (test/corpus/checker/NAME): the seed files the curator changed,
 * laid over a small valid seed committed as the git base, and the exact output of seed:check in
 * plain and GitHub-annotation form (`npx vitest run test/corpus/checker-messages -u` rewrites them
 * after a deliberate change of wording: review the diff). Each run is what a pull request's check prints.
 */
const FIXTURES = join(ROOT, 'test/corpus/checker');
const DEFAULT_ARGS = ['--seed', 'seed', '--source', 'thesis.txt', '--base', 'HEAD'];
const mistakes = readdirSync(FIXTURES).filter((name) => name !== 'base').sort();

function checkout(name: string): string {
  const dir = join(ROOT, '.tmp/checker-fixtures', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=fixture', '-c', 'user.email=fixture@example.org', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'base');
  cpSync(join(FIXTURES, name, 'seed'), join(dir, 'seed'), { recursive: true });
  return dir;
}

/** What `npm run seed:check -- ARGS` prints in `dir`: stdout, then stderr, then the exit code. */
async function run(dir: string, name: string, format: 'text' | 'github'): Promise<string> {
  const argsFile = join(FIXTURES, name, 'args.json');
  const args = existsSync(argsFile) ? JSON.parse(readFileSync(argsFile, 'utf8')) as string[] : DEFAULT_ARGS;
  const out: string[] = [];
  const err: string[] = [];
  process.chdir(dir);
  const status = await checkSeedCommand([...args, '--format', format], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return [...out, ...err, `(exit ${status})`, ''].join('\n');
}

afterAll(() => process.chdir(ROOT));

describe('seed:check messages, one fixture per curator mistake', () => {
  it('has a fixture per mistake of issue 11', () => {
    expect(mistakes).toEqual(expect.arrayContaining([
      'quote-not-checked', 'quote-diverges', 'duplicate-id-against-base', 'duplicate-id-without-base', 'yaml-indentation',
      'suggestion-ranked', 'quote-missing', 'date-unquoted', 'threat-misspelled', 'organization-misspelled',
    ]));
  });

  it.each(mistakes)('%s', async (name) => {
    const dir = checkout(name);
    await expect(await run(dir, name, 'text')).toMatchFileSnapshot(join(FIXTURES, name, 'expected.txt'));
    await expect(await run(dir, name, 'github')).toMatchFileSnapshot(join(FIXTURES, name, 'expected.github.txt'));
  });
});
