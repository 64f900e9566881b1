import { describe, expect, it } from 'vitest';
import { checkPartialDate, dateBounds, precisionOf } from '../../src/domain/partial-date.js';
import { phasesOf } from '../../src/domain/phase-of.js';
import { toMatchExpression } from '../../src/queries/search-syntax.js';

describe('partial dates', () => {
  it('knows the precision of a date from its form', () => {
    expect(precisionOf('2002')).toBe('year');
    expect(precisionOf('2002-06')).toBe('month');
    expect(precisionOf('2002-06-07')).toBe('day');
    expect(precisionOf('7 June 2002')).toBeUndefined();
  });
  it('rejects impossible days and months', () => {
    expect(checkPartialDate('2022-02-30')).toBe('"2022-02-30" does not exist: 2022-02 has 28 days');
    expect(checkPartialDate('2020-02-29')).toBeUndefined();
    expect(checkPartialDate('2002-13')).toBe('"2002-13" has no month 13');
    expect(checkPartialDate('02-06-2002')).toMatch(/is not a date of the form/);
  });
  it('spans the days a partial date may stand for', () => {
    expect(dateBounds('2005')).toEqual({ start: '2005-01-01', end: '2005-12-31' });
    expect(dateBounds('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateBounds('2005-04-21')).toEqual({ start: '2005-04-21', end: '2005-04-21' });
  });
});

describe('phase of a record', () => {
  const phases = [
    { id: 'sco-establishment', organizationId: 'sco', startYear: 2001, endYear: 2005 },
    { id: 'sco-expansion', organizationId: 'sco', startYear: 2005, endYear: 2010 },
    { id: 'sco-maturity', organizationId: 'sco', startYear: 2020, endYear: 2022 },
    { id: 'asean-centrality', organizationId: 'asean', startYear: 2001, endYear: 2006 },
  ];
  it('puts a record of a shared boundary year in the later phase', () => {
    expect(phasesOf('2005-04-21', ['sco'], phases)).toEqual(['sco-expansion']);
    expect(phasesOf('2004', ['sco'], phases)).toEqual(['sco-establishment']);
  });
  it('gives a record of both organizations a phase in each', () => {
    expect(phasesOf('2005-04-21', ['sco', 'asean'], phases)).toEqual(['asean-centrality', 'sco-expansion']);
  });
  it('gives none before the first phase, after the last, or for other organizations', () => {
    expect(phasesOf('1988-12-20', ['sco'], phases)).toEqual([]);
    expect(phasesOf('2023-07-04', ['sco'], phases)).toEqual([]);
    expect(phasesOf('2005', ['un'], phases)).toEqual([]);
  });
});

describe('search syntax', () => {
  it('quotes every word so that FTS5 operators are plain text', () => {
    expect(toMatchExpression('drugs AND NOT trafficking', 'q')).toBe('"drugs" "AND" "NOT" "trafficking"');
    expect(toMatchExpression('traffick*', 'q')).toBe('"traffick"*');
    expect(toMatchExpression('"drug-free ASEAN"', 'q')).toBe('"drug-free ASEAN"');
    expect(toMatchExpression('"unbalanced quote', 'q')).toBe('"unbalanced quote"');
    expect(toMatchExpression('ADMM-Plus; DROP TABLE', 'q')).toBe('"ADMM-Plus" "DROP" "TABLE"');
  });
  it('refuses input with nothing to search for, naming the parameter', () => {
    expect(() => toMatchExpression('*** ()', 'q')).toThrow('q has no words to search for');
  });
});
