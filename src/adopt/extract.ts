/**
 * The rows of a mapped sheet as initiatives: section rows spanning the width (Ⅰ …), an initiative
 * from its 番号 down to the next one (番号 and 具体的取組 merged over its rows, or repeated, or a
 * continuation marked （続き）), one item per 取組項目 cell (several rows for several lanes), the
 * texts of the merged cells beside them; in 別表2 one verification row per row, a 区分の理由 merged
 * over several rows shared with the rows below. Pure.
 */
import type { Grid } from './grid.js';
import type { Note, PhaseDecision, SheetMapping } from './mapping.js';
import { intoLanes, readPhases, type ReadPhase, type SheetShapes } from './schedule.js';

export interface ReadSection {
  mark: string;
  title: string;
}

export interface ReadItem {
  label: string;
  checkbox: boolean;
  lanes: ReadPhase[][];
  where: string;
}

export interface ReadVerification {
  item: string;
  content: string;
  outcome: string;
  direction: string;
  reason?: string;
  shared: boolean;
  division?: string;
  where: string;
}

export interface ReadInitiative {
  number: number;
  where: string;
  section?: ReadSection;
  title: string;
  items: ReadItem[];
  plan?: string;
  result?: string;
  achievedIn?: number;
  division?: { text: string; where: string };
  verification: ReadVerification[];
}

export interface SheetReading {
  mapping: SheetMapping;
  rows: number;
  initiatives: ReadInitiative[];
  phases: { shape: number; typed: number; fill: number };
  skipped: number;
  /** Rows above the header: title, label (別表1), legend lines. */
  titleRows: string[];
  /** The header's text over the plan and result columns (令和元年度 年次計画, 上半期実績). */
  headings: { plan?: string; result?: string };
}

function headerText(grid: Grid, m: SheetMapping, col: number | undefined): string | undefined {
  if (col === undefined) return undefined;
  const texts: string[] = [];
  for (let r = m.header.first; r <= m.header.last; r++) {
    const t = grid.text(r, col);
    if (t && !texts.includes(t)) texts.push(t);
  }
  return texts.join(' ');
}

const SECTION =
  /^(第[0-9０-９一二三四五六七八九十]+[章節部]|[IVXⅠ-Ⅻ]{1,6}|[0-9０-９]{1,2})(?:[\s\u3000.．、:：]+|(?=[^\sA-Za-z0-9]))(.+)$/su;
const CIRCLED = /^(?:[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]|\(\d{1,3}\)|（\d{1,3}）)[\s\u3000]*/u;
const CONTINUED = /[\s\u3000]*[（(]続き[)）]$/u;
const ACHIEVED = /^[（(]\s*([^（()）]*?)達成済[)）]\s*$/u;

export function parseNumber(text: string): number | undefined {
  const m = /^[(（]?(\d{1,6})[)）.．]?$/.exec(text.normalize('NFKC').trim());
  return m ? Number(m[1]) : undefined;
}

function tableWidth(m: SheetMapping): { left: number; right: number } {
  const cols = [...Object.values(m.columns), ...m.years.map((y) => y.col)].filter((c): c is number => c !== undefined);
  return { left: Math.min(...cols), right: Math.max(...cols) };
}

/** A row with one text spanning most of the table, or one section heading and nothing else. */
function sectionRow(grid: Grid, r: number, m: SheetMapping): ReadSection | undefined {
  const { left, right } = tableWidth(m);
  const texts: { text: string; span: number; col: number }[] = [];
  for (let c = left; c <= right; c++) {
    const b = grid.startingAt(r, c);
    if (b?.text.trim()) texts.push({ text: b.text.trim(), span: b.range.right - b.range.left + 1, col: c });
    else if (b?.cell?.fill && m.years.some((y) => y.col === c)) return undefined;
  }
  if (texts.length !== 1) return undefined;
  const { text, span, col } = texts[0];
  if (m.columns.number !== undefined && parseNumber(text) !== undefined) return undefined;
  const wide = span * 2 >= right - left + 1;
  const s = SECTION.exec(text.replace(/\n/g, ' '));
  const leftColumn = col === left || col === m.columns.number || col === m.columns.title;
  if (s && (wide || leftColumn)) return { mark: s[1], title: s[2].trim() };
  return wide ? { mark: '', title: text } : undefined;
}

