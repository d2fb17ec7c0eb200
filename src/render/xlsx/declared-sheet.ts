/**
 * A sheet for each table declared in report.yaml (tables), from the table model (model/tables.ts):
 * title and label, the edition and the unit note, the head (two rows when the 工程 has half-years or
 * quarters), heading rows for 章 / 中項目 / 区分, data rows, 小計 and 合計, then the rating counts and
 * the footnotes. Amounts and values are numeric cells with an Excel number format that prints them as
 * the HTML does (△66,669千円, 137.5%); totals are values, never formulas.
 */
import type { CardTableView, ColumnView, RowView, TableView } from '../../model/tables.js';
import { excelNumber } from '../../model/figures.js';
import { addCell, newSheet, type SheetModel } from './grid.js';
import { cleanText } from './text.js';
import { kindOf } from '../../model/column-kinds.js';

/** px per full-width character of the body font, with the cell padding. */
const PX_PER_EM = 13;
const DEFAULT_EM = 8;
const SLOT_EM = 4;
/**
 * The widest a sheet's columns are together, in px: the sample's sheets (progress-sheet.ts), printed one page
 * wide at about 87%. A wider table would print its text smaller than theirs (kpi's 12 columns: 71%, text at
 * 0.81 of the sample's height), so its text columns are narrowed to fit (they wrap instead); numbers and
 * 工程 columns keep their width, and a text column keeps at least MIN_TEXT_EM and MIN_TEXT_SHARE of its width
 * (kpi: 83%).
 */
export const MAX_TABLE_PX = 1200;
const MIN_TEXT_EM = 5;
const MIN_TEXT_SHARE = 0.6;

/** Width of a text in full-width characters (half-width ones count as a little over half). */
function ems(text: string): number {
  return [...text].reduce((n, ch) => n + (/[\u0000-\u00ff]/.test(ch) ? 0.6 : 1), 0);
}

/**
 * Narrows the text columns (each in proportion to what it has above its floor: MIN_TEXT_EM, and
 * MIN_TEXT_SHARE of its own width) until the table fits MAX_TABLE_PX, or as near as the floors allow.
 */
function fitWidth(widths: number[], narrowable: ReadonlySet<number>): void {
  const floor = (i: number) => Math.max(Math.round(MIN_TEXT_EM * PX_PER_EM + 8), Math.ceil(widths[i] * MIN_TEXT_SHARE));
  const excess = widths.reduce((a, b) => a + b, 0) - MAX_TABLE_PX;
  const floors = new Map([...narrowable].map((i) => [i, floor(i)]));
  const room = [...floors].reduce((n, [i, f]) => n + Math.max(0, widths[i] - f), 0);
  if (excess <= 0 || room <= 0) return;
  const share = Math.min(1, excess / room);
  for (const [i, f] of floors) if (widths[i] > f) widths[i] = Math.floor(widths[i] - (widths[i] - f) * share);
}

