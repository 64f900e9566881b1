import { describe, expect, it } from 'vitest';
import { expectProblem, useApp } from '../helpers/app.js';

const api = useApp();

interface Series {
  id: string; expected: number | null; present: number; status: string; gaps: { count: number }[];
  span: { from: number; to: number }; sources: { kind: string }[];
}

describe('/v1/series', () => {
  it('counts for each series the meetings of the span that the corpus holds, and says how complete it is', async () => {
    const { body } = await api.request().get('/v1/series').expect(200);
    expect(body.data.length).toBeGreaterThan(0);
    for (const series of body.data as Series[]) {
      const meetings = await api.request().get(`/v1/meetings?series=${series.id}&from=${series.span.from}&to=${series.span.to}&limit=1`).expect(200);
      expect(meetings.body.meta.total, series.id).toBe(series.present);
      const expectedStatus = series.expected === null ? 'not-curated'
        : series.present >= series.expected ? 'complete'
          : series.present + series.gaps.reduce((n, g) => n + g.count, 0) >= series.expected ? 'known-gaps' : 'incomplete';
      expect(series.status, series.id).toBe(expectedStatus);
      expect(series.sources.length, series.id).toBeGreaterThan(0);
      if (series.expected !== null) expect(series.sources.some((s) => s.kind === 'public'), series.id).toBe(true);
    }
  });

  it('lists a series with its meetings, each naming the series', async () => {
    const { body } = await api.request().get('/v1/series/asean-sco-secretaries-general').expect(200);
    expect(body.meetings.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['asean-sco-sg-meeting-2004', 'asean-sco-sg-meeting-2022']));
    for (const m of body.meetings as { id: string }[]) {
      const meeting = await api.request().get(`/v1/meetings/${m.id}`).expect(200);
      expect(meeting.body.series).toBe('asean-sco-secretaries-general');
    }
    expectProblem(await api.request().get('/v1/series/nope'), 404, 'id');
  });

  it('filters meetings, documents (through the adopting meeting), the timeline and facets by series', async () => {
    const meetings = await api.request().get('/v1/meetings?series=asean-sco-secretaries-general&limit=500').expect(200);
    const meetingIds = new Set(meetings.body.data.map((m: { id: string }) => m.id));
    expect(meetingIds.size).toBeGreaterThan(0);
    const documents = await api.request().get('/v1/documents?series=asean-sco-secretaries-general&limit=500&facets=series').expect(200);
    expect(documents.body.data.map((d: { id: string }) => d.id)).toContain('asean-sco-mou-2005');
    for (const d of documents.body.data as { adopted_at: string }[]) expect(meetingIds.has(d.adopted_at)).toBe(true);
    expect(documents.body.meta.facets.series).toEqual([expect.objectContaining({ value: 'asean-sco-secretaries-general', count: documents.body.meta.total, selected: true })]);
    const timeline = await api.request().get('/v1/timeline?series=asean-sco-secretaries-general&limit=500').expect(200);
    expect(timeline.body.meta.total).toBe(meetings.body.meta.total + documents.body.meta.total);
    expect(new Set(timeline.body.data.map((e: { kind: string }) => e.kind))).toEqual(new Set(['meeting', 'document']));
    const unknown = await api.request().get('/v1/meetings?series=asean-summmit');
    expectProblem(unknown, 400, 'series');
    expect(unknown.body.allowed).toContain('asean-sco-secretaries-general');
  });
});

describe('provenance', () => {
  it('says on every record and in /v1/meta whether it comes from the thesis, public pages or both', async () => {
    const meta = await api.request().get('/v1/meta').expect(200);
    for (const [kind, plural] of [['document', 'documents'], ['meeting', 'meetings'], ['activity', 'activities']] as const) {
      const p = meta.body.provenance[kind];
      expect(p.thesis + p.public + p.both, kind).toBe(meta.body.counts[plural]);
      for (const provenance of ['thesis', 'public', 'both'] as const) {
        const list = await api.request().get(`/v1/${plural}?limit=500&fields=provenance`).expect(200);
        const counted = list.body.data.filter((r: { provenance: string }) => r.provenance === provenance).length;
        expect(counted, `${kind} ${provenance}`).toBe(p[provenance]);
      }
    }
  });

  it('gives each citation its kind, and a record cited by the thesis quotes it', async () => {
    const { body } = await api.request().get('/v1/documents/sco-charter-2002').expect(200);
    expect(body.provenance).toMatch(/^(thesis|both)$/);
    const thesis = body.citations.filter((c: { kind: string }) => c.kind === 'thesis');
    expect(thesis.length).toBeGreaterThan(0);
    for (const c of thesis) expect(c).toMatchObject({ section: expect.any(String), quote: expect.any(String) });
    for (const c of body.citations.filter((x: { kind: string }) => x.kind === 'public')) {
      expect(c).toMatchObject({ url: expect.stringMatching(/^https?:\/\//), publisher: expect.any(String), title: expect.any(String), supports: expect.any(String) });
    }
  });
});
