import Database from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dataPackage, LEFT_OUT } from '../../src/pages/data-package.js';
import { citationBlock } from '../../src/pages/evidence.js';
import { escapeHtml, html, marked } from '../../src/pages/html.js';
import { gapsSection, meetingsTable } from '../../src/pages/series-page.js';
import { expectProblem, useApp } from '../helpers/app.js';
import { TEST_DATABASE } from '../helpers/paths.js';

const api = useApp();

const get = (url: string) => api.request().get(url);
/** What a browser sends when it follows a link. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const total = (page: string) => Number(/<span class="total">(\d+)/.exec(page)![1]);
const hrefs = (page: string, selector: RegExp) => [...page.matchAll(selector)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('the html tag', () => {
  it('escapes every interpolated value and lets through only Html', () => {
    const evil = '<script>alert("x")</script>&\'';
    expect(html`<p title="${evil}">${evil}</p>`.text).toBe(`<p title="${escapeHtml(evil)}">${escapeHtml(evil)}</p>`);
    expect(html`<p>${['<a>', html`<b>bold</b>`, null, 3]}</p>`.text).toBe('<p>&lt;a&gt;<b>bold</b>3</p>');
  });

  it('keeps the highlighter\'s <mark> and nothing else', () => {
    expect(marked('<mark>drug</mark> <img src=x onerror=alert(1)>').text).toBe('<mark>drug</mark> &lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('evidence', () => {
  it('shows a public source with its publisher, title, what it supports and the facts it confirms', () => {
    const block = citationBlock({ kind: 'public', url: 'https://example.org/a?b=1&c=2', publisher: 'ASEAN Secretariat', title: 'Chairman\'s Statement', supports: 'the date & place', confirms: ['date', 'place'] }).text;
    expect(block).toContain('data-citation-kind="public"');
    expect(block).toContain('ASEAN Secretariat: <a href="https://example.org/a?b=1&amp;c=2" rel="external noreferrer">Chairman&#39;s Statement</a>');
    expect(block).toContain('<strong>Supports:</strong> the date &amp; place');
    expect(block).toContain('<strong>Confirms:</strong> date, place');
  });

  it('shows a thesis citation with section, footnotes, source entry and quote', () => {
    const block = citationBlock({ kind: 'thesis', section: '2.1', footnotes: [12, 13], source_entry: 5, url: null, quote: 'a <quoted> passage' }).text;
    expect(block).toContain('section 2.1, footnotes 12, 13, primary source entry 5');
    expect(block).toContain('<blockquote><p>a &lt;quoted&gt; passage</p></blockquote>');
  });
});

describe('series', () => {
  it('the home page shows the coverage of every series as /v1/series gives it', async () => {
    const page = (await get('/').expect(200)).text;
    const all = (await get('/v1/series').expect(200)).body.data as { id: string; present: number; expected: number | null }[];
    expect(all.length).toBeGreaterThan(0);
    for (const series of all) {
      const row = new RegExp(`<tr data-series="${series.id}">.*?</tr>`, 's').exec(page)?.[0];
      expect(row, series.id).toBeDefined();
      expect(row).toContain(`<td>${series.expected ?? '—'}</td><td>${series.present}</td>`);
    }
  });

  it('/series lists every series with its body, span, counts, status and gaps, each linked to its page', async () => {
    const page = (await get('/series').expect(200)).text;
    expect(page).toContain('<a href="/series" aria-current="page">Series</a>');
    const all = (await get('/v1/series').expect(200)).body.data as { id: string; name: string; body: { id: string }; span: { from: number; to: number }; present: number; expected: number | null; status: string; gaps: unknown[] }[];
    expect(total(page)).toBe(all.length);
    for (const series of all) {
      const row = new RegExp(`<tr data-series="${series.id}">.*?</tr>`, 's').exec(page)?.[0];
      expect(row, series.id).toBeDefined();
      expect(row).toContain(`<a href="/series/${series.id}">${escapeHtml(series.name)}</a>`);
      expect(row).toContain(`href="/organizations/${series.body.id}"`);
      expect(row).toContain(`<td>${series.span.from}–${series.span.to}</td><td>${series.expected ?? '—'}</td><td>${series.present}</td>`);
      expect(row).toContain(`status-${series.status}`);
      expect(row).toContain(series.gaps.length ? `<summary>${series.gaps.length}</summary>` : '<td>0</td>');
    }
    expect(page).toContain('href="/v1/series"');
  });

  it('/series/{id} shows its meetings in order with what they adopted, its gaps with reasons and its sources', async () => {
    const all = (await get('/v1/series').expect(200)).body.data as { id: string; gaps: unknown[]; present: number; sources: unknown[] }[];
    const withGaps = all.find((s) => s.gaps.length > 0 && s.present > 1 && s.sources.length > 0)!;
    for (const id of [withGaps.id, 'asean-summit']) {
      const json = (await get(`/v1/series/${id}`).expect(200)).body;
      const page = (await get(`/series/${id}`).expect(200)).text;
      expect(page).toContain(`<h1>${escapeHtml(json.name)}</h1>`);
      expect(hrefs(page, /<tr data-meeting="([^"]+)">/g)).toEqual(json.meetings.map((m: { id: string }) => m.id));
      for (const meeting of json.meetings) {
        const row = new RegExp(`<tr data-meeting="${meeting.id}">.*?</tr>`, 's').exec(page)![0];
        expect(row).toContain(`<td>${meeting.ordinal ?? '—'}</td><td><time datetime="${meeting.date}">`);
        expect(row).toContain(`<a href="/meetings/${meeting.id}">${escapeHtml(meeting.title)}</a>`);
        expect(row).toContain(`<td>${escapeHtml(meeting.place ?? '—')}</td><td>${meeting.format}</td>`);
      }
      const adopted = (await get(`/v1/documents?series=${id}&limit=500`).expect(200)).body.data as { id: string; adopted_at: string }[];
      expect(adopted.length).toBeGreaterThan(0);
      for (const document of adopted) {
        expect(new RegExp(`<tr data-meeting="${document.adopted_at}">.*?</tr>`, 's').exec(page)![0]).toContain(`href="/documents/${document.id}"`);
      }
      for (const gap of json.gaps) expect(page).toContain(`<strong>${escapeHtml(gap.label)}</strong>`);
      for (const gap of json.gaps) expect(page).toContain(escapeHtml(gap.reason));
      for (const source of json.sources.filter((c: { kind: string }) => c.kind === 'public')) {
        expect(page).toContain(`${escapeHtml(source.publisher)}: <a href="${escapeHtml(source.url)}" rel="external noreferrer">`);
      }
      expect(page).toContain(`href="/v1/series/${id}"`);
      expect(page).toContain(`href="/meetings?series=${id}"`);
    }
  });

  it('says how many meetings of an incomplete series are neither present nor named as gaps', () => {
    const span = { from: 2001, to: 2022 } as const;
    const gap = { label: '6th meeting', year: 2007, ordinal: 6, count: 2, reason: 'no date <found>' };
    const incomplete = gapsSection({ expected: 10, present: 5, gaps: [gap], span }).text;
    expect(incomplete).toContain('<strong>6th meeting</strong> <span class="meta">2007</span> <span class="meta">(2 meetings)</span>: no date &lt;found&gt;');
    expect(incomplete).toContain('<p class="unsettled">3 more meetings of 2001–2022 are neither in the corpus nor named as a gap.</p>');
    expect(gapsSection({ expected: 7, present: 5, gaps: [gap], span }).text).not.toContain('unsettled');
    expect(gapsSection({ expected: null, present: 5, gaps: [], span }).text).toContain('<p>None: no count of the meetings is claimed for this series.</p>');
  });

  it('marks a meeting outside the counted span as not counted', () => {
    const meeting = (id: string, date: string) => ({ id, title: id, ordinal: null, date, place: null, format: 'virtual', documents: [] });
    const table = meetingsTable({ span: { from: 2001, to: 2022 }, meetings: [meeting('in-span', '2022-09-21'), meeting('after', '2023-08-22')] }).text;
    expect(/<tr data-meeting="in-span">.*?<\/tr>/s.exec(table)![0]).not.toContain('not counted');
    expect(/<tr data-meeting="after">.*?<\/tr>/s.exec(table)![0]).toContain('(outside 2001–2022, not counted)');
  });

  it('an unknown series answers a 404 page naming it; the home and meeting pages link to series pages', async () => {
    const missing = await get('/series/no-such-series').expect(404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(missing.text).toContain('no series with id &quot;no-such-series&quot;');
    const home = (await get('/').expect(200)).text;
    expect(home).toMatch(/<tr data-series="asean-summit"><th scope="row"><a href="\/series\/asean-summit">/);
    const meeting = (await get('/meetings/asean-summit-12').expect(200)).text;
    expect(/<div data-field="series">.*?<\/div>/s.exec(meeting)![0]).toContain('<a href="/series/asean-summit">');
  });

  it('meetings, documents and the timeline filter by series as the API does', async () => {
    const all = (await get('/v1/series').expect(200)).body.data as { id: string; present: number }[];
    const series = all.find((s) => s.present > 1)!;
    const meetings = await get(`/meetings?series=${series.id}`).expect(200);
    expect(total(meetings.text)).toBe((await get(`/v1/meetings?series=${series.id}&limit=1`).expect(200)).body.meta.total);
    expect(meetings.text).toMatch(new RegExp(`<option value="${series.id}" selected>`));
    const documents = await get(`/documents?series=${series.id}`).expect(200);
    expect(total(documents.text)).toBe((await get(`/v1/documents?series=${series.id}&limit=1`).expect(200)).body.meta.total);
    const timeline = (await get(`/timeline?series=${series.id}`).expect(200)).text;
    const json = (await get(`/v1/timeline?series=${series.id}&kind=document,meeting,activity&limit=500`).expect(200)).body;
    expect(hrefs(timeline, /<g class="year-group" data-year="(\d{4})">/g)).toEqual([...new Set(json.data.map((e: { date: string }) => e.date.slice(0, 4)))].sort());
    expect((await get('/timeline?series=nope').expect(400)).text).toContain('unknown series');
  });
});

describe('pages', () => {
  const PAGES = ['/', '/documents', '/meetings', '/activities', '/organizations', '/search', '/search?q=drugs', '/documents/sco-charter-2002',
    '/meetings/asean-summit-12', '/activities/coalition-2003', '/organizations/sco', '/timeline', '/compare', '/downloads', '/series', '/series/asean-summit'];

  it.each(PAGES)('%s is an HTML page under the strict CSP, with no inline script', async (url) => {
    const res = await get(url).expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/script-src-attr 'none'/);
    expect(res.headers.etag).toBeDefined();
    const scripts = [...res.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script src="/assets/explorer.js" defer>']);
    expect(res.text).not.toMatch(/\son[a-z]+="/);
    expect(res.text).not.toMatch(/https?:\/\/[^"]*\.(?:js|css)"/);
    expect(res.text).toMatch(/<html lang="en">/);
    expect(res.text).toMatch(/<meta name="viewport"/);
  });

  it('serves its own script and stylesheet', async () => {
    expect((await get('/assets/explorer.js').expect(200)).headers['content-type']).toMatch(/^text\/javascript/);
    expect((await get('/assets/explorer.css').expect(200)).headers['content-type']).toMatch(/^text\/css/);
    expect((await get('/assets/other.js')).status).toBe(400);
  });

  it('escapes what a client sends', async () => {
    const res = await get(`/search?q=${encodeURIComponent('<script>alert(1)</script> drugs')}`).expect(200);
    expect(res.text).not.toContain('<script>alert(1)');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; drugs');
  });

  it('answers a bad filter with a 400 page naming it, an unknown id with a 404 page; /v1 keeps problem+json', async () => {
    const bad = await get('/documents?org=nato').expect(400);
    expect(bad.headers['content-type']).toMatch(/^text\/html/);
    expect(bad.text).toContain('unknown org &quot;nato&quot;');
    const year = await get('/documents?year=abc').expect(400);
    expect(year.text).toContain('year &quot;abc&quot; is not a year');
    const missing = await get('/documents/no-such-document').expect(404);
    expect(missing.text).toContain('no document with id &quot;no-such-document&quot;');
    expect((await get('/organizations/nope').expect(404)).headers['content-type']).toMatch(/^text\/html/);
    expect((await get('/v1/documents/nope').expect(404)).headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers a browser with an HTML 404 page anywhere outside /v1, with the way back; API clients keep problem+json', async () => {
    const res = await get('/nosuchpage').set('accept', BROWSER_ACCEPT).expect(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers.vary).toMatch(/accept/i);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('<p class="error-detail" data-status="404">There is no page at /nosuchpage.</p>');
    expect(res.text).toContain('<a href="/">home page</a>');
    expect(res.text).toMatch(/<form class="search-box" method="get" action="\/search"/);
    expect(res.text).toContain('<a class="skip" href="#main">');
    expect([...res.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script src="/assets/explorer.js" defer>']);
    expect((await get('/docs/nosuchpage').set('accept', BROWSER_ACCEPT).expect(404)).headers['content-type']).toMatch(/^text\/html/);
    const escaped = await get('/%3Cb%3Ex').set('accept', BROWSER_ACCEPT).expect(404);
    expect(escaped.text).not.toContain('<b>x');
    for (const accept of [undefined, '*/*', 'application/json', 'application/problem+json', 'text/html;q=0.5,application/json']) {
      const request = get('/nosuchpage');
      expectProblem(await (accept ? request.set('accept', accept) : request), 404);
    }
    expectProblem(await get('/v1/nosuchpage').set('accept', BROWSER_ACCEPT), 404);
    expectProblem(await get('/v1').set('accept', BROWSER_ACCEPT), 404);
    expectProblem(await api.request().post('/readyz').set('accept', BROWSER_ACCEPT), 405, 'method');
  });

  it('answers a browser with HTML pages for 405 and a malformed URL too, keeping the Allow header', async () => {
    const post = await api.request().post('/documents').set('accept', BROWSER_ACCEPT).expect(405);
    expect(post.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(post.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect(post.text).toContain('data-status="405">POST is not allowed at /documents');
    expectProblem(await api.request().post('/documents'), 405, 'method');
    expectProblem(await api.request().post('/v1/documents').set('accept', BROWSER_ACCEPT), 405, 'method');
    const malformed = await get('/documents/%E0%A4%A').set('accept', BROWSER_ACCEPT).expect(400);
    expect(malformed.text).toContain('data-status="400">the URL is not validly percent-encoded');
    expectProblem(await get('/documents/%E0%A4%A'), 400);
  });

  it('reads empty form fields as no filter', async () => {
    const res = await get('/documents?q=&org=&threat=drugs&phase=&type=&year=&from=&to=&meeting=&sort=').expect(200);
    expect(total(res.text)).toBe((await get('/v1/documents?threat=drugs&limit=1').expect(200)).body.meta.total);
  });
});