export function buildDeclaredSheet(t: TableView, name: string): SheetModel {
  if (t.cards) return buildCardSheet(t, t.cards, name);
  const widths: number[] = [];
  const narrowable = new Set<number>();
  const rows = t.blocks.flatMap((b) => ('row' in b ? [b.row] : []));
  t.columns.forEach((c, ci) => {
    if (c.slots) {
      c.slots.forEach(() => {
        widths.push(Math.round(((c.spec.width ?? c.slots!.length * SLOT_EM) / c.slots!.length) * PX_PER_EM + 8));
      });
      return;
    }
    // A number never wraps in a cell (Excel shows ### instead): its column is as wide as its widest figure.
    const widest = c.numeric ? Math.max(0, ...rows.map((r) => ems(r.cells[ci]?.text ?? '') + 1)) : 0;
    widths.push(Math.round(Math.max(c.spec.width ?? DEFAULT_EM, widest) * PX_PER_EM + 8));
    if (!c.numeric) narrowable.add(widths.length - 1);
  });
  fitWidth(widths, narrowable);
  const last = widths.length;
  const sheet = newSheet(name, widths);
  addCell(sheet, { row: 1, col: 1, colSpan: Math.max(1, last - 1), value: cleanText(t.title), style: 'title' });
  if (last > 1 && t.label) addCell(sheet, { row: 1, col: last, value: cleanText(t.label), style: 'label' });
  let row = 2;
  addCell(sheet, {
    row,
    col: 1,
    colSpan: last,
    value: cleanText([t.editionLabel, t.unitNote].filter(Boolean).join('　')),
    style: 'legend',
  });
  row++;
  if (t.lead) {
    addCell(sheet, { row, col: 1, colSpan: last, value: cleanText(t.lead), style: 'legend' });
    row++;
  }
  for (const l of t.legend ?? []) {
    const levels = l.levels.map(
      (v) => `${v.symbol ? `${v.symbol}（${v.text ?? v.label}）` : v.label}${v.description ? ` ${v.description}` : ''}`,
    );
    const text = `${l.title}: ${levels.join('　')}`;
    addCell(sheet, { row, col: 1, colSpan: last, value: cleanText(text), style: 'legend' });
    row++;
  }

  // Head: the columns' headings; `only` (a split table's grand total) heads those columns alone.
  const writeHead = (head: number, only?: ReadonlySet<number>) => {
    let col = 1;
    t.columns.forEach((c, ci) => {
      const shown = !only || only.has(ci);
      if (c.grouped) {
        // A column group: its heading over the run (of the shown columns), the columns' own headings below.
        const prev = t.columns[ci - 1];
        const startsRun = !prev || prev.spec.group !== c.spec.group || (only !== undefined && !only.has(ci - 1));
        if (shown && startsRun) {
          let span = 1;
          while (t.columns[ci + span]?.spec.group === c.spec.group && (!only || only.has(ci + span))) span++;
          addCell(sheet, { row: head, col, colSpan: span, value: cleanText(c.spec.group ?? ''), style: 'header' });
        }
        if (shown) addCell(sheet, { row: head + 1, col, value: cleanText(c.heading), style: 'header' });
        col++;
        return;
      }
      if (!c.slots) {
        // The column that says 合計 in the grand-total table is headed 区分 (its own heading would name nothing).
        const text = only && ci === only.values().next().value ? '区分' : c.heading;
        if (shown) addCell(sheet, { row: head, col, rowSpan: t.headRows, value: cleanText(text), style: 'header' });
        col++;
        return;
      }
      const years = [...new Set(c.slots.map((s) => s.year))];
      for (const y of years) {
        const slots = c.slots.filter((s) => s.year === y);
        if (slots[0].part) {
          addCell(sheet, { row: head, col, colSpan: slots.length, value: slots[0].yearLabel, style: 'header' });
          slots.forEach((s, i) => {
            addCell(sheet, { row: head + 1, col: col + i, value: s.part, style: 'header' });
          });
        } else addCell(sheet, { row: head, col, rowSpan: t.headRows, value: slots[0].yearLabel, style: 'header' });
        col += slots.length;
      }
    });
    return head + t.headRows;
  };
  const head = row;
  // A split table (splitBy: group) repeats its head under each group's heading: none here.
  if (!t.split) {
    row = writeHead(head);
    sheet.printTitleRows = [head, head + t.headRows - 1];
    sheet.freezeRows = head + t.headRows - 1;
  }
  let col = 1;

  for (const b of t.blocks) {
    if ('heading' in b) {
      const text = `${b.heading.text}${b.heading.counts ? `（${b.heading.counts}）` : ''}`;
      const style = b.heading.level === 2 ? 'subsection' : 'section';
      if (t.split && row > head) row++; // a blank row between two tables
      addCell(sheet, { row, col: 1, colSpan: last, value: cleanText(text), style });
      // A heading is printed on the page of its first row (with its head rows, when the table is split).
      const at = row;
      row++;
      if (t.split && b.heading.level === 1) row = writeHead(row);
      sheet.keepTogether.push([at, row]);
      continue;
    }
    const r = b.row;
    // A split table's grand total: a small table of its own, below a blank row, headed by its columns alone.
    const only = t.split && r.kind === 'total' ? new Set(t.split.totalColumns) : undefined;
    if (only) {
      row = writeHead(row + 1, only);
      sheet.keepTogether.push([row - t.headRows, row]);
    }
    const lanes = Math.max(1, r.lanes.length);
    const top = row;
    col = 1;
    t.columns.forEach((c, ci) => {
      if (c.slots) {
        for (let lane = 0; lane < lanes; lane++) {
          const cells = r.lanes[lane] ?? [{ start: 0, span: c.slots!.length }];
          for (const s of cells)
            addCell(sheet, {
              row: top + lane,
              col: col + s.start,
              colSpan: s.span,
              value: s.text ?? '',
              style: 'phase',
            });
        }
        col += c.slots.length;
        return;
      }
      const kind = kindOf(c.spec.kind);
      if (kind.layout === 'items') {
        let at = top;
        for (const it of r.laneItems) {
          addCell(sheet, { row: at, col, rowSpan: Math.max(1, it.lanes), value: cleanText(it.label), style: 'body' });
          at += Math.max(1, it.lanes);
        }
        if (r.laneItems.length === 0)
          addCell(sheet, { row: top, col, rowSpan: lanes, value: '', style: r.kind !== 'data' ? 'section' : 'body' });
        col++;
        return;
      }
      const cell = r.cells[ci];
      if (only && !only.has(ci)) {
        col++;
        return;
      }
      const align = { num: 'amount', center: 'number', text: 'body' } as const;
      const style =
        r.kind !== 'data'
          ? c.numeric
            ? 'amountTotal'
            : 'section'
          : align[c.numeric || cell.align === 'right' ? 'num' : kind.align];
      const own = kind.workbook?.(cell);
      if (typeof cell.value === 'number' && cell.format) {
        const n = excelNumber(cell.value, cell.format);
        // A note on the figure: the number stays a number, its format shows ※N, the note is the cell's comment.
        if (cell.figureNote) {
          const mark = `"${cell.figureNote.mark}"`;
          n.numFmt = n.numFmt
            .split(';')
            .map((f) => `${f}${mark}`)
            .join(';');
        }
        const comment = cell.figureNote
          ? { comment: cleanText(`${cell.figureNote.mark} ${cell.figureNote.text}`) }
          : {};
        addCell(sheet, { row: top, col, rowSpan: lanes, ...n, ...comment, style });
      } else if (own) addCell(sheet, { row: top, col, rowSpan: lanes, ...own, style });
      else addCell(sheet, { row: top, col, rowSpan: lanes, value: cleanText(cell.text), style });
      col++;
    });
    if (lanes > 1) sheet.keepTogether.push([top, top + lanes - 1]);
    row += lanes;
  }
  if (t.summary) {
    addCell(sheet, {
      row,
      col: 1,
      colSpan: last,
      value: cleanText(`${t.summary.title}: ${t.summary.text}`),
      style: 'legend',
    });
    row++;
    // The counts again as numbers, one level a row (label, count), for those who compute with them.
    const labelSpan = Math.min(2, last - 1);
    for (const c of last > 1 ? t.summary.counts : []) {
      addCell(sheet, { row, col: 1, colSpan: labelSpan, value: cleanText(c.label), style: 'body' });
      addCell(sheet, { row, col: labelSpan + 1, value: c.count, numFmt: '#,##0"項目"', style: 'count' });
      row++;
    }
  }
  for (const note of t.footnotes) {
    addCell(sheet, { row, col: 1, colSpan: last, value: cleanText(note), style: 'legend' });
    row++;
  }
  return sheet;
}

