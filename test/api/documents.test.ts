import { describe, expect, it } from 'vitest';
import { dateBounds } from '../../src/domain/partial-date.js';
import { expectProblem, useApp } from '../helpers/app.js';

const api = useApp();

interface Doc { id: string; date: string; type: string; year?: number; organizations: { id: string; role: string }[]; threats: string[]; phases: string[] }
interface ListBody { data: Doc[]; meta: { total: number; limit: number; next_cursor: string | null }; links: { self: string; next: string | null } }

async function list(query: string): Promise<ListBody> {
  const res = await api.request().get(`/v1/documents${query}`).expect(200);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  return res.body as ListBody;
}

/** Links are absolute; supertest wants the path and query. */
const pathOf = (url: string) => { const parsed = new URL(url); return `${parsed.pathname}${parsed.search}`; };

async function walk(query: string, limit: number): Promise<{ ids: string[]; total: number; pages: number }> {
  const ids: string[] = [];
  let url: string | null = `/v1/documents?${query}${query ? '&' : ''}limit=${limit}`;
  let total = 0;
  let pages = 0;
  while (url) {
    const res = await api.request().get(url).expect(200);
    const body = res.body as ListBody;
    ids.push(...body.data.map((d) => d.id));
    total = body.meta.total;
    pages++;
    if (body.links.next) expect(res.headers.link).toBe(`<${body.links.next}>; rel="next"`);
    url = body.links.next && pathOf(body.links.next);
  }
  return { ids, total, pages };
}

describe('GET /v1/documents', () => {
  it('lists real documents in date order with the list envelope', async () => {
    const body = await list('?limit=5');
    expect(body.data).toHaveLength(5);
    expect(body.meta).toMatchObject({ limit: 5, next_cursor: expect.any(String) });
    expect(body.meta.total).toBeGreaterThan(50);
    expect(body.links.self).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/documents\?limit=5$/);
    const dates = body.data.map((d) => dateBounds(d.date).start);
    expect([...dates].sort()).toEqual(dates);
  });

  it('walks the whole list by cursor without skipping or repeating a record', async () => {
    const all = await walk('', 500);
    const paged = await walk('', 7);
    expect(paged.ids).toEqual(all.ids);
    expect(new Set(paged.ids).size).toBe(paged.total);
    expect(paged.pages).toBe(Math.ceil(paged.total / 7));
  });

  it('walks a filtered list in -date and title order too', async () => {
    for (const sort of ['-date', 'title']) {
      const all = await walk(`org=asean&sort=${sort}`, 500);
      const paged = await walk(`org=asean&sort=${sort}`, 4);
      expect(paged.ids).toEqual(all.ids);
      expect(new Set(paged.ids).size).toBe(all.total);
    }
  });

  it('filters by organization, including its bodies', async () => {
    const sco = await list('?org=sco&limit=500');
    expect(sco.data.map((d) => d.id)).toEqual(expect.arrayContaining(['sco-charter-2002', 'shanghai-convention-2001', 'asean-sco-mou-2005']));
    expect(sco.data.map((d) => d.id)).not.toContain('asean-acct-2007');
    const asean = await list('?org=asean&limit=500');
    expect(asean.data.map((d) => d.id)).toContain('admm-plus-1-chairmans-statement-2010');
  });

  it('filters by threat, a parent including its children', async () => {
    const terrorism = await list('?threat=terrorism&limit=500');
    const extremism = await list('?threat=extremism&limit=500');
    expect(extremism.meta.total).toBeGreaterThan(0);
    expect(terrorism.data.map((d) => d.id)).toEqual(expect.arrayContaining(extremism.data.map((d) => d.id)));
    const drugs = await list('?threat=drugs&limit=500');
    expect(drugs.data.every((d) => d.threats.includes('drugs'))).toBe(true);
  });

  it('filters by type, year, date range, phase and adopting meeting', async () => {
    const conventions = await list('?type=convention&limit=500');
    expect(conventions.data.every((d) => d.type === 'convention')).toBe(true);
    expect(conventions.data.map((d) => d.id)).toEqual(expect.arrayContaining(['asean-acct-2007', 'asean-actip-2015', 'shanghai-convention-2001']));
    const in2007 = await list('?year=2007&limit=500');
    expect(in2007.data.every((d) => d.date.startsWith('2007'))).toBe(true);
    const range = await list('?from=2005-01-01&to=2005-12-31&limit=500');
    expect(range.data.map((d) => d.id)).toContain('asean-sco-mou-2005');
    expect(range.data.every((d) => d.date.startsWith('2005'))).toBe(true);
    const expansion = await list('?phase=sco-expansion&limit=500');
    expect(expansion.data.every((d) => d.phases.includes('sco-expansion'))).toBe(true);
    const adopted = await list('?meeting=asean-summit-12');
    expect(adopted.data.map((d) => d.id)).toContain('asean-acct-2007');
  });

  it('combines filters', async () => {
    const body = await list('?org=sco&threat=terrorism&from=2001&to=2002&limit=500');
    expect(body.data.map((d) => d.id)).toEqual(expect.arrayContaining(['shanghai-convention-2001', 'sco-charter-2002']));
    expect(body.data.every((d) => d.date >= '2001' && d.date < '2003')).toBe(true);
  });
});