describe('browse pages', () => {
  it('count what the API counts for the same filters, and offer the same query as JSON, CSV, NDJSON, BibTeX and RIS', async () => {
    const res = await get('/documents?org=sco&threat=terrorism').expect(200);
    const exportLine = /<p class="exports">.*?<\/p>/s.exec(res.text)![0];
    const exports = hrefs(exportLine, /href="([^"]+)"/g);
    expect(exports).toEqual([
      '/v1/documents?org=sco&threat=terrorism',
      '/v1/documents?org=sco&threat=terrorism&format=csv',
      '/v1/documents?org=sco&threat=terrorism&format=ndjson',
      '/v1/citations?org=sco&threat=terrorism&format=bibtex',
      '/v1/citations?org=sco&threat=terrorism&format=ris',
    ]);
    const json = await get(exports[0]!).expect(200);
    expect(total(res.text)).toBe(json.body.meta.total);
    const listed = hrefs(res.text, /<h2 class="record-title"><a href="\/documents\/([^"]+)"/g);
    expect(listed).toEqual(json.body.data.slice(0, listed.length).map((d: { id: string }) => d.id));
    const csv = await get(exports[1]!).expect(200);
    expect(csv.text.trim().split('\r\n')).toHaveLength(json.body.meta.total + 1);
  });

  it('make facets links with counts that add a filter, and remove it when selected', async () => {
    const res = await get('/documents?threat=drugs').expect(200);
    const facet = /<a href="([^"]*org=asean[^"]*)">ASEAN <span class="count">(\d+)<\/span><\/a>/.exec(res.text)!;
    expect(facet).not.toBeNull();
    const selected = await get(facet[1]!.replace(/&amp;/g, '&')).expect(200);
    expect(total(selected.text)).toBe(Number(facet[2]));
    const remove = /<a href="([^"]*)" class="selected" aria-current="true"><span class="visually-hidden">Remove filter: <\/span>ASEAN /.exec(selected.text)!;
    expect(remove[1]!.replace(/&amp;/g, '&')).toBe('/documents?threat=drugs');
  });

  it('sort and page through every record once', async () => {
    const seen: string[] = [];
    let url: string | undefined = '/meetings?sort=-date&limit=20';
    while (url) {
      const res: { text: string } = await get(url).expect(200);
      seen.push(...hrefs(res.text, /<h2 class="record-title"><a href="\/meetings\/([^"]+)"/g));
      url = /<a rel="next" href="([^"]+)"/.exec(res.text)?.[1]?.replace(/&amp;/g, '&');
    }
    const all = await get('/v1/meetings?sort=-date&limit=500').expect(200);
    expect(seen).toEqual(all.body.data.map((m: { id: string }) => m.id));
  });
});

