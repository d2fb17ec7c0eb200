/**
 * Declared tables (report.yaml `tables`, given with --manifest) read back from a workbook through the
 * same mapping as the seed's tables: the header found by the declared columns' headings (and their
 * groups, the 工程's year and half-year headings), heading rows matched to the declared 章・中項目・区分,
 * 小計・合計 rows recognised by their labels, data rows read column by column by kind (numbers as
 * numbers, their unit, wording, △ and （内数） taken off), computed columns (差額, 計, 累計, 進捗率, 率,
 * 前年度からの変化) not written as data. Then every data row and total is checked against the table
 * built from what was read (model/tables.ts): where it needs it, a record's counting (毎年度の効果 or not),
 * measure (a level) or a given 累計 is chosen so that it prints what the sheet shows, and a cell that
 * still disagrees is named. Pure.
 */
import { buildReport } from '../model/report.js';
import { buildTables, type CellView, type RowView, type TableView } from '../model/tables.js';
import type { ColumnSpec, Effect, Indicator, TableSpec } from '../model/figures.js';
import { kindOf } from '../model/column-kinds.js';
import type { Initiative, Manifest } from '../model/schema-types.js';
import { cleanCellText } from './extract.js';
import type { Grid } from './grid.js';
import { headingKey, parseYearHeading, yearInText } from './headings.js';
import type { Note, PhaseDecision, SheetMapping } from './mapping.js';
import { intoLanes, parseTypedPhase, placeShapes, readPhases, type SheetShapes } from './schedule.js';
import type { SheetCell } from './workbook.js';

/** Where a declared table is on a sheet: its header rows and the sheet column of each declared column (0: none). */
export interface DeclaredPlacement {
  table: string;
  header: { first: number; last: number };
  columns: number[];
}

const HEADER_SEARCH_ROWS = 60;

/** Heading texts compared without spaces, notes in brackets and width differences. */
export const k = (text: string) => headingKey(text).replace(/[・･]/g, '・');

/** The words a declared column is known by in adopt.yaml: 「令和7年度/見込額」 for a column under a group. */
export function declaredColumnLabel(spec: TableSpec, ci: number): string {
  const c = spec.columns[ci];
  return c.group !== undefined ? `${c.group}/${c.heading}` : c.heading;
}

function slotsOf(col: ColumnSpec, m: Manifest): number {
  const parts = col.resolution === 'half' ? 2 : col.resolution === 'quarter' ? 4 : 1;
  return (m.planPeriod.to - m.planPeriod.from + 1) * parts;
}

/** The header of a declared table on a sheet, or undefined when fewer than half its headings are there. */
export function placeDeclared(grid: Grid, spec: TableSpec, m: Manifest): DeclaredPlacement | undefined {
  const maxRow = Math.min(grid.sheet.maxRow, HEADER_SEARCH_ROWS);
  const wanted = spec.columns.filter((c) => kindOf(c.kind).layout !== 'slots');
  const keys = new Set(wanted.map((c) => k(c.heading)));
  const groups = new Set(spec.columns.flatMap((c) => (c.group !== undefined ? [k(c.group)] : [])));
  const rowBlocks = (r: number) =>
    Array.from({ length: grid.sheet.maxCol }, (_, i) => grid.startingAt(r, i + 1)).filter(
      (b): b is NonNullable<typeof b> => b !== undefined && b.text.trim() !== '',
    );
  // The row with most of the declared headings; a row above it whose cells reach down into it (番号 merged
  // over two rows) or that holds the column groups' headings is part of the header.
  let best: { row: number; count: number } | undefined;
  for (let r = 1; r <= maxRow; r++) {
    const texts = new Set(rowBlocks(r).map((b) => k(b.text)));
    const count = wanted.filter((c) => texts.has(k(c.heading))).length;
    if (count > (best?.count ?? 0)) best = { row: r, count };
  }
  if (!best) return undefined;
  let first = best.row;
  for (;;) {
    const above = first > 1 ? rowBlocks(first - 1) : [];
    const joins = above.some((b) => (keys.has(k(b.text)) && b.range.bottom >= first) || groups.has(k(b.text)));
    if (!joins) break;
    first--;
  }
  const seen = new Set<string>();
  for (let r = first; r <= Math.min(first + 2, grid.sheet.maxRow); r++)
    for (const b of rowBlocks(r)) seen.add(k(b.text));
  const found = wanted.filter((c) => seen.has(k(c.heading))).length;
  if (found < Math.max(1, Math.ceil(wanted.length / 2))) return undefined;
  let last = first;
  for (let c = 1; c <= grid.sheet.maxCol; c++) {
    const b = grid.startingAt(first, c);
    if (b?.text.trim() && b.range.bottom - first < 3) last = Math.max(last, b.range.bottom);
  }
  const grouped = spec.columns.some((c) => c.group !== undefined || (c.resolution && c.resolution !== 'year'));
  if (grouped && last === first) last = Math.min(first + 1, grid.sheet.maxRow);
  const headerTexts = (c: number) => {
    const out: string[] = [];
    for (let r = first; r <= last; r++) out.push(k(grid.text(r, c)));
    return out;
  };
  const columns: number[] = spec.columns.map(() => 0);
  const used = new Set<number>();
  const find = (ci: number, from: number): number => {
    const col = spec.columns[ci];
    for (let c = from; c <= grid.sheet.maxCol; c++) {
      if (used.has(c)) continue;
      const texts = headerTexts(c);
      if (kindOf(col.kind).layout === 'slots') {
        if (texts.some((t) => parseYearHeading(t))) return c;
        continue;
      }
      if (!texts.includes(k(col.heading))) continue;
      if (col.group !== undefined && !texts.includes(k(col.group))) continue;
      return c;
    }
    return 0;
  };
  let next = 1;
  spec.columns.forEach((col, ci) => {
    const c = find(ci, next) || find(ci, 1);
    if (!c) return;
    columns[ci] = c;
    const width = kindOf(col.kind).layout === 'slots' ? slotsOf(col, m) : 1;
    for (let x = c; x < c + width; x++) used.add(x);
    next = c + width;
  });
  return { table: spec.id, header: { first, last }, columns };
}

/** A number as printed or stored: its value and what was around it (unit, words, △, （内数）). */
export interface ReadNumber {
  value: number;
  /** Text after the digits (千円, 人, 台削減). */
  after: string;
  /** Text before the digits (公用車の台数 ). */
  before: string;
  memo: boolean;
  percent: boolean;
  /** A ※N printed after the figure: the number of its footnote (a note on this one figure, figureNotes). */
  note?: number;
}

