/**
 * The half-year cycle, as data: the editions in order (上半期 → 年間 → next year's 上半期 …),
 * and for an edition what each 課 has to answer (the fields `validate` requires for it: the
 * year's 年次計画 and the period's 実績; in a 年間 edition the next year's 年次計画 may be given
 * too). Read leniently from raw values so that `status` and `forms` work while answers are still
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

export type FieldKind = 'plan' | 'result' | 'nextPlan' | 'content' | 'outcome' | 'direction' | 'reason';

/** A field a 課 answers in its form. */
export interface AnswerField {
  kind: FieldKind;
  path: Segment[];
  /** Printed label of the column, e.g. 令和元年度 年間実績（4月～3月）. */
  label: string;
  /** Required by validate for the edition (counts in status). */
  required: boolean;
  current?: string;
}

export interface DivisionKey {
  department: string;
  division: string;
}

/** What the edition asks of one initiative's progress row (別表1), for its 担当課. */
export function progressFields(
  data: Initiative,
  e: Edition,
  planTo: number,
): { fixed: AnswerField[]; fill: AnswerField[] } {
  const y = String(e.fiscalYear);
  const plan: AnswerField = {
    kind: 'plan',
    path: ['plans', y],
    label: `${fiscalYearLong(e.fiscalYear)} 年次計画`,
    required: true,
    current: data.plans?.[y],
  };
  const firstHalf: AnswerField = {
    kind: 'result',
    path: ['results', y, 'firstHalf'],
    label: `${fiscalYearLong(e.fiscalYear)} 上半期実績（4月～9月）`,
    required: true,
    current: data.results?.[y]?.firstHalf,
  };
  if (e.period === 'firstHalf') return { fixed: [], fill: [plan, firstHalf] };
  const fullYear: AnswerField = {
    kind: 'result',
    path: ['results', y, 'fullYear'],
    label: `${fiscalYearLong(e.fiscalYear)} 年間実績（4月～3月）`,
    required: true,
    current: data.results?.[y]?.fullYear,
  };
  const fill = [fullYear];
  if (e.fiscalYear + 1 <= planTo) {
    const n = String(e.fiscalYear + 1);
    fill.push({
      kind: 'nextPlan',
      path: ['plans', n],
      label: `${fiscalYearLong(e.fiscalYear + 1)} 年次計画（次年度）`,
      required: false,
      current: data.plans?.[n],
    });
  }
  return {
    // The year's plan is still required in a 年間 edition: fixed when it is there, to fill when it is not.
    fixed: [plan, { ...firstHalf, required: false }],
    fill,
  };
}

/** The verification row's fields (別表2), all answerable; a reason shared with the row above is not. */
export function verificationFields(row: NonNullable<Initiative['verification']>[number], index: number): AnswerField[] {
  const at = (k: string): Segment[] => ['verification', index, k];
  const out: AnswerField[] = [
    { kind: 'content', path: at('content'), label: '内容', required: false, current: row.content },
    { kind: 'outcome', path: at('outcome'), label: '実績・効果', required: false, current: row.outcome },
    { kind: 'direction', path: at('direction'), label: '区分', required: false, current: row.direction },
  ];
  if (row.reasonSharedWithAbove !== true)
    out.push({ kind: 'reason', path: at('reason'), label: '区分の理由', required: false, current: row.reason });
  return out;
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
