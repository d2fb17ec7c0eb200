/**
 * The column kinds of the declared tables (manifest `tables[].columns[].kind`) as one typed table:
 * per kind, the rows it applies to, whether it is numeric and summable (小計・合計), its alignment,
 * how it is laid out (one cell, the 工程 slots, the 取組項目 of the lanes), the fields it needs, its cell
 * (printed text and raw value, shared by HTML and the workbook), its own workbook value where it has
 * one, and its open-data columns. `satisfies Record<ColumnKind, ColumnKindSpec>` keeps it complete: a
 * kind added to the schema's enum does not compile until it has its entry here (and
 * test/column-kinds.test.ts checks the same against the schema at run time). Pure.
 */
import { fiscalYearLong, westernPointInTime } from '../era.js';
import {
  countingOf,
  effectCumulative,
  effectDifference,
  effectRateParts,
  effectYear,
  effectYears,
  effectYearTotal,
  rateOf,
  sumCounted,
  type Counting,
  type IndicatorFigures,
  type ColumnSpec,
  type Effect,
  type Indicator,
  type Project,
  type NumberFormat,
  type RatingScale,
  type TableSpec,
} from './figures.js';
import { parseRichText, richTextToPlainLines } from './richtext.js';
import { maxLengthOf } from './answer-limits.js';
import type { Initiative, Manifest } from './schema-types.js';
import type { CellView, ColumnView, RatingView, RowView } from './table-view.js';
import type { DivisionView, InitiativeView } from './report.js';
import type { RichLine } from './richtext.js';

/** A column kind of report.yaml (`tables[].columns[].kind`), from the schema's enum. */
export type ColumnKind = ColumnSpec['kind'];

export type OpenDataValue = string | number | null;

/** A column of a declared table's open data (CSV and JSON). */
export interface DeclaredColumn {
  key: string;
  name: string;
  type: 'integer' | 'number' | 'string';
  unit?: string;
  description: string;
  value: (row: RowView) => OpenDataValue;
}

/** What a kind's cell is computed from: one data row of one initiative (and its indicator or effect). */
export interface CellContext {
  col: ColumnSpec;
  manifest: Manifest;
  ini: Initiative;
  /** The printed 番号 (2-(1)-①). */
  mark: string;
  /** Listed again (再掲). */
  reappear: boolean;
  indicator?: Indicator;
  /** The indicator's computed figures (累計, 進捗率) up to the edition's year. */
  figures?: IndicatorFigures;
  effect?: Effect;
  /** A 主要事業 (a card's table of projects). */
  project?: Project;
  /** How the effect's amounts count over the years (once, or recurring). */
  counting?: Counting;
  scales: ReadonlyMap<string, RatingScale>;
  /** Rating keys of the edition (2025Q1, 2025H1, 2025) and of the year before. */
  keys: readonly string[];
  prevKeys: readonly string[];
  /** The table has a title column: the ※ marks go there, not after a row's label. */
  hasTitle: boolean;
  /** The ※ marks of the initiative's footnotes (※1※2). */
  notes: () => string;
  /** A number in the column's format ('' when undefined). */
  num: (value: number | undefined, unit?: string) => CellView;
  /** The initiative as the report reads it (年次計画 and 実績 of the edition, verification rows, 担当課). */
  view?: InitiativeView;
  /** The verification row (rows: verification). */
  verification?: number;
  /** The initiative's number in a numbering pattern ({local} → ①). */
  markOf: (pattern: string) => string;
  /** 課 names under more than one 部 (printed with their 部). */
  ambiguous: ReadonlySet<string>;
}

/**
 * One row of a department's form (cycle/asked.ts): the initiative as read from its file (not yet
 * valid, so every field is read defensively), and which of its indicators or effects the row is.
 */
export interface AskContext {
  manifest: Manifest;
  col: ColumnSpec;
  /** The table's rows (initiatives, indicators, effects). */
  rows: TableSpec['rows'];
  data: Initiative;
  /** The indicator's or effect's index (rows of indicators or effects). */
  index?: number;
  /** The initiative's first row in the table (an initiative's own answer is asked once). */
  first: boolean;
}

/** What a 課 answers for a column in one row: where it goes in the YAML, how it is printed and checked. */
export interface AskSpec {
  path: (string | number)[];
  /** The printed label; the column's heading when not given. */
  label?: string;
  kind: 'text' | 'number' | 'choice';
  current?: string | number;
  /** Codes allowed (choice) and their legend (A: 改善・見直し). */
  choices?: string[];
  choiceHelp?: string;
  /** Characters that fit the printed space (texts). */
  maxLength?: number;
  /** Counted as missing by status and next when empty (true when not given). */
  required?: boolean;
  /** The form says it may be left empty (【記入（任意）】) and puts it after the others; never required. */
  optional?: boolean;
  /**
   * Published already: the form shows it locked (a column of its own, （公表済み）) and asks it only when it is
   * required and still empty (the year's 年次計画 in a 年間 edition).
   */
  shown?: boolean;
  /** The form column's heading when not the table column's (a column that asks one year's plan, then the next's). */
  heading?: string;
}

