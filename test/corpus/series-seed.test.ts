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
  return validateSeedFiles(listSeedFiles(dir)).issues.map((i) => `${i.record}, ${i.field}: ${i.message.replace(/ at \S*\//g, ' at ')}`);
}

describe('series and public sources in the seed', () => {
  it('accepts a series with public sources and meetings cited only by public pages', () => {
    expect(problems({ 'a.yaml': ORGS + SERIES, 'b.yaml': `meetings:${meeting('asean-summit-11', 11)}` })).toEqual([]);
  });

  it('asks every record for a thesis citation or a public source', () => {
    expect(problems({ 'a.yaml': ORGS + SERIES, 'b.yaml': `meetings:${meeting('asean-summit-11', 11, '')}` }))
      .toEqual(['meeting "asean-summit-11", citations: every record needs at least one thesis citation (citations) or public source (sources): add a citation with a quote from the thesis, or a source with the url, publisher, title and what the page supports']);
  });

  it('checks series references, ordinals and the evidence for an expected count', () => {
    const wrongSeries = `meetings:${meeting('asean-summit-11', 11).replace('series: asean-summit', 'series: asean-sumit')}`;
    expect(problems({ 'a.yaml': ORGS + SERIES, 'b.yaml': wrongSeries })).toEqual(['meeting "asean-summit-11", series: unknown series "asean-sumit"; did you mean "asean-summit"? Known series ids: asean-summit']);
    const twice = `meetings:${meeting('asean-summit-11', 11)}${meeting('asean-summit-11b', 11)}`;
    expect(problems({ 'a.yaml': ORGS + SERIES, 'b.yaml': twice }))
      .toEqual([
        'meeting "asean-summit-11", ordinal: ordinal 11 of series "asean-summit" is also held by the meeting "asean-summit-11b" at b.yaml:21; check the ordinals against the series\' public list',
        'meeting "asean-summit-11b", ordinal: ordinal 11 of series "asean-summit" is also held by the meeting "asean-summit-11" at b.yaml:5; check the ordinals against the series\' public list',
      ]);
    const uncounted = SERIES.replace('confirms: [count, date]', 'confirms: [date]');
    expect(problems({ 'a.yaml': ORGS + uncounted }))
      .toEqual(['series "asean-summit", sources: expected: 2 needs a public source that confirms the count: add confirms: [count] (or [ordinal]) to the source listing the meetings, or remove expected']);
  });

  it('rejects a public source without what it supports, or a fact it cannot confirm', () => {
    const bad = SERIES.replace('        supports: Lists the summits with their numbers and dates.\n', '').replace('[count, date]', '[count, rumour]');
    expect(problems({ 'a.yaml': ORGS + bad })).toEqual(expect.arrayContaining([
      'series "asean-summit", sources[0].supports: supports is missing: what the page supports, in our own words',
      'series "asean-summit", sources[0].confirms[1]: "rumour" is not an allowed value of confirms. Allowed: date, place, ordinal, title, format, adoption, participants, content, count',
    ]));
  });
});