describe('record pages', () => {
  it.each([['document', 'documents', 'asean-drug-free-2015-declaration-2012'], ['meeting', 'meetings', 'asean-summit-14'], ['activity', 'activities', 'coalition-2003']])(
    'show every field of the %s JSON', async (_kind, plural, id) => {
      const json = (await get(`/v1/${plural}/${id}`).expect(200)).body as Record<string, unknown>;
      const page = (await get(`/${plural}/${id}`).expect(200)).text;
      // links.self is the API's own URL, which the page links to below.
      const present = Object.entries(json).filter(([name, value]) => name !== 'title' && name !== 'links' && value !== null && !(Array.isArray(value) && value.length === 0));
      for (const [name] of present) expect(page, name).toContain(`data-field="${name}"`);
      expect(page).toContain(`href="/v1/${plural}/${id}"`);
    });

  it('show a correction as a correction, with the citations, relations and adopting meeting as links', async () => {
    const json = (await get('/v1/documents/asean-drug-free-2015-declaration-2012').expect(200)).body;
    const page = (await get('/documents/asean-drug-free-2015-declaration-2012').expect(200)).text;
    expect(json.note).toMatch(/^Correction:/);
    expect(page).toMatch(/<aside class="correction"[^>]*><h2 id="correction-title">Correction of the source<\/h2>/);
    for (const citation of json.citations) {
      if (citation.kind === 'thesis') expect(page).toContain(escapeHtml(citation.quote));
      else expect(page).toContain(`${escapeHtml(citation.publisher)}: <a href="${escapeHtml(citation.url)}" rel="external noreferrer">${escapeHtml(citation.title)}</a>`);
    }
    expect(page).toContain(`href="/meetings/${json.adopted_at}"`);
    for (const relation of json.relations) expect(page).toContain(`href="/documents/${relation.id}"`);
    for (const org of json.organizations) expect(page).toContain(`href="/organizations/${org.id}"`);
  });

  it('offer BibTeX, RIS and CSL-JSON that match the API citation', async () => {
    const page = (await get('/documents/asean-acct-2007').expect(200)).text;
    const bibtex = (await get('/v1/documents/asean-acct-2007/citation?format=bibtex').expect(200)).text;
    expect(page).toContain(`<pre id="cite-bibtex" tabindex="0" aria-labelledby="cite-bibtex-label">${escapeHtml(bibtex)}</pre>`);
    expect(page).toMatch(/<pre id="cite-ris"[^>]*>TY {2}- /);
    expect(page).toMatch(/<pre id="cite-csl-json"[^>]*>\[/);
    expect(page).toMatch(/<button type="button" class="copy" data-copy="cite-bibtex" hidden>/);
  });

  it('show an organization with its bodies, phases, memberships and approach', async () => {
    const json = (await get('/v1/organizations/sco').expect(200)).body;
    const page = (await get('/organizations/sco').expect(200)).text;
    for (const body of json.bodies) expect(page).toContain(`href="/organizations/${body.id}"`);
    for (const phase of json.phases) expect(page).toContain(escapeHtml(phase.name));
    const present = Object.entries(json).filter(([name, value]) => name !== 'name' && name !== 'links' && value !== null && !(Array.isArray(value) && value.length === 0));
    for (const [name] of present) expect(page, name).toContain(`data-field="${name}"`);
    expect(page).toContain('data-field="characterizations"');
    expect(page).toMatch(new RegExp(`<pre id="cite-bibtex"[^>]*>@misc\\{sco,\\n  title = \\{\\{${json.name}\\}\\}`));
  });
});

describe('search, timeline and compare pages', () => {
  it('search shows highlighted hits and facets by kind, organization, threat and year', async () => {
    const page = (await get('/search?q=trafficking').expect(200)).text;
    const json = (await get('/v1/search?q=trafficking&limit=1').expect(200)).body;
    expect(total(page)).toBe(json.meta.total);
    expect(page).toMatch(/<p class="snippet">.*<mark>/);
    for (const facet of ['kind', 'org', 'threat', 'year']) expect(page).toContain(`data-facet="${facet}"`);
  });

  it('the timeline has one bar group per year and a table of the same numbers', async () => {
    const page = (await get('/timeline?threat=trafficking').expect(200)).text;
    const json = (await get('/v1/timeline?threat=trafficking&kind=document,meeting,activity&limit=500').expect(200)).body;
    const years = [...new Set(json.data.map((e: { date: string }) => e.date.slice(0, 4)))].sort();
    expect(hrefs(page, /<g class="year-group" data-year="(\d{4})">/g)).toEqual(years);
    expect(hrefs(page, /<tr><th scope="row">(\d{4})<\/th>/g)).toEqual(years);
    expect(page).toMatch(/<svg class="chart" id="timeline-chart"[^>]*role="img" aria-labelledby="timeline-chart-title timeline-chart-desc">\s*<title id="timeline-chart-title">/);
    const links = [...page.matchAll(/<a href="(\/(?:documents|meetings|activities)\?[^"]+)">(\d+) [a-z]+<\/a>/g)];
    expect(links.length).toBeGreaterThanOrEqual(years.length);
    for (const [, href, count] of links.slice(0, 4)) expect(total((await get(href!.replace(/&amp;/g, '&')).expect(200)).text), href).toBe(Number(count));
  });

  it('compare shows both organizations per threat and per phase', async () => {
    const page = (await get('/compare?threat=terrorism').expect(200)).text;
    const json = (await get('/v1/compare?threat=terrorism').expect(200)).body;
    for (const side of json.organizations) {
      expect(page).toContain(`id="phase-chart-${side.id}"`);
      for (const phase of side.per_phase) expect(page).toContain(`<td>${phase.documents}</td><td>${phase.meetings}</td><td>${phase.activities}</td>`);
    }
    expect((await get('/compare?threat=nope').expect(400)).text).toContain('unknown threat');
  });

  it('compare counts the documents per threat as each threat\'s own comparison does', async () => {
    const page = (await get('/compare').expect(200)).text;
    const threats = (await get('/v1/threats').expect(200)).body.data as { id: string }[];
    expect(threats.length).toBeGreaterThan(2);
    for (const threat of threats) {
      const json = (await get(`/v1/compare?threat=${threat.id}`).expect(200)).body;
      for (const side of json.organizations) {
        expect(page, `${side.id} on ${threat.id}`).toContain(`<a href="/documents?org=${side.id}&amp;threat=${threat.id}">${side.document_count}</a>`);
      }
    }
  });
});

describe('downloads', () => {
  it('the data package describes every table it ships, with the columns of the database', async () => {
    const db = new Database(TEST_DATABASE, { readonly: true });
    const descriptor = dataPackage('v', 't');
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%'").all() as { name: string }[]).map((t) => t.name);
    expect(tables.filter((t) => !(t in LEFT_OUT)).sort()).toEqual(descriptor.resources.map((r) => r.path.slice(5, -4)).sort());
    for (const resource of descriptor.resources) {
      const table = resource.path.slice(5, -4);
      const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
      expect(resource.schema.fields.map((f) => f.name).sort(), table).toEqual(columns.sort());
    }
    db.close();
    const zip = await get('/downloads/corpus-csv.zip').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    const files = unzipSync(new Uint8Array(zip.body as Buffer));
    expect(Object.keys(files).sort()).toEqual(['datapackage.json', ...descriptor.resources.map((r) => r.path)].sort());
    expect(JSON.parse(strFromU8(files['datapackage.json']!)).resources).toHaveLength(descriptor.resources.length);
  });
});