/** A text as the office wrote it, as fmt keeps it: LF, no trailing spaces, full-width indents as two spaces. */
export function cleanCellText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => {
      const body = l.replace(/[\s\u3000]+$/u, '');
      const indent = /^[\u3000 ]*/u.exec(body)![0];
      const width = [...indent].reduce((n, ch) => n + (ch === '\u3000' ? 2 : 1), 0);
      // A line pushed to the middle with spaces (eight or more) is a centred line (^ in reform's texts).
      if (width >= CENTRED_INDENT) return `^ ${body.slice(indent.length)}`;
      return ' '.repeat(width - (width % 2)) + body.slice(indent.length);
    });
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  // Texts of several lines end with a line break, as the block scalars (|) of the sample do.
  return lines.length > 1 ? `${lines.join('\n')}\n` : lines.join('\n');
}

const CENTRED_INDENT = 8;

function singleLine(text: string): string {
  return text.replace(/[\s\u3000]*\n[\s\u3000]*/gu, '').trim();
}

interface Span {
  number: number;
  top: number;
  bottom: number;
  section?: ReadSection;
}

/** The initiatives' row spans, and the rows outside any (skipped). */
function spans(grid: Grid, m: SheetMapping, file: string, notes: Note[]): { spans: Span[]; skipped: number } {
  const first = m.header.last + 1;
  const numberCol = m.columns.number;
  const out: Span[] = [];
  let section: ReadSection | undefined;
  let skipped = 0;
  let current: Span | undefined;
  for (let r = first; r <= grid.sheet.maxRow; r++) {
    const s = sectionRow(grid, r, m);
    if (s && !s.mark && /^[※＊*注]/u.test(s.title)) {
      // A note under the table (※ …) across its width: not a section.
      skipped++;
      notes.push({
        where: `${file}!${grid.where(r, tableWidth(m).left)}`,
        key: 'adopt-note-cell-skipped',
        params: { text: s.title.slice(0, 40) },
      });
      current = undefined;
      continue;
    }
    if (s) {
      section = s;
      current = undefined;
      continue;
    }
    const numberBlock = numberCol !== undefined ? grid.startingAt(r, numberCol) : undefined;
    const n = numberBlock ? parseNumber(numberBlock.text) : undefined;
    if (n !== undefined) {
      if (current && current.number === n) {
        current.bottom = Math.max(r, numberBlock!.range.bottom);
        continue;
      }
      current = { number: n, top: r, bottom: numberBlock!.range.bottom, ...(section ? { section } : {}) };
      section = undefined;
      out.push(current);
      continue;
    }
    const hasText = rowHasText(grid, r, m);
    if (current && hasText && (numberBlock === undefined || !numberBlock.text.trim())) {
      current.bottom = Math.max(current.bottom, r);
    } else if (hasText) {
      skipped++;
      const col = numberCol ?? tableWidth(m).left;
      notes.push({
        where: `${file}!${grid.where(r, col)}`,
        key: 'adopt-note-cell-skipped',
        params: { text: firstText(grid, r, m).slice(0, 40) },
      });
      current = undefined;
    }
  }
  return { spans: out, skipped };
}

function rowHasText(grid: Grid, r: number, m: SheetMapping): boolean {
  return firstText(grid, r, m) !== '';
}

function firstText(grid: Grid, r: number, m: SheetMapping): string {
  const { left, right } = tableWidth(m);
  for (let c = left; c <= right; c++) {
    const b = grid.startingAt(r, c);
    if (b?.text.trim()) return b.text.trim();
    if (b?.cell?.fill && m.years.some((y) => y.col === c)) return '■';
  }
  return '';
}