const ALIGN_STYLE = { num: 'amount', center: 'number', text: 'body' } as const;

/** One cell of a row: numbers with their Excel format, a 番号 as a number, text as text. */
function placeCell(
  sheet: SheetModel,
  at: { row: number; col: number; colSpan?: number },
  c: ColumnView,
  r: RowView,
  ci: number,
) {
  const cell = r.cells[ci];
  const kind = kindOf(c.spec.kind);
  const style =
    r.kind !== 'data'
      ? c.numeric
        ? 'amountTotal'
        : 'section'
      : ALIGN_STYLE[c.numeric || cell.align === 'right' ? 'num' : kind.align];
  const own = kind.workbook?.(cell);
  if (typeof cell.value === 'number' && cell.format)
    addCell(sheet, { ...at, ...excelNumber(cell.value, cell.format), style });
  else if (own) addCell(sheet, { ...at, ...own, style });
  else addCell(sheet, { ...at, value: cleanText(cell.text), style });
}

/**
 * A table laid out as cards (個票), one block of rows per card on one sheet: the card's heading across the sheet,
 * its label/value rows (the label in the first column, the value over the rest), then each small table with its
 * title, head (a group's heading over its run) and rows, the 合計 last. The sheet's columns serve every small
 * table: column i is as wide as the widest i-th column of them, and a table's last column spans the rest. With
 * `newPage` each card starts a printed page (a 章 heading takes the break of the card after it); otherwise a card
 * is kept on one page when it fits.
 */
