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
/** A 主要事業 of an initiative (its budgets by fiscal year). */
export type Project = NonNullable<Initiative['projects']>[number];
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
  /** Words around the number: 公用車の台数 {value}削減 → 公用車の台数 12台削減. */
  wording?: string;
}

/** The words before and after {value} of a wording (no {value}: the words come first). */
function wordingParts(wording: string | undefined): [string, string] {
  if (!wording) return ['', ''];
  const at = wording.indexOf('{value}');
  return at < 0 ? [`${wording} `, ''] : [wording.slice(0, at), wording.slice(at + '{value}'.length)];
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
  const [before, after] = wordingParts(f.wording);
  const body = `${before}${sign}${groupDigits(abs, decimals)}${f.unitIn === 'cell' ? f.unit : ''}${after}`;
  return f.memo ? `(${body})` : body;
}

/** The same as an Excel number format, so that the workbook shows the printed form of a numeric cell. */
export function excelNumberFormat(value: number, f: NumberFormat): string {
  const decimals = f.decimals ?? decimalsOf(value);
  const digits = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  const quoted = (text: string) => (text ? `"${text.replace(/"/g, '')}"` : '');
  const [before, after] = wordingParts(f.wording).map(quoted);
  const unit = (f.unitIn === 'cell' && f.unit ? quoted(f.unit) : '') + after;
  const neg = f.negative === 'minus' ? '"-"' : '"△"';
  const [open, close] = f.memo ? ['"("', '")"'] : ['', ''];
  const zero = `0${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}`;
  return (
    `${open}${before}${digits}${unit}${close};${open}${before}${neg}${digits}${unit}${close};` +
    `${open}${before}${zero}${unit}${close}`
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

/** How yearly effects count: within the plan period, and whether an effect recurs in the later years. */
export interface Counting {
  recurring: boolean;
  /** The plan period's last year: a recurring effect counts up to it. */
  to: number;
}

const ONCE: Counting = { recurring: false, to: 9999 };

/** Whether the effect recurs: its own `recurring`, else the report's `effectCounting`. */
export function countingOf(e: Pick<Effect, 'recurring'>, m: Pick<Manifest, 'effectCounting' | 'planPeriod'>): Counting {
  return { recurring: e.recurring ?? m.effectCounting === 'recurring', to: m.planPeriod.to };
}

/**
 * A yearly series as counted. Once: each year's amount in its year. Recurring: an amount achieved in a year
 * counts again in every later year of the plan (100 then 50 → 100, 150, 150).
 */
export function countedSeries(amounts: Readonly<Record<string, number | undefined>>, c: Counting): Map<number, number> {
  const years = Object.keys(amounts)
    .filter((y) => amounts[y] !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  const out = new Map<number, number>();
  if (!c.recurring) {
    for (const y of years) out.set(y, amounts[String(y)]!);
    return out;
  }
  if (years.length === 0) return out;
  let running = 0;
  for (let y = years[0]; y <= Math.max(c.to, years[years.length - 1]); y++) {
    running = round(running + (amounts[String(y)] ?? 0), 6);
    out.set(y, running);
  }
  return out;
}

function sumValues(values: Iterable<number>): number | undefined {
  const list = [...values];
  return list.length > 0
    ? round(
        list.reduce((a, b) => a + b, 0),
        6,
      )
    : undefined;
}

/** 年度別効果額 of a year, as counted. */
export function effectYear(e: Pick<Effect, 'byYear'>, year: number, c: Counting = ONCE): number | undefined {
  return countedSeries(e.byYear ?? {}, c).get(year);
}

/** 年度別効果額の計: the sum of the counted yearly effects (with recurring, not the sum of the amounts). */
export function effectYearTotal(e: Pick<Effect, 'byYear'>, c: Counting = ONCE): number | undefined {
  return sumValues(countedSeries(e.byYear ?? {}, c).values());
}

/** 累計 of the counted yearly effects up to a year (100, 250, 400 for 100 then 50, recurring). */
export function effectCumulative(e: Pick<Effect, 'byYear'>, upTo: number, c: Counting = ONCE): number | undefined {
  const series = countedSeries(e.byYear ?? {}, c);
  return sumValues([...series].filter(([y]) => y <= upTo).map(([, v]) => v));
}

/** The planned or actual amounts of `years`, as counted. */
export function effectYears(
  e: Pick<Effect, 'years'>,
  key: 'planned' | 'actual',
  c: Counting = ONCE,
): Map<number, number> {
  const amounts: Record<string, number | undefined> = {};
  for (const [y, v] of Object.entries(e.years ?? {})) amounts[y] = v[key];
  return countedSeries(amounts, c);
}

/**
 * The two parts of a rate: the year's actual over the year's plan or the plan's total; without a year,
 * 効果実績額 (or the actuals' total) over 効果見込額 or the plan's total.
 */
export function effectRateParts(
  e: Pick<Effect, 'years' | 'planned' | 'actual'>,
  year: number | undefined,
  base: 'planned' | 'plannedTotal',
  c: Counting = ONCE,
): { numerator?: number; denominator?: number } {
  const planned = effectYears(e, 'planned', c);
  const actual = effectYears(e, 'actual', c);
  const numerator = year === undefined ? (e.actual ?? sumValues(actual.values())) : actual.get(year);
  const denominator =
    base === 'plannedTotal'
      ? (sumValues(planned.values()) ?? e.planned)
      : year === undefined
        ? e.planned
        : planned.get(year);
  return {
    ...(numerator !== undefined ? { numerator } : {}),
    ...(denominator !== undefined ? { denominator } : {}),
  };
}

/** A rate in % to one decimal; undefined without both parts or over zero. */
export function rateOf(p: { numerator?: number; denominator?: number }): number | undefined {
  if (p.numerator === undefined || p.denominator === undefined || p.denominator === 0) return undefined;
  return round((p.numerator / p.denominator) * 100, 1);
}

/**
 * An amount in 億・万 words, as lead sentences print it: 123456 千円 → 1億2,345万6千円. The value is
 * in `unit` (円, 千円 or 万円); other units print the number and the unit.
 */
export function yenWords(value: number, unit: string): string {
  const scale = unit === '円' ? 1 : unit === '千円' ? 1000 : unit === '万円' ? 10000 : undefined;
  if (scale === undefined) return formatNumber(value, { unit, unitIn: 'cell', negative: 'triangle' });
  const yen = Math.round(Math.abs(value) * scale);
  const sign = value < 0 && yen > 0 ? '△' : '';
  const parts: string[] = [];
  const cho = Math.floor(yen / 1e12);
  const oku = Math.floor((yen % 1e12) / 1e8);
  const man = Math.floor((yen % 1e8) / 1e4);
  const rest = yen % 1e4;
  if (cho) parts.push(`${groupDigits(cho, 0)}兆`);
  if (oku) parts.push(`${groupDigits(oku, 0)}億`);
  if (man) parts.push(`${groupDigits(man, 0)}万`);
  if (rest === 0) return `${sign}${parts.join('') || '0'}円`;
  const tail = rest % 1000 === 0 ? `${rest / 1000}千円` : `${groupDigits(rest, 0)}円`;
  return `${sign}${parts.join('')}${tail}`;
}

export interface IndicatorFigures {
  /** 累計: the actuals up to the edition's year added up, or the published one (`given`). Not for a level. */
  cumulative?: number;
  /** The sum of the actuals, when they cover every year from the plan's start to the edition's year. */
  checkable?: number;
  /** The latest actual up to the edition's year. */
  latest?: number;
  /** 進捗率 in %, to one decimal; may exceed 100. */
  progressRate?: number;
}

/**
 * cumulative (the default): 累計 = Σ 実績値, 進捗率 = 累計 ÷ 目標値.
 * level: 進捗率 = (最新の実績値 − 基準値) ÷ (目標値 − 基準値).
 */
export function indicatorFigures(ind: Indicator, upToYear: number, planFrom?: number): IndicatorFigures {
  const years = Object.keys(ind.actuals ?? {})
    .map(Number)
    .filter((y) => y <= upToYear)
    .sort((a, b) => a - b);
  const given = ind.given === true && ind.cumulative !== undefined ? ind.cumulative : undefined;
  if (years.length === 0 && given === undefined) return {};
  const values = years.map((y) => ind.actuals![String(y)]);
  const sum = sumValues(values);
  const latest = values.length > 0 ? values[values.length - 1] : undefined;
  const complete =
    planFrom !== undefined &&
    sum !== undefined &&
    Array.from({ length: upToYear - planFrom + 1 }, (_, k) => planFrom + k).every(
      (y) => ind.actuals?.[String(y)] !== undefined,
    );
  const level = (ind.measure ?? 'cumulative') === 'level';
  // A level (floor area at a date) has no 累計: adding levels means nothing.
  const cumulative = level ? undefined : (given ?? sum);
  let progressRate: number | undefined;
  if (!level) {
    if (cumulative !== undefined && ind.target.value !== 0)
      progressRate = round((cumulative / ind.target.value) * 100, 1);
  } else if (latest !== undefined && ind.base !== undefined && ind.target.value !== ind.base.value) {
    progressRate = round(((latest - ind.base.value) / (ind.target.value - ind.base.value)) * 100, 1);
  }
  return {
    ...(cumulative !== undefined ? { cumulative } : {}),
    ...(complete && !level ? { checkable: sum } : {}),
    ...(latest !== undefined ? { latest } : {}),
    ...(progressRate !== undefined ? { progressRate } : {}),
  };
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
