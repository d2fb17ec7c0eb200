/**
 * What a 課 is asked in an edition, derived once from the report's tables: `forms` lays it out,
 * `import` reads the answers back at the same places (never from the file), `status` and `next`
 * count it. For a report without `tables` (the seed's 別表1 and 別表2): the year's 年次計画, the
 * period's 実績 (and next year's plan in a 年間 edition), and the verification rows. For declared
 * tables: the department-owned inputs they print — texts (kind: text), the indicators' 実績値 of
 * the edition's year, effect amounts (見込額, 実績額, the edition year's 年度別効果額) and ratings
 * of the current period — never computed figures (差額, 累計, 進捗率) or the office's own columns
 * (番号, 取組名, 担当課). Each column kind says what it asks (`ask`, `formText` in model/column-kinds.ts);
 * this file lists no kinds. Pure: no I/O.
 */
import { createHash } from 'node:crypto';
import { fiscalYearLong } from '../era.js';
import type { Initiative, Manifest } from '../model/schema-types.js';
import type { ColumnSpec, TableSpec } from '../model/figures.js';
import { kindOf, type AskContext } from '../model/column-kinds.js';
import { type LengthKey, maxLengthOf } from '../model/answer-limits.js';
import { progressFields, verificationFields, type AnswerField, type LooseInitiative } from './model.js';
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

export const SHEET_PROGRESS = '実績';
export const SHEET_VERIFICATION = '検証';
/** Names no declared table's sheet may take (the guide and the token sheet). */
const RESERVED = new Set(['記入のしかた', 'reform_id']);

const ref = (i: LooseInitiative) => i.data.division;
const byNumber = (a: LooseInitiative, b: LooseInitiative) => a.data.number - b.data.number;

function itemsText(data: Initiative): string {
  return (Array.isArray(data.items) ? data.items : [])
    .map((it) => `${it.checkbox === false ? '' : '□'}${it.label}`)
    .join('\n');
}

const lengthKeyOf = (f: AnswerField): LengthKey =>
  f.kind === 'plan' || f.kind === 'nextPlan' ? 'plan' : f.kind === 'result' ? 'result' : 'verification';

function askOf(m: Manifest, f: AnswerField, extra?: Partial<Ask>): Ask {
  return {
    path: f.path,
    label: f.label,
    kind: 'text',
    required: f.required,
    ...(f.current !== undefined ? { current: f.current } : {}),
    maxLength: maxLengthOf(m, lengthKeyOf(f)),
    prompt: `${f.label}: ${TEXT_PROMPT}`,
    ...extra,
  };
}

/** The seed's two tables: 実績 (別表1) and 検証 (別表2). */
function seedSheets(m: Manifest, mine: LooseInitiative[], all: LooseInitiative[], division: string): FormSheet[] {
  const sample = mine[0]?.data ?? ({ plans: {}, results: {} } as unknown as Initiative);
  const shape = progressFields(sample, m.edition, m.planPeriod.to);
  const progress: FormSheet = {
    name: SHEET_PROGRESS,
    title: `の取組状況（${m.progressTable?.label ?? '別表1'}）`,
    note: '黄色のセルに記入してください。灰色のセルは変更できません。',
    rowsAre: 'initiatives',
    columns: [
      { header: '番号', width: 6 },
      { header: '具体的取組', width: 24 },
      { header: '取組項目', width: 26 },
      ...shape.fixed.map((f) => ({ header: `${f.label}\n（公表済み）`, width: 36 })),
      ...shape.fill.map((f) => ({ header: `${f.label}\n${f.required ? '【記入】' : '【記入（任意）】'}`, width: 46 })),
    ],
    rows: mine.map((i) => {
      const { fixed, fill } = progressFields(i.data, m.edition, m.planPeriod.to);
      return {
        number: i.data.number,
        title: i.data.title,
        file: i.file,
        cells: [
          { text: String(i.data.number) },
          { text: i.data.title },
          { text: itemsText(i.data) },
          // A required field still missing (a 年間 edition without the year's plan) is to fill here.
          ...fixed.map((f): FormCell => {
            const text = cellTextOf(typeof f.current === 'string' ? f.current : undefined);
            return f.required && text.trim() === '' ? { ask: askOf(m, f) } : { text };
          }),
          ...fill.map((f): FormCell => ({ ask: askOf(m, f) })),
        ],
      };
    }),
  };
  const codes = (m.directions ?? []).map((d) => d.code);
  const legend = (m.directions ?? []).map((d) => `${d.code}: ${d.label}`).join('\n');
  const verification: FormSheet = {
    name: SHEET_VERIFICATION,
    title: `${m.verificationTable?.title ?? ''}（${m.verificationTable?.label ?? '別表2'}）`,
    note: '黄色のセルに記入してください。「区分」は一覧から選びます。灰色のセルは変更できません。',
    rowsAre: 'verification',
    columns: [
      { header: '番号', width: 6 },
      { header: '具体的取組', width: 22 },
      { header: '取組項目', width: 24 },
      { header: '内容\n【記入】', width: 38 },
      { header: '実績・効果\n【記入】', width: 38 },
      { header: '区分\n【選択】', width: 8 },
      { header: '区分の理由\n【記入】', width: 38 },
    ],
    rows: all.flatMap((i) =>
      (Array.isArray(i.data.verification) ? i.data.verification : []).flatMap((row, index) => {
        if ((row.division ?? i.data.division) !== division || !row || typeof row !== 'object') return [];
        const fields = verificationFields(row, index);
        const cell = (kind: string): FormCell => {
          const f = fields.find((x) => x.kind === kind);
          if (!f) return { text: '（上の行と共通）' };
          if (kind === 'direction')
            return {
              ask: askOf(m, f, {
                kind: 'choice',
                choices: codes,
                choiceHelp: legend,
                maxLength: undefined,
                prompt: `一覧から選んでください。\n${legend}`,
              }),
            };
          return { ask: askOf(m, f) };
        };
        return [
          {
            number: i.data.number,
            title: i.data.title,
            file: i.file,
            cells: [
              { text: String(i.data.number) },
              { text: i.data.title },
              { text: cellTextOf(typeof row.item === 'string' ? row.item : '') },
              cell('content'),
              cell('outcome'),
              cell('direction'),
              cell('reason'),
            ],
          },
        ];
      }),
    ),
  };
  return [progress, verification];
}

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

