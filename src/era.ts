/**
 * Japanese era (和暦) names for fiscal years (年度, April to March).
 * Intl knows no 年度, so a fiscal year is named by the era in force on 31 December of the year it
 * starts (the government's rule of 2019: FY2019 = 令和元年度, FY1988 = 昭和63年度).
 * A fixed table keeps the output independent of the ICU version; a test checks it against Intl.
 */
export interface Era {
  name: string;
  /** One-letter abbreviation used in notes like (H28年度達成済). */
  letter: string;
  /** First day of the era, ISO date. */
  start: string;
}

export const ERAS: readonly Era[] = [
  { name: '令和', letter: 'R', start: '2019-05-01' },
  { name: '平成', letter: 'H', start: '1989-01-08' },
  { name: '昭和', letter: 'S', start: '1926-12-25' },
  { name: '大正', letter: 'T', start: '1912-07-30' },
  { name: '明治', letter: 'M', start: '1868-10-23' },
];

export interface EraYear {
  era: Era;
  /** Year number within the era, 1 for the first year. */
  year: number;
}

/** The era and year in force on 31 December of the given Western year. */
export function eraOfFiscalYear(fiscalYear: number): EraYear {
  const day = `${String(fiscalYear).padStart(4, '0')}-12-31`;
  const era = ERAS.find((e) => e.start <= day);
  if (!era) throw new RangeError(`fiscal year ${fiscalYear} is before the Meiji era`);
  return { era, year: fiscalYear - Number(era.start.slice(0, 4)) + 1 };
}

/** 1 → 元, otherwise the number. */
export function eraYearNumber(year: number): string {
  return year === 1 ? '元' : String(year);
}

/** 令和元年度 */
export function fiscalYearLong(fiscalYear: number): string {
  const { era, year } = eraOfFiscalYear(fiscalYear);
  return `${era.name}${eraYearNumber(year)}年度`;
}

/** 28年度, 元年度: the compact column heading of the 工程 chart, as the published tables print it. */
export function fiscalYearShort(fiscalYear: number): string {
  return `${eraYearNumber(eraOfFiscalYear(fiscalYear).year)}年度`;
}

/** H28年度, R元年度: the abbreviated form used in notes. */
export function fiscalYearAbbrev(fiscalYear: number): string {
  const { era, year } = eraOfFiscalYear(fiscalYear);
  return `${era.letter}${eraYearNumber(year)}年度`;
}

/**
 * A point in time written in 和暦 or 西暦 (令和6年4月1日, 令和5年度末, 令和5年度, 2024年4月1日, 2024-04-01)
 * in 西暦 for open data: an ISO date (2024-04-01; 年度末 → 31 March of the next year), or a fiscal year
 * (2023年度) when only the year is given. Undefined when the text is not one of these forms.
 */
export function westernPointInTime(text: string): string | undefined {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return s;
  const m =
    /^(?:(明治|大正|昭和|平成|令和)(元|\d{1,2})|(\d{4}))年(?:度(末)?|(\d{1,2})月(?:(\d{1,2})日)?(?:時点|現在)?)?(?:時点|現在)?$/.exec(
      s,
    );
  if (!m) return undefined;
  let year: number;
  if (m[3]) year = Number(m[3]);
  else {
    const era = ERAS.find((e) => e.name === m[1])!;
    year = Number(era.start.slice(0, 4)) + (m[2] === '元' ? 1 : Number(m[2])) - 1;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  if (m[4]) return `${year + 1}-03-31`;
  if (m[5]) {
    const month = Number(m[5]);
    if (month < 1 || month > 12) return undefined;
    if (!m[6]) return `${year}-${pad(month)}`;
    const day = Number(m[6]);
    if (day < 1 || day > 31) return undefined;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  return s.includes('年度') ? `${year}年度` : String(year);
}