/** The ※N at the end of a figure's text or format, taken off: the note of that one figure. */
function withNote(n: ReadNumber): ReadNumber {
  const m = /^(.*?)※(\d+)$/su.exec(n.after);
  return m ? { ...n, after: m[1], note: Number(m[2]), percent: n.percent } : n;
}

const NUMBER_TEXT =
  /^(?<open>[(（])?(?<before>[^\d]*?)(?<sign>[△▲\-−])?(?<digits>\d[\d,]*(?:\.\d+)?)(?<after>[^\d]*?)(?<close>[)）])?$/su;

/** A number format's quoted texts: before and after the digits, and whether it is in brackets or a percentage. */
function formatParts(numFmt: string): { before: string; after: string; memo: boolean; percent: boolean } {
  const first = numFmt.split(';')[0];
  const quoted = [...first.matchAll(/"([^"]*)"|\\(.)/g)];
  const digitsAt = first.search(/[#0?]/);
  let before = '';
  let after = '';
  for (const q of quoted) {
    const t = q[1] ?? q[2];
    if ((q.index ?? 0) < digitsAt) before += t;
    else after += t;
  }
  const memo = before.startsWith('(') && after.endsWith(')');
  if (memo) {
    before = before.slice(1);
    after = after.slice(0, -1);
  }
  return { before, after, memo, percent: /%/.test(first.replace(/"[^"]*"/g, '')) };
}

/** ※1 after a figure (a note on that figure) is not part of its unit or wording. */
const FIGURE_MARK = /[\s\u3000]*(?:※\d+)+$/u;

export function readNumber(cell: SheetCell | undefined, text: string): ReadNumber | undefined {
  const n = readNumberWithMarks(cell, text.replace(FIGURE_MARK, ''));
  return n ? { ...n, after: n.after.replace(FIGURE_MARK, '') } : undefined;
}

function readNumberWithMarks(cell: SheetCell | undefined, text: string): ReadNumber | undefined {
  if (cell?.numFmt !== undefined || (cell && /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(cell.text.trim()))) {
    const v = Number(cell!.text.trim());
    if (!Number.isFinite(v) || cell!.text.trim() === '') return undefined;
    const f = cell!.numFmt ? formatParts(cell!.numFmt) : { before: '', after: '', memo: false, percent: false };
    const value = f.percent ? Math.round(v * 100 * 1e6) / 1e6 : v;
    const note = /※(\d+)$/u.exec(f.after);
    return withNote({
      value,
      before: f.before,
      after: f.percent ? `%${note ? note[0] : ''}` : f.after,
      memo: f.memo,
      percent: f.percent,
    });
  }
  const t = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const m = NUMBER_TEXT.exec(t);
  if (!m?.groups) return undefined;
  const g = m.groups;
  const memo = g.open !== undefined && g.close !== undefined;
  if ((g.open !== undefined || g.close !== undefined) && !memo) return undefined;
  const n = Number(g.digits.replace(/,/g, ''));
  if (!Number.isFinite(n)) return undefined;
  const read = withNote({ value: g.sign ? -n : n, before: g.before, after: g.after.trim(), memo, percent: false });
  return { ...read, percent: read.after === '%' };
}

/** What a sheet's row is to the table. */
type RowKind =
  | { kind: 'heading'; section?: string; subsection?: string; category?: string }
  | { kind: 'total' }
  | { kind: 'data' }
  | { kind: 'end' };

interface SheetRecord {
  top: number;
  bottom: number;
  section?: string;
  subsection?: string;
  category?: string;
}

/** One initiative as adopted, with what is needed to match rows of other tables to it. */
interface Adopted {
  data: Initiative;
  titleKey: string;
  numberText: string;
  /** Printed series of effects (counted as the manifest counts them), undone once the counting is chosen. */
  counted: Map<Effect, { byYear: Map<number, number>; planned: Map<number, number>; actual: Map<number, number> }>;
  /** Footnote marks read after the title or label (※1), resolved to texts at the end. */
  marks: number[];
  /** Notes on single figures (※N after a number): the record, the figure's key, the mark. */
  figureMarks?: { record: Indicator | Effect; key: string; mark: number }[];
}

export interface DeclaredReading {
  placement: DeclaredPlacement;
  sheet: string;
  file: string;
  rows: number;
  records: number;
  totals: number;
  skipped: number;
  /** The 工程's phases by how they were drawn, when the table has one. */
  phases?: { shape: number; typed: number; fill: number };
}

const LEADING_NUMBER = /^[\s\u3000]*[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf][\s\u3000]*/u;
const REAPPEAR = /[（(]再掲[)）]$/u;
const MARKS = /((?:※\d+)+)$/u;

function splitMarks(text: string): { text: string; marks: number[]; reappear: boolean } {
  let t = text.replace(/[\s\u3000]*\n[\s\u3000]*/gu, '').trim();
  const marks: number[] = [];
  const mk = MARKS.exec(t);
  if (mk) {
    for (const x of mk[1].matchAll(/※(\d+)/g)) marks.push(Number(x[1]));
    t = t.slice(0, mk.index).trim();
  }
  const reappear = REAPPEAR.test(t);
  if (reappear) t = t.replace(REAPPEAR, '').trim();
  return { text: t, marks, reappear };
}

/** 総務部人事課, 会計管理者, 「A・B（共管）」 against the manifest's departments. */
export function divisionRefs(text: string, m: Manifest): { refs: string[]; unknown: string[] } {
  const printed = new Map<string, string>();
  for (const d of m.departments) {
    printed.set(k(d.name), d.name);
    for (const v of d.divisions) printed.set(k(`${d.name}${v.replace(/\//g, '')}`), `${d.name}/${v}`);
  }
  let t = text.replace(/\n/g, '').trim();
  const shared = /[（(]共管[)）]$/u.test(t);
  if (shared) t = t.replace(/[（(]共管[)）]$/u, '');
  const parts = shared ? t.split(/[・、,，]/u) : [t];
  const refs: string[] = [];
  const unknown: string[] = [];
  for (const p of parts.map((x) => x.trim()).filter(Boolean)) {
    const ref = printed.get(k(p));
    if (ref) refs.push(ref);
    else unknown.push(p);
  }
  return { refs, unknown };
}

function unaccumulate(series: Map<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  let before = 0;
  for (const y of [...series.keys()].sort((a, b) => a - b)) {
    const v = series.get(y)!;
    const d = Math.round((v - before) * 1e6) / 1e6;
    if (d !== 0 || out.size === 0) out.set(y, d);
    before = v;
  }
  return out;
}

const asRecord = (map: Map<number, number>) => Object.fromEntries([...map].map(([y, v]) => [String(y), v]));

interface TableRead {
  spec: TableSpec;
  grid: Grid;
  file: string;
  placement: DeclaredPlacement;
  /** Rows in order: records with the entity they made, headings, totals. */
  sequence: ({ kind: 'record'; rec: SheetRecord; ini: Adopted } | { kind: 'total'; row: number })[];
}

function rowKind(
  grid: Grid,
  r: number,
  spec: TableSpec,
  p: DeclaredPlacement,
  m: Manifest,
  context: { section?: string },
): RowKind {
  const cols = p.columns.filter((c) => c > 0);
  const left = Math.min(...cols);
  const right = Math.max(
    ...cols,
    ...spec.columns.map((c, ci) => (p.columns[ci] ? p.columns[ci] + slotsOf(c, m) - 1 : 0)),
  );
  const blocks: { text: string; left: number; right: number }[] = [];
  for (let c = left; c <= right; c++) {
    const b = grid.block(r, c);
    // Each block once (a row merged across the table is one block), and only where it starts in this row.
    if (b.range.top !== r || (b.range.left !== c && c !== left)) continue;
    if (b.text.trim()) blocks.push({ text: b.text.trim(), left: b.range.left, right: b.range.right });
  }
  if (blocks.length === 0) return { kind: 'data' };
  const totalLabels = new Set(
    [
      spec.totalLabel ?? '合計',
      '合計',
      '総合計',
      '小計',
      '計',
      ...(m.categories ?? []).flatMap((c) => [
        c.subtotalLabel ?? '',
        (spec.subtotalLabel ?? '小計').replace(/\{group\}/g, c.label),
      ]),
      ...m.sections.map((s) => (spec.subtotalLabel ?? '小計').replace(/\{group\}/g, s.title)),
    ]
      .filter(Boolean)
      .map(k),
  );
  if (blocks.some((b) => totalLabels.has(k(b.text)))) return { kind: 'total' };
  if (blocks.length === 1) {
    const t = k(blocks[0].text.replace(/[（(][^（()）]*\d+項目[^（()）]*[)）]$/u, ''));
    for (const s of m.sections) {
      if (t === k(`${s.mark}${s.title}`) || t === k(s.title)) return { kind: 'heading', section: s.id };
    }
    const sec = m.sections.find((s) => s.id === context.section);
    for (const s of sec ? [sec, ...m.sections] : m.sections)
      for (const [i, sub] of (s.subsections ?? []).entries()) {
        if (t === k(`(${i + 1})${sub.title}`) || t === k(sub.title))
          return { kind: 'heading', section: s.id, subsection: sub.id };
      }
    for (const c of m.categories ?? []) if (t === k(c.label)) return { kind: 'heading', category: c.id };
    const wide = blocks[0].right - blocks[0].left + 1 >= Math.max(2, (right - left + 1) / 2);
    if (blocks[0].left === left && (/^※/u.test(blocks[0].text) || (wide && /[:：]/u.test(blocks[0].text))))
      return { kind: 'end' };
  }
  return { kind: 'data' };
}

/** A row that repeats the table's head: most of its texts are the declared headings (or 区分, the total table's). */
function isHeadRow(grid: Grid, r: number, spec: TableSpec, p: DeclaredPlacement): boolean {
  const keys = new Set([...spec.columns.flatMap((c) => [c.heading, c.group ?? '']), '区分'].filter(Boolean).map(k));
  const texts: string[] = [];
  for (const c of p.columns) {
    if (!c) continue;
    const b = grid.block(r, c);
    if (b.range.top === r && b.text.trim()) texts.push(b.text.trim());
  }
  // A heading with its unit (見込額（千円）) is the declared heading.
  const heads = texts.filter((t) => keys.has(k(t)) || keys.has(k(t.replace(/[（(][^（()）]*[)）]$/u, '')))).length;
  return heads >= 2 && heads * 2 >= texts.length;
}

/** The identity columns of a table's rows: a new record starts where one of them starts. */
function identityColumns(spec: TableSpec): number[] {
  const own = spec.rows === 'indicators' ? 'indicator.label' : spec.rows === 'effects' ? 'effect.label' : undefined;
  const ids = spec.columns.flatMap((c, ci) => (own && c.kind === own ? [ci] : []));
  if (ids.length > 0) return ids;
  return spec.columns.flatMap((c, ci) => (c.kind === 'number' || c.kind === 'title' ? [ci] : []));
}

export interface DeclaredResult {
  initiatives: { file: string; data: Initiative }[];
  readings: DeclaredReading[];
  manifest: Manifest;
  /** Divisions read that the manifest does not list (added to its departments). */
  added: boolean;
}

/**
 * Reads the declared tables of the manifest from the grids placed for them; `placements` pairs each
 * placed table with its grid (one sheet per table).
 */
export function readDeclared(
  manifest: Manifest,
  placed: { grid: Grid; file: string; placement: DeclaredPlacement }[],
  notes: Note[],
  decisions: Record<string, PhaseDecision> = {},
): DeclaredResult {
  const m = manifest;
  const fy = m.edition.fiscalYear;
  const currentKey = m.edition.quarter
    ? `${fy}Q${m.edition.quarter}`
    : m.edition.period === 'firstHalf'
      ? `${fy}H1`
      : String(fy);
  const adopted: Adopted[] = [];
  const byTitle = new Map<string, Adopted>();
  const byEffect = new Map<string, Adopted>();
  const reads: TableRead[] = [];
  const readings: DeclaredReading[] = [];
  const footnotes = new Map<number, string>();
  const unknownDivisions: string[] = [];
  const recurringDefault = m.effectCounting === 'recurring';

  for (const { grid, file, placement: p } of placed) {
    const spec = (m.tables ?? []).find((t) => t.id === p.table);
    if (!spec) continue;
    const where = (r: number, c: number) => `${file}!${grid.where(r, c)}`;
    const read: TableRead = { spec, grid, file, placement: p, sequence: [] };
    reads.push(read);
    const reading: DeclaredReading = {
      placement: p,
      sheet: grid.name,
      file,
      rows: 0,
      records: 0,
      totals: 0,
      skipped: 0,
    };
    readings.push(reading);
    const ids = identityColumns(spec).filter((ci) => p.columns[ci] > 0);
    const context: { section?: string; subsection?: string; category?: string } = {};
    const records: SheetRecord[] = [];
    let ended = false;
    for (let r = p.header.last + 1; r <= grid.sheet.maxRow; r++) {
      // A table split per group (splitBy: group) repeats its head rows under each group's heading: not data.
      if (!ended && r > p.header.last + 1 && isHeadRow(grid, r, spec, p)) continue;
      const kind = ended ? ({ kind: 'end' } as RowKind) : rowKind(grid, r, spec, p, m, context);
      const firstText = grid.text(r, 1);
      if (kind.kind === 'end') {
        ended = true;
        const f = /^※(\d+)[\s\u3000]*(.+)$/su.exec(firstText);
        if (f) footnotes.set(Number(f[1]), f[2].trim());
        continue;
      }
      const hasText = p.columns.some((c, ci) => {
        if (!c) return false;
        const width = slotsOf(spec.columns[ci], m);
        for (let x = c; x < c + (kindOf(spec.columns[ci].kind).layout === 'slots' ? width : 1); x++)
          if (grid.text(r, x)) return true;
        return false;
      });
      if (!hasText) continue;
      reading.rows++;
      if (kind.kind === 'heading') {
        if (kind.section) {
          context.section = kind.section;
          context.subsection = kind.subsection;
        }
        if (kind.category) context.category = kind.category;
        continue;
      }
      if (kind.kind === 'total') {
        reading.totals++;
        read.sequence.push({ kind: 'total', row: r });
        continue;
      }
      const starts =
        ids.length === 0 ||
        ids.some((ci) => {
          const b = grid.block(r, p.columns[ci]);
          return b.range.top === r && b.text.trim() !== '';
        });
      const last = records[records.length - 1];
      if (!starts && last && last.bottom === r - 1) {
        last.bottom = r;
        continue;
      }
      if (!starts) {
        reading.skipped++;
        notes.push({ where: where(r, p.columns.find((c) => c > 0) ?? 1), key: 'adopt-note-cell-skipped' });
        continue;
      }
      const rec: SheetRecord = { top: r, bottom: r, ...context };
      const b = ids.length > 0 ? grid.block(r, p.columns[ids[0]]) : undefined;
      if (b && b.range.bottom > r && spec.rows === 'initiatives') rec.bottom = b.range.bottom;
      records.push(rec);
      reading.rows += rec.bottom - r;
      r = rec.bottom;
    }
    reading.records = records.length;

    const sched = scheduleOf(grid, file, spec, p, m, decisions, notes);
    if (sched) reading.phases = sched.counts;
    // Records into initiatives (and their indicators and effects).
    const colOf = (kind: string) => spec.columns.findIndex((c, ci) => c.kind === kind && p.columns[ci] > 0);
    const numberCi = colOf('number');
    const titleCi = colOf('title');
    let previous: { ini: Adopted; key: string } | undefined;
    for (const rec of records) {
      const text = (ci: number, row = rec.top) => (ci >= 0 ? grid.block(row, p.columns[ci]).text : '');
      const numberText = text(numberCi).trim();
      // An office often types the number in the name too (①定員管理の適正化): reform prints it in its column.
      const title = titleCi >= 0 ? splitMarks(text(titleCi).replace(LEADING_NUMBER, '')) : undefined;
      const labelCi = colOf(spec.rows === 'indicators' ? 'indicator.label' : 'effect.label');
      const label = labelCi >= 0 ? splitMarks(text(labelCi)) : undefined;
      const memo = spec.columns.some((c, ci) => {
        if (!p.columns[ci] || !kindOf(c.kind).numeric) return false;
        const cell = grid.block(rec.top, p.columns[ci]);
        return readNumber(cell.cell, cell.text)?.memo === true;
      });
      const key = `${numberText}|${title?.text ?? ''}`;
      let ini: Adopted | undefined;
      // A row listed again (再掲) under another 中項目: the initiative gets that 中項目 in alsoUnder.
      if (title?.reappear) {
        const orig = byTitle.get(k(title.text));
        if (orig) {
          if (rec.subsection) orig.data.alsoUnder = [...new Set([...(orig.data.alsoUnder ?? []), rec.subsection])];
          read.sequence.push({ kind: 'record', rec, ini: orig });
          previous = undefined;
          continue;
        }
      }
      if (title) ini = byTitle.get(k(title.text));
      if (!ini && spec.rows !== 'initiatives' && previous && key !== '|' && previous.key === key) ini = previous.ini;
      if (!ini && spec.rows === 'effects' && !title && label) {
        ini = byEffect.get(`${rec.category ?? ''}|${k(label.text)}`);
      }
      if (!ini && spec.rows === 'effects' && memo && previous && numberCi < 0 && !title) ini = previous.ini;
      if (!ini && !title && numberText && spec.columns[numberCi]?.kind === 'number') {
        const byNumber = adopted.filter((a) => a.numberText === numberText && a.data.section === rec.section);
        if (byNumber.length === 1 && (spec.numbering ?? m.numbering ?? '').includes('{number}')) ini = byNumber[0];
      }
      if (!ini) {
        const t = title?.text ?? label?.text ?? '';
        ini = {
          data: {
            number: 0,
            section: rec.section ?? m.sections[0]?.id ?? '',
            ...(rec.subsection ? { subsection: rec.subsection } : {}),
            title: t,
          } as Initiative,
          titleKey: k(t),
          numberText,
          counted: new Map(),
          marks: [],
        };
        adopted.push(ini);
        if (!byTitle.has(ini.titleKey)) byTitle.set(ini.titleKey, ini);
      }
      previous = { ini, key };
      if (title) for (const x of title.marks) if (!ini.marks.includes(x)) ini.marks.push(x);
      if (!title && label) for (const x of label.marks) if (!ini.marks.includes(x)) ini.marks.push(x);
      read.sequence.push({ kind: 'record', rec, ini });
      readRecord(
        grid,
        file,
        spec,
        p,
        m,
        rec,
        ini,
        { label: label?.text, memo, currentKey, fy },
        notes,
        unknownDivisions,
        sched,
      );
      // Effects by their printed label (and 区分): a later table's row finds its effect without a name column.
      for (const e of ini.data.effects ?? []) {
        const label = k(e.label ?? ini.data.title);
        for (const key of [`${e.category}|${label}`, `|${label}`]) if (!byEffect.has(key)) byEffect.set(key, ini);
      }
    }
  }

  // Numbers: the printed ones where the numbering prints them ({number}), else the order read.
  const printedNumbers = reads.some(
    (r) =>
      (r.spec.numbering ?? m.numbering ?? '').includes('{number}') && r.spec.columns.some((c) => c.kind === 'number'),
  );
  const numbers = adopted.map((a) => Number(a.numberText));
  const usePrinted =
    printedNumbers && numbers.every((n) => Number.isInteger(n) && n > 0) && new Set(numbers).size === numbers.length;
  adopted.forEach((a, i) => {
    a.data.number = usePrinted ? numbers[i] : i + 1;
  });
  // Footnotes: ※N after a name, the text from the rows under the table.
  for (const a of adopted) {
    const texts = a.marks.sort((x, y) => x - y).flatMap((n) => (footnotes.has(n) ? [footnotes.get(n)!] : []));
    if (texts.length > 0) a.data.footnotes = texts;
    for (const f of a.figureMarks ?? []) {
      const text = footnotes.get(f.mark);
      if (text !== undefined) f.record.figureNotes = { ...(f.record.figureNotes ?? {}), [f.key]: text };
    }
  }

  // Departments read that the manifest does not list.
  const departments = m.departments.map((d) => ({ name: d.name, divisions: [...d.divisions] }));
  let added = false;
  for (const u of [...new Set(unknownDivisions)]) {
    const d = /^(.+?(?:本部|事務局|委員会|部|局|庁|課))(.+)$/u.exec(u);
    const name = d?.[1] ?? u;
    let dept = departments.find((x) => x.name === name);
    if (!dept) {
      dept = { name, divisions: [] };
      departments.push(dept);
    }
    if (d && !dept.divisions.includes(d[2])) dept.divisions.push(d[2]);
    added = true;
    for (const a of adopted) {
      const fix = (ref: string) => (ref === `?${u}` ? (d ? `${name}/${d[2]}` : name) : ref);
      if (a.data.division) a.data.division = fix(a.data.division);
      if (a.data.coDivisions) a.data.coDivisions = a.data.coDivisions.map(fix);
    }
  }
  const outManifest: Manifest = added ? { ...m, departments } : m;

  // Counting, measure and given 累計: per effect and indicator, the reading that prints what the sheet shows.
  for (const a of adopted) chooseVariants(a, outManifest, reads, recurringDefault);
  verify(outManifest, adopted, reads, notes);

  const sorted = [...adopted].sort((x, y) => x.data.number - y.data.number);
  return {
    initiatives: sorted.map((a) => ({ file: `${String(a.data.number).padStart(2, '0')}.yaml`, data: a.data })),
    readings,
    manifest: outManifest,
    added,
  };
}

function readRecord(
  grid: Grid,
  file: string,
  spec: TableSpec,
  p: DeclaredPlacement,
  m: Manifest,
  rec: SheetRecord,
  a: Adopted,
  row: { label?: string; memo: boolean; currentKey: string; fy: number },
  notes: Note[],
  unknownDivisions: string[],
  sched: Schedule | undefined,
): void {
  const ini = a.data;
  const where = (r: number, c: number) => `${file}!${grid.where(r, c)}`;
  let indicator: Indicator | undefined;
  let effect: Effect | undefined;
  if (spec.rows === 'indicators') {
    const label = row.label ?? ini.title;
    indicator = (ini.indicators ?? []).find((x) => k(x.label) === k(label));
    if (!indicator) {
      indicator = { label, unit: '', target: { value: 0 } } as Indicator;
      ini.indicators = [...(ini.indicators ?? []), indicator];
    }
  } else if (spec.rows === 'effects') {
    const label = row.label ?? ini.title;
    effect = (ini.effects ?? []).find((x) => k(x.label ?? ini.title) === k(label));
    if (!effect) {
      effect = {
        category: rec.category ?? m.categories?.[0]?.id ?? '',
        ...(k(label) !== k(ini.title) ? { label } : {}),
      } as Effect;
      ini.effects = [...(ini.effects ?? []), effect];
      a.counted.set(effect, { byYear: new Map(), planned: new Map(), actual: new Map() });
    }
    if (row.memo) effect.memo = true;
  }
  const counted = effect ? a.counted.get(effect)! : undefined;
  const slotsCi = spec.columns.findIndex((c) => kindOf(c.kind).layout === 'slots');
  spec.columns.forEach((col, ci) => {
    const c = p.columns[ci];
    if (!c) return;
    const block = grid.block(rec.top, c);
    const text = block.text;
    const num = () => {
      if (block.cell?.noValue) notes.push({ where: where(rec.top, c), key: 'adopt-note-no-value' });
      if (!text.trim() && !block.cell?.numFmt) return undefined;
      const n = readNumber(block.cell, text);
      if (!n && text.trim()) notes.push({ where: where(rec.top, c), key: 'adopt-note-not-a-number', params: { text } });
      const record = indicator ?? effect;
      const key = kindOf(col.kind).notedAt?.({ col, manifest: m });
      if (n?.note !== undefined && record && key !== undefined)
        a.figureMarks = [...(a.figureMarks ?? []), { record, key, mark: n.note }];
      return n;
    };
    const setUnit = (n: ReadNumber | undefined) => {
      if (!indicator || !n || indicator.unit) return;
      const declared = col.format?.unit;
      let after = n.after;
      if (declared && after.startsWith(declared)) after = after.slice(declared.length);
      const unit = [...(m.units ?? []), '%'].sort((x, y) => y.length - x.length).find((u) => after.startsWith(u));
      indicator.unit = unit ?? after;
      const rest = unit ? after.slice(unit.length) : '';
      if (n.before || rest) indicator.wording = `${n.before}{value}${rest}`;
    };
    switch (col.kind) {
      case 'text': {
        if (col.field && text.trim()) ini.fields = { ...(ini.fields ?? {}), [col.field]: cleanCellText(text) };
        return;
      }
      case 'division': {
        if (!text.trim() || ini.division) return;
        const r = divisionRefs(text, m);
        for (const u of r.unknown) {
          unknownDivisions.push(u);
          notes.push({ where: where(rec.top, c), key: 'adopt-note-division-unknown', params: { text: u } });
          r.refs.push(`?${u}`);
        }
        if (r.refs.length > 0) ini.division = r.refs[0];
        if (r.refs.length > 1) ini.coDivisions = r.refs.slice(1);
        return;
      }
      case 'indicator.unit':
        if (indicator && text.trim()) indicator.unit = text.trim();
        return;
      case 'indicator.base': {
        const n = num();
        setUnit(n);
        if (indicator && n) indicator.base = { ...(indicator.base ?? {}), value: n.value };
        return;
      }
      case 'indicator.baseDate':
        // The time of a 基準値 belongs to its value: without one there is nothing to date (the check names the cell).
        if (indicator?.base && text.trim())
          indicator.base = { ...indicator.base, asOf: text.replace(/\n/g, '').trim() };
        return;
      case 'indicator.target': {
        const n = num();
        setUnit(n);
        if (indicator && n) indicator.target = { ...indicator.target, value: n.value };
        return;
      }
      case 'indicator.targetYear': {
        const y = /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : yearInText(text);
        if (indicator && y) indicator.target = { ...indicator.target, year: y };
        return;
      }
      case 'indicator.actual': {
        const n = num();
        setUnit(n);
        if (indicator && n) indicator.actuals = { ...(indicator.actuals ?? {}), [String(col.year ?? row.fy)]: n.value };
        return;
      }
      case 'effect.category': {
        const cat = (m.categories ?? []).find((x) => k(x.label) === k(text) || x.id === text.trim());
        if (effect && cat) effect.category = cat.id;
        return;
      }
      case 'effect.planned':
      case 'effect.actual': {
        const n = num();
        if (effect && n) effect[col.kind === 'effect.planned' ? 'planned' : 'actual'] = n.value;
        if (effect && n && (n.before || n.after.replace(col.format?.unit ?? '', '')))
          effect.wording = `${n.before}{value}${n.after.replace(col.format?.unit ?? '', '')}`;
        return;
      }
      case 'effect.year': {
        const n = num();
        if (counted && n && col.year) counted.byYear.set(col.year, n.value);
        return;
      }
      case 'effect.yearPlanned':
      case 'effect.yearActual': {
        const n = num();
        if (counted && n && col.year)
          counted[col.kind === 'effect.yearPlanned' ? 'planned' : 'actual'].set(col.year, n.value);
        return;
      }
      case 'rating': {
        const scale = m.ratingScales?.find((s) => s.id === col.scale);
        const t = text.trim();
        if (!scale || !t) return;
        const level = scale.levels.find((l) =>
          [l.code, l.label, l.symbol, l.text].some((x) => x !== undefined && k(x) === k(t)),
        );
        if (!level) {
          notes.push({ where: where(rec.top, c), key: 'adopt-note-rating-unknown', params: { text: t } });
          return;
        }
        const key = col.period === 'previous' ? String(row.fy - 1) : row.currentKey;
        ini.ratings = { ...(ini.ratings ?? {}), [key]: { ...(ini.ratings?.[key] ?? {}), [scale.id]: level.code } };
        return;
      }
      case 'rating.change': {
        // ↑（○→◎）: the year before's rating is only here when no column shows it.
        const scale = m.ratingScales?.find((s) => s.id === col.scale);
        const prev = /[（(]([^→（()）]+)→/u.exec(text.trim())?.[1]?.trim();
        if (!scale || !prev) return;
        const level = scale.levels.find((l) =>
          [l.code, l.label, l.symbol, l.text].some((x) => x !== undefined && k(x) === k(prev)),
        );
        const key = String(row.fy - 1);
        if (level && ini.ratings?.[key]?.[scale.id] === undefined)
          ini.ratings = { ...(ini.ratings ?? {}), [key]: { ...(ini.ratings?.[key] ?? {}), [scale.id]: level.code } };
        return;
      }
      case 'item': {
        readItems(grid, file, spec, p, m, rec, ini, ci, slotsCi, notes, sched);
        return;
      }
      default:
        return;
    }
  });
  if (slotsCi >= 0 && p.columns[slotsCi] && !spec.columns.some((c, ci) => c.kind === 'item' && p.columns[ci] > 0))
    readItems(grid, file, spec, p, m, rec, ini, -1, slotsCi, notes, sched);
}

/** The 工程 columns of a declared table as the seed's reader sees them: a year (and half) per column. */
interface Schedule {
  mapping: SheetMapping;
  shapes: SheetShapes;
  decisions: Record<string, PhaseDecision>;
  counts: { shape: number; typed: number; fill: number };
}

function scheduleOf(
  grid: Grid,
  file: string,
  spec: TableSpec,
  p: DeclaredPlacement,
  m: Manifest,
  decisions: Record<string, PhaseDecision>,
  notes: Note[],
): Schedule | undefined {
  const ci = spec.columns.findIndex((c) => kindOf(c.kind).layout === 'slots');
  const col = spec.columns[ci];
  if (ci < 0 || !p.columns[ci] || col.resolution === 'quarter') return undefined;
  const parts = col.resolution === 'half' ? 2 : 1;
  const years = Array.from({ length: slotsOf(col, m) }, (_, i) => ({
    col: p.columns[ci] + i,
    year: m.planPeriod.from + Math.floor(i / parts),
    ...(parts === 2 ? { part: ((i % 2) + 1) as 1 | 2 } : {}),
  }));
  const mapping: SheetMapping = {
    file,
    sheet: grid.name,
    table: 'declared',
    header: p.header,
    columns: {},
    years,
  };
  const counts = { shape: 0, typed: 0, fill: 0 };
  return { mapping, shapes: placeShapes(grid, mapping, decisions, file, notes), decisions, counts };
}

/** A phase read over slots, with the defaults left out (fromPart 1, toPart the last, an arrow over two slots). */
function slotPhase(
  x: { label: string; then?: string; from: number; to: number; fromPart?: number; toPart?: number; arrow: boolean },
  parts: number,
): NonNullable<Initiative['items']>[number]['schedule'][number]['phases'][number] {
  const fromPart = parts > 1 ? (x.fromPart ?? 1) : 1;
  const toPart = parts > 1 ? (x.toPart ?? parts) : parts;
  const longer = x.to * parts + toPart > x.from * parts + fromPart;
  return {
    label: x.label,
    from: x.from,
    ...(x.to !== x.from ? { to: x.to } : {}),
    ...(fromPart !== 1 ? { fromPart } : {}),
    ...(toPart !== parts ? { toPart } : {}),
    ...(x.arrow !== longer ? { arrow: x.arrow } : {}),
    ...(x.then ? { then: x.then } : {}),
  };
}

/** The 取組項目 of a record and the 工程 of their lanes, at the schedule column's resolution. */
function readItems(
  grid: Grid,
  file: string,
  spec: TableSpec,
  p: DeclaredPlacement,
  m: Manifest,
  rec: SheetRecord,
  ini: Initiative,
  itemCi: number,
  slotsCi: number,
  notes: Note[],
  sched: Schedule | undefined,
): void {
  if (ini.items && ini.items.length > 0) return;
  const items: NonNullable<Initiative['items']> = [];
  const blocks: { label: string; top: number; bottom: number }[] = [];
  if (itemCi >= 0) {
    for (let r = rec.top; r <= rec.bottom; r++) {
      const b = grid.block(r, p.columns[itemCi]);
      if (b.range.top !== r && r !== rec.top) continue;
      // □ before an item is the seed's mark, printed by reform, not part of the name.
      const label = b.text
        .replace(/\n/g, '')
        .trim()
        .replace(/^[□☐]\s*/u, '');
      blocks.push({ label, top: r, bottom: Math.min(rec.bottom, b.range.bottom) });
    }
    // Rows below an item cell that is not merged down are more lanes of the item above.
    for (let i = 0; i < blocks.length - 1; i++) if (!blocks[i + 1].label) blocks[i].bottom = blocks[i + 1].bottom;
  } else blocks.push({ label: ini.title, top: rec.top, bottom: rec.bottom });
  const col = slotsCi >= 0 ? spec.columns[slotsCi] : undefined;
  const start = slotsCi >= 0 ? p.columns[slotsCi] : 0;
  const parts = col?.resolution === 'half' ? 2 : col?.resolution === 'quarter' ? 4 : 1;
  const total = col ? slotsOf(col, m) : 0;
  for (const b of blocks.filter((x) => x.label)) {
    const lanes: { phases: NonNullable<Initiative['items']>[number]['schedule'][number]['phases'] }[] = [];
    if (sched) {
      // Shapes, typed arrows and filled cells, read as in the seed's 別表1, over the table's years or halves.
      const read = readPhases(
        grid,
        sched.mapping,
        sched.shapes,
        { top: b.top, bottom: b.bottom },
        {
          decisions: sched.decisions,
          file,
          notes,
        },
      );
      for (const x of read) sched.counts[x.source]++;
      for (const lane of intoLanes(read)) lanes.push({ phases: lane.map((x) => slotPhase(x, parts)) });
    } else
      for (let r = b.top; r <= b.bottom && start; r++) {
        const phases: (typeof lanes)[number]['phases'] = [];
        for (let s = 0; s < total; s++) {
          const blk = grid.block(r, start + s);
          if (blk.range.left !== start + s && s !== 0) continue;
          if (blk.range.top !== r) continue;
          const typed = parseTypedPhase(blk.text);
          if (!typed) continue;
          const first = Math.max(0, blk.range.left - start);
          const last = Math.min(total - 1, blk.range.right - start);
          phases.push(
            slotPhase(
              {
                label: typed.label,
                ...(typed.then ? { then: typed.then } : {}),
                from: m.planPeriod.from + Math.floor(first / parts),
                to: m.planPeriod.from + Math.floor(last / parts),
                fromPart: (first % parts) + 1,
                toPart: (last % parts) + 1,
                arrow: typed.arrow,
              },
              parts,
            ),
          );
        }
        if (phases.length > 0 || r === b.top) lanes.push({ phases });
      }
    if (lanes.length === 0) lanes.push({ phases: [] });
    items.push({ label: b.label, schedule: lanes });
  }
  if (items.some((it) => it.schedule.some((l) => l.phases.length === 0)) && start)
    notes.push({ where: `${file}!${grid.where(rec.top, start)}`, key: 'adopt-note-no-schedule' });
  ini.items = items;
}

/** The data rows the table built from `ini` alone prints, per table, in order. */
function rowsOf(m: Manifest, ini: Initiative): Map<string, RowView[]> {
  const report = buildReport(m, [{ data: ini, file: 'x.yaml' }]);
  const out = new Map<string, RowView[]>();
  for (const t of buildTables(report))
    out.set(
      t.id,
      t.blocks.flatMap((b) => ('row' in b && b.row.kind === 'data' ? [b.row] : [])),
    );
  return out;
}

/** Whether a built cell prints what the sheet's cell shows (numbers to the decimals printed). */
function sameCell(built: CellView, cell: SheetCell | undefined, text: string): boolean {
  if (typeof built.value === 'number' && built.format) {
    const n = readNumber(cell, text);
    if (!n) return false;
    const decimals = /\.(\d+)/.exec(built.text)?.[1].length ?? 0;
    return Math.abs(n.value - built.value) < 0.5 * 10 ** -decimals + 1e-9;
  }
  if (!built.text.trim()) return !text.trim() || (readNumber(cell, text) === undefined && !text.trim());
  return (
    k(built.text) === k(text) || (readNumber(cell, text) !== undefined && k(built.text) === k(numberShown(cell, text)))
  );
}

function numberShown(cell: SheetCell | undefined, text: string): string {
  const n = readNumber(cell, text);
  return n ? `${n.before}${n.value}${n.after}` : text;
}

/** The cells of a record that print something else than the sheet, for the columns given. */
function mismatches(read: TableRead, rec: SheetRecord, row: RowView, only?: (ci: number) => boolean): number[] {
  const out: number[] = [];
  read.spec.columns.forEach((col, ci) => {
    const c = read.placement.columns[ci];
    if (!c || kindOf(col.kind).layout !== 'cell' || (only && !only(ci))) return;
    if (col.kind === 'number') return;
    const b = read.grid.block(rec.top, c);
    const text = col.kind === 'title' ? b.text.replace(LEADING_NUMBER, '') : b.text;
    if (!sameCell(row.cells[ci], b.cell, text)) out.push(ci);
  });
  return out;
}

/** Per effect and indicator: the counting, measure or given 累計 under which the record prints as on the sheet. */
function chooseVariants(a: Adopted, m: Manifest, reads: TableRead[], recurringDefault: boolean): void {
  const ini = a.data;
  const apply = (e: Effect, recurring: boolean) => {
    const s = a.counted.get(e);
    if (!s) return;
    const series = (x: Map<number, number>) => (recurring ? unaccumulate(x) : x);
    delete e.byYear;
    delete e.years;
    if (s.byYear.size > 0) e.byYear = asRecord(series(s.byYear));
    const planned = series(s.planned);
    const actual = series(s.actual);
    const years = new Set([...planned.keys(), ...actual.keys()]);
    if (years.size > 0)
      e.years = Object.fromEntries(
        [...years]
          .sort((x, y) => x - y)
          .map((y) => [
            String(y),
            {
              ...(planned.has(y) ? { planned: planned.get(y) } : {}),
              ...(actual.has(y) ? { actual: actual.get(y) } : {}),
            },
          ]),
      );
    if (recurring === recurringDefault) delete e.recurring;
    else e.recurring = recurring;
  };
  const score = (): number => {
    const rows = rowsOf(m, ini);
    let bad = 0;
    for (const read of reads) {
      const built = rows.get(read.spec.id) ?? [];
      const mine = read.sequence.filter((s) => s.kind === 'record' && s.ini === a);
      mine.forEach((s, i) => {
        if (s.kind !== 'record') return;
        const row = built[i];
        bad += row ? mismatches(read, s.rec, row).length : 1;
      });
    }
    return bad;
  };
  for (const e of ini.effects ?? []) {
    apply(e, recurringDefault);
    if (score() === 0) continue;
    const before = score();
    apply(e, !recurringDefault);
    if (score() >= before) apply(e, recurringDefault);
  }
  for (const ind of ini.indicators ?? []) {
    if (score() === 0) break;
    const cumulativeCi = reads.flatMap((r) =>
      r.spec.columns.flatMap((c, ci) =>
        c.kind === 'indicator.cumulative' && r.placement.columns[ci] ? [{ r, ci }] : [],
      ),
    );
    const printedCumulative = (() => {
      for (const { r, ci } of cumulativeCi) {
        const s = r.sequence.find((x) => x.kind === 'record' && x.ini === a && rowLabel(r, x.rec) === ind.label);
        if (s?.kind !== 'record') continue;
        const b = r.grid.block(s.rec.top, r.placement.columns[ci]);
        return readNumber(b.cell, b.text)?.value;
      }
      return undefined;
    })();
    const tries: Partial<Indicator>[] = [
      { measure: 'level' },
      ...(printedCumulative !== undefined ? [{ cumulative: printedCumulative, given: true }] : []),
    ];
    let best = score();
    for (const t of tries) {
      const saved = { ...ind };
      Object.assign(ind, t);
      const s = score();
      if (s < best) best = s;
      else {
        for (const key of Object.keys(t) as (keyof Indicator)[]) delete ind[key];
        Object.assign(ind, saved);
      }
    }
  }
}

function rowLabel(r: TableRead, rec: SheetRecord): string {
  const ci = r.spec.columns.findIndex((c, i) => c.kind === 'indicator.label' && r.placement.columns[i]);
  return ci >= 0 ? splitMarks(r.grid.block(rec.top, r.placement.columns[ci]).text).text : '';
}

/** The whole report built again: each data row, 小計 and 合計 compared with the sheet; a difference names its cell. */
function verify(m: Manifest, adopted: Adopted[], reads: TableRead[], notes: Note[]): void {
  const report = buildReport(
    m,
    adopted.map((a) => ({ data: a.data, file: 'x.yaml' })),
  );
  const tables = new Map<string, TableView>(buildTables(report).map((t) => [t.id, t]));
  for (const read of reads) {
    const t = tables.get(read.spec.id);
    if (!t) continue;
    const built = t.blocks.flatMap((b) => ('row' in b ? [b.row] : []));
    const data = built.filter((r) => r.kind === 'data');
    const totals = built.filter((r) => r.kind !== 'data');
    let di = 0;
    let ti = 0;
    for (const s of read.sequence) {
      if (s.kind === 'record') {
        const row = data[di++];
        if (!row) continue;
        for (const ci of mismatchesWithNumber(read, s.rec, row)) report1(read, s.rec.top, ci, row.cells[ci].text);
      } else {
        const row = totals[ti++];
        if (!row) continue;
        read.spec.columns.forEach((col, ci) => {
          const c = read.placement.columns[ci];
          if (!c || !kindOf(col.kind).numeric) return;
          const b = read.grid.block(s.row, c);
          if (!b.text.trim() && !row.cells[ci].text) return;
          if (!sameCell(row.cells[ci], b.cell, b.text)) report1(read, s.row, ci, row.cells[ci].text);
        });
      }
    }
    if (di !== data.length || ti !== totals.length)
      notes.push({
        where: `${read.file}!${read.grid.name}`,
        key: 'adopt-note-declared-rows',
        params: { read: di, built: data.length, totalsRead: ti, totalsBuilt: totals.length },
      });
  }
  function report1(read: TableRead, row: number, ci: number, expected: string): void {
    const c = read.placement.columns[ci];
    const b = read.grid.block(row, c);
    notes.push({
      where: `${read.file}!${read.grid.where(row, c)}`,
      key: 'adopt-note-declared-differs',
      params: {
        heading: read.spec.columns[ci].heading,
        computed: expected || '（空）',
        shown: b.text.trim() || '（空）',
      },
    });
  }
}

function mismatchesWithNumber(read: TableRead, rec: SheetRecord, row: RowView): number[] {
  const out = mismatches(read, rec, row);
  const ci = read.spec.columns.findIndex((c) => c.kind === 'number');
  const c = ci >= 0 ? read.placement.columns[ci] : 0;
  if (c && k(row.cells[ci].text) !== k(read.grid.block(rec.top, c).text)) {
    const b = read.grid.block(rec.top, c);
    const n = readNumber(b.cell, b.text);
    if (!(n && String(n.value) === row.cells[ci].text)) out.push(ci);
  }
  return out;
}

/** What to say of a mapping's sheet that holds a declared table (adopt.yaml and the summary). */
export function declaredSheetMapping(file: string, sheet: string, p: DeclaredPlacement): SheetMapping {
  return {
    file,
    sheet,
    table: 'declared',
    header: p.header,
    columns: {},
    years: [],
    declared: { table: p.table, columns: p.columns },
  };
}
