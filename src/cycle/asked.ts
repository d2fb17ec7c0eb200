/**
 * What a 課 is asked in an edition, derived once from the report's tables: `forms` lays it out,
 * `import` reads the answers back at the same places (never from the file), `status` and `next`
 * count it. One path for every report: a sheet per table of the one table decision's declarations
 * (report.yaml's `tables`, or the seed's 別表1 and 別表2 as built-in declarations, model/builtin-tables.ts),
 * the rows the 課's (a verification row by its own 担当課), the columns what the table's column kinds ask
 * (`ask`, `more`, `formText` in model/column-kinds.ts): the department-owned inputs the table prints, never
 * computed figures (差額, 累計, 進捗率) or the office's own columns (番号, 取組名, 担当課). This file lists no
 * kinds. Pure: no I/O.
 */
import { createHash } from 'node:crypto';
import { fiscalYearLong } from '../era.js';
import type { Manifest } from '../model/schema-types.js';
import type { ColumnSpec, TableSpec } from '../model/figures.js';
import { kindOf, type AskContext, type AskSpec } from '../model/column-kinds.js';
import { seedTables } from '../model/builtin-tables.js';
import { classicManifest } from '../model/report.js';
import { editionLabel, type LooseInitiative } from './model.js';
import { cellTextOf } from './normalise.js';
import type { Segment } from './yaml-edit.js';

export type AnswerKind = 'text' | 'number' | 'choice';

/** One answer a 課 gives: where it goes, how it is printed and checked. */
export interface Ask {
  path: Segment[];
  /** Printed label, e.g. 令和元年度 年間実績（4月～3月）, 令和7年度実績. */
  label: string;
  kind: AnswerKind;
  /** Codes allowed (kind choice). */
  choices?: string[];
  /** Shown beside the choices in the form (A: 改善・見直し). */
  choiceHelp?: string;
  /** Counts in status / next when empty. */
  required: boolean;
  /** The value in the YAML now. */
  current?: string | number;
  /** Characters that fit the printed space (texts). */
  maxLength?: number;
  /** Plain-text prompt for the cell (the conventions of texts). */
  prompt: string;
}

/** A cell of a form row: locked text the 課 sees, or an answer it gives. */
export type FormCell = { text: string } | { ask: Ask };

export interface FormRow {
  number: number;
  title: string;
  /** The initiative's YAML file as shown. */
  file: string;
  cells: FormCell[];
}

export interface FormSheet {
  name: string;
  title: string;
  note: string;
  columns: { header: string; width: number }[];
  rows: FormRow[];
  /** Rows per initiative (verification rows, indicators, effects) or one per initiative. */
  rowsAre: string;
}

export interface Asked {
  division: string;
  sheets: FormSheet[];
}

export const TEXT_PROMPT =
  '1行に1項目。箇条書きは行頭に「・」。小見出しは＜見出し＞だけの行。セル内の改行は Alt+Enter。' +
  '行頭の全角スペース1つ（半角2つ）で1段下げ。';

/** Names no declared table's sheet may take (the guide and the token sheet). */
const RESERVED = new Set(['記入のしかた', 'reform_id']);

const byNumber = (a: LooseInitiative, b: LooseInitiative) => a.data.number - b.data.number;

/** One row of a table in a form: an initiative, or one of its indicators, effects or verification rows. */
interface Unit {
  i: LooseInitiative;
  index?: number;
  first: boolean;
}

const askContext = (m: Manifest, col: ColumnSpec, u: Unit, rows: TableSpec['rows']): AskContext => ({
  manifest: m,
  col,
  rows,
  data: u.i.data,
  ...(u.index !== undefined ? { index: u.index } : {}),
  first: u.first,
});