describe('GET /v1/documents errors', () => {
  it('names an unknown filter value and lists the values that exist', async () => {
    const res = await api.request().get('/v1/documents?org=nato');
    expectProblem(res, 400, 'org');
    expect(res.body.allowed).toEqual(expect.arrayContaining(['sco', 'asean', 'rats']));
    expect(res.body.detail).toMatch(/^unknown org "nato" \(did you mean "csto" or "rats"\?\); allowed values: /);
    expectProblem(await api.request().get('/v1/documents?threat=piracy'), 400, 'threat');
    expectProblem(await api.request().get('/v1/documents?phase=sco-decline'), 400, 'phase');
    expectProblem(await api.request().get('/v1/documents?meeting=nope'), 400, 'meeting');
    const type = await api.request().get('/v1/documents?type=poem');
    expectProblem(type, 400, 'type');
    expect(type.body.allowed).toContain('convention');
  });

  it('rejects bad dates, limits, years and cursors by name', async () => {
    expectProblem(await api.request().get('/v1/documents?from=2022-02-30'), 400, 'from');
    expectProblem(await api.request().get('/v1/documents?to=June'), 400, 'to');
    for (const limit of ['0', '-1', '1.5', '501', 'ten']) expectProblem(await api.request().get(`/v1/documents?limit=${limit}`), 400, 'limit');
    expectProblem(await api.request().get('/v1/documents?year=20000'), 400, 'year');
    expectProblem(await api.request().get('/v1/documents?cursor=not-a-cursor'), 400, 'cursor');
    const forged = Buffer.from(JSON.stringify({ s: 'date', k: 1, i: [] })).toString('base64url');
    expectProblem(await api.request().get(`/v1/documents?cursor=${forged}`), 400, 'cursor');
    const first = await list('?limit=2');
    expectProblem(await api.request().get(`/v1/documents?sort=title&cursor=${first.meta.next_cursor}`), 400, 'cursor');
    expectProblem(await api.request().get('/v1/documents?org=sco&org=asean'), 400, 'org');
  });
});

describe('GET /v1/documents/{id}', () => {
  it('returns a document with organizations and roles, threats, phases, meeting, relations and citations', async () => {
    const res = await api.request().get('/v1/documents/asean-sco-mou-2005').expect(200);
    expect(res.body).toMatchObject({
      id: 'asean-sco-mou-2005',
      type: 'mou',
      date: '2005-04-21',
      date_precision: 'day',
      phases: ['asean-centrality', 'sco-expansion'],
    });
    const roles = Object.fromEntries(res.body.organizations.map((o: { id: string; role: string }) => [o.id, o.role]));
    expect(roles).toMatchObject({ asean: 'party', sco: 'party' });
    expect(res.body.citations.length).toBeGreaterThan(0);
    expect(res.body.citations[0]).toMatchObject({ section: expect.any(String), quote: expect.any(String) });
    expect(res.body.source_entries).toContain(48);
  });

  it('shows the adopting meeting', async () => {
    const res = await api.request().get('/v1/documents/asean-acct-2007').expect(200);
    expect(res.body.adopting_meeting).toMatchObject({ id: 'asean-summit-12', date: '2007-01-13' });
  });

  it('answers 404 naming an unknown id', async () => {
    const res = await api.request().get('/v1/documents/sco-charter-2001');
    expectProblem(res, 404, 'id');
    expect(res.body.detail).toBe('no document with id "sco-charter-2001"');
  });
});
