import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dateBounds } from '../../src/domain/partial-date.js';
import { expectProblem, useApp } from '../helpers/app.js';

const api = useApp();
const get = (url: string) => api.request().get(url);
const pathOf = (url: string) => { const parsed = new URL(url); return `${parsed.pathname}${parsed.search}`; };
const ids = (body: { data: { id: string }[] }) => body.data.map((d) => d.id);

describe('full-text search', () => {
  it('ranks the instrument an abbreviation names first', async () => {
    for (const [q, first] of [['ACCT', 'asean-acct-2007'], ['ACTIP', 'asean-actip-2015'], ['"drug-free"', 'asean-drug-free-2015-declaration-2012']] as const) {
      const res = await get(`/v1/search?q=${encodeURIComponent(q)}`).expect(200);
      expect(res.body.data[0].id, q).toBe(first);
      expect(res.body.data[0].snippet).toMatch(/<mark>/);
    }
  });

  it('finds bodies and their instruments by abbreviation, and prefixes', async () => {
    const rats = await get('/v1/search?q=RATS&limit=5').expect(200);
    expect(ids(rats.body)).toEqual(expect.arrayContaining(['rats', 'sco-rats-agreement-2002']));
    const admm = await get('/v1/search?q=ADMM&limit=50').expect(200);
    expect(ids(admm.body)).toEqual(expect.arrayContaining(['admm', 'admm-1']));
    const prefix = await get('/v1/search?q=traffick*&limit=100').expect(200);
    const whole = await get('/v1/search?q=trafficking&limit=100').expect(200);
    expect(prefix.body.meta.total).toBeGreaterThanOrEqual(whole.body.meta.total);
    expect(ids(prefix.body)).toContain('asean-actip-2015');
  });

  it('ranks a title match above a mention in the body', async () => {
    const res = await get('/v1/search?q=Charter&kind=document').expect(200);
    const top = res.body.data.slice(0, 2).map((d: { id: string }) => d.id).sort();
    expect(top).toEqual(['asean-charter-2007', 'sco-charter-2002']);
  });

  it('counts hits per kind in a facet that adds up to the total', async () => {
    const res = await get('/v1/search?q=terrorism&facets=kind,threat').expect(200);
    const kinds = res.body.meta.facets.kind as { value: string; count: number }[];
    expect(kinds.reduce((sum, k) => sum + k.count, 0)).toBe(res.body.meta.total);
    const docs = await get('/v1/search?q=terrorism&kind=document').expect(200);
    expect(kinds.find((k) => k.value === 'document')?.count).toBe(docs.body.meta.total);
  });

  it('filters search by organization and year, and pages through by cursor', async () => {
    const res = await get('/v1/search?q=declaration&org=sco&limit=3').expect(200);
    expect(res.body.data.every((h: { kind: string }) => h.kind !== 'organization')).toBe(true);
    const seen: string[] = [];
    let url: string | null = '/v1/search?q=declaration&limit=4';
    while (url) {
      const page: { body: { data: { kind: string; id: string }[]; links: { next: string | null } } } = await get(url).expect(200);
      seen.push(...page.body.data.map((h: { kind: string; id: string }) => `${h.kind}:${h.id}`));
      url = page.body.links.next && pathOf(page.body.links.next);
    }
    const all = await get('/v1/search?q=declaration&limit=500').expect(200);
    expect(seen).toEqual(all.body.data.map((h: { kind: string; id: string }) => `${h.kind}:${h.id}`));
  });

  it('never hands raw FTS5 syntax to SQLite: odd input gives results or a named 400', async () => {
    for (const q of ['"unbalanced', 'AND', 'NOT OR NEAR(', 'drugs)', 'a"b"c"', "O'Reilly", '*', '-', '^trafficking', 'col:value', '{x}', "'; DROP TABLE documents; --"]) {
      const res = await get(`/v1/search?q=${encodeURIComponent(q)}`);
      expect([200, 400], q).toContain(res.status);
      if (res.status === 400) expectProblem(res, 400, 'q');
    }
    expectProblem(await get('/v1/search'), 400, 'q');
    expectProblem(await get('/v1/search?q=drugs&kind=treaty'), 400, 'kind');
    expectProblem(await get('/v1/search?q=drugs&facets=colour'), 400, 'facets');
  });

  it('searches within a list with q, ordered by relevance unless asked otherwise', async () => {
    const res = await get('/v1/documents?q=trafficking').expect(200);
    expect(res.body.meta.total).toBeGreaterThan(3);
    expect(ids(res.body)).toContain('asean-actip-2015');
    const byDate = await get('/v1/documents?q=trafficking&sort=date&limit=500').expect(200);
    const starts = byDate.body.data.map((d: { date: string }) => dateBounds(d.date).start);
    expect([...starts].sort()).toEqual(starts);
    const orgs = await get('/v1/organizations?q=defence').expect(200);
    expect(ids(orgs.body)).toEqual(expect.arrayContaining(['admm', 'admm-plus']));
  });
});

