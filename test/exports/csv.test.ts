import { describe, expect, it } from 'vitest';
import { csvStream, toCsvCell } from '../../src/exports/tabular.js';

describe('CSV cells', () => {
  it('neutralizes text a spreadsheet would run as a formula (defect 11)', () => {
    for (const formula of ['=HYPERLINK("http://x.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(toCsvCell(formula)).toBe(`'${formula}`);
    }
    expect(toCsvCell(['=1', 'b'])).toBe("'=1; b");
    expect(toCsvCell(-3)).toBe(-3);
    expect(toCsvCell('2005-06-15')).toBe('2005-06-15');
    expect(toCsvCell('Shanghai Convention')).toBe('Shanghai Convention');
  });
});

describe('CSV stream', () => {
  it('passes an error while reading the rows on to the stream a response reads (defect 3)', async () => {
    function* rows() {
      yield { id: 'a' };
      throw new Error('a row could not be read');
    }
    const stream = csvStream(['id'], rows());
    await expect(stream.toArray()).rejects.toThrow('a row could not be read');
  });
});