/** Text of the blocks of a column that start within the rows, joined (a continuation adds its part). */
function columnText(grid: Grid, col: number | undefined, top: number, bottom: number): string {
  if (col === undefined) return '';
  const parts: string[] = [];
  for (let r = top; r <= bottom; r++) {
    const b = grid.startingAt(r, col);
    if (b?.text.trim()) parts.push(b.text);
  }
  // A cell merged down from the initiative above (shared by both) is given to this one too.
  if (parts.length === 0) return grid.block(top, col).text;
  return parts.join('\n');
}

function noValueNotes(grid: Grid, m: SheetMapping, top: number, bottom: number, file: string, notes: Note[]): void {
  const { left, right } = tableWidth(m);
  for (let r = top; r <= bottom; r++)
    for (let c = left; c <= right; c++)
      if (grid.cell(r, c)?.noValue) notes.push({ where: `${file}!${grid.where(r, c)}`, key: 'adopt-note-no-value' });
}

export function readProgressSheet(
  grid: Grid,
  m: SheetMapping,
  shapes: SheetShapes,
  opts: { decisions: Record<string, PhaseDecision>; fillLabel?: string; file: string; notes: Note[] },
): SheetReading {
  const { file, notes } = opts;
  const C = m.columns;
  const { spans: list, skipped } = spans(grid, m, file, notes);
  const counts = { shape: 0, typed: 0, fill: 0 };
  const initiatives: ReadInitiative[] = list.map((span) => {
    noValueNotes(grid, m, span.top, span.bottom, file, notes);
    const titleText = singleLine(columnText(grid, C.title, span.top, span.top));
    const title = titleText.replace(CIRCLED, '').replace(CONTINUED, '').trim();
    const items: ReadItem[] = [];
    const itemStarts: { top: number; bottom: number; label: string; where: string }[] = [];
    if (C.item !== undefined) {
      for (let r = span.top; r <= span.bottom; r++) {
        const b = grid.startingAt(r, C.item);
        if (b?.text.trim())
          itemStarts.push({
            top: r,
            bottom: Math.min(b.range.bottom, span.bottom),
            label: b.text,
            where: `${file}!${grid.where(r, C.item)}`,
          });
        else if (itemStarts.length > 0) itemStarts[itemStarts.length - 1].bottom = r;
      }
    }
    if (itemStarts.length === 0)
      itemStarts.push({
        top: span.top,
        bottom: span.bottom,
        label: title,
        where: `${file}!${grid.where(span.top, C.title ?? 1)}`,
      });
    else itemStarts[0].top = span.top;
    for (const it of itemStarts) {
      const phases = readPhases(grid, m, shapes, it, opts);
      for (const p of phases) counts[p.source]++;
      const lanes = intoLanes(phases);
      if (lanes.length === 0) notes.push({ where: it.where, key: 'adopt-note-no-schedule' });
      const label = singleLine(it.label);
      const checkbox = /^[□☐]/u.test(label);
      items.push({ label: label.replace(/^[□☐][\s\u3000]*/u, ''), checkbox, lanes, where: it.where });
    }
    let plan = cleanCellText(columnText(grid, C.plan, span.top, span.bottom));
    let achievedIn: number | undefined;
    const firstLine = plan.split('\n')[0] ?? '';
    const achieved = ACHIEVED.exec(firstLine.trim());
    if (achieved) {
      achievedIn = yearOfAchieved(achieved[1]);
      if (achievedIn !== undefined) plan = plan.split('\n').slice(1).join('\n');
    }
    for (const a of shapes.achieved)
      if (a.row >= span.top && a.row <= span.bottom && achievedIn === undefined) achievedIn = a.year;
    const result = cleanCellText(columnText(grid, C.result, span.top, span.bottom));
    const divisionText = columnText(grid, C.division, span.top, span.bottom);
    return {
      number: span.number,
      where: `${file}!${grid.where(span.top, C.number ?? 1)}`,
      ...(span.section ? { section: span.section } : {}),
      title,
      items,
      ...(plan ? { plan } : {}),
      ...(result ? { result } : {}),
      ...(achievedIn !== undefined ? { achievedIn } : {}),
      ...(divisionText.trim()
        ? { division: { text: divisionText, where: `${file}!${grid.where(span.top, C.division!)}` } }
        : {}),
      verification: [],
    };
  });
  return {
    mapping: m,
    rows: grid.sheet.maxRow - m.header.last,
    initiatives,
    phases: counts,
    skipped,
    titleRows: titleRows(grid, m),
    headings: { plan: headerText(grid, m, C.plan), result: headerText(grid, m, C.result) },
  };
}

