/**
 * The half-year cycle, as data: the editions in order (上半期 → 年間 → next year's 上半期 …),
 * and an initiative as the cycle reads it (what each 課 is asked: asked.ts, from the tables' column
 * kinds). Read leniently from raw values so that `status` and `forms` work while answers are still
 * missing (missing answers are exactly what validate reports as errors). Pure: no I/O.
 */
import { fiscalYearLong } from '../era.js';
import type { Initiative, Manifest } from '../model/schema-types.js';
import type { Segment } from './yaml-edit.js';

export type Period = Manifest['edition']['period'];
export interface Edition {
  fiscalYear: number;
  period: Period;
  /** Quarterly editions: 1 (6月末) … 4 (3月末). */
  quarter?: number;
}

export const PERIOD_LABEL: Record<Period, { ja: string; en: string; months: string }> = {
  firstHalf: { ja: '上半期', en: 'first half', months: '4月～9月' },
  fullYear: { ja: '年間', en: 'full year', months: '4月～3月' },
};

/** 令和元年度上半期, 令和元年度（年間） */
export function editionLabel(e: Edition, lang: 'ja' | 'en' = 'ja'): string {
  if (e.quarter) {
    if (lang === 'en') return `FY${e.fiscalYear} Q${e.quarter}`;
    return `${fiscalYearLong(e.fiscalYear)}第${e.quarter}四半期`;
  }
  if (lang === 'en') return `FY${e.fiscalYear} ${PERIOD_LABEL[e.period].en}`;
  return `${fiscalYearLong(e.fiscalYear)}${PERIOD_LABEL[e.period].ja}`;
}

export const editionKey = (e: Edition): string => `${e.fiscalYear}-${e.period}${e.quarter ? `-Q${e.quarter}` : ''}`;

/**
 * The edition after `e`, or undefined after the last of the plan period. Half-yearly: 上半期 → 年間 →
 * next year's 上半期. Quarterly (a `quarter` is set): Q1 → Q2 (both 上半期) → Q3 → Q4 (年間) → next
 * year's Q1.
 */
export function nextEdition(e: Edition, planTo: number): Edition | undefined {
  if (e.quarter) {
    if (e.quarter < 4) {
      const quarter = e.quarter + 1;
      return { fiscalYear: e.fiscalYear, period: quarter <= 2 ? 'firstHalf' : 'fullYear', quarter };
    }
    if (e.fiscalYear + 1 > planTo) return undefined;
    return { fiscalYear: e.fiscalYear + 1, period: 'firstHalf', quarter: 1 };
  }
  if (e.period === 'firstHalf') return { fiscalYear: e.fiscalYear, period: 'fullYear' };
  if (e.fiscalYear + 1 > planTo) return undefined;
  return { fiscalYear: e.fiscalYear + 1, period: 'firstHalf' };
}

export interface DivisionKey {
  department: string;
  division: string;
}

/** An initiative read leniently (status and forms run while answers are missing). */
export interface LooseInitiative {
  file: string;
  data: Initiative;
}

/** True when the raw value has what forms and status need (番号, 具体的取組, 担当課; 取組項目 when given a list). */
export function isUsable(value: unknown): value is Initiative {
  const v = value as Partial<Initiative> | null;
  return Boolean(
    v &&
      typeof v === 'object' &&
      typeof v.number === 'number' &&
      typeof v.title === 'string' &&
      typeof v.division === 'string' &&
      (v.items === undefined || Array.isArray(v.items)),
  );
}
