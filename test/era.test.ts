import { describe, expect, it } from 'vitest';
import { eraOfFiscalYear, fiscalYearAbbrev, fiscalYearLong, fiscalYearShort } from '../src/era.js';

describe('fiscal-year names (和暦)', () => {
  it('names a fiscal year by the era in force on 31 December of its first year', () => {
    expect(fiscalYearLong(2019)).toBe('令和元年度');
    expect(fiscalYearLong(2018)).toBe('平成30年度');
    expect(fiscalYearLong(1988)).toBe('昭和63年度');
    expect(fiscalYearLong(1989)).toBe('平成元年度');
    expect(fiscalYearLong(2016)).toBe('平成28年度');
    expect(fiscalYearLong(2026)).toBe('令和8年度');
  });

  it('prints compact column headings like the published table', () => {
    expect([2016, 2017, 2018, 2019].map(fiscalYearShort)).toEqual(['28年度', '29年度', '30年度', '元年度']);
    expect([2018, 2019, 2020, 2021, 2022].map(fiscalYearShort)).toEqual([
      '30年度',
      '元年度',
      '2年度',
      '3年度',
      '4年度',
    ]);
  });

  it('abbreviates for notes such as (H28年度達成済)', () => {
    expect(fiscalYearAbbrev(2016)).toBe('H28年度');
    expect(fiscalYearAbbrev(2019)).toBe('R元年度');
    expect(fiscalYearAbbrev(1988)).toBe('S63年度');
  });

  it('agrees with Intl’s Japanese calendar on 31 December of every year since 1873', () => {
    const fmt = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let y = 1873; y <= 2100; y++) {
      const parts = fmt.formatToParts(new Date(Date.UTC(y, 11, 31)));
      const era = parts.find((p) => p.type === 'era')!.value;
      const year = Number(parts.find((p) => p.type === 'year')!.value.replace('元', '1'));
      const ours = eraOfFiscalYear(y);
      expect({ y, era: ours.era.name, year: ours.year }).toEqual({ y, era, year });
    }
  });

  it('refuses years before the Meiji era', () => {
    expect(() => eraOfFiscalYear(1867)).toThrow(RangeError);
  });
});