describe('facets', () => {
  it('counts single-valued facets that add up to the total', async () => {
    const res = await get('/v1/documents?facets=type,year&org=asean').expect(200);
    for (const facet of ['type', 'year']) {
      const values = res.body.meta.facets[facet] as { count: number }[];
      expect(values.reduce((s, v) => s + v.count, 0), facet).toBe(res.body.meta.total);
    }
  });

  it('gives each facet value the count that filtering on it returns', async () => {
    const res = await get('/v1/documents?facets=threat,org,phase&from=2015').expect(200);
    for (const facet of ['threat', 'org', 'phase'] as const) {
      for (const value of (res.body.meta.facets[facet] as { value: string; count: number }[]).slice(0, 4)) {
        const filtered = await get(`/v1/documents?from=2015&${facet}=${value.value}&limit=1`).expect(200);
        expect(filtered.body.meta.total, `${facet}=${value.value}`).toBe(value.count);
      }
    }
  });

  it('marks the selected value and rejects unknown facets', async () => {
    const res = await get('/v1/documents?facets=threat&threat=drugs').expect(200);
    const drugs = res.body.meta.facets.threat.find((v: { value: string }) => v.value === 'drugs');
    expect(drugs).toMatchObject({ selected: true, count: res.body.meta.total, label: 'Illicit drugs' });
    expectProblem(await get('/v1/documents?facets=colour'), 400, 'facets');
  });
});

describe('sorting and fields', () => {
  it('sorts by -date and by title', async () => {
    const asc = await get('/v1/documents?limit=500').expect(200);
    const desc = await get('/v1/documents?sort=-date&limit=500').expect(200);
    expect(ids(desc.body)).toEqual([...ids(asc.body)].reverse());
    const byTitle = await get('/v1/documents?sort=title&limit=500').expect(200);
    const titles = byTitle.body.data.map((d: { title: string }) => d.title.toLowerCase());
    expect([...titles].sort()).toEqual(titles);
    expectProblem(await get('/v1/documents?sort=relevance'), 400, 'sort');
    expectProblem(await get('/v1/documents?sort=size'), 400, 'sort');
  });

  it('returns only the fields asked for, always with the id', async () => {
    const res = await get('/v1/documents?fields=title,date&limit=3').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json; profile="sparse"/);
    for (const item of res.body.data) expect(Object.keys(item).sort()).toEqual(['date', 'id', 'links', 'title']);
    const bad = await get('/v1/documents?fields=title,secret');
    expectProblem(bad, 400, 'fields');
    expect(bad.body.detail).toMatch(/unknown field "secret"/);
  });
});