export interface ColumnKindSpec {
  /** The rows the kind applies to: any table, or a table of indicators, effects, 主要事業 or verification rows. */
  rows: 'any' | 'indicators' | 'effects' | 'projects' | 'verification';
  numeric: boolean;
  /** Summed into 小計 and 合計. */
  summable: boolean;
  /** Its number may carry the record's wording (公用車の台数 12台削減): the record's own quantities. */
  worded: boolean;
  /** Its own figure in a 小計 or 合計 row, from the rows counted (a rate of the totals, not a sum of rates). */
  total?: (col: ColumnSpec, counted: readonly RowView[], manifest: Manifest) => number | undefined;
  /** Its cell names the row (a row header, <th scope="row">): 取組名, 取組項目, 指標名, 効果額の項目. */
  rowHeader: boolean;
  /** Horizontal alignment in HTML and the workbook. */
  align: 'num' | 'center' | 'text';
  /** The HTML class of its cells besides the alignment (number, title, item, division…: style.css, print). */
  className?: string;
  /** One cell per row; the 工程's slots (one column per year, half or quarter); one cell per 取組項目. */
  layout: 'cell' | 'slots' | 'items';
  /** Keys the column must have (validate reports a missing one). */
  needs: readonly ('scale' | 'field' | 'year')[];
  /**
   * The key of the record's figureNotes (actual, years.2025.actual, actuals.2025…) that notes the figure its cell
   * prints: the figure then carries a ※N pointing at the note under the table.
   */
  notedAt?: (c: Pick<CellContext, 'col' | 'manifest'>) => string;
  /** Its cell in a data row (HTML prints `text`; the workbook and open data take `value`). */
  cell: (c: CellContext) => CellView;
  /** Its cell's style in the workbook when not the alignment's: a 区分 code printed bold in the middle. */
  workbookStyle?: 'direction';
  /** Its value in the workbook when not the cell's text or number (a 番号 that is a plain number). */
  workbook?: (cell: CellView) => { value: number; numFmt: string } | undefined;
  /** Its columns in open data (none: carried by the leading columns, or not tabular). */
  openData: (c: ColumnView, ci: number, ctx: OpenDataContext) => DeclaredColumn[];
  /**
   * What a 課 is asked for it in a department's form, per row (`notAsked`: computed figures, the office's
   * own columns). Every kind says so: the department cycle lists no kinds of its own.
   */
  ask: (c: AskContext) => AskSpec | undefined;
  /** Further answers of its row in a form, beside `ask`'s (next year's 年次計画; the 上半期実績 shown in a 年間 edition). */
  more?: (c: AskContext) => AskSpec[];
  /** The locked text that identifies a row in a form, beside the answers (番号, 取組名, 指標…). */
  formText?: (c: AskContext) => string | undefined;
}

/** What the open-data columns of a kind are named and described from. */
export interface OpenDataContext {
  manifest: Manifest;
  /** What joins the lines of a text in one cell (｜). */
  lineSeparator: string;
}

const none = (): DeclaredColumn[] => [];

/** A text of rich lines: printed line by line, its value the text as written. */
function linesCell(lines: RichLine[], raw: string | undefined): CellView {
  return { text: lines.map((l) => l.text).join('\n'), value: raw ?? '', lines };
}

/** A text column of open data, its lines joined with the separator. */
function textColumn(key: string, value: (r: RowView) => string | undefined) {
  return (c: ColumnView, _ci: number, ctx: OpenDataContext): DeclaredColumn[] => [
    {
      key,
      name: c.heading,
      type: 'string',
      description: `${c.heading}（複数行は、行ごとに「${ctx.lineSeparator}」で区切る）`,
      value: (r) => richTextToPlainLines(parseRichText(value(r))).join('\n') || null,
    },
  ];
}

/** The verification row of a data row (rows: verification). */
const verificationOf = (c: CellContext) =>
  c.verification !== undefined ? c.view?.verification[c.verification] : undefined;
const rawVerification = (r: RowView) =>
  r.source?.verification !== undefined ? r.source.initiative.verification?.[r.source.verification] : undefined;
const blockOf = (d: DivisionView, heading?: string) => ({
  ...(heading !== undefined ? { heading } : {}),
  department: d.department,
  division: d.division,
});

/** A verification text a 課 writes (内容, 実績・効果, 区分の理由). */
const askVerification =
  (key: 'content' | 'outcome' | 'reason') =>
  (c: AskContext): AskSpec | undefined => {
    if (c.rows !== 'verification' || c.index === undefined) return undefined;
    const row = c.data.verification?.[c.index];
    if (!row || (key === 'reason' && row.reasonSharedWithAbove)) return undefined;
    const current = row[key];
    // Optional: a row a 課 leaves as it is stays as published.
    return {
      path: ['verification', c.index, key],
      kind: 'text',
      ...(typeof current === 'string' ? { current } : {}),
      maxLength: maxLengthOf(c.manifest, 'verification'),
      required: false,
    };
  };
const notAsked = (): undefined => undefined;

/** A year's 年次計画, its form column named by the year (令和7年度 年次計画). */
function planAsk(c: AskContext, year: number, suffix = ''): AskSpec {
  const current = c.data.plans?.[String(year)];
  const label = `${fiscalYearLong(year)} 年次計画${suffix}`;
  return {
    path: ['plans', String(year)],
    label,
    heading: label,
    kind: 'text',
    ...(typeof current === 'string' ? { current } : {}),
    maxLength: maxLengthOf(c.manifest, 'plan'),
  };
}

/** The edition year's 実績 of a period, its form column named by the year and period. */
function resultAsk(c: AskContext, period: 'firstHalf' | 'fullYear'): AskSpec {
  const { fiscalYear } = c.manifest.edition;
  const current = c.data.results?.[String(fiscalYear)]?.[period];
  const label = `${fiscalYearLong(fiscalYear)} ${period === 'firstHalf' ? '上半期実績（4月～9月）' : '年間実績（4月～3月）'}`;
  return {
    path: ['results', String(fiscalYear), period],
    label,
    heading: label,
    kind: 'text',
    ...(typeof current === 'string' ? { current } : {}),
    maxLength: maxLengthOf(c.manifest, 'result'),
  };
}

/** A figure a 課 writes, at `path` of its indicator or effect. */
const askNumber = (path: (string | number)[], current: unknown, label?: string): AskSpec => ({
  path,
  kind: 'number',
  ...(label !== undefined ? { label } : {}),
  ...(typeof current === 'number' ? { current } : {}),
});

