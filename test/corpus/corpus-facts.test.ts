import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { expectProblem, useApp } from '../helpers/app.js';
import { ROOT } from '../helpers/paths.js';

const api = useApp();
const get = (url: string) => api.request().get(url);

/** Well-established facts the curated corpus must get right, asked through the API. */
describe('the corpus gets the established facts right', () => {
  it.each([
    ['shanghai-convention-2001', '2001-06-15', 'convention'],
    ['sco-charter-2002', '2002-06-07', 'charter'],
    ['asean-declaration-joint-action-counter-terrorism-2001', '2001-11-05', 'declaration'],
    ['asean-acct-2007', '2007-01-13', 'convention'],
    ['asean-charter-2007', '2007-11-20', 'charter'],
    ['asean-actip-2015', '2015-11-21', 'convention'],
    ['asean-sco-mou-2005', '2005-04-21', 'mou'],
    ['unga-resolution-59-48', '2004-12-02', 'resolution'],
  ])('%s is dated %s', async (id, date, type) => {
    const res = await get(`/v1/documents/${id}`).expect(200);
    expect(res.body).toMatchObject({ id, date, date_precision: 'day', type });
  });

  it('has the ASEAN–SCO Secretariats MOU with both organizations as parties', async () => {
    const res = await get('/v1/documents/asean-sco-mou-2005').expect(200);
    const parties = res.body.organizations.filter((o: { role: string }) => o.role === 'party').map((o: { id: string }) => o.id).sort();
    expect(parties).toEqual(['asean', 'sco']);
    expect(res.body.place).toMatch(/Jakarta/);
  });

  it('keeps the right date of the SCO Charter and says what the thesis says', async () => {
    const res = await get('/v1/documents/sco-charter-2002').expect(200);
    expect(res.body.note).toMatch(/^Correction: /);
    expect(res.body.note).toMatch(/2001|inaugural/);
  });

  it('has India and Pakistan as SCO members from 9 June 2017, not before', async () => {
    const on = async (date: string) => (await get(`/v1/organizations/sco/members?on=${date}&status=member`).expect(200)).body.data.map((m: { state: string }) => m.state);
    expect(await on('2017-06-09')).toEqual(expect.arrayContaining(['India', 'Pakistan']));
    expect(await on('2017-06-08')).not.toContain('India');
    expect(await on('2016-07-01')).not.toContain('Pakistan');
    const observersThatDay = (await get('/v1/organizations/sco/members?on=2017-06-09&status=observer').expect(200)).body.data.map((m: { state: string }) => m.state);
    expect(observersThatDay).not.toContain('India');
  });

  it('has the six founders of the SCO and Iran only acceding in 2022', async () => {
    const founders = (await get('/v1/organizations/sco/members?on=2001-06-15&status=member').expect(200)).body.data.map((m: { state: string }) => m.state).sort();
    expect(founders).toEqual(['China', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan', 'Uzbekistan']);
    const end2022 = (await get('/v1/organizations/sco/members?on=2022-12-31&status=member').expect(200)).body.data.map((m: { state: string }) => m.state);
    expect(end2022).not.toContain('Iran');
    const acceding = (await get('/v1/organizations/sco/members?on=2022-12-31&status=accession-in-progress').expect(200)).body.data.map((m: { state: string }) => m.state);
    expect(acceding).toContain('Iran');
  });

  it('has Cambodia as an SCO dialogue partner, never an observer', async () => {
    const sco = await get('/v1/organizations/sco').expect(200);
    const cambodia = sco.body.memberships.filter((m: { state: string }) => m.state === 'Cambodia');
    expect(cambodia.map((m: { status: string }) => m.status)).toEqual(['dialogue-partner']);
  });

  it('has the ten ASEAN members by 1999 and the right dates for the later ones', async () => {
    const members = (await get('/v1/organizations/asean/members?on=1999-12-31&status=member').expect(200)).body.data;
    expect(members).toHaveLength(10);
    const since = Object.fromEntries(members.map((m: { state: string; from: string }) => [m.state, m.from]));
    expect(since).toMatchObject({ Brunei: '1984-01-07', Cambodia: '1999-04-30' });
    const vietnam = Object.keys(since).find((state) => /^Viet/.test(state));
    expect(vietnam && since[vietnam]).toBe('1995-07-28');
  });

  it('holds a phase in each organization for the 2005 MOU, and none for a 1988 UN convention', async () => {
    expect((await get('/v1/documents/asean-sco-mou-2005').expect(200)).body.phases).toEqual(['asean-centrality', 'sco-expansion']);
    expect((await get('/v1/documents/un-drugs-convention-1988').expect(200)).body.phases).toEqual([]);
  });

  it('cites every record with a quote', async () => {
    for (const kind of ['documents', 'meetings', 'activities']) {
      const all = await get(`/v1/${kind}?limit=500`).expect(200);
      for (const record of all.body.data.slice(0, 500)) {
        const detail = await get(`/v1/${kind}/${record.id}`).expect(200);
        expect(detail.body.citations.length, record.id).toBeGreaterThan(0);
      }
    }
  });

  it('still answers an unknown id with a problem', async () => {
    expectProblem(await get('/v1/documents/sco-charter-2001'), 404, 'id');
  });
});

describe('corpus:report', () => {
  it('covers every primary-source entry 1–61 and lists the corrections', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/corpus-report.ts'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_PATH: '.tmp/test/corpus.sqlite' },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^all 61 entries covered$/m);
    expect(result.stdout).not.toMatch(/MISSING/);
    expect(result.stdout).toMatch(/^48 {2}asean-sco-mou-2005$/m);
    expect(result.stdout).toMatch(/^document {5}sco-charter-2002: Correction: /m);
    expect(result.stdout).toMatch(/^Records by kind/);
  });
});