describe('exports', () => {
  it('exports CSV that a CSV parser reads back to the same records', async () => {
    const json = await get('/v1/documents?threat=drugs&limit=500').expect(200);
    const csv = await get('/v1/documents?threat=drugs').set('Accept', 'text/csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parseCsv(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(ids(json.body));
    json.body.data.forEach((doc: { id: string; title: string; summary: string; organizations: { id: string; role: string }[]; threats: string[] }, i: number) => {
      expect(rows[i]!.title).toBe(doc.title);
      expect(rows[i]!.summary).toBe(doc.summary);
      expect(rows[i]!.organizations).toBe(doc.organizations.map((o) => `${o.id}:${o.role}`).join('; '));
      expect(rows[i]!.threats).toBe(doc.threats.join('; '));
    });
    const viaParam = await get('/v1/meetings?format=csv&fields=title,date').expect(200);
    expect(viaParam.text.split('\r\n')[0]).toBe('id,title,date');
  });

  it('streams every matching record as NDJSON, beyond one page', async () => {
    const total = (await get('/v1/documents?limit=1').expect(200)).body.meta.total;
    const res = await get('/v1/documents?format=ndjson&limit=1').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = res.text.trim().split('\n').map((l) => JSON.parse(l) as { id: string });
    expect(lines).toHaveLength(total);
    expect(new Set(lines.map((l) => l.id)).size).toBe(total);
  });

  it('answers 406 for a representation it does not have', async () => {
    const res = await get('/v1/documents').set('Accept', 'image/png');
    expectProblem(res, 406, 'Accept');
    await get('/v1/documents').set('Accept', 'text/html, */*;q=0.1').expect(200).expect('content-type', /application\/json/);
  });
});

describe('timeline', () => {
  it('merges records and membership changes in date order', async () => {
    const res = await get('/v1/timeline?org=sco&limit=500').expect(200);
    const kinds = new Set(res.body.data.map((e: { kind: string }) => e.kind));
    expect([...kinds].sort()).toEqual(['activity', 'document', 'meeting', 'membership']);
    const starts = res.body.data.map((e: { date: string }) => dateBounds(e.date).start);
    expect([...starts].sort()).toEqual(starts);
    expect(res.body.data.map((e: { id: string }) => e.id)).toContain('sco-india-member-start-2017');
  });

  it('pages by cursor, filters by threat and date, and groups by year', async () => {
    const all = await get('/v1/timeline?limit=500').expect(200);
    const seen: string[] = [];
    let url: string | null = '/v1/timeline?limit=37';
    while (url) {
      const page: { body: { data: { kind: string; id: string }[]; links: { next: string | null } } } = await get(url).expect(200);
      seen.push(...page.body.data.map((e: { kind: string; id: string }) => `${e.kind}:${e.id}`));
      url = page.body.links.next && pathOf(page.body.links.next);
    }
    expect(seen).toEqual(all.body.data.map((e: { kind: string; id: string }) => `${e.kind}:${e.id}`));
    const drugs = await get('/v1/timeline?threat=drugs&limit=500').expect(200);
    expect(drugs.body.data.every((e: { kind: string }) => e.kind !== 'membership')).toBe(true);
    const grouped = await get('/v1/timeline?from=2015&to=2015&group=year&limit=500').expect(200);
    expect(grouped.body.groups.map((g: { year: number }) => g.year)).toEqual([2015]);
    expect(grouped.body.groups[0].count).toBe(grouped.body.data.length);
    expectProblem(await get('/v1/timeline?kind=war'), 400, 'kind');
    expectProblem(await get('/v1/timeline?org=nato'), 400, 'org');
  });
});

describe('comparison', () => {
  it('sets the SCO and ASEAN side by side on a threat', async () => {
    const res = await get('/v1/compare?threat=drugs').expect(200);
    expect(res.body.organizations.map((o: { id: string }) => o.id)).toEqual(['sco', 'asean']);
    for (const side of res.body.organizations) {
      const docs = await get(`/v1/documents?org=${side.id}&threat=drugs&limit=500`).expect(200);
      expect(side.document_count).toBe(docs.body.meta.total);
      expect(side.documents_by_type.reduce((s: number, t: { count: number }) => s + t.count, 0)).toBe(side.document_count);
      expect(side.first_document.id).toBe(docs.body.data[0].id);
      expect(side.per_phase).toHaveLength(5);
      expect(side.characterizations).toHaveLength(1);
      expect(side.characterizations[0].citations.length).toBeGreaterThan(0);
    }
    const all = await get('/v1/compare').expect(200);
    expect(all.body.organizations[0].characterizations).toHaveLength(3);
    expectProblem(await get('/v1/compare?threat=piracy'), 400, 'threat');
  });
});

describe('relations and citations', () => {
  it('lists relations in both directions and the adopting meeting', async () => {
    const res = await get('/v1/documents/asean-acct-2007/related').expect(200);
    expect(res.body.relations).toContainEqual(expect.objectContaining({ id: 'asean-acpoa-ct-2017', type: 'implements', direction: 'incoming' }));
    expect(res.body.adopting_meeting).toMatchObject({ id: 'asean-summit-12' });
    const mou = await get('/v1/documents/asean-sco-mou-2005/related').expect(200);
    expect(mou.body.adopting_meeting.other_documents).toEqual([]);
    expectProblem(await get('/v1/documents/nope/related'), 404, 'id');
  });

  it('exports a document as BibTeX, RIS and CSL-JSON', async () => {
    const bib = await get('/v1/documents/asean-acct-2007/citation?format=bibtex').expect(200);
    expect(bib.headers['content-type']).toMatch(/^application\/x-bibtex/);
    expect(bib.text).toMatch(/^@misc\{asean-acct-2007,\n  title = \{\{ASEAN Convention on Counter Terrorism\}\},/);
    expect(bib.text).toContain('date = {2007-01-13}');
    const ris = await get('/v1/documents/asean-acct-2007/citation?format=ris').expect(200);
    expect(ris.text).toMatch(/^TY {2}- TREATY\r\n/);
    expect(ris.text).toContain('DA  - 2007/01/13/');
    expect(ris.text.trimEnd().endsWith('ER  -')).toBe(true);
    const csl = await get('/v1/documents/asean-acct-2007/citation').expect(200);
    expect(JSON.parse(csl.text)).toEqual([expect.objectContaining({ id: 'asean-acct-2007', type: 'treaty', issued: { 'date-parts': [[2007, 1, 13]] } })]);
    expectProblem(await get('/v1/documents/asean-acct-2007/citation?format=word'), 406, 'format');
  });

  it('exports the citations of a filtered list', async () => {
    const docs = await get('/v1/documents?threat=trafficking&limit=500').expect(200);
    const csl = await get('/v1/citations?threat=trafficking').expect(200);
    expect(JSON.parse(csl.text).map((c: { id: string }) => c.id)).toEqual(ids(docs.body));
    const bib = await get('/v1/citations?threat=trafficking&format=bibtex').expect(200);
    expect(bib.text.match(/^@misc\{/gm)).toHaveLength(docs.body.meta.total);
  });
});