/** An amount of the row's effect (effects tables only). */
const askEffect =
  (key: 'planned' | 'actual') =>
  (c: AskContext): AskSpec | undefined =>
    c.rows === 'effects' && c.index !== undefined
      ? askNumber(['effects', c.index, key], c.data.effects?.[c.index]?.[key])
      : undefined;
const text = (t: string): CellView => ({ text: t, value: t });
const empty = (): CellView => ({ text: '' });

function numeric(r: RowView, ci: number): number | null {
  const v = r.cells[ci].value;
  return typeof v === 'number' ? v : null;
}

type Of<T> = T | ((c: ColumnView) => T);
const of = <T>(v: Of<T>, c: ColumnView): T => (typeof v === 'function' ? (v as (c: ColumnView) => T)(c) : v);

/**
 * A numeric open-data column: the unit in its name, the column's declared one (効果額: 千円) unless
 * given (進捗率: %); an indicator's own unit is in the 単位 column.
 */
function numberColumn(key: Of<string>, name: Of<string>, description: Of<string>, unit?: string) {
  return (c: ColumnView, ci: number): DeclaredColumn[] => {
    const u = unit ?? c.spec.format?.unit;
    const n = of(name, c);
    return [
      {
        key: of(key, c),
        name: u ? `${n}（${u}）` : n,
        type: 'number',
        ...(u ? { unit: u } : {}),
        description: of(description, c),
        value: (r) => numeric(r, ci),
      },
    ];
  };
}

const CHANGE_WORDS = { up: '上がった', same: '変わらない', down: '下がった' } as const;

/**
 * The printed names of the two levels of 担当課 (部 and 課 by default): the suffix every name of that level
 * shares (部, 局, 課, 室, 係, 班…), when they all share one.
 */
export function divisionLevelNames(
  departments: readonly { name: string; divisions: readonly string[] }[],
): [string, string] {
  const suffix = (names: string[], fallback: string) => {
    const last = new Set(names.map((n) => n.slice(-1)));
    const only = last.size === 1 ? [...last][0] : undefined;
    return only && /^[部局課室係班所庁]$/.test(only) ? only : fallback;
  };
  const top = suffix(
    departments.map((d) => d.name),
    '部',
  );
  const second = suffix(
    departments.flatMap((d) => d.divisions.map((v) => v.split('/')[0])),
    top === '部' ? '課' : top === '課' ? '係' : '課',
  );
  return [top, second];
}

const yearWords = (y: number | undefined) => (y ? `${y}年度（${fiscalYearLong(y)}）` : '');

/** 総務部/人事課 → 総務部人事課; with co-divisions, 「…・…（共管）」. */
export function divisionText(ini: Initiative): string {
  const full = (ref: string) => ref.split('/').join('');
  if (ini.division === undefined) return '';
  if (!ini.coDivisions?.length) return full(ini.division);
  return `${[ini.division, ...ini.coDivisions].map(full).join('・')}（共管）`;
}

export function ratingOf(ini: Initiative, scaleId: string, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const code = ini.ratings?.[k]?.[scaleId];
    if (code !== undefined) return code;
  }
  return undefined;
}

function ratingView(scale: RatingScale | undefined, code: string | undefined): RatingView | undefined {
  if (!scale || code === undefined) return undefined;
  const level = scale.levels.find((l) => l.code === code);
  if (!level) return undefined;
  return { scale: scale.id, code, label: level.label, symbol: level.symbol, text: level.text ?? level.label };
}

function showRating(r: RatingView, show: ColumnSpec['show']): string {
  if (show === 'label') return r.label;
  if (show === 'code') return r.code;
  return r.symbol ?? r.code;
}

const currentRating = (c: CellContext) => {
  const scale = c.col.scale ? c.scales.get(c.col.scale) : undefined;
  return ratingView(scale, ratingOf(c.ini, c.col.scale ?? '', c.col.period === 'previous' ? c.prevKeys : c.keys));
};
const ratingKey = (c: ColumnView) => `rating_${c.spec.scale}${c.spec.period === 'previous' ? '_previous' : ''}`;

/** The number format of a numeric cell: the column's own, else the indicator's unit (進捗率: %, 1 decimal). */
export function numberFormat(col: ColumnSpec, unit: string | undefined, memo: boolean, wording?: string): NumberFormat {
  const f = col.format ?? {};
  const progress = col.kind === 'indicator.progress' || col.kind === 'effect.rate';
  return {
    ...(wording && COLUMN_KINDS[col.kind].worded ? { wording } : {}),
    unit: f.unit ?? (progress ? '%' : (unit ?? '')),
    unitIn: f.unitIn ?? 'cell',
    ...(f.decimals !== undefined ? { decimals: f.decimals } : progress ? { decimals: 1 } : {}),
    negative: f.negative ?? 'triangle',
    ...(memo ? { memo: true } : {}),
  };
}

const figures = (c: CellContext) => c.figures;

/** A text that is a number with at most a short unit: 12, 1,234平方メートル, △5.5%. */
const NUMBER_TEXT = /^[△▲-]?[0-9０-９][0-9０-９,，]*(\.[0-9]+)?[^\s0-9]{0,8}$/u;

/** The rate of the counted rows' totals (実績額の計 ÷ 見込額の計). */
function rateTotal(col: ColumnSpec, counted: readonly RowView[], m: Manifest): number | undefined {
  const parts = counted.flatMap((r) => {
    const e = r.source?.effect;
    return e ? [effectRateParts(e, col.year, col.base ?? 'planned', countingOf(e, m))] : [];
  });
  const part = (k: 'numerator' | 'denominator') => sumCounted(parts.map((p) => ({ value: p[k] })));
  return rateOf({ numerator: part('numerator'), denominator: part('denominator') });
}

