import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSeedFiles, readSeedFile } from '../../src/corpus/seed-files.js';
import { rawRecords, recordSignature } from '../../src/corpus/seed-records.js';
import { validateSeedFiles, type SeedIssue } from '../../src/corpus/validate-seed.js';
import { checkSeedCommand, type SourceDefaults } from '../../src/cli/check-seed-command.js';
import { ROOT, THESIS_PATH } from '../helpers/paths.js';

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
  const where = (i: SeedIssue) => [i.record, i.field].filter(Boolean).join(', ');
  return issues.map((i) => `${base(i.file)}:${i.line}: ${where(i) ? `${where(i)}: ` : ''}${i.message.replace(/ at \S*\//g, ' at ')}`);
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
      'broken.yaml:2: document "sco-charter-2002", id: duplicate record id "sco-charter-2002": also used by the document at broken.yaml:12; one of them needs another id',
      'broken.yaml:4: document "sco-charter-2002", type: "charterx" is not an allowed value of type; did you mean "charter"? Allowed: charter, convention, treaty, agreement, protocol, declaration, mou, plan-of-action, work-plan, work-programme, strategy, blueprint, concept-paper, joint-statement, chairmans-statement, resolution, outlook, report, consensus, address, press-release, other',
      'broken.yaml:12: document "sco-charter-2002", id: duplicate record id "sco-charter-2002": also used by the document at broken.yaml:2; one of them needs another id',
      'broken.yaml:16: document "sco-charter-2002", date_precision: date "2002-06" is given to the month, but date_precision says day: write date_precision: month, or give date to the day',
      'broken.yaml:17: document "sco-charter-2002", organizations[0].id: unknown organization "nosuch". Known organization ids: sco',
      'broken.yaml:18: document "sco-charter-2002", threats[0]: unknown threat "terror"; did you mean "terrorism"? Known threat ids: terrorism',
      'broken.yaml:19: document "sco-charter-2002", adopted_at: unknown meeting "sco-summit-2003"; did you mean "sco-summit-2002"? Known meeting ids: sco-summit-2002',
      'broken.yaml:20: document "sco-charter-2002", relations[0].target: unknown document "missing-doc". Known document ids: sco-bad-dates-2022, sco-charter-2002',
      'broken.yaml:24: document "sco-charter-2002", citations[0].quote: quote not in the thesis: neither its beginning nor its end is found; copy the passage verbatim from the thesis',
      'broken.yaml:28: document "sco-bad-dates-2022", date: "2022-02-30" does not exist: 2022-02 has 28 days',
      'broken.yaml:32: document "sco-bad-dates-2022", citations: every record needs at least one thesis citation (citations) or public source (sources): add a citation with a quote from the thesis, or a source with the url, publisher, title and what the page supports',
    ]);
  });

  it('reports a duplicate id on every copy, naming the others, when the new one cannot be told', () => {
    const again = BASE.replace(/organizations:[\s\S]*?meetings:/, 'meetings:');
    expect(problems({ 'a.yaml': BASE, 'b.yaml': again })).toEqual([
      'a.yaml:15: meeting "sco-summit-2002", id: duplicate record id "sco-summit-2002": also used by the meeting at b.yaml:3; one of them needs another id',
      'b.yaml:3: meeting "sco-summit-2002", id: duplicate record id "sco-summit-2002": also used by the meeting at a.yaml:15; one of them needs another id',
    ]);
  });

  it('reports a duplicate id only on the copy that is not among the established records', () => {
    const again = BASE.replace(/organizations:[\s\S]*?meetings:/, 'meetings:').replace('St Petersburg summit', 'Another summit');
    const dir = seedDir({ 'a.yaml': BASE, 'z.yaml': again });
    const established = new Set(rawRecords(readSeedFile(join(dir, 'a.yaml'))).map((r) => recordSignature(r.section, r.value)));
    const { issues } = validateSeedFiles(listSeedFiles(dir), { establishedRecords: established });
    expect(issues.map((i) => [i.file.slice(-6), i.line, i.message.replace(/ at \S*\//, ' at ')])).toEqual([
      ['z.yaml', 3, 'duplicate record id "sco-summit-2002": already used by the meeting at a.yaml:15; give this record another id'],
    ]);
  });

  it('gives a meeting a host, not an issuer, and says which roles each kind takes', () => {
    const issued = BASE.replace('organizations: [{ id: sco, role: host }]', 'organizations: [{ id: sco, role: issuer }]');
    expect(problems({ 'base.yaml': issued }, SOURCE)).toEqual([
      'base.yaml:20: meeting "sco-summit-2002", organizations[0].role: "issuer" is not an allowed value of role. Allowed: host, participant, counterpart '
        + '(a document has its issuer, parties and signatories; a meeting or an activity has its host, the body that holds it)',
    ]);
  });

  it('reports YAML syntax errors and unknown sections', () => {
    expect(problems({ 'base.yaml': BASE, 'bad.yaml': 'documents:\n  - id: [unclosed\n' })[0]).toMatch(/^bad\.yaml:\d+: not valid YAML: /);
    expect(problems({ 'base.yaml': BASE, 'extra.yaml': 'treaties: []\n' })).toEqual([
      'extra.yaml:1: treaties: unknown section "treaties"; did you mean "threats"? Sections: organizations, memberships, phases, threats, characterizations, documents, meetings, activities, series',
    ]);
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
      'm.yaml:6: membership "sco/India/observer/2005-07-05", from_precision: from "2005-07-05" is given to the day, but from_precision says month: write from_precision: day, or give from to the month',
      'm.yaml:7: membership "sco/India/observer/2005-07-05", to: ends (2004) before it starts (2005-07-05): check both dates',
      'm.yaml:16: organization "rats", parent: unknown organization "sco-x"; did you mean "sco"? Known organization ids: rats, sco',
    ]);
  });
});

