import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSeedFiles } from '../../src/corpus/seed-files.js';
import { validateSeedFiles } from '../../src/corpus/validate-seed.js';

const ORGS = `
organizations:
  - id: asean
    name: Association of Southeast Asian Nations
    kind: regional-organization
    summary: A regional organization.
    citations:
      - section: "1.1"
        quote: "the thesis line"
`;

const SOURCE = `
    sources:
      - url: https://example.org/summits
        publisher: Example Secretariat
        title: Past summits
        supports: Lists the summits with their numbers and dates.
        confirms: [count, date]`;

const SERIES = `
series:
  - id: asean-summit
    name: ASEAN Summit
    body: asean
    numbered: true
    expected: 2
    expected_basis: Two summits in the span.${SOURCE}
`;

function meeting(id: string, ordinal: number, extra = SOURCE) {
  return `
  - id: ${id}
    title: Summit ${ordinal}
    series: asean-summit
    ordinal: ${ordinal}
    type: summit
    date: "2005-12-12"
    date_precision: day
    organizations: [{ id: asean, role: host }]
    summary: A summit.${extra}
`;
}

function problems(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'seed-series-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return validateSeedFiles(listSeedFiles(dir)).issues.map((i) => `${i.field}: ${i.message}`);
}

describe('series and public sources in the seed', () => {
  it('accepts a series with public sources and meetings cited only by public pages', () => {
    expect(problems({ 'a.yaml': ORGS + SERIES, 'b.yaml': `meetings:${meeting('asean-summit-11', 11)}` })).toEqual([]);
  });

  it('asks every record for a thesis citation or a public source', () => {
    expect(problems({ 'a.yaml': ORGS + SERIES, 'b.yaml': `meetings:${meeting('asean-summit-11', 11, '')}` }))
      .toEqual(['meetings[0].citations: every record needs at least one thesis citation (citations) or public source (sources)']);
  });

  it('checks series references, ordinals and the evidence for an expected count', () => {
    const wrongSeries = `meetings:${meeting('asean-summit-11', 11).replace('series: asean-summit', 'series: asean-sumit')}`;
    expect(problems({ 'a.yaml': ORGS + SERIES, 'b.yaml': wrongSeries })).toEqual(['meetings[0].series: unknown series "asean-sumit"']);
    const twice = `meetings:${meeting('asean-summit-11', 11)}${meeting('asean-summit-11b', 11)}`;
    expect(problems({ 'a.yaml': ORGS + SERIES, 'b.yaml': twice }))
      .toEqual(['meetings[1].ordinal: ordinal 11 of series "asean-summit" is also "asean-summit-11"']);
    const uncounted = SERIES.replace('confirms: [count, date]', 'confirms: [date]');
    expect(problems({ 'a.yaml': ORGS + uncounted }))
      .toEqual(['series[0].sources: an expected count needs a public source that confirms it (confirms: [count] or [ordinal])']);
  });

  it('rejects a public source without what it supports, or a fact it cannot confirm', () => {
    const bad = SERIES.replace('        supports: Lists the summits with their numbers and dates.\n', '').replace('[count, date]', '[count, rumour]');
    expect(problems({ 'a.yaml': ORGS + bad })).toEqual(expect.arrayContaining([
      expect.stringMatching(/^series\[0\]\.sources\[0\]\.supports: /),
      expect.stringMatching(/^series\[0\]\.sources\[0\]\.confirms\[1\]: /),
    ]));
  });
});