/** The sum of an effect's yearly planned or actual amounts. */
function yearsTotal(c: CellContext, key: 'planned' | 'actual'): number | undefined {
  const values = c.effect ? [...effectYears(c.effect, key, c.counting).values()] : [];
  return values.length > 0 ? sumCounted(values.map((value) => ({ value }))) : undefined;
}

/** The sum of a 主要事業's budgets over the years it states. */
function budgetTotal(p: Project | undefined): number | undefined {
  const values = Object.values(p?.budgets ?? {});
  return values.length > 0 ? sumCounted(values.map((value) => ({ value }))) : undefined;
}

/** A text of the record as printed lines (a number alone aligned as numbers are). */
function richCell(raw: string | undefined): CellView {
  const lines = parseRichText(raw);
  const t = lines.map((l) => l.text).join('\n');
  return { text: t, value: raw ?? '', lines, ...(NUMBER_TEXT.test(t) ? { align: 'right' as const } : {}) };
}

/** Shorthands for the common shapes of an entry. */
const plain = {
  rows: 'any',
  numeric: false,
  summable: false,
  worded: false,
  rowHeader: false,
  align: 'text',
  layout: 'cell',
  needs: [],
} as const;
const amount = { ...plain, rows: 'effects', numeric: true, summable: true, worded: true, align: 'num' } as const;
const measure = { ...plain, rows: 'indicators', numeric: true, worded: true, align: 'num' } as const;