/** What a column asks of one row, as its kind says (model/column-kinds.ts): none, one answer or several. */
function specsOf(m: Manifest, col: ColumnSpec, u: Unit, rows: TableSpec['rows']): readonly AskSpec[] {
  const kind = kindOf(col.kind);
  const c = askContext(m, col, u, rows);
  const spec = kind.ask(c);
  return [...(spec ? [spec] : []), ...(kind.more?.(c) ?? [])];
}

/** The answer a 課 gives for a spec: its label and prompt, how it is checked. */
function askOf(col: ColumnSpec, spec: AskSpec): Ask {
  const label = spec.label ?? col.heading;
  const prompt =
    spec.kind === 'choice'
      ? `一覧から選んでください。\n${spec.choiceHelp ?? ''}`
      : spec.kind === 'number'
        ? `${label}: 数値で記入してください（例: 1234、マイナスは -1234）。`
        : `${label}: ${TEXT_PROMPT}`;
  return {
    path: spec.path,
    label,
    kind: spec.kind,
    ...(spec.choices ? { choices: spec.choices } : {}),
    ...(spec.choiceHelp !== undefined ? { choiceHelp: spec.choiceHelp } : {}),
    required: spec.required !== false && spec.optional !== true,
    ...(spec.current !== undefined ? { current: spec.current } : {}),
    ...(spec.maxLength !== undefined ? { maxLength: spec.maxLength } : {}),
    prompt,
  };
}

/** The locked text of a column that identifies the row (番号, 取組名, 取組項目, 指標…), or a note in its place. */
function contextText(m: Manifest, col: ColumnSpec, u: Unit, rows: TableSpec['rows']): string | undefined {
  return kindOf(col.kind).formText?.(askContext(m, col, u, rows));
}

/** A sheet name Excel accepts (31 characters, none of []:*?/\\), unique in the form. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || '表';
  let name = base;
  for (let n = 2; taken.has(name) || RESERVED.has(name); n++) name = `${base}(${n})`;
  taken.add(name);
  return name;
}

/** The rows of a table: one per initiative, or per indicator, effect or verification row. */
function unitsOf(table: TableSpec, initiatives: readonly LooseInitiative[]): Unit[] {
  return initiatives.flatMap((i): Unit[] => {
    if (table.rows === 'initiatives') return [{ i, first: true }];
    const list =
      table.rows === 'indicators'
        ? i.data.indicators
        : table.rows === 'verification'
          ? i.data.verification
          : i.data.effects;
    // An entry that is not a mapping is validate's to report: nothing to ask of it.
    const valid = (Array.isArray(list) ? (list as unknown[]) : []).flatMap((x, index) =>
      x !== null && typeof x === 'object' && !Array.isArray(x) ? [index] : [],
    );
    return valid.map((index, k) => ({ i, index, first: k === 0 }));
  });
}

/** The 課 that answers a row: a verification row's own 担当課, else its initiative's. */
function divisionOf(u: Unit): string {
  const row = u.index !== undefined ? (u.i.data.verification as unknown[] | undefined)?.[u.index] : undefined;
  const own = row && typeof row === 'object' ? (row as { division?: unknown }).division : undefined;
  return typeof own === 'string' ? own : (u.i.data.division ?? '');
}

/**
 * One column of a form: a column of the table that identifies the row (locked text), or one answer a column
 * asks (the `slot`-th of what its kind asks of a row), shown locked when published.
 */
interface FormColumn {
  col: ColumnSpec;
  slot?: number;
  header: string;
  width: number;
  shown?: boolean;
}

/**
 * A table's sheet of the form, from its declaration: the columns that identify a row, then what its columns ask
 * (answers already published first, shown locked; then the required answers; then the optional ones), each in
 * the declaration's order. The columns are the same for every 課 (what the table asks of any row of the report);
 * the rows are the 課's own.
 */
