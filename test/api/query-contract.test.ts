import { parse as parseCsv } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listSeedFiles } from '../../src/corpus/seed-files.js';
import { validateSeedFiles } from '../../src/corpus/validate-seed.js';
import { FILTERS } from '../../src/queries/filter-table.js';
import { expectProblem, useApp } from '../helpers/app.js';
import { ROOT, SEED_DIR } from '../helpers/paths.js';

const api = useApp();
const get = (url: string) => api.request().get(url);
const ids = (body: { data: { id: string }[] }) => body.data.map((d) => d.id);
const all = async (url: string) => ids((await get(`${url}${url.includes('?') ? '&' : '?'}limit=500`).expect(200)).body);
const spec = JSON.parse(readFileSync(`${ROOT}/openapi/openapi.json`, 'utf8')) as {
  paths: Record<string, { get: { parameters?: { name: string; in: string; description?: string }[] } }>;
  components: { schemas: Record<string, { enum?: string[] }> };
};

describe('1. filters declared once', () => {
  it('gives every filter parameter of every endpoint the description of the filter table', () => {
    let seen = 0;
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const parameter of item.get.parameters ?? []) {
        const filter = FILTERS[parameter.name as keyof typeof FILTERS];
        // On /v1/search, q is the search itself, not a filter of it.
        if (parameter.in !== 'query' || !filter || (path === '/v1/search' && parameter.name === 'q')) continue;
        expect(parameter.description, `${path} ${parameter.name}`).toMatch(new RegExp(`^${filter.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(50);
  });

  it('applies year on the timeline (it was ignored) and checks ids on every endpoint that takes the filter', async () => {
    const res = await get('/v1/timeline?year=2005&limit=500').expect(200);
    expect(res.body.meta.total).toBeGreaterThan(0);
    expect(res.body.data.every((e: { date: string }) => e.date.startsWith('2005'))).toBe(true);
    for (const url of ['/v1/timeline?series=nope', '/v1/search?q=drugs&phase=nope', '/v1/citations?meeting=nope', '/v1/facets?threat=nope', '/v1/compare?threat=nope']) {
      const bad = await get(url);
      expectProblem(bad, 400, [...new URL(url, 'http://x').searchParams.keys()].find((k) => k !== 'q'));
    }
  });

  it('has no hand-written query type and no handler that casts its query', () => {
    const sources = readdirSync(`${ROOT}/src/routes`).map((f) => readFileSync(`${ROOT}/src/routes/${f}`, 'utf8')).join('\n');
    expect(sources).not.toMatch(/request\.query as/);
    expect(sources).not.toMatch(/RecordListQuery/);
  });
});

describe('2. unknown parameters and formats', () => {
  it('answers an unknown parameter with a 400 naming it and the nearest ones first', async () => {
    const typo = await get('/v1/documents?thret=drugs');
    expectProblem(typo, 400, 'thret');
    expect(typo.body.suggestions[0]).toBe('threat');
    expect(typo.body.allowed).toContain('threat');
    expectProblem(await get('/v1/meta?verbose=1'), 400, 'verbose');
    expectProblem(await get('/v1/documents/sco-charter-2002?fields=title'), 400, 'fields');
    const drug = await get('/v1/documents?threat=drug');
    expectProblem(drug, 400, 'threat');
    expect(drug.body.suggestions).toEqual(['drugs']);
  });

  it('refuses a format an endpoint cannot produce as it refuses the equivalent Accept', async () => {
    for (const [path, format, type] of [['/v1/meta', 'csv', 'text/csv'], ['/v1/documents/sco-charter-2002', 'ndjson', 'application/x-ndjson'], ['/v1/documents', 'bibtex', 'application/x-bibtex']] as const) {
      const byFormat = await get(`${path}?format=${format}`);
      const byAccept = await get(path).set('Accept', type);
      expectProblem(byFormat, 406, 'format');
      expectProblem(byAccept, 406, 'Accept');
      expect(byFormat.body.title).toBe(byAccept.body.title);
    }
  });
});

describe('3. OR and NOT', () => {
  it('reads threat=drugs,trafficking as either and org=!asean as not, on lists and citations', async () => {
    const drugs = await all('/v1/documents?threat=drugs');
    const trafficking = await all('/v1/documents?threat=trafficking');
    const either = await all('/v1/documents?threat=drugs,trafficking');
    expect(new Set(either)).toEqual(new Set([...drugs, ...trafficking]));
    const everything = await all('/v1/documents');
    const asean = await all('/v1/documents?org=asean');
    expect(await all('/v1/documents?org=!asean')).toEqual(everything.filter((id) => !asean.includes(id)));
    const cited = JSON.parse((await get('/v1/citations?threat=drugs,trafficking&org=!asean').expect(200)).text) as { id: string }[];
    expect(cited.map((c) => c.id)).toEqual((await all('/v1/documents?threat=drugs,trafficking&org=!asean')));
  });

  it('works the same on search, timeline, facets and compare, and facets honour it', async () => {
    const hits = (await get('/v1/search?q=drug*&threat=!drugs&limit=500').expect(200)).body;
    for (const hit of hits.data) {
      const record = (await get(`/v1/${hit.kind === 'activity' ? 'activities' : `${hit.kind}s`}/${hit.id}`).expect(200)).body;
      expect(record.threats, hit.id).not.toContain('drugs');
    }
    const timeline = (await get('/v1/timeline?org=sco,asean&kind=document&limit=500').expect(200)).body;
    expect(timeline.meta.total).toBe((await all('/v1/documents?org=sco,asean')).length);
    const facets = (await get('/v1/facets?kind=document&threat=drugs,trafficking&facets=threat').expect(200)).body;
    expect(facets.meta.total).toBe((await all('/v1/documents?threat=drugs,trafficking')).length);
    const selected = facets.facets.threat.filter((v: { selected: boolean }) => v.selected).map((v: { value: string }) => v.value).sort();
    expect(selected).toEqual(['drugs', 'trafficking']);
    const listFacets = (await get('/v1/documents?threat=drugs,trafficking&facets=threat&limit=1').expect(200)).body.meta.facets;
    expect(listFacets.threat).toEqual(facets.facets.threat);
    const compare = (await get('/v1/compare?threat=drugs,trafficking').expect(200)).body;
    expect(compare.threat).toBe('drugs,trafficking');
    expect(compare.organizations[1].document_count).toBe((await all('/v1/documents?org=asean&threat=drugs,trafficking')).length);
  });

  it('names a bad list by its parameter', async () => {
    expectProblem(await get('/v1/documents?threat=drugs,'), 400, 'threat');
    expectProblem(await get('/v1/documents?year=2005,20x5'), 400, 'year');
    expectProblem(await get('/v1/documents?org=sco&org=asean'), 400, 'org');
  });
});

describe('4. CSV and NDJSON on every collection', () => {
  it.each([
    ['/v1/search?q=drugs', 'kind'],
    ['/v1/timeline?org=sco', 'kind'],
    ['/v1/organizations', 'id'],
    ['/v1/organizations/sco/members?on=2010-01-01', 'state'],
    ['/v1/compare?threat=drugs', 'organization'],
    ['/v1/facets?facets=year', 'facet'],
  ])('%s', async (url, firstColumn) => {
    const join = url.includes('?') ? '&' : '?';
    const csv = await get(`${url}${join}format=csv`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parseCsv(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]!)[0]).toBe(firstColumn);
    const accept = await get(url).set('Accept', 'application/x-ndjson').expect(200);
    const lines = accept.text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBe(rows.length);
    const bom = await get(`${url}${join}format=csv&bom=true`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect([...(bom.body as Buffer).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('exports every search hit and every timeline event, beyond one page', async () => {
    const total = (await get('/v1/search?q=terrorism&limit=1').expect(200)).body.meta.total;
    const ndjson = await get('/v1/search?q=terrorism&format=ndjson&limit=1').expect(200);
    expect(ndjson.text.trim().split('\n')).toHaveLength(total);
    const events = (await get('/v1/timeline?limit=1').expect(200)).body.meta.total;
    const csv = await get('/v1/timeline?format=csv').expect(200);
    expect(parseCsv(csv.text, { columns: true })).toHaveLength(events);
  });
});

describe('5. timeline groups', () => {
  it('counts each year over the whole filtered range, whatever the page, and lists each event once', async () => {
    const page = (await get('/v1/timeline?org=sco&group=year&limit=3').expect(200)).body;
    const everything = (await get('/v1/timeline?org=sco&limit=500').expect(200)).body;
    expect(page.groups.reduce((n: number, g: { count: number }) => n + g.count, 0)).toBe(page.meta.total);
    const years = page.groups.map((g: { year: number }) => g.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    for (const group of page.groups) {
      expect(group.count).toBe(everything.data.filter((e: { date: string }) => e.date.startsWith(String(group.year))).length);
      expect(group).not.toHaveProperty('events');
    }
  });
});

describe('6. facets', () => {
  it('lists years in chronological order, fills empty years on request, and counts without records', async () => {
    const list = (await get('/v1/documents?org=sco&facets=year&limit=1').expect(200)).body.meta.facets.year as { value: string; count: number }[];
    expect(list.map((v) => v.value)).toEqual(list.map((v) => v.value).sort());
    const counts = (await get('/v1/facets?kind=document&org=sco&facets=year,threat').expect(200)).body;
    expect(counts).not.toHaveProperty('data');
    expect(counts.facets.year).toEqual(list);
    // Activities leave some years empty: those come back with zero counts, the others as counted.
    const sparse = (await get('/v1/facets?kind=activity&facets=year&from=2001&to=2022').expect(200)).body.facets.year as { value: string; count: number }[];
    const filled = (await get('/v1/facets?kind=activity&facets=year&fill_years=true&from=2001&to=2022').expect(200)).body.facets.year as { value: string; count: number }[];
    expect(sparse.length).toBeLessThan(22);
    expect(filled.map((v) => v.value)).toEqual(Array.from({ length: 22 }, (_, i) => String(2001 + i)));
    for (const year of filled) expect(year.count, year.value).toBe(sparse.find((v) => v.value === year.value)?.count ?? 0);
  });
});

describe('7. absolute links', () => {
  const proxied = useApp({ TRUST_PROXY: 1 });

  it('makes links, the Link header and every record link absolute, honouring X-Forwarded-* behind a trusted proxy', async () => {
    const res = await proxied.request().get('/v1/documents?limit=2').set('X-Forwarded-Proto', 'https').set('X-Forwarded-Host', 'corpus.example.org').expect(200);
    expect(res.body.links.self).toBe('https://corpus.example.org/v1/documents?limit=2');
    expect(res.body.links.next).toMatch(/^https:\/\/corpus\.example\.org\/v1\/documents\?limit=2&cursor=/);
    expect(res.headers.link).toBe(`<${res.body.links.next}>; rel="next"`);
    for (const item of res.body.data) expect(item.links.self).toBe(`https://corpus.example.org/v1/documents/${item.id}`);
    // The same URL reached through another host is not answered from the cache of the first.
    const other = await proxied.request().get('/v1/documents?limit=2').set('X-Forwarded-Proto', 'https').set('X-Forwarded-Host', 'mirror.example.net').expect(200);
    expect(other.body.links.self).toBe('https://mirror.example.net/v1/documents?limit=2');
    expect(other.headers.etag).not.toBe(res.headers.etag);
    const detail = await proxied.request().get('/v1/meetings/asean-summit-12').set('X-Forwarded-Host', 'corpus.example.org').expect(200);
    expect(detail.body.links.self).toBe('http://corpus.example.org/v1/meetings/asean-summit-12');
    const untrusted = await get('/v1/documents?limit=1').set('X-Forwarded-Host', 'evil.example').expect(200);
    expect(untrusted.body.links.self).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/documents\?limit=1$/);
    const hits = await get('/v1/search?q=ACTIP&limit=1').expect(200);
    expect(hits.body.data[0].links.self).toMatch(/\/v1\/documents\/asean-actip-2015$/);
    for (const url of ['/v1/organizations', '/v1/series', '/v1/timeline?limit=5']) {
      for (const record of (await get(url).expect(200)).body.data) expect(record.links.self, url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/[a-z]+\/[a-z0-9-]+$/);
    }
    expect((await get('/v1/organizations/rats').expect(200)).body.links.self).toMatch(/\/v1\/organizations\/rats$/);
    expect((await get('/v1/series/eas').expect(200)).body.links.self).toMatch(/\/v1\/series\/eas$/);
  });
});

describe('7b. PUBLIC_URL pins the origin of links', () => {
  const pinned = useApp({ PUBLIC_URL: 'https://api.example.org', TRUST_PROXY: 1 });

  it('builds every link on PUBLIC_URL whatever Host or X-Forwarded-Host the client sends, with one ETag', async () => {
    const first = await pinned.request().get('/v1/documents?limit=1').set('X-Forwarded-Host', 'evil.example').expect(200);
    expect(first.body.links.self).toBe('https://api.example.org/v1/documents?limit=1');
    expect(first.body.links.next).toMatch(/^https:\/\/api\.example\.org\/v1\/documents\?limit=1&cursor=/);
    expect(first.body.data[0].links.self).toMatch(/^https:\/\/api\.example\.org\/v1\/documents\/[a-z0-9-]+$/);
    const second = await pinned.request().get('/v1/documents?limit=1').set('Host', 'other.example').expect(200);
    expect(second.body.links.self).toBe(first.body.links.self);
    expect(second.headers.etag).toBe(first.headers.etag);
  });
});

describe('8. OpenAPI enums from the corpus', () => {
  it('lists the corpus ids, each also negated, as the enums of org, threat, phase, series and type', async () => {
    const threats = (await get('/v1/threats').expect(200)).body.data.map((t: { id: string }) => t.id);
    expect(spec.components.schemas.ThreatFilter!.enum).toEqual([...threats, ...threats.map((t: string) => `!${t}`)]);
    const series = (await get('/v1/series').expect(200)).body.data.map((s: { id: string }) => s.id).sort();
    expect([...spec.components.schemas.SeriesFilter!.enum!].filter((v) => !v.startsWith('!')).sort()).toEqual(series);
    for (const name of ['OrganizationFilter', 'PhaseFilter', 'DocumentTypeFilter', 'MeetingTypeFilter', 'ActivityTypeFilter']) {
      expect(spec.components.schemas[name]?.enum?.length, name).toBeGreaterThan(4);
    }
  });

  it('holds exactly the ids of the seed files (npm run generate after a seed edit keeps them in step)', () => {
    const { corpus } = validateSeedFiles(listSeedFiles(SEED_DIR));
    const plain = (component: string) => spec.components.schemas[component]!.enum!.filter((v) => !v.startsWith('!')).sort();
    const seedIds = (records: { record: { id: string } }[]) => records.map((r) => r.record.id).sort();
    expect(plain('OrganizationFilter')).toEqual(seedIds(corpus.organizations));
    expect(plain('ThreatFilter')).toEqual(seedIds(corpus.threats));
    expect(plain('PhaseFilter')).toEqual(seedIds(corpus.phases));
    expect(plain('SeriesFilter')).toEqual(seedIds(corpus.series));
  });
});
