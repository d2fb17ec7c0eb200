/**
 * Numbers of the declared tables (manifest `tables`): the computed figures (差額, 累計, 進捗率,
 * subtotals and totals without memo rows, counts) and how a number is printed (3-digit groups,
 * △ for negatives, unit in the cell or the header) and its Excel number format.
 * Written here rather than with Intl.NumberFormat so that the output does not depend on the ICU
 * version, and because △ and the unit suffix are not an Intl notation. Pure: no I/O.
 */
import type { Initiative, Manifest } from './schema-types.js';

export type Indicator = NonNullable<Initiative['indicators']>[number];
export type Effect = NonNullable<Initiative['effects']>[number];
export type TableSpec = NonNullable<Manifest['tables']>[number];
export type ColumnSpec = TableSpec['columns'][number];
export type RatingScale = NonNullable<Manifest['ratingScales']>[number];

export interface NumberFormat {
  unit: string;
  unitIn: 'cell' | 'header';
  /** Digits after the point; undefined: as many as the value has (up to 4). */
  decimals?: number;
  negative: 'triangle' | 'minus';
  /** A memo row (内数): printed in parentheses. */
  memo?: boolean;
}

/** Rounds half away from zero at `decimals` digits, without binary surprises (1.005 → 1.01). */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(value) * f + 1e-9) / f;
  return value < 0 ? -r : r;
}

/** Digits after the point the value needs (at most 4). */
export function decimalsOf(value: number): number {
  for (let d = 0; d < 4; d++) if (Math.abs(round(value, d) - value) < 1e-9) return d;
  return 4;
}

/** 66669 → 66,669; 1234.5 with 1 decimal → 1,234.5 */
export function groupDigits(abs: number, decimals: number): string {
  const [int, frac] = round(abs, decimals).toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** The printed form: △66,669千円, 137.5%, (12,000千円) for a memo row. */
export function formatNumber(value: number, f: NumberFormat): string {
  const decimals = f.decimals ?? decimalsOf(value);
  const abs = Math.abs(value);
  const negative = round(value, decimals) < 0;
  const sign = negative ? (f.negative === 'minus' ? '-' : '△') : '';
  const body = `${sign}${groupDigits(abs, decimals)}${f.unitIn === 'cell' ? f.unit : ''}`;
  return f.memo ? `(${body})` : body;
}

/** The same as an Excel number format, so that the workbook shows the printed form of a numeric cell. */
export function excelNumberFormat(value: number, f: NumberFormat): string {
  const decimals = f.decimals ?? decimalsOf(value);
  const digits = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  const unit = f.unitIn === 'cell' && f.unit ? `"${f.unit.replace(/"/g, '')}"` : '';
  const neg = f.negative === 'minus' ? '"-"' : '"△"';
  const [open, close] = f.memo ? ['"("', '")"'] : ['', ''];
  return (
    `${open}${digits}${unit}${close};${open}${neg}${digits}${unit}${close};${open}` +
    `0${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}${unit}${close}`
  );
}

/**
 * A figure as Excel should hold it: a percentage (the unit % in the cell) as its fraction with a percentage
 * format (137.5% → 1.375, shown 137.5%), so that Excel computes with it; anything else as it is, with
 * excelNumberFormat.
 */
export function excelNumber(value: number, f: NumberFormat): { value: number; numFmt: string } {
  if (f.unitIn !== 'cell' || !f.unit || !/^[%％]$/.test(f.unit)) return { value, numFmt: excelNumberFormat(value, f) };
  const decimals = f.decimals ?? decimalsOf(value);
  const pct = `0${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}%`;
  const digits = `#,##${pct}`;
  const neg = f.negative === 'minus' ? '"-"' : '"△"';
  const [open, close] = f.memo ? ['"("', '")"'] : ['', ''];
  return {
    value: round(value / 100, decimals + 6),
    numFmt: `${open}${digits}${close};${open}${neg}${digits}${close};${open}${pct}${close}`,
  };
}

/** 差額 = 効果実績額 − 効果見込額, when both are given. */
export function effectDifference(e: Pick<Effect, 'planned' | 'actual'>): number | undefined {
  if (e.planned === undefined || e.actual === undefined) return undefined;
  return round(e.actual - e.planned, 6);
}

/** 年度別効果額の計. */
export function effectYearTotal(e: Pick<Effect, 'byYear'>): number | undefined {
  const values = Object.values(e.byYear ?? {});
  return values.length > 0
    ? round(
        values.reduce((a, b) => a + b, 0),
        6,
      )
    : undefined;
}

export interface IndicatorFigures {
  /** 累計: the actuals up to the edition's year added up. */
  cumulative?: number;
  /** The latest actual up to the edition's year. */
  latest?: number;
  /** 進捗率 in %, to one decimal; may exceed 100. */
  progressRate?: number;
}

/**
 * cumulative (the default): 累計 = Σ 実績値, 進捗率 = 累計 ÷ 目標値.
 * level: 進捗率 = (最新の実績値 − 基準値) ÷ (目標値 − 基準値).
 */
export function indicatorFigures(ind: Indicator, upToYear: number): IndicatorFigures {
  const years = Object.keys(ind.actuals ?? {})
    .map(Number)
    .filter((y) => y <= upToYear)
    .sort((a, b) => a - b);
  if (years.length === 0) return {};
  const values = years.map((y) => ind.actuals![String(y)]);
  const cumulative = round(
    values.reduce((a, b) => a + b, 0),
    6,
  );
  const latest = values[values.length - 1];
  let progressRate: number | undefined;
  if ((ind.measure ?? 'cumulative') === 'cumulative') {
    if (ind.target.value !== 0) progressRate = round((cumulative / ind.target.value) * 100, 1);
  } else if (ind.base !== undefined && ind.target.value !== ind.base.value) {
    progressRate = round(((latest - ind.base.value) / (ind.target.value - ind.base.value)) * 100, 1);
  }
  return { cumulative, latest, ...(progressRate !== undefined ? { progressRate } : {}) };
}

/** Sum of the values of rows that count (memo rows never do); undefined when no row has a value. */
export function sumCounted(values: readonly { value?: number; memo?: boolean }[]): number | undefined {
  const counted = values.filter((v) => !v.memo && v.value !== undefined);
  return counted.length > 0
    ? round(
        counted.reduce((a, v) => a + v.value!, 0),
        6,
      )
    : undefined;
}

/** Counts per level of a scale, in the scale's order: [達成 51, 部分実施 56, 検討中 1]. */
export function countRatings(
  codes: readonly (string | undefined)[],
  scale: RatingScale,
): { code: string; label: string; count: number }[] {
  return scale.levels.map((l) => ({ code: l.code, label: l.label, count: codes.filter((c) => c === l.code).length }));
}

/** 達成 51項目、部分実施 56項目、検討中 1項目 */
export function countsText(counts: readonly { label: string; count: number }[]): string {
  return counts.map((c) => `${c.label} ${c.count}項目`).join('、');
}
