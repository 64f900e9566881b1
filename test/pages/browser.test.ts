import AxeBuilder from '@axe-core/playwright';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServer } from '../helpers/server.js';
import { CHROMIUM, launchChromium, SCREENSHOT_DIR } from './browser.js';

const server = useServer();

// CI installs chromium (.ci/run): there, a missing browser is a failure, not a skip.
it('has chromium wherever CI runs', () => {
  if (process.env.CI === 'true') expect(CHROMIUM, 'no chromium at /usr/bin/chromium: .ci/run should have installed it').toBeDefined();
});

describe.skipIf(!CHROMIUM)('pages in a real browser (chromium)', () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ context, close } = await launchChromium());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  });
  afterAll(async () => close?.());

  async function open(path: string, width = 1280, status = 200): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // An error page's own status is logged by chromium as a failed load; anything else is a fault.
    page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes(`status of ${status}`)) errors.push(m.text()); });
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status()).toBe(status);
    // No CSP violation or script error on any page.
    expect(errors).toEqual([]);
    return page;
  }

  async function seriousViolations(page: Page) {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }

  it('search, then a facet, then a record, then copy its citation', async () => {
    const page = await open('/search?q=terrorism');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'search.png'), fullPage: false });
    const hits = await page.locator('ol.hits > li').count();
    expect(hits).toBeGreaterThan(0);
    expect(await page.locator('ol.hits mark').count()).toBeGreaterThan(0);

    await page.locator('[data-facet="kind"] a', { hasText: 'document' }).first().click();
    await page.waitForURL(/kind=document/);
    expect(await page.locator('[data-facet="kind"] a.selected').count()).toBe(1);
    expect(await page.locator('ol.hits > li .hit, ol.hits > li article').evaluateAll((nodes) => nodes.every((n) => n.getAttribute('data-kind') === 'document'))).toBe(true);

    const first = page.locator('ol.hits .record-title a').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(/\/documents\//);
    expect((await page.locator('h1').textContent())!.trim()).toBe(title);

    const button = page.locator('button.copy[data-copy="cite-bibtex"]');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.locator('.copy-status').textContent()).toContain('copied');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toMatch(/^@misc\{/);
    expect(clipboard).toBe(await page.locator('#cite-bibtex').textContent());
  });

  it('a facet is a toggle: clicking it again removes the filter', async () => {
    const page = await open('/documents');
    const all = Number((await page.locator('h1 .total').textContent())!.match(/\d+/)![0]);
    const sco = page.locator('[data-facet="org"] a', { hasText: 'SCO' }).first();
    const expected = Number(await sco.locator('.count').textContent());
    await sco.click();
    await page.waitForURL(/org=sco/);
    expect(Number((await page.locator('h1 .total').textContent())!.match(/\d+/)![0])).toBe(expected);
    await page.locator('[data-facet="org"] a.selected').first().click();
    await page.waitForURL((url) => !url.search.includes('org='));
    expect(Number((await page.locator('h1 .total').textContent())!.match(/\d+/)![0])).toBe(all);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'documents.png') });
  });

  it('the timeline draws one bar group per year present in the data', async () => {
    const years = new Set<string>();
    for (let next: string | null = '/v1/timeline?kind=document,meeting,activity&limit=500'; next;) {
      const api = await (await fetch(`${server.url}${next}`)).json() as { data: { date: string }[]; links: { next: string | null } };
      for (const event of api.data) years.add(event.date.slice(0, 4));
      next = api.links.next;
    }
    const page = await open('/timeline');
    const drawn = await page.locator('#timeline-chart g.year-group').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-year')));
    expect(new Set(drawn)).toEqual(years);
    expect(drawn.length).toBe(years.size);
    expect(await page.locator('#timeline-chart g.band').count()).toBe(10);
    expect(await page.locator('#timeline-chart title').first().textContent()).toMatch(/per year/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'timeline.png'), fullPage: false });

    const drugs = await open('/timeline?threat=drugs');
    const drugYears = await drugs.locator('#timeline-chart g.year-group').count();
    expect(drugYears).toBeGreaterThan(0);
    expect(drugYears).toBeLessThan(years.size);
  });

  it('the compare page renders both organizations, in charts and in tables', async () => {
    const page = await open('/compare?threat=drugs');
    const api = await (await fetch(`${server.url}/v1/compare?threat=drugs`)).json() as { organizations: { id: string; document_count: number; per_phase: unknown[] }[] };
    for (const side of api.organizations) {
      expect(await page.locator(`section.side[data-org="${side.id}"]`).count()).toBe(1);
      expect(await page.locator(`#phase-chart-${side.id} g.row`).count()).toBe(side.per_phase.length);
      expect(await page.locator(`#threat-chart g.row[data-row="drugs"] g.bar-item[data-series="${side.id}"] title`).textContent()).toContain(`: ${side.document_count}`);
    }
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'compare.png'), fullPage: false });
  });

  it('from the series list to a series, one of its meetings, and back to the series', async () => {
    const page = await open('/series');
    const api = await (await fetch(`${server.url}/v1/series/asean-summit`)).json() as { name: string; meetings: { id: string }[] };
    await page.locator('tr[data-series="asean-summit"] th a').click();
    await page.waitForURL(/\/series\/asean-summit$/);
    expect((await page.locator('h1').textContent())!.trim()).toBe(api.name);
    expect(await page.locator('tr[data-meeting]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-meeting')))).toEqual(api.meetings.map((m) => m.id));
    expect(await page.locator('ul.adopted a').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'series.png'), fullPage: false });
    const meeting = api.meetings.at(-1)!.id;
    await page.locator(`tr[data-meeting="${meeting}"] a[href="/meetings/${meeting}"]`).click();
    await page.waitForURL(new RegExp(`/meetings/${meeting}$`));
    await page.locator('[data-field="series"] a[href="/series/asean-summit"]').click();
    await page.waitForURL(/\/series\/asean-summit$/);
  });

  it('an unknown address shows a 404 page with the way back', async () => {
    const page = await open('/no/such/page', 1280, 404);
    expect((await page.locator('h1').textContent())!.trim()).toBe('Not found');
    await page.locator('main a[href="/"]').click();
    await page.waitForURL(`${server.url}/`);
  });

  it('the download links return files that open', async () => {
    const page = await open('/downloads');
    const [sqliteDownload] = await Promise.all([page.waitForEvent('download'), page.locator('a[href="/downloads/corpus.sqlite"]').click()]);
    const sqlitePath = await sqliteDownload.path();
    const db = new Database(sqlitePath, { readonly: true, fileMustExist: true });
    expect((db.prepare('PRAGMA quick_check').get() as { quick_check: string }).quick_check).toBe('ok');
    const documents = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    expect(documents).toBeGreaterThan(0);

    const [zipDownload] = await Promise.all([page.waitForEvent('download'), page.locator('a[href="/downloads/corpus-csv.zip"]').click()]);
    const { readFileSync } = await import('node:fs');
    const files = unzipSync(new Uint8Array(readFileSync((await zipDownload.path())!)));
    const descriptor = JSON.parse(strFromU8(files['datapackage.json']!)) as { resources: { name: string; path: string; schema: { fields: { name: string; type: string; constraints: { required: boolean } }[]; primaryKey: string[] } }[] };
    expect(descriptor.resources.length).toBeGreaterThan(10);
    for (const resource of descriptor.resources) {
      const rows = parse(strFromU8(files[resource.path]!), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
      const header = strFromU8(files[resource.path]!).split('\r\n')[0]!.split(',');
      expect(header, resource.name).toEqual(resource.schema.fields.map((f) => f.name));
      const table = resource.path.slice(5, -4);
      expect(rows.length, resource.name).toBe((db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n);
      for (const field of resource.schema.fields) {
        for (const row of rows) {
          const value = row[field.name]!;
          if (field.constraints.required) expect(value, `${resource.name}.${field.name}`).not.toBe('');
          if (value === '') continue;
          if (field.type === 'integer') expect(value, `${resource.name}.${field.name}`).toMatch(/^-?\d+$/);
          if (field.type === 'boolean') expect(['true', 'false', '1', '0'], `${resource.name}.${field.name}`).toContain(value);
          if (field.type === 'array') expect(Array.isArray(JSON.parse(value)), `${resource.name}.${field.name}`).toBe(true);
        }
      }
    }
    expect(descriptor.resources.find((r) => r.name === 'documents')!.schema.primaryKey).toEqual(['id']);
    db.close();
  });

  const PAGE_TYPES: [string, string, number?][] = [
    ['home', '/'],
    ['browse', '/documents?threat=drugs'],
    ['search', '/search?q=trafficking'],
    ['document', '/documents/sco-charter-2002'],
    ['meeting', '/meetings/asean-summit-12'],
    ['activity', '/activities/coalition-2003'],
    ['organization', '/organizations/asean'],
    ['timeline', '/timeline'],
    ['compare', '/compare'],
    ['downloads', '/downloads'],
    ['series list', '/series'],
    ['series', '/series/ammtc'],
    ['not found', '/nosuchpage', 404],
  ];

  it.each(PAGE_TYPES)('axe finds no serious or critical violation on the %s page', async (_name, path, status) => {
    const page = await open(path, 1280, status);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(PAGE_TYPES)('the %s page fits 375 px without sideways scrolling of the page itself', async (name, path, status) => {
    const page = await open(path, 375, status);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    if (['home', 'document', 'timeline'].includes(name)) await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-375.png`) });
    await page.close();
  });

  it('works with the keyboard alone: skip link, then the search box, then a result', async () => {
    const page = await open('/');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'home.png') });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    // Tab from main to the search box, type, submit with Enter.
    for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.id)) !== 'q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('ACTIP');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=ACTIP/);
    // Tab to the first hit and follow it with Enter.
    for (let i = 0; i < 80 && !(await page.evaluate(() => document.activeElement?.closest('.record-title'))); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/documents\//);
    const record = await open(new URL(page.url()).pathname);
    await record.screenshot({ path: join(SCREENSHOT_DIR, 'document.png'), fullPage: false });
  });
});