function yearOfAchieved(text: string): number | undefined {
  const k = text.normalize('NFKC');
  const m = /(令和|平成|[RH])?\s*(元|\d{1,2})\s*年度?/.exec(k);
  if (!m) return undefined;
  const n = m[2] === '元' ? 1 : Number(m[2]);
  const era = m[1] === 'R' || m[1] === '令和' ? 2019 : 1989;
  return era + n - 1;
}

export function readVerificationSheet(
  grid: Grid,
  m: SheetMapping,
  opts: { file: string; notes: Note[] },
): SheetReading {
  const { file, notes } = opts;
  const C = m.columns;
  const { spans: list, skipped } = spans(grid, m, file, notes);
  const initiatives: ReadInitiative[] = list.map((span) => {
    noValueNotes(grid, m, span.top, span.bottom, file, notes);
    const title = singleLine(columnText(grid, C.title, span.top, span.top))
      .replace(CIRCLED, '')
      .replace(CONTINUED, '');
    const rows: ReadVerification[] = [];
    const rowCol = C.item ?? C.content ?? C.outcome!;
    for (let r = span.top; r <= span.bottom; r++) {
      if (!rowHasOwnText(grid, r, m)) continue;
      // A cell merged over several rows is given to each row it spans (the reason: shared, below).
      const text = (col: number | undefined) => (col === undefined ? '' : cleanCellText(grid.block(r, col).text));
      const reasonBlock = C.reason !== undefined ? grid.block(r, C.reason) : undefined;
      const shared = reasonBlock !== undefined && reasonBlock.range.top < r && reasonBlock.range.top >= span.top;
      const reason = shared ? undefined : text(C.reason);
      rows.push({
        item: text(C.item),
        content: text(C.content),
        outcome: text(C.outcome),
        direction: text(C.direction).normalize('NFKC').trim(),
        ...(reason ? { reason } : {}),
        shared,
        ...(text(C.division) ? { division: text(C.division) } : {}),
        where: `${file}!${grid.where(r, rowCol)}`,
      });
    }
    return {
      number: span.number,
      where: `${file}!${grid.where(span.top, C.number ?? 1)}`,
      ...(span.section ? { section: span.section } : {}),
      title: title.trim(),
      items: [],
      verification: rows,
    };
  });
  return {
    mapping: m,
    rows: grid.sheet.maxRow - m.header.last,
    initiatives,
    phases: { shape: 0, typed: 0, fill: 0 },
    skipped,
    titleRows: titleRows(grid, m),
    headings: {},
  };
}

function rowHasOwnText(grid: Grid, r: number, m: SheetMapping): boolean {
  for (const f of ['item', 'content', 'outcome', 'direction'] as const) {
    const col = m.columns[f];
    if (col !== undefined && grid.startingAt(r, col)?.text.trim()) return true;
  }
  return false;
}

function titleRows(grid: Grid, m: SheetMapping): string[] {
  const out: string[] = [];
  for (let r = 1; r < m.header.first; r++) {
    for (let c = 1; c <= grid.sheet.maxCol; c++) {
      const b = grid.startingAt(r, c);
      if (b?.text.trim()) out.push(b.text.replace(/\r\n?/g, '\n').trim());
    }
  }
  return out;
}
