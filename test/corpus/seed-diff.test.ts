import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedFilesAtRef } from '../../src/corpus/seed-at-ref.js';
import { diffSeeds, formatSeedDiff } from '../../src/corpus/seed-diff.js';
import { listSeedFiles, readSeedFile } from '../../src/corpus/seed-files.js';
import { ROOT } from '../helpers/paths.js';

/** A curation change on the checker's base fixture, committed as the base, then edited as a PR would. */
function repoWithChange(): string {
  const dir = join(ROOT, '.tmp/seed-diff');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'test/corpus/checker/base'), dir, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'base');
  const asean = readFileSync(join(dir, 'seed/asean.yaml'), 'utf8')
    .replace('date: "2012-04-03"', 'date: "2012-04-04"')
    .replace('        quote: "The 20th ASEAN Summit in Phnom Penh"\n', '        quote: "The 20th ASEAN Summit in Phnom Penh"\n      - section: "1.2"\n        quote: "adopted the Phnom Penh Agenda"\n');
  writeFileSync(join(dir, 'seed/asean.yaml'), asean);
  const drugs = readFileSync(join(dir, 'seed/drugs.yaml'), 'utf8');
  const [head, first, second] = drugs.split(/\n(?=  - id: )/);
  writeFileSync(join(dir, 'seed/drugs.yaml'), `${head}\n${first}\n`);
  writeFileSync(join(dir, 'seed/more.yaml'), `documents:\n${second!.replace('threats: [drugs]', 'threats: [drugs, terrorism]')}`);
  writeFileSync(join(dir, 'seed/core.yaml'), readFileSync(join(dir, 'seed/core.yaml'), 'utf8').replace(/  - id: extremism[\s\S]*?parent: terrorism\n    description: Extremism.\n/, '')
    + '\nphases:\n  - id: asean-centrality\n    organization: asean\n    ordinal: 1\n    name: Centrality\n    start_year: 2001\n    end_year: 2006\n    description: ASEAN at the centre.\n');
  return dir;
}

afterAll(() => process.chdir(ROOT));

describe('seed:diff', () => {
  it('lists the records added, removed and changed, field by field, with where they are now', () => {
    process.chdir(repoWithChange());
    const changes = diffSeeds(seedFilesAtRef('HEAD', 'seed'), listSeedFiles('seed').map((path) => readSeedFile(path)));
    expect(formatSeedDiff(changes, 'main')).toBe(`Seed changes against main: 1 added, 1 removed, 2 changed

~ meeting "asean-summit-20" changed  seed/asean.yaml:15
    date: "2012-04-03" → "2012-04-04"
    citations[1]: added { section: "1.2", quote: "adopted the Phnom Penh Agenda" }

- threat "extremism" removed  seed/core.yaml:21

+ phase "asean-centrality" added  seed/core.yaml:35
    id: "asean-centrality"
    organization: "asean"
    ordinal: 1
    name: "Centrality"
    start_year: 2001
    end_year: 2006
    description: "ASEAN at the centre."

~ document "asean-drug-free-statement-2013" changed (moved from seed/drugs.yaml)  seed/more.yaml:2
    threats: ["drugs"] → ["drugs", "terrorism"]`);
  });
});