describe('seed:check CLI', () => {
  const nowhere = { env: {}, workspaceThesis: '/no/such/thesis.txt' };
  const cli = async (args: string[], defaults: SourceDefaults = nowhere) => {
    const out: string[] = [];
    const err: string[] = [];
    const status = await checkSeedCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, defaults);
    return { status, stdout: out.join('\n'), stderr: err.join('\n') };
  };
  const THESIS_OK = 'Some text. And here is the thesis line, verbatim.';
  const withHash = (files: Record<string, string>) => {
    const dir = seedDir(files);
    writeFileSync(join(dir, 'thesis.sha256'), `${createHash('sha256').update(THESIS_OK).digest('hex')}  thesis.txt\n`);
    writeFileSync(join(dir, '..', `${dir.split('/').pop()}.txt`), THESIS_OK);
    return { dir, thesis: join(dir, '..', `${dir.split('/').pop()}.txt`) };
  };

  it('checks every quote of the real seed against the thesis, through the npm script entry point', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/check-seed.ts', '--source', THESIS_PATH], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/^seed OK: \d+ files: .*; every quote found in the thesis$/m);
  });

  it('will not run without the thesis, and with --no-quotes never says OK', async () => {
    const none = await cli([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/the quotes cannot be checked without the thesis: pass --source PATH-OR-URL, set THESIS_SOURCE, or put it at \/no\/such\/thesis.txt/);
    const empty = await cli(['--source', '', '--format', 'github']);
    expect(empty.status).toBe(2);
    expect(empty.stdout).toMatch(/^::error title=Seed check could not run::THESIS_SOURCE is empty/);
    const skipped = await cli(['--no-quotes']);
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toMatch(/^QUOTES NOT CHECKED \(--no-quotes\): everything else is valid/);
    expect(skipped.stdout).not.toMatch(/OK/);
    expect((await cli(['--no-quotes', '--format', 'github'])).stdout).toMatch(/^::warning title=Seed check::QUOTES NOT CHECKED/);
  });

  it('without --source, checks against THESIS_SOURCE, else the workspace copy beside the checkout', async () => {
    const workspace = await cli([], { env: {}, workspaceThesis: THESIS_PATH });
    expect(workspace.status).toBe(0);
    expect(workspace.stderr).toBe(`thesis: ${THESIS_PATH}`);
    expect(workspace.stdout).toMatch(/^seed OK: .*every quote found in the thesis$/m);
    const fromEnv = await cli([], { env: { THESIS_SOURCE: '/no/such/file' }, workspaceThesis: THESIS_PATH });
    expect(fromEnv.status).toBe(2);
    expect(fromEnv.stderr).toMatch(/\/no\/such\/file/);
  });

  it('refuses a thesis whose sha256 is not the committed one', async () => {
    const wrong = join(seedDir({}), 'thesis.txt');
    writeFileSync(wrong, 'Not the thesis.');
    const result = await cli(['--source', wrong]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/is not the thesis the seed cites: its sha256 is [0-9a-f]{64}, thesis\.sha256 expects fc676b45/);
  });

  it('downloads the thesis from a URL and checks its hash', async () => {
    const { dir, thesis } = withHash({ 'base.yaml': BASE });
    const server = createServer((req, res) => {
      if (req.url === '/thesis.txt') res.end(readFileSync(thesis));
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const ok = await cli(['--seed', dir, '--source', `http://127.0.0.1:${port}/thesis.txt`]);
      expect(ok.stdout).toMatch(/^seed OK: 1 files: .*; every quote found in the thesis$/);
      const missing = await cli(['--seed', dir, '--source', `http://127.0.0.1:${port}/gone.txt?token=secret`]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toBe(`cannot run: cannot download the thesis from http://127.0.0.1:${port}/gone.txt?…: HTTP 404`);
    } finally {
      server.close();
    }
  });

  it('exits 1 with one line per problem, and json on request', async () => {
    const { dir, thesis } = withHash({ 'base.yaml': BASE, 'x.yaml': 'documents:\n  - id: Bad Id\n' });
    const text = await cli(['--seed', dir, '--source', thesis]);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/x\.yaml:2: document "Bad Id", id: must be a lowercase slug/);
    const json = await cli(['--seed', dir, '--source', thesis, '--format', 'json']);
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as { ok: boolean; quotesChecked: boolean; issues: SeedIssue[] };
    expect(report).toMatchObject({ ok: false, quotesChecked: true });
    expect(report.issues).toContainEqual({ file: expect.stringMatching(/x\.yaml$/), line: 2, record: 'document "Bad Id"', field: 'id', message: expect.stringMatching(/lowercase slug/) });
  });

  it('writes GitHub annotations with --format github', async () => {
    const { dir, thesis } = withHash({ 'base.yaml': BASE, 'x.yaml': 'documents:\n  - id: Bad Id\n' });
    const result = await cli(['--seed', dir, '--source', thesis, '--format', 'github']);
    expect(result.stdout).toMatch(/^::error file=.*x\.yaml,line=2,title=document "Bad Id"%2C id::must be a lowercase slug/m);
  });

  it('exits 2 when it cannot run', async () => {
    expect((await cli(['--source', '/no/such/file'])).status).toBe(2);
    expect((await cli(['--format', 'xml'])).status).toBe(2);
    expect((await cli(['--no-quotes', '--seed', mkdtempSync(join(tmpdir(), 'empty-'))])).status).toBe(2);
    expect((await cli(['--no-quotes', '--base', 'no-such-ref'])).status).toBe(2);
  });
});