/** The answer a declared column asks of one row, if any: what its kind says (model/column-kinds.ts). */
function declaredAsk(m: Manifest, col: ColumnSpec, u: Unit, rows: TableSpec['rows']): Ask | undefined {
  const spec = kindOf(col.kind).ask(askContext(m, col, u, rows));
  if (!spec) return undefined;
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
    required: true,
    ...(spec.current !== undefined ? { current: spec.current } : {}),
    ...(spec.maxLength !== undefined ? { maxLength: spec.maxLength } : {}),
    prompt,
  };
}

/** The locked text of a declared column that identifies the row (番号, 取組名, 指標, 効果額の項目…). */
function contextText(m: Manifest, col: ColumnSpec, u: Unit, rows: TableSpec['rows']): string | undefined {
  return kindOf(col.kind).formText?.(askContext(m, col, u, rows));
}

/** A sheet name Excel accepts (31 characters, none of []:*?/\), unique in the form. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || '表';
  let name = base;
  for (let n = 2; taken.has(name) || RESERVED.has(name); n++) name = `${base}(${n})`;
  taken.add(name);
  return name;
}

function declaredSheets(m: Manifest, mine: LooseInitiative[]): FormSheet[] {
  const taken = new Set<string>();
  const out: FormSheet[] = [];
  for (const table of m.tables ?? []) {
    const units: Unit[] = mine.flatMap((i): Unit[] => {
      if (table.rows === 'initiatives') return [{ i, first: true }];
      const list =
        table.rows === 'indicators'
          ? i.data.indicators
          : table.rows === 'verification'
            ? i.data.verification
            : i.data.effects;
      return (Array.isArray(list) ? list : []).map((_, index) => ({ i, index, first: index === 0 }));
    });
    const asksAny = (col: ColumnSpec) => units.some((u) => declaredAsk(m, col, u, table.rows) !== undefined);
    const cols = table.columns.filter((c) => asksAny(c));
    if (cols.length === 0) continue;
    // The row's identity first (as printed), then the answers.
    const printed = table.columns.filter(
      (c) => !cols.includes(c) && units.some((u) => contextText(m, c, u, table.rows) !== undefined),
    );
    // Every row starts with its 番号 (a table that does not print it still has one per initiative).
    const context: ColumnSpec[] = printed.some((c) => c.kind === 'number')
      ? printed
      : [{ kind: 'number', heading: '番号', width: 3 } as ColumnSpec, ...printed];
    const header = (c: ColumnSpec, ask: boolean) => (ask ? `${c.heading}\n【記入】` : c.heading);
    const width = (c: ColumnSpec, ask: boolean) =>
      Math.max(ask ? 14 : 6, Math.min(60, Math.round((c.width ?? 10) * (ask && c.kind === 'text' ? 3 : 2))));
    out.push({
      name: sheetName(table.label ?? table.title, taken),
      title: table.label ? `${table.title}（${table.label}）` : table.title,
      note: '黄色のセルに記入してください。灰色のセルは変更できません。',
      rowsAre: table.rows,
      columns: [
        ...context.map((c) => ({ header: header(c, false), width: width(c, false) })),
        ...cols.map((c) => ({ header: header(c, true), width: width(c, true) })),
      ],
      rows: units.map((u) => ({
        number: u.i.data.number,
        title: u.i.data.title,
        file: u.i.file,
        cells: [
          ...context.map((c): FormCell => ({ text: contextText(m, c, u, table.rows) ?? '' })),
          ...cols.map((c): FormCell => {
            const ask = declaredAsk(m, c, u, table.rows);
            return ask ? { ask } : { text: '' };
          }),
        ],
      })),
    });
  }
  return out;
}

/** What the edition asks of one 課 (its initiatives by 担当課; verification rows by their own 担当課). */
export function askedOf(m: Manifest, initiatives: readonly LooseInitiative[], division: string): Asked {
  const all = [...initiatives].sort(byNumber);
  const mine = all.filter((i) => ref(i) === division);
  const sheets = m.tables ? declaredSheets(m, mine) : seedSheets(m, mine, all, division);
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