export const COLUMN_KINDS = {
  number: {
    ...plain,
    align: 'center',
    className: 'number',
    cell: (c) => text(c.mark),
    // A 番号 that is a plain number is a number for Excel (sorting, lookups); ① or 1-(1)-① stays text.
    workbook: (cell) => (/^\d{1,9}$/.test(cell.text) ? { value: Number(cell.text), numFmt: '0' } : undefined),
    openData: none,
    ask: notAsked,
    formText: (c) => String(c.data.number),
  },
  title: {
    ...plain,
    rowHeader: true,
    className: 'title',
    // With its own numbering, the mark before the name: ① 取組名.
    cell: (c) => {
      const mark = c.col.numbering ? c.markOf(c.col.numbering) : undefined;
      const name = `${c.ini.title}${c.reappear ? '（再掲）' : ''}${c.notes()}`;
      return { text: mark ? `${mark} ${name}` : name, value: c.ini.title, ...(mark ? { mark } : {}) };
    },
    openData: none,
    ask: notAsked,
    formText: (c) => c.data.title,
  },
  text: {
    ...plain,
    needs: ['field'],
    cell: (c) => richCell(c.col.field ? c.ini.fields?.[c.col.field] : undefined),
    openData: (c, _ci, ctx) => [
      {
        key: `text_${c.spec.field}`,
        name: c.heading,
        type: 'string',
        description: `${c.heading}（複数行は、行ごとに「${ctx.lineSeparator}」で区切る）`,
        value: (r) =>
          richTextToPlainLines(parseRichText(r.source!.initiative.fields?.[c.spec.field ?? ''])).join('\n') || null,
      },
    ],
    // A text of the initiative, asked once (on its first row when rows are indicators or effects).
    ask: (c) => {
      if (!c.col.field || !c.first) return undefined;
      const current = (c.data.fields as Record<string, unknown> | undefined)?.[c.col.field];
      return {
        path: ['fields', c.col.field],
        kind: 'text',
        ...(typeof current === 'string' ? { current } : {}),
        maxLength: maxLengthOf(c.manifest, 'text'),
      };
    },
  },
  division: {
    ...plain,
    className: 'division',
    // 部 and 課 each kept whole; a heading per 取組項目 when they have different 担当課 (co-divisions: one line).
    cell: (c) => {
      const t = text(divisionText(c.ini));
      const blocks = c.view?.divisionBlocks;
      if (!blocks?.length || c.ini.coDivisions?.length) return t;
      return { ...t, blocks: blocks.map((b) => blockOf(b.division, b.heading)) };
    },
    openData: (_c, _ci, ctx) => {
      // Named for what they hold: an office whose top level is 課 and whose second is 係 gets 担当課, 担当係.
      const [top, second] = divisionLevelNames(ctx.manifest.departments);
      return [
        {
          key: 'department',
          name: `担当${top}`,
          type: 'string',
          description: `担当する${top}`,
          value: (r) => r.source!.initiative.division?.split('/')[0] ?? null,
        },
        {
          key: 'division',
          name: `担当${second}`,
          type: 'string',
          description: `担当する${second}（その下の係・室まで）。${second}のない${top}は空`,
          value: (r) => r.source!.initiative.division?.split('/').slice(1).join('') || null,
        },
        {
          key: 'co_divisions',
          name: '共管の担当課',
          type: 'string',
          description: '共管の担当課（部課、複数は「、」で区切る）',
          value: (r) => (r.source!.initiative.coDivisions ?? []).map((d) => d.split('/').join('')).join('、') || null,
        },
      ];
    },
    ask: notAsked,
  },
  // The 工程 is its own open-data file (<id>-schedule), one row per phase.
  schedule: { ...plain, layout: 'slots', cell: empty, openData: none, ask: notAsked },
  item: {
    ...plain,
    rowHeader: true,
    className: 'item',
    layout: 'items',
    cell: empty,
    openData: none,
    ask: notAsked,
    // The 取組項目 a line each, with the □ the table prints (checkbox).
    formText: (c) =>
      (Array.isArray(c.data.items) ? c.data.items : [])
        .filter((it) => it !== null && typeof it === 'object' && typeof it.label === 'string')
        .map((it) => `${c.col.checkbox && it.checkbox !== false ? '□' : ''}${it.label}`)
        .join('\n'),
  },
  plan: {
    ...plain,
    className: 'plan',
    // The edition year's 年次計画, after the note of an initiative achieved earlier ((H28年度達成済)).
    cell: (c) => ({
      ...linesCell(c.view?.plan ?? [], c.ini.plans?.[String(c.manifest.edition.fiscalYear)]),
      ...(c.view?.achievedNote ? { note: c.view.achievedNote } : {}),
    }),
    openData: (c, ci, ctx) =>
      textColumn('plan', (r) => r.source?.initiative.plans?.[String(ctx.manifest.edition.fiscalYear)])(c, ci, ctx),
    // The edition year's 年次計画; in a 年間 edition it was published with the 上半期: shown (more: next year's).
    ask: (c) => {
      if (!c.first) return undefined;
      const { fiscalYear, period } = c.manifest.edition;
      return { ...planAsk(c, fiscalYear), ...(period === 'fullYear' ? { shown: true } : {}) };
    },
    // In a 年間 edition, next year's 年次計画 (within the plan period) may be written: optional.
    more: (c) => {
      const { fiscalYear, period } = c.manifest.edition;
      if (!c.first || period !== 'fullYear' || fiscalYear + 1 > c.manifest.planPeriod.to) return [];
      return [{ ...planAsk(c, fiscalYear + 1, '（次年度）'), required: false, optional: true }];
    },
  },
  result: {
    ...plain,
    className: 'result',
    // The 実績 of the edition's period (上半期 or 年間).
    cell: (c) => {
      const { fiscalYear, period } = c.manifest.edition;
      return linesCell(c.view?.result ?? [], c.ini.results?.[String(fiscalYear)]?.[period]);
    },
    openData: (c, ci, ctx) => {
      const { fiscalYear, period } = ctx.manifest.edition;
      return textColumn('result', (r) => r.source?.initiative.results?.[String(fiscalYear)]?.[period])(c, ci, ctx);
    },
    // The 実績 of the edition's period.
    ask: (c) => (c.first ? resultAsk(c, c.manifest.edition.period) : undefined),
    // In a 年間 edition, the 上半期's, published: shown before it.
    more: (c) =>
      c.first && c.manifest.edition.period === 'fullYear'
        ? [{ ...resultAsk(c, 'firstHalf'), shown: true, required: false }]
        : [],
  },
  'verification.item': {
    ...plain,
    rows: 'verification',
    rowHeader: true,
    className: 'item',
    cell: (c) => linesCell(verificationOf(c)?.item ?? [], verificationOf(c)?.raw.item),
    openData: textColumn('verification_item', (r) => rawVerification(r)?.item),
    ask: notAsked,
    formText: (c) => (c.index !== undefined ? (c.data.verification?.[c.index]?.item ?? '') : undefined),
  },
  'verification.content': {
    ...plain,
    rows: 'verification',
    cell: (c) => linesCell(verificationOf(c)?.content ?? [], verificationOf(c)?.raw.content),
    openData: textColumn('content', (r) => rawVerification(r)?.content),
    ask: askVerification('content'),
  },
  'verification.outcome': {
    ...plain,
    rows: 'verification',
    cell: (c) => linesCell(verificationOf(c)?.outcome ?? [], verificationOf(c)?.raw.outcome),
    openData: textColumn('outcome', (r) => rawVerification(r)?.outcome),
    ask: askVerification('outcome'),
  },
  'verification.direction': {
    ...plain,
    rows: 'verification',
    align: 'center',
    className: 'direction',
    workbookStyle: 'direction',
    cell: (c) => text(verificationOf(c)?.direction ?? ''),
    openData: (c, ci) => [
      {
        key: 'direction',
        name: c.heading,
        type: 'string',
        description: `${c.heading}（report.yaml の directions の記号）`,
        value: (r) => (r.cells[ci].text === '' ? null : r.cells[ci].text),
      },
    ],
    ask: (c) => {
      if (c.rows !== 'verification' || c.index === undefined) return undefined;
      const directions = c.manifest.directions ?? [];
      const current = c.data.verification?.[c.index]?.direction;
      return {
        path: ['verification', c.index, 'direction'],
        kind: 'choice',
        choices: directions.map((d) => d.code),
        choiceHelp: directions.map((d) => `${d.code}: ${d.label}`).join('\n'),
        ...(typeof current === 'string' ? { current } : {}),
        required: false,
      };
    },
  },
  'verification.reason': {
    ...plain,
    rows: 'verification',
    // A reason shared with the rows below is one cell over them.
    cell: (c) => {
      const row = verificationOf(c);
      if (!row) return empty();
      if (row.reasonRowSpan === 0) return { text: '', covered: true };
      return {
        ...linesCell(row.reason ?? [], row.raw.reason),
        ...(row.reasonRowSpan > 1 ? { rowspan: row.reasonRowSpan } : {}),
      };
    },
    openData: textColumn('reason', (r) => {
      const rows = r.source?.initiative.verification ?? [];
      let i = r.source?.verification ?? -1;
      while (i > 0 && rows[i]?.reasonSharedWithAbove) i--;
      return rows[i]?.reason;
    }),
    ask: askVerification('reason'),
    // A reason shared with the row above is answered there.
    formText: (c) =>
      c.index !== undefined && c.data.verification?.[c.index]?.reasonSharedWithAbove === true
        ? '（上の行と共通）'
        : undefined,
  },
  'verification.division': {
    ...plain,
    rows: 'verification',
    className: 'division',
    // The 課 alone, with its 部 when another 部 has a 課 of the same name.
    cell: (c) => {
      const d = verificationOf(c)?.division;
      if (!d) return empty();
      const full = c.ambiguous.has(d.division);
      return {
        text: full ? d.full : d.division,
        value: full ? d.full : d.division,
        blocks: [full ? blockOf(d) : { department: '', division: d.division }],
        blocksInline: true,
      };
    },
    openData: (c) => [
      {
        key: 'verification_division',
        name: c.heading,
        type: 'string',
        description: `${c.heading}（部課）`,
        value: (r) => {
          const v = rawVerification(r);
          return (v?.division ?? r.source?.initiative.division)?.split('/').join('') || null;
        },
      },
    ],
    ask: notAsked,
  },
  'indicator.label': {
    ...plain,
    rowHeader: true,
    rows: 'indicators',
    cell: (c) => ({
      text: `${c.indicator?.label ?? ''}${c.hasTitle ? '' : c.notes()}`,
      value: c.indicator?.label ?? '',
    }),
    openData: none,
    ask: notAsked,
    formText: (c) => (c.index !== undefined ? (c.data.indicators?.[c.index]?.label ?? '') : undefined),
  },
  'indicator.unit': {
    ...plain,
    rows: 'indicators',
    align: 'center',
    cell: (c) => text(c.indicator?.unit ?? ''),
    openData: none,
    ask: notAsked,
    formText: (c) => (c.index !== undefined ? (c.data.indicators?.[c.index]?.unit ?? '') : undefined),
  },
  'indicator.base': {
    ...measure,
    notedAt: () => 'base',
    cell: (c) => c.num(c.indicator?.base?.value, c.indicator?.unit),
    openData: numberColumn('base', '基準値', '基準値（単位は「単位」列）'),
    ask: notAsked,
  },
  'indicator.baseDate': {
    ...plain,
    rows: 'indicators',
    cell: (c) => text(c.indicator?.base?.asOf ?? ''),
    openData: () => [
      {
        key: 'base_as_of',
        name: '基準値の時点',
        type: 'string',
        description: '基準値の時点（西暦。日付は 2024-04-01、年度末は 3月31日の日付、年度だけなら 2023年度）',
        value: (r) => {
          const asOf = r.source!.indicator?.base?.asOf;
          return asOf ? (westernPointInTime(asOf) ?? null) : null;
        },
      },
      {
        key: 'base_as_of_label',
        name: '基準値の時点（和暦）',
        type: 'string',
        description: '基準値の時点（取組ファイルに書かれたとおり。例: 令和6年4月1日）',
        value: (r) => r.source!.indicator?.base?.asOf ?? null,
      },
    ],
    ask: notAsked,
  },
  'indicator.target': {
    ...measure,
    notedAt: () => 'target',
    cell: (c) => c.num(c.indicator?.target.value, c.indicator?.unit),
    openData: numberColumn('target', '目標値', '目標値（単位は「単位」列）'),
    ask: notAsked,
  },
  'indicator.targetYear': {
    ...plain,
    rows: 'indicators',
    align: 'center',
    cell: (c) =>
      c.indicator?.target.year
        ? { text: fiscalYearLong(c.indicator.target.year), value: c.indicator.target.year }
        : empty(),
    openData: () => [
      {
        key: 'target_fiscal_year',
        name: '目標年度',
        type: 'integer',
        description: '目標年度（西暦）',
        value: (r) => r.source!.indicator?.target.year ?? null,
      },
      {
        key: 'target_fiscal_year_label',
        name: '目標年度（和暦）',
        type: 'string',
        description: '目標年度の和暦',
        value: (r) => (r.source!.indicator?.target.year ? fiscalYearLong(r.source!.indicator.target.year) : null),
      },
    ],
    ask: notAsked,
  },
  'indicator.actual': {
    ...measure,
    notedAt: (c) => `actuals.${c.col.year ?? c.manifest.edition.fiscalYear}`,
    cell: (c) =>
      c.num(
        c.col.year !== undefined ? c.indicator?.actuals?.[String(c.col.year)] : figures(c)?.latest,
        c.indicator?.unit,
      ),
    openData: numberColumn(
      (c) => (c.spec.year ? `actual_${c.spec.year}` : 'actual_latest'),
      (c) => (c.spec.year ? `実績値 ${yearWords(c.spec.year)}` : '最新の実績値'),
      '実績値（単位は「単位」列）',
    ),
    // The edition year's 実績値 of the row's indicator.
    ask: (c) => {
      const fy = c.manifest.edition.fiscalYear;
      if (c.rows !== 'indicators' || c.index === undefined || c.col.year !== fy) return undefined;
      const ind = c.data.indicators?.[c.index];
      const label = ind?.unit ? `${c.col.heading}（${ind.unit}）` : c.col.heading;
      return askNumber(['indicators', c.index, 'actuals', String(fy)], ind?.actuals?.[String(fy)], label);
    },
  },
  'indicator.cumulative': {
    ...measure,
    notedAt: () => 'cumulative',
    cell: (c) => c.num(figures(c)?.cumulative, c.indicator?.unit),
    openData: numberColumn('cumulative', '累計', '実績値の累計（計算値、単位は「単位」列）'),
    ask: notAsked,
  },
  'indicator.progress': {
    ...measure,
    worded: false,
    notedAt: () => 'progressRate',
    cell: (c) => c.num(figures(c)?.progressRate),
    openData: numberColumn('progress_rate', '進捗率', '進捗率（計算値、100を超えることがある）', '%'),
    ask: notAsked,
  },
  'indicator.yearTarget': {
    ...measure,
    needs: ['year'],
    cell: (c) =>
      c.num(c.col.year !== undefined ? c.indicator?.targets?.[String(c.col.year)] : undefined, c.indicator?.unit),
    ask: notAsked,
    openData: numberColumn(
      (c) => `target_${c.spec.year}`,
      (c) => `目標値 ${yearWords(c.spec.year)}`,
      (c) => `${c.spec.year}年度の目標値（単位は「単位」列）`,
    ),
  },
  'effect.category': {
    ...plain,
    rows: 'effects',
    cell: (c) => {
      const cat = (c.manifest.categories ?? []).find((x) => x.id === c.effect?.category);
      return text(cat?.label ?? c.effect?.category ?? '');
    },
    openData: none,
    ask: notAsked,
  },
  'effect.label': {
    ...plain,
    rowHeader: true,
    rows: 'effects',
    cell: (c) => {
      const t = c.effect?.label ?? c.ini.title;
      return { text: `${t}${c.hasTitle ? '' : c.notes()}`, value: t };
    },
    openData: none,
    ask: notAsked,
    formText: (c) => (c.index !== undefined ? (c.data.effects?.[c.index]?.label ?? c.data.title) : undefined),
  },
  'effect.planned': {
    ...amount,
    notedAt: () => 'planned',
    cell: (c) => c.num(c.effect?.planned),
    openData: numberColumn('planned', '効果見込額', '効果見込額'),
    ask: askEffect('planned'),
  },
  'effect.actual': {
    ...amount,
    notedAt: () => 'actual',
    cell: (c) => c.num(c.effect?.actual),
    openData: numberColumn('actual', '効果実績額', '効果実績額'),
    ask: askEffect('actual'),
  },
  'effect.difference': {
    ...amount,
    notedAt: () => 'difference',
    cell: (c) => c.num(c.effect ? effectDifference(c.effect) : undefined),
    openData: numberColumn('difference', '差額', '差額（効果実績額−効果見込額、計算値）'),
    ask: notAsked,
  },
  'effect.year': {
    ...amount,
    needs: ['year'],
    notedAt: (c) => `byYear.${c.col.year}`,
    cell: (c) => c.num(c.effect && c.col.year !== undefined ? effectYear(c.effect, c.col.year, c.counting) : undefined),
    openData: numberColumn(
      (c) => `effect_${c.spec.year}`,
      (c) => `効果額 ${yearWords(c.spec.year)}`,
      (c) => `${c.spec.year}年度の効果額`,
    ),
    // The edition year's 年度別効果額.
    ask: (c) => {
      const fy = c.manifest.edition.fiscalYear;
      if (c.rows !== 'effects' || c.index === undefined || c.col.year !== fy) return undefined;
      return askNumber(['effects', c.index, 'byYear', String(fy)], c.data.effects?.[c.index]?.byYear?.[String(fy)]);
    },
  },
  'effect.yearTotal': {
    ...amount,
    cell: (c) => c.num(c.effect ? effectYearTotal(c.effect, c.counting) : undefined),
    openData: numberColumn('effect_total', '年度別効果額の計', '年度別効果額の合計（計算値）'),
    ask: notAsked,
  },
  'effect.cumulative': {
    ...amount,
    cell: (c) =>
      c.num(c.effect ? effectCumulative(c.effect, c.col.year ?? c.manifest.edition.fiscalYear, c.counting) : undefined),
    openData: (c, ci, ctx) => {
      const y = c.spec.year ?? ctx.manifest.edition.fiscalYear;
      return numberColumn(
        `effect_cumulative_${y}`,
        `効果額の累計 ${yearWords(y)}`,
        `${y}年度までの年度別効果額の累計（計算値）`,
      )(c, ci);
    },
    ask: notAsked,
  },
  'effect.yearPlanned': {
    ...amount,
    needs: ['year'],
    notedAt: (c) => `years.${c.col.year}.planned`,
    cell: (c) =>
      c.num(
        c.effect && c.col.year !== undefined ? effectYears(c.effect, 'planned', c.counting).get(c.col.year) : undefined,
      ),
    openData: numberColumn(
      (c) => `planned_${c.spec.year}`,
      (c) => `見込額 ${yearWords(c.spec.year)}`,
      (c) => `${c.spec.year}年度の見込額`,
    ),
    ask: notAsked,
  },
  'effect.yearActual': {
    ...amount,
    needs: ['year'],
    notedAt: (c) => `years.${c.col.year}.actual`,
    cell: (c) =>
      c.num(
        c.effect && c.col.year !== undefined ? effectYears(c.effect, 'actual', c.counting).get(c.col.year) : undefined,
      ),
    openData: numberColumn(
      (c) => `actual_${c.spec.year}`,
      (c) => `実績額 ${yearWords(c.spec.year)}`,
      (c) => `${c.spec.year}年度の実績額`,
    ),
    ask: notAsked,
  },
  'effect.plannedTotal': {
    ...amount,
    cell: (c) => c.num(yearsTotal(c, 'planned')),
    openData: numberColumn('planned_total', '見込額の計', '年度別の見込額の合計（計算値）'),
    ask: notAsked,
  },
  'effect.actualTotal': {
    ...amount,
    cell: (c) => c.num(yearsTotal(c, 'actual')),
    openData: numberColumn('actual_total', '実績額の計', '年度別の実績額の合計（計算値）'),
    ask: notAsked,
  },
  'effect.rate': {
    ...amount,
    summable: false,
    worded: false,
    total: rateTotal,
    cell: (c) =>
      c.num(c.effect ? rateOf(effectRateParts(c.effect, c.col.year, c.col.base ?? 'planned', c.counting)) : undefined),
    openData: (c, ci) => {
      const over = c.spec.base === 'plannedTotal' ? '計画期間の見込額の計' : 'その年度の見込額';
      const y = c.spec.year;
      return numberColumn(
        y ? `rate_${y}${c.spec.base === 'plannedTotal' ? '_of_total' : ''}` : 'rate',
        y ? `${c.heading} ${yearWords(y)}` : c.heading,
        y
          ? `${y}年度の実績額 ÷ ${over}（計算値）`
          : `実績額 ÷ ${c.spec.base === 'plannedTotal' ? over : '見込額'}（計算値）`,
        '%',
      )(c, ci);
    },
    ask: notAsked,
  },
  // 主要事業 of a card (rows: projects): the name names the row; budgets are amounts, summed into the 合計.
  'project.name': {
    ...plain,
    rows: 'projects',
    rowHeader: true,
    cell: (c) => text(c.project?.name ?? ''),
    ask: notAsked,
    openData: none,
  },
  'project.summary': {
    ...plain,
    rows: 'projects',
    cell: (c) => richCell(c.project?.summary),
    ask: notAsked,
    openData: (c, _ci, ctx) => [
      {
        key: 'project_summary',
        name: c.heading,
        type: 'string',
        description: `主要事業の概要（複数行は、行ごとに「${ctx.lineSeparator}」で区切る）`,
        value: (r) => richTextToPlainLines(parseRichText(r.source?.project?.summary)).join('\n') || null,
      },
    ],
  },
  'project.budget': {
    ...amount,
    rows: 'projects',
    worded: false,
    needs: ['year'],
    cell: (c) => c.num(c.col.year !== undefined ? c.project?.budgets?.[String(c.col.year)] : undefined),
    ask: notAsked,
    openData: numberColumn(
      (c) => `budget_${c.spec.year}`,
      (c) => `予算額 ${yearWords(c.spec.year)}`,
      (c) => `主要事業の${c.spec.year}年度の予算額`,
    ),
  },
  'project.budgetTotal': {
    ...amount,
    rows: 'projects',
    worded: false,
    cell: (c) => c.num(budgetTotal(c.project)),
    ask: notAsked,
    openData: numberColumn('budget_total', '予算額の計', '主要事業の年度別の予算額の合計（計算値）'),
  },
  rating: {
    ...plain,
    align: 'center',
    needs: ['scale'],
    cell: (c) => {
      const cur = currentRating(c);
      return cur ? { text: showRating(cur, c.col.show), value: cur.code, rating: cur } : empty();
    },
    openData: (c, ci) => [
      {
        key: ratingKey(c),
        name: `${c.heading}（記号）`,
        type: 'string',
        description: `${c.heading}の評価の記号`,
        value: (r) => r.cells[ci].rating?.code ?? null,
      },
      {
        key: `${ratingKey(c)}_label`,
        name: c.heading,
        type: 'string',
        description: `${c.heading}の評価の名前`,
        value: (r) => r.cells[ci].rating?.label ?? null,
      },
    ],
    // The current period's rating, once per initiative, written where this edition's rating already is.
    ask: (c) => {
      if (c.col.period === 'previous' || !c.first || !c.col.scale) return undefined;
      const scale = (c.manifest.ratingScales ?? []).find((s) => s.id === c.col.scale);
      if (!scale) return undefined;
      const fy = c.manifest.edition.fiscalYear;
      const own = ratingPeriodKey(c.manifest);
      const ratings = (c.data.ratings ?? {}) as Record<string, Record<string, string> | undefined>;
      const key = [own, String(fy)].find((k) => ratings[k]?.[scale.id] !== undefined) ?? own;
      const current = ratings[key]?.[scale.id];
      return {
        path: ['ratings', key, scale.id],
        kind: 'choice',
        choices: scale.levels.map((l) => l.code),
        choiceHelp: scale.levels.map((l) => `${l.code}: ${l.label}`).join('\n'),
        ...(current !== undefined ? { current } : {}),
      };
    },
  },
  'rating.change': {
    ...plain,
    align: 'center',
    needs: ['scale'],
    cell: (c) => {
      const scale = c.col.scale ? c.scales.get(c.col.scale) : undefined;
      const cur = currentRating(c);
      const prev = ratingView(scale, ratingOf(c.ini, c.col.scale ?? '', c.prevKeys));
      if (!cur || !prev || !scale) return empty();
      const rank = (r: RatingView) => scale.levels.findIndex((l) => l.code === r.code);
      const direction = rank(cur) < rank(prev) ? 'up' : rank(cur) > rank(prev) ? 'down' : 'same';
      const arrow = { up: '↑', down: '↓', same: '→' }[direction];
      const t = `${arrow}（${showRating(prev, c.col.show)}→${showRating(cur, c.col.show)}）`;
      return { text: t, value: t, change: { direction, previous: prev, current: cur } };
    },
    openData: (c, ci, ctx) => {
      // One value a cell: the direction in words, last year's rating (code and name) kept as data.
      const scaleTitle = ctx.manifest.ratingScales?.find((x) => x.id === c.spec.scale)?.title ?? c.spec.scale ?? '';
      const key = `rating_change_${c.spec.scale}`;
      return [
        {
          key,
          name: c.heading,
          type: 'string',
          description: `前年度から${scaleTitle}がどう変わったか（上がった、変わらない、下がった）`,
          value: (r) => (r.cells[ci].change ? CHANGE_WORDS[r.cells[ci].change!.direction] : null),
        },
        {
          key: `${key}_previous`,
          name: `前年度の${scaleTitle}（記号）`,
          type: 'string',
          description: `前年度の${scaleTitle}の記号`,
          value: (r) => r.cells[ci].change?.previous.code ?? null,
        },
        {
          key: `${key}_previous_label`,
          name: `前年度の${scaleTitle}`,
          type: 'string',
          description: `前年度の${scaleTitle}の名前`,
          value: (r) => r.cells[ci].change?.previous.label ?? null,
        },
      ];
    },
    ask: notAsked,
  },
} satisfies Record<ColumnKind, ColumnKindSpec>;

/** The period key a rating of this edition is written under: 2025Q1, 2025H1 or 2025. */
export function ratingPeriodKey(m: Manifest): string {
  const fy = m.edition.fiscalYear;
  if (m.edition.quarter) return `${fy}Q${m.edition.quarter}`;
  return m.edition.period === 'firstHalf' ? `${fy}H1` : String(fy);
}

/** The entry of a kind (typed as the general shape). */
export function kindOf(kind: ColumnKind): ColumnKindSpec {
  return COLUMN_KINDS[kind];
}