function tableSheet(
  m: Manifest,
  table: TableSpec,
  all: readonly LooseInitiative[],
  division: string,
  taken: Set<string>,
): FormSheet | undefined {
  const units = unitsOf(table, all);
  const mine = units.filter((u) => (table.rows === 'verification' ? divisionOf(u) : u.i.data.division) === division);
  const asks: (FormColumn & { order: number; choice?: string })[] = [];
  table.columns.forEach((col, ci) => {
    const slots: AskSpec[] = [];
    for (const u of units)
      specsOf(m, col, u, table.rows).forEach((spec, k) => {
        slots[k] ??= spec;
      });
    slots.forEach((spec, slot) => {
      const optional = spec.optional === true;
      const tag = spec.shown
        ? '（公表済み）'
        : spec.kind === 'choice'
          ? '【選択】'
          : optional
            ? '【記入（任意）】'
            : '【記入】';
      const base = spec.heading ?? col.heading;
      // A text of the office's own (kind text) gets the widest column: it is written at length.
      const wide = col.kind === 'text';
      asks.push({
        col,
        slot,
        header: `${base}\n${tag}`,
        width:
          spec.kind === 'choice'
            ? Math.max(8, Math.min(14, Math.round((col.width ?? 4) * 2)))
            : Math.max(14, Math.min(60, Math.round((col.width ?? 10) * (wide ? 3 : 2)))),
        ...(spec.shown ? { shown: true } : {}),
        ...(spec.kind === 'choice' && !spec.shown ? { choice: base } : {}),
        order: ((spec.shown ? 0 : optional ? 2 : 1) * 1000 + ci) * 100 + slot,
      });
    });
  });
  if (asks.length === 0) return undefined;
  if (mine.length === 0 && table.form?.always !== true) return undefined;
  asks.sort((a, b) => a.order - b.order);
  // The row's identity first (as printed): the columns that ask nothing and name the row.
  const asking = new Set(asks.map((a) => a.col));
  const printed = table.columns.filter(
    (c) => !asking.has(c) && units.some((u) => contextText(m, c, u, table.rows) !== undefined),
  );
  // Every row starts with its 番号 (a table that does not print it still has one per initiative).
  const context: ColumnSpec[] = printed.some((c) => c.kind === 'number')
    ? printed
    : [{ kind: 'number', heading: '番号', width: 3 } as ColumnSpec, ...printed];
  const columns: FormColumn[] = [
    ...context.map((col) => ({
      col,
      header: col.heading,
      width: Math.max(6, Math.min(60, Math.round((col.width ?? 10) * 2))),
    })),
    ...asks,
  ];
  const choices = [...new Set(asks.flatMap((a) => (a.choice !== undefined ? [a.choice] : [])))];
  const label = table.label ?? '';
  const chooseNote = choices.length > 0 ? `${choices.map((c) => `「${c}」`).join('')}は一覧から選びます。` : '';
  const title =
    table.form?.title !== undefined
      ? table.form.title.replaceAll('{edition}', editionLabel(m.edition))
      : label
        ? `${table.title}（${label}）`
        : table.title;
  return {
    name: sheetName(table.form?.sheet ?? (label || table.title), taken),
    title,
    note: `黄色のセルに記入してください。${chooseNote}灰色のセルは変更できません。`,
    rowsAre: table.rows,
    columns: columns.map((c) => ({ header: c.header, width: c.width })),
    rows: mine.map((u) => ({
      number: u.i.data.number,
      title: u.i.data.title,
      file: u.i.file,
      cells: columns.map((c): FormCell => {
        if (c.slot === undefined) return { text: contextText(m, c.col, u, table.rows) ?? '' };
        const spec = specsOf(m, c.col, u, table.rows)[c.slot];
        if (!spec) return { text: contextText(m, c.col, u, table.rows) ?? '' };
        if (!c.shown) return { ask: askOf(c.col, spec) };
        // Published: locked, unless it is required and still missing (a 年間 edition without the year's plan).
        const text = cellTextOf(typeof spec.current === 'string' ? spec.current : undefined);
        return spec.required !== false && text.trim() === '' ? { ask: askOf(c.col, spec) } : { text };
      }),
    })),
  };
}