function buildCardSheet(t: TableView, cards: NonNullable<TableView['cards']>, name: string): SheetModel {
  const specs = (t.cards?.list[0]?.tables ?? []).map((x) => x.columns);
  const count = Math.max(2, ...specs.map((cols) => cols.length));
  const all = cards.list.flatMap((c) => c.tables);
  const widthEm = (i: number) =>
    Math.max(
      i === 0 ? LABEL_EM : 0,
      ...specs.map((cols, ti) => {
        const c = cols[i];
        if (!c) return 0;
        // A number never wraps (Excel shows ###): as wide as the widest figure of the column on any card.
        const widest = c.numeric
          ? Math.max(
              0,
              ...all
                .filter((_, k) => k % specs.length === ti)
                .flatMap((x) => x.rows.map((r) => ems(r.cells[i]?.text ?? '') + 1)),
            )
          : 0;
        return Math.max(c.spec.width ?? DEFAULT_EM, widest);
      }),
    );
  const widths = Array.from({ length: count }, (_, i) => Math.round(Math.max(widthEm(i), 4) * PX_PER_EM + 8));
  // As a table's: text columns (no card's table has a number there) narrowed to print at a comparable size.
  fitWidth(widths, new Set(widths.flatMap((_, i) => (specs.some((cols) => cols[i]?.numeric) ? [] : [i]))));
  const sheet = newSheet(name, widths);
  addCell(sheet, { row: 1, col: 1, colSpan: t.label ? count - 1 : count, value: cleanText(t.title), style: 'title' });
  if (t.label) addCell(sheet, { row: 1, col: count, value: cleanText(t.label), style: 'label' });
  let row = 2;
  addCell(sheet, {
    row,
    col: 1,
    colSpan: count,
    value: cleanText([t.editionLabel, t.unitNote].filter(Boolean).join('　')),
    style: 'legend',
  });
  row++;
  if (t.lead) addCell(sheet, { row: row++, col: 1, colSpan: count, value: cleanText(t.lead), style: 'legend' });
  sheet.printTitleRows = [1, 1];
  const byNumber = new Map(cards.list.map((c) => [c.number, c]));
  let first = true;
  let afterHeading = false;
  for (const b of t.blocks) {
    const breakHere = cards.newPage && !first && !afterHeading;
    if ('heading' in b) {
      if (breakHere) sheet.pageBreaksBefore.push(row);
      const text = `${b.heading.text}${b.heading.counts ? `（${b.heading.counts}）` : ''}`;
      addCell(sheet, { row: row++, col: 1, colSpan: count, value: cleanText(text), style: 'title' });
      afterHeading = true;
      first = false;
      continue;
    }
    const card = b.row.number !== undefined ? byNumber.get(b.row.number) : undefined;
    if (!card) continue;
    if (breakHere) sheet.pageBreaksBefore.push(row);
    const top = afterHeading ? row - 1 : row;
    afterHeading = false;
    first = false;
    addCell(sheet, { row: row++, col: 1, colSpan: count, value: cleanText(card.heading), style: 'section' });
    t.columns.forEach((c, ci) => {
      addCell(sheet, {
        row,
        col: 1,
        value: cleanText(c.spec.group ? `${c.spec.group} ${c.heading}` : c.heading),
        style: 'fieldLabel',
      });
      placeCell(sheet, { row, col: 2, colSpan: count - 1 }, c, card.row, ci);
      row++;
    });
    for (const x of card.tables) row = placeCardTable(sheet, x, row, count);
    // A card stays on one page when it fits; a small gap before the next.
    sheet.keepTogether.push([top, row - 1]);
    sheet.fixedHeights.set(row, 8);
    addCell(sheet, { row: row++, col: 1, colSpan: count, value: '', style: 'legend' });
  }
  for (const note of t.footnotes)
    addCell(sheet, { row: row++, col: 1, colSpan: count, value: cleanText(note), style: 'legend' });
  return sheet;
}

/** Width in full-width characters of a card's label column (取組の目的, 令和7年度の取組実績). */
const LABEL_EM = 10;

/** A small table of a card from `row`: title, head, rows (or the words for none). Returns the next free row. */
function placeCardTable(sheet: SheetModel, x: CardTableView, row: number, count: number): number {
  addCell(sheet, { row: row++, col: 1, colSpan: count, value: cleanText(x.title), style: 'caption' });
  if (x.rows.length === 0) {
    addCell(sheet, { row: row++, col: 1, colSpan: count, value: cleanText(x.empty), style: 'legend' });
    return row;
  }
  const last = x.columns.length;
  const span = (i: number) => (i === last - 1 ? count - last + 1 : 1);
  x.columns.forEach((c, i) => {
    const col = i + 1;
    if (c.grouped) {
      if (c.group) {
        const to = i + c.group.span - 1;
        const colSpan = c.group.span + (to === last - 1 ? count - last : 0);
        addCell(sheet, { row, col, colSpan, value: cleanText(c.group.text), style: 'header' });
      }
      addCell(sheet, { row: row + 1, col, colSpan: span(i), value: cleanText(c.heading), style: 'header' });
    } else
      addCell(sheet, { row, col, colSpan: span(i), rowSpan: x.headRows, value: cleanText(c.heading), style: 'header' });
  });
  row += x.headRows;
  for (const r of x.rows) {
    x.columns.forEach((c, i) => {
      placeCell(sheet, { row, col: i + 1, colSpan: span(i) }, c, r, i);
    });
    row++;
  }
  return row;
}
