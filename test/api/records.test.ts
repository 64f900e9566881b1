import { describe, expect, it } from 'vitest';
import { dateBounds } from '../../src/domain/partial-date.js';
import { expectProblem, useApp } from '../helpers/app.js';

const api = useApp();

describe('meetings', () => {
  it('lists meetings in date order and filters them', async () => {
    const all = await api.request().get('/v1/meetings?limit=500').expect(200);
    expect(all.body.meta.total).toBe(all.body.data.length);
    const starts = all.body.data.map((m: { date: string }) => dateBounds(m.date).start);
    expect([...starts].sort()).toEqual(starts);
    const summits = await api.request().get('/v1/meetings?type=summit&org=sco&limit=500').expect(200);
    expect(summits.body.data.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['sco-summit-2001', 'sco-summit-2002', 'sco-summit-2017']));
    expect(summits.body.data.every((m: { type: string }) => m.type === 'summit')).toBe(true);
  });

  it('returns a meeting with the documents it adopted', async () => {
    const res = await api.request().get('/v1/meetings/asean-summit-12').expect(200);
    expect(res.body).toMatchObject({ id: 'asean-summit-12', date: '2007-01-13', type: 'summit' });
    expect(res.body.documents.map((d: { id: string }) => d.id)).toContain('asean-acct-2007');
    expect(res.body.citations.length).toBeGreaterThan(0);
  });

  it('answers 404 and 400 as problems', async () => {
    expectProblem(await api.request().get('/v1/meetings/nope'), 404, 'id');
    expectProblem(await api.request().get('/v1/meetings?type=party'), 400, 'type');
  });
});

describe('activities', () => {
  it('lists exercises and operations with participants', async () => {
    const res = await api.request().get('/v1/activities?limit=500').expect(200);
    const ids = res.body.data.map((a: { id: string }) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['coalition-2003', 'peace-mission-2005', 'spider-web-2019']));
    const drugs = await api.request().get('/v1/activities?threat=drugs&limit=500').expect(200);
    expect(drugs.body.data.map((a: { id: string }) => a.id)).toContain('spider-web-2019');
  });

  it('returns one activity with citations', async () => {
    const res = await api.request().get('/v1/activities/coalition-2003').expect(200);
    expect(res.body).toMatchObject({ id: 'coalition-2003', type: 'exercise', date_precision: expect.any(String) });
    expect(res.body.date.startsWith('2003-08')).toBe(true);
    expect(res.body.participants.length).toBeGreaterThan(2);
    expectProblem(await api.request().get('/v1/activities/nope'), 404, 'id');
  });
});

describe('organizations', () => {
  it('lists organizations with parents', async () => {
    const res = await api.request().get('/v1/organizations').expect(200);
    const byId = Object.fromEntries(res.body.data.map((o: { id: string; parent: string | null }) => [o.id, o]));
    expect(res.body.meta.total).toBe(res.body.data.length);
    expect(byId.rats.parent).toBe('sco');
    expect(byId.admm.parent).toBe('asean');
  });

  it('returns the SCO with bodies, phases, memberships and characterizations', async () => {
    const res = await api.request().get('/v1/organizations/sco').expect(200);
    expect(res.body.bodies.map((b: { id: string }) => b.id)).toContain('rats');
    expect(res.body.phases.map((p: { id: string }) => p.id)).toEqual(['sco-establishment', 'sco-expansion', 'sco-consolidation', 'sco-integration', 'sco-maturity']);
    expect(res.body.memberships.length).toBeGreaterThan(10);
    expect(res.body.characterizations.map((c: { threat: string }) => c.threat).sort()).toEqual(['drugs', 'terrorism', 'trafficking']);
    expectProblem(await api.request().get('/v1/organizations/nato'), 404, 'id');
  });

  it('answers who held a status on a date', async () => {
    const observers = await api.request().get('/v1/organizations/sco/members?on=2010-01-01&status=observer').expect(200);
    expect(observers.body.data.map((m: { state: string }) => m.state).sort()).toEqual(['India', 'Iran', 'Mongolia', 'Pakistan']);
    expect(observers.body.meta).toMatchObject({ organization: 'sco', on: '2010-01-01', status: 'observer', total: 4 });
    const members = await api.request().get('/v1/organizations/sco/members?on=2017-07-01&status=member').expect(200);
    expect(members.body.data.map((m: { state: string }) => m.state)).toEqual(expect.arrayContaining(['China', 'Russia', 'India', 'Pakistan']));
    expect(members.body.data).toHaveLength(8);
    const before = await api.request().get('/v1/organizations/sco/members?on=2017-06-08&status=member').expect(200);
    expect(before.body.data).toHaveLength(6);
    expectProblem(await api.request().get('/v1/organizations/sco/members?on=2010-02-30'), 400, 'on');
    expectProblem(await api.request().get('/v1/organizations/sco/members?status=friend'), 400, 'status');
    expectProblem(await api.request().get('/v1/organizations/nato/members'), 404, 'id');
  });
});

describe('taxonomy and meta', () => {
  it('lists the threat hierarchy with counts that include children', async () => {
    const res = await api.request().get('/v1/threats').expect(200);
    const byId = Object.fromEntries(res.body.data.map((t: { id: string }) => [t.id, t]));
    expect(byId.extremism.parent).toBe('terrorism');
    expect(byId.terrorism.record_count).toBeGreaterThanOrEqual(byId.extremism.record_count);
    expect(byId.drugs.record_count).toBeGreaterThan(0);
  });

  it('lists the ten phases of section 1.1', async () => {
    const res = await api.request().get('/v1/phases').expect(200);
    expect(res.body.data).toHaveLength(10);
    expect(res.body.data.find((p: { id: string }) => p.id === 'sco-expansion')).toMatchObject({ start_year: 2005, end_year: 2010, organization: 'sco' });
    expect(res.body.data.find((p: { id: string }) => p.id === 'asean-led-mechanisms')).toMatchObject({ start_year: 2014, end_year: 2015 });
  });

  it('gives the corpus version, build time and counts that match the lists', async () => {
    const meta = await api.request().get('/v1/meta').expect(200);
    expect(meta.body.corpus_version).toMatch(/^[0-9a-f]{16}$/);
    expect(new Date(meta.body.built_at).getTime()).not.toBeNaN();
    const docs = await api.request().get('/v1/documents?limit=1').expect(200);
    expect(meta.body.counts.documents).toBe(docs.body.meta.total);
  });

  it('answers health and readiness probes', async () => {
    await api.request().get('/healthz').expect(200, { status: 'ok' });
    await api.request().get('/readyz').expect(200, { status: 'ready' });
  });

  it('answers unknown routes with a problem', async () => {
    expectProblem(await api.request().get('/v2/documents'), 404);
  });
});