/**
 * What the edition asks of one 課: a sheet per table of the report (its declared tables, or the seed's 別表1 and
 * 別表2 as built-in declarations), its rows the 課's initiatives (verification rows by their own 担当課).
 */
export function askedOf(m: Manifest, initiatives: readonly LooseInitiative[], division: string): Asked {
  const all = [...initiatives].sort(byNumber);
  const tables =
    m.tables ??
    seedTables(classicManifest(m), {
      planHeading: '年次計画',
      resultHeading: '実績',
      years: m.planPeriod.to - m.planPeriod.from + 1,
    });
  const taken = new Set<string>();
  const sheets = tables.flatMap((t) => tableSheet(m, t, all, division, taken) ?? []);
  return { division, sheets };
}

/** Every answer of a form, with its sheet and row/column (0-based within the data rows). */
export function asksOf(asked: Asked): { sheet: FormSheet; row: FormRow; rowIndex: number; col: number; ask: Ask }[] {
  return asked.sheets.flatMap((sheet) =>
    sheet.rows.flatMap((row, rowIndex) =>
      row.cells.flatMap((c, col) => ('ask' in c ? [{ sheet, row, rowIndex, col, ask: c.ask }] : [])),
    ),
  );
}

/** True when the 課 has something to answer or to see. */
export const hasRows = (asked: Asked): boolean => asked.sheets.some((s) => s.rows.length > 0);

/**
 * The layout's fingerprint: sheets, rows, the locked texts and the answers' places, not the answers.
 * The ledger keeps it with a form's token: a form is read back only onto the layout it was issued with.
 */
export function layoutDigest(asked: Asked): string {
  const shape = asked.sheets.map((s) => [
    s.name,
    s.columns.map((c) => c.header),
    s.rows.map((r) => [r.number, r.file, r.cells.map((c) => ('ask' in c ? ['ask', c.ask.path] : c.text))]),
  ]);
  return createHash('sha256')
    .update(JSON.stringify([asked.division, shape]))
    .digest('hex');
}

/** An answer that is empty in the YAML (counts as missing when required). */
export const isMissing = (a: Ask): boolean =>
  a.current === undefined || (typeof a.current === 'string' && a.current.trim() === '');

/** Labels of the required answers still missing, per initiative of the 課 (status, next). */
export function missingByInitiative(asked: Asked): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const { row, ask } of asksOf(asked)) {
    const list = out.get(row.number) ?? [];
    if (ask.required && isMissing(ask) && !list.includes(ask.label)) list.push(ask.label);
    out.set(row.number, list);
  }
  return out;
}

export const yearLabel = (y: number): string => fiscalYearLong(y);

export interface DivisionAnswers {
  department: string;
  division: string;
  answered: { number: number; title: string; file: string }[];
  missing: { number: number; title: string; file: string; fields: string[] }[];
}

/** Per 部 and 課 (in the manifest's order), which of its initiatives have every required answer. */
export function answersByDivision(m: Manifest, initiatives: readonly LooseInitiative[]): DivisionAnswers[] {
  const out: DivisionAnswers[] = [];
  for (const dep of m.departments) {
    for (const div of dep.divisions) {
      const division = `${dep.name}/${div}`;
      const mine = initiatives.filter((i) => i.data.division === division).sort(byNumber);
      if (mine.length === 0) continue;
      const missing = missingByInitiative(askedOf(m, initiatives, division));
      const entry: DivisionAnswers = { department: dep.name, division: div, answered: [], missing: [] };
      for (const i of mine) {
        const base = { number: i.data.number, title: i.data.title, file: i.file };
        const fields = missing.get(i.data.number) ?? [];
        if (fields.length === 0) entry.answered.push(base);
        else entry.missing.push({ ...base, fields });
      }
      out.push(entry);
    }
  }
  return out;
}
