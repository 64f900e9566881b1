import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSeedFiles } from '../../src/corpus/seed-files.js';
import { validateSeedFiles } from '../../src/corpus/validate-seed.js';
import { ROOT } from '../helpers/paths.js';

const BASE = `
organizations:
  - id: sco
    name: Shanghai Cooperation Organization
    kind: regional-organization
    summary: A regional organization.
    citations:
      - section: "1.1"
        quote: "the thesis line"
threats:
  - id: terrorism
    name: Terrorism
    description: Terrorism.
meetings:
  - id: sco-summit-2002
    title: St Petersburg summit
    type: summit
    date: "2002-06-07"
    date_precision: day
    organizations: [{ id: sco, role: host }]
    summary: A summit.
    citations:
      - section: "1.1"
        quote: "the thesis line"
`;

function seedDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'seed-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function problems(files: Record<string, string>, sourceText?: string): string[] {
  const dir = seedDir(files);
  const { issues } = validateSeedFiles(listSeedFiles(dir), { sourceText });
  const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  return issues.map((i) => `${base(i.file)}:${i.line}: ${i.field}: ${i.message.replace(/\(first defined in \S*\//, '(first defined in ')}`);
}

const SOURCE = 'Some text. And here is the thesis line, verbatim.';

describe('seed validator', () => {
  it('accepts a consistent seed', () => {
    expect(problems({ 'base.yaml': BASE }, SOURCE)).toEqual([]);
  });

  it('reports every problem of a broken document at once, with file, line and field', () => {
    const broken = `documents:
  - id: sco-charter-2002
    title: Charter of the SCO
    type: charterx
    date: "2002-06-07"
    date_precision: day
    organizations: [{ id: sco, role: issuer }]
    summary: The charter.
    citations:
      - section: "1.1"
        quote: "the thesis line"
  - id: sco-charter-2002
    title: Charter again
    type: charter
    date: "2002-06"
    date_precision: day
    organizations: [{ id: nosuch, role: issuer }]
    threats: [terror]
    adopted_at: sco-summit-2003
    relations: [{ type: implements, target: missing-doc }]
    summary: Duplicate.
    citations:
      - section: "1.1"
        quote: "a quote that the thesis does not hold"
  - id: sco-bad-dates-2022
    title: Bad dates
    type: declaration
    date: "2022-02-30"
    date_precision: day
    organizations: [{ id: sco, role: issuer }]
    summary: Impossible date.
    citations: []
`;
    expect(problems({ 'base.yaml': BASE, 'broken.yaml': broken }, SOURCE)).toEqual([
      'broken.yaml:4: documents[0].type: Invalid option: expected one of "charter"|"convention"|"treaty"|"agreement"|"protocol"|"declaration"|"mou"|"plan-of-action"|"work-plan"|"work-programme"|"strategy"|"blueprint"|"concept-paper"|"joint-statement"|"chairmans-statement"|"resolution"|"outlook"|"report"|"consensus"|"address"|"press-release"|"other"',
      'broken.yaml:12: documents[1].id: duplicate record id "sco-charter-2002" (first defined in broken.yaml:2)',
      'broken.yaml:16: documents[1].date_precision: declared precision "day" does not match date "2002-06" (precision "month")',
      'broken.yaml:17: documents[1].organizations[0].id: unknown organization "nosuch"',
      'broken.yaml:18: documents[1].threats[0]: unknown threat "terror" (did you mean "terrorism"?)',
      'broken.yaml:19: documents[1].adopted_at: unknown meeting "sco-summit-2003" (did you mean "sco-summit-2002"?)',
      'broken.yaml:20: documents[1].relations[0].target: unknown document "missing-doc"',
      'broken.yaml:24: documents[1].citations[0].quote: quote not found verbatim in the source: "a quote that the thesis does not hold"',
      'broken.yaml:28: documents[2].date: "2022-02-30" does not exist: 2022-02 has 28 days',
      'broken.yaml:32: documents[2].citations: every record needs at least one thesis citation (citations) or public source (sources)',
    ]);
  });

  it('reports duplicate ids across files with where the first one is', () => {
    const again = BASE.replace(/organizations:[\s\S]*?meetings:/, 'meetings:');
    const found = problems({ 'a.yaml': BASE, 'b.yaml': again });
    expect(found).toEqual(['b.yaml:3: meetings[0].id: duplicate record id "sco-summit-2002" (first defined in a.yaml:15)']);
  });

  it('reports YAML syntax errors and unknown sections', () => {
    expect(problems({ 'base.yaml': BASE, 'bad.yaml': 'documents:\n  - id: [unclosed\n' })[0]).toMatch(/^bad\.yaml:\d+: : YAML syntax: /);
    expect(problems({ 'base.yaml': BASE, 'extra.yaml': 'treaties: []\n' })).toEqual(['extra.yaml:1: : Unrecognized key: "treaties"']);
  });

  it('checks date order, precision of membership dates and organization parents', () => {
    const memberships = `memberships:
  - organization: sco
    state: India
    status: observer
    from: "2005-07-05"
    from_precision: month
    to: "2004"
    to_precision: year
    citations:
      - section: "1.1"
        quote: "the thesis line"
organizations:
  - id: rats
    name: RATS
    kind: body
    parent: sco-x
    summary: A body.
    citations:
      - section: "1.2"
        quote: "the thesis line"
`;
    expect(problems({ 'base.yaml': BASE, 'm.yaml': memberships })).toEqual([
      'm.yaml:6: memberships[0].from_precision: declared precision "month" does not match from "2005-07-05" (precision "day")',
      'm.yaml:7: memberships[0].to: ends (2004) before it starts (2005-07-05)',
      'm.yaml:16: organizations[0].parent: unknown organization "sco-x"',
    ]);
  });
});

describe('seed:check CLI', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-seed.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 0 on the real seed and says so', () => {
    const result = cli([]);
    expect(result.stdout).toMatch(/^seed OK: \d+ files/m);
    expect(result.status).toBe(0);
  });

  it('exits 1 with one line per problem, and json on request', () => {
    const dir = seedDir({ 'base.yaml': BASE, 'x.yaml': 'documents:\n  - id: Bad Id\n' });
    const text = cli(['--seed', dir]);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/x\.yaml:2: documents\[0\]\.id: must be a lowercase slug/);
    const json = cli(['--seed', dir, '--format', 'json']);
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as { ok: boolean; issues: { file: string; line: number; field: string; message: string }[] };
    expect(report.ok).toBe(false);
    expect(report.issues).toContainEqual({ file: expect.stringMatching(/x\.yaml$/), line: 2, field: 'documents[0].id', message: expect.stringMatching(/lowercase slug/) });
  });

  it('writes GitHub annotations with --format github', () => {
    const dir = seedDir({ 'base.yaml': BASE, 'x.yaml': 'documents:\n  - id: Bad Id\n' });
    const result = cli(['--seed', dir, '--format', 'github']);
    expect(result.stdout).toMatch(/^::error file=.*x\.yaml,line=2,title=documents\[0\]\.id::must be a lowercase slug/m);
  });

  it('exits 2 when it cannot run', () => {
    expect(cli(['--source', '/no/such/file']).status).toBe(2);
    expect(cli(['--format', 'xml']).status).toBe(2);
    expect(cli(['--seed', mkdtempSync(join(tmpdir(), 'empty-'))]).status).toBe(2);
  });

  it('checks every quote of the real seed against the thesis', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/check-seed.ts', '--source', '../shared/sources/000_df8979263b835203.txt'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/every quote found in the source/);
  });
});
