import { describe, expect, it } from 'vitest';
import { useApp } from '../helpers/app.js';

const api = useApp();
const get = async (url: string) => (await api.request().get(url).expect(200)).body;

interface Meeting { id: string; ordinal: number | null; date: string; threats: string[]; documents?: { id: string; type: string }[] }

async function meetingsOf(series: string): Promise<Meeting[]> {
  return (await get(`/v1/meetings?series=${series}&from=2001&to=2022&limit=500`)).data;
}

/** The core series completed from the public record (issue 9), asked through the API. */
describe('the core meeting series are complete for 2001–2022, or name their gaps', () => {
  it.each([
    ['sco-heads-of-state', 22, 1, 22],
    ['asean-summit', 35, 7, 41],
    ['arf', 22, 8, 29],
    ['admm-plus', 9, 1, 9],
  ])('%s holds all %i meetings, numbered %i to %i', async (series, expected, first, last) => {
    const meta = await get(`/v1/series/${series}`);
    expect(meta).toMatchObject({ expected, present: expected, status: 'complete', first_ordinal: first, last_ordinal: last });
    const ordinals = (await meetingsOf(series)).map((m) => m.ordinal).sort((a, b) => a! - b!);
    expect(ordinals).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
  });

  it('names every missing meeting of a series that is not complete', async () => {
    const { data } = await get('/v1/series');
    for (const series of data as { id: string; status: string; expected: number | null; present: number; gaps: { count: number; reason: string }[] }[]) {
      if (series.expected === null) continue;
      expect(['complete', 'known-gaps'], series.id).toContain(series.status);
      for (const gap of series.gaps) expect(gap.reason.length, series.id).toBeGreaterThan(20);
    }
  });

  it('has one SCO summit a year, each numbered from the 2001 founding meeting and adopting a declaration', async () => {
    const summits = await meetingsOf('sco-heads-of-state');
    expect(summits.map((m) => Number(m.date.slice(0, 4)))).toEqual(Array.from({ length: 22 }, (_, i) => 2001 + i));
    for (const summit of summits) {
      expect(summit.ordinal, summit.id).toBe(Number(summit.date.slice(0, 4)) - 2000);
      const detail: Meeting = await get(`/v1/meetings/${summit.id}`);
      expect(detail.documents!.some((d) => d.type === 'declaration'), summit.id).toBe(true);
    }
  });

  it('answers what the SCO adopted in every year of the corpus', async () => {
    for (let year = 2001; year <= 2022; year++) {
      const { meta } = await get(`/v1/documents?org=sco&year=${year}&limit=1`);
      expect(meta.total, String(year)).toBeGreaterThan(0);
    }
    const bishkek = await get('/v1/documents?org=sco&year=2013&type=declaration');
    expect(bishkek.data.map((d: { place: string }) => d.place).join(' ')).toMatch(/Bishkek/);
  });

  it.each([
    ['sco-summit-2003', '2003-05-29', /Moscow/],
    ['sco-summit-2013', '2013-09-13', /Bishkek/],
    ['asean-summit-11', '2005-12-12', /Kuala Lumpur/],
    ['arf-8', '2001-07-25', /Ha ?Noi/],
    ['arf-29', '2022-08-05', /Phnom Penh/],
    ['admm-plus-1', '2010-10-12', /Ha ?Noi/],
  ])('dates %s to %s', async (id, date, place) => {
    const meeting = await get(`/v1/meetings/${id}`);
    expect(meeting.date).toBe(date);
    expect(meeting.place).toMatch(place);
    expect(meeting.citations.some((c: { kind: string }) => c.kind === 'public')).toBe(true);
  });

  it('tags a meeting with the threats of the documents it adopted', async () => {
    const { data } = await get('/v1/documents?series=asean-summit&limit=500');
    for (const document of data as { id: string; adopted_at: string; threats: string[] }[]) {
      const meeting = await get(`/v1/meetings/${document.adopted_at}`);
      expect(meeting.threats, `${meeting.id} adopted ${document.id}`).toEqual(expect.arrayContaining(document.threats));
    }
  });

  it('marks meetings held by videoconference', async () => {
    for (const id of ['asean-summit-36', 'asean-summit-37', 'sco-summit-2020']) {
      expect((await get(`/v1/meetings/${id}`)).format, id).toBe('virtual');
    }
  });
});
