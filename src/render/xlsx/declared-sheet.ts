/**
 * The one sheet engine: a sheet for each table of the report's table decision (report.yaml's tables, or the
 * seed's 別表1 and 別表2 as built-in declarations), from the table model (model/tables.ts): title and label, the
 * edition and the unit note, the legends (rating scales, the 区分 of 今後の取組方向), the head (two rows when
 * the 工程 has half-years or quarters or sits under a group's heading), heading rows for 章 / 中項目 / 区分
 * (each 章 from a new page with sectionPages), data rows as blocks (xlsx/blocks.ts: a 工程 lane a line, cells
 * spanning an initiative's rows merged, a block kept on one page or cut over pages), 小計 and 合計, then the
 * rating counts and the footnotes. Amounts and values are numeric cells with an Excel number format that prints them as
 * the HTML does (△66,669千円, 137.5%); totals are values, never formulas.
 */
import type { CardTableView, CellView, ColumnView, RowView, SlotCell, TableView } from '../../model/tables.js';
import { excelNumber } from '../../model/figures.js';
import { addCell, blockCapacityPt, cellWidthPx, newSheet, type GridCell, type SheetModel } from './grid.js';
import { cellText, cleanText, richTextLines } from './text.js';
import { kindOf } from '../../model/column-kinds.js';
import { placeBlock, type Block, type BlockCell, type Continuation } from './blocks.js';
import { STYLES, type CellStyleName } from './styles.js';

/** px per full-width character of the body font, with the cell padding. */
const PX_PER_EM = 13;
const DEFAULT_EM = 8;
const SLOT_EM = 4;
/**
 * The widest a sheet's columns are together, in px: the sample's sheets (fillWidth), printed one page
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

/** The sheet's column widths in px (a 工程's slots one each) and the text columns that may be narrowed. */
function columnWidths(t: TableView, rows: readonly RowView[]): { widths: number[]; narrowable: Set<number> } {
  const widths: number[] = [];
  const narrowable = new Set<number>();
  const em = (c: ColumnView) => c.spec.width ?? (c.slots ? c.slots.length * SLOT_EM : DEFAULT_EM);
  const totalEm = t.columns.reduce((n, c) => n + em(c), 0);
  // fillWidth: the page's width shared in the declared proportions (as the HTML does); else each as wide as its text.
  const px = (e: number) => Math.round(t.fillWidth ? (e / totalEm) * MAX_TABLE_PX : e * PX_PER_EM + 8);
  t.columns.forEach((c, ci) => {
    if (c.slots) {
      for (const _ of c.slots) widths.push(px(em(c) / c.slots.length));
      return;
    }
    // A number never wraps in a cell (Excel shows ### instead): its column is as wide as its widest figure.
    const widest = c.numeric ? Math.max(0, ...rows.map((r) => ems(r.cells[ci]?.text ?? '') + 1)) : 0;
    widths.push(Math.max(px(em(c)), Math.round(widest * PX_PER_EM + 8)));
    if (!c.numeric) narrowable.add(widths.length - 1);
  });
  return { widths, narrowable };
}

const ALIGN_STYLE = { num: 'amount', center: 'number', text: 'body' } as const;

/** The style of a column's cells in a row (小計・合計 bold and shaded; a data cell by its kind and alignment). */
function styleOf(c: ColumnView, r: Pick<RowView, 'kind'>, cell?: CellView): CellStyleName {
  const kind = kindOf(c.spec.kind);
  if (r.kind !== 'data') return c.numeric ? 'amountTotal' : 'section';
  return kind.workbookStyle ?? ALIGN_STYLE[c.numeric || cell?.align === 'right' ? 'num' : kind.align];
}

/**
 * A cell's value in the sheet: a figure as a number with its Excel format (a ※ on it in the format, its note as
 * the cell's comment); the kind's own value (a 番号 as a number); paragraphs line by line as printed in a cell
 * of this width; 担当課 a line per block; else the printed text.
 */
function sheetValue(
  cell: CellView,
  c: ColumnView,
  widthPx: number,
  style: CellStyleName,
): Pick<GridCell, 'value' | 'numFmt' | 'comment'> {
  if (typeof cell.value === 'number' && cell.format) {
    const n = excelNumber(cell.value, cell.format);
    if (!cell.figureNote) return n;
    const mark = `"${cell.figureNote.mark}"`;
    return {
      value: n.value,
      numFmt: n.numFmt
        .split(';')
        .map((f) => `${f}${mark}`)
        .join(';'),
      comment: cleanText(`${cell.figureNote.mark} ${cell.figureNote.text}`),
    };
  }
  const own = kindOf(c.spec.kind).workbook?.(cell);
  if (own) return own;
  if (cell.lines) {
    const box = { widthPx, fontSizePt: STYLES[style].font.size };
    return { value: cellText([...(cell.note ? [cell.note] : []), ...richTextLines(cell.lines, box)]) };
  }
  if (cell.blocks && !cell.blocksInline)
    return {
      value: cellText(cell.blocks.flatMap((b) => [...(b.heading ? [b.heading] : []), `${b.department}${b.division}`])),
    };
  return { value: cleanText(cell.text) };
}

/** How a cell goes on in the next piece of an initiative cut over pages (xlsx/blocks.ts). */
function continuationOf(c: ColumnView, cell: CellView): Continuation {
  const kind = kindOf(c.spec.kind);
  if (c.numeric || kind.workbook) return 'repeat';
  if (kind.rowHeader) return 'continued';
  return cell.lines || (cell.blocks && !cell.blocksInline) ? 'cut' : 'repeat';
}

/** The 工程 lanes of a row, one per line: each 取組項目's own (an empty one for a 取組項目 without). */
function laneLines(r: RowView): (SlotCell[] | undefined)[] {
  if (r.laneItems.length === 0) return r.lanes.length > 0 ? r.lanes : [undefined];
  const out: (SlotCell[] | undefined)[] = [];
  let k = 0;
  for (const it of r.laneItems) {
    if (it.lanes === 0) out.push(undefined);
    for (let l = 0; l < it.lanes; l++) out.push(r.lanes[k++]);
  }
  return out;
}

/**
 * The block of rows tied together by cells spanning them (span: initiative, a shared 区分の理由), or one row:
 * each row on as many lines as it has 工程 lanes, its cells over them, a 取組項目 over its lanes.
 */
function blockOf(
  t: TableView,
  rows: readonly RowView[],
  at: readonly number[],
  widths: readonly number[],
  only?: ReadonlySet<number>,
): Block {
  const hasLanes = t.columns.some((c) => c.slots || kindOf(c.spec.kind).layout === 'items');
  const perRow = rows.map((r) => (hasLanes ? laneLines(r) : [undefined]));
  const start: number[] = [];
  let lines = 0;
  for (const l of perRow) {
    start.push(lines);
    lines += l.length;
  }
  const cells: BlockCell[] = [];
  const emptySlots = (c: ColumnView, ci: number, line: number): BlockCell[] =>
    c.slots!.map((_, i) => ({
      line,
      lines: 1,
      col: at[ci] + i,
      colSpan: 1,
      style: 'phase',
      goes: 'repeat',
      lane: true,
    }));
  rows.forEach((r, ri) => {
    const top = start[ri];
    const own = perRow[ri].length;
    t.columns.forEach((c, ci) => {
      if (only && !only.has(ci)) return;
      if (c.slots) {
        perRow[ri].forEach((lane, l) => {
          if (lane)
            for (const s of lane)
              cells.push({
                line: top + l,
                lines: 1,
                col: at[ci] + s.start,
                colSpan: s.span,
                ...(s.text ? { value: cleanText(s.text) } : {}),
                style: 'phase',
                goes: 'repeat',
                lane: true,
              });
          else if (r.kind === 'data') cells.push(...emptySlots(c, ci, top + l));
          else
            cells.push({
              line: top + l,
              lines: 1,
              col: at[ci],
              colSpan: c.slots!.length,
              style: 'phase',
              goes: 'repeat',
              lane: true,
            });
        });
        return;
      }
      if (kindOf(c.spec.kind).layout === 'items') {
        let line = top;
        for (const it of r.laneItems) {
          const n = Math.max(1, it.lanes);
          cells.push({
            line,
            lines: n,
            col: at[ci],
            colSpan: 1,
            value: cleanText(it.label),
            style: 'body',
            goes: 'continued',
            lane: true,
          });
          line += n;
        }
        if (r.laneItems.length === 0)
          cells.push({
            line: top,
            lines: own,
            col: at[ci],
            colSpan: 1,
            value: '',
            style: styleOf(c, r),
            goes: 'repeat',
            lane: true,
          });
        return;
      }
      const cell = r.cells[ci];
      if (!cell || cell.covered) return;
      let n = 0;
      for (let k = ri; k < Math.min(rows.length, ri + (cell.rowspan ?? 1)); k++) n += perRow[k].length;
      const style = styleOf(c, r, cell);
      cells.push({
        line: top,
        lines: n,
        col: at[ci],
        colSpan: 1,
        ...sheetValue(cell, c, widths[at[ci] - 1], style),
        style,
        goes: continuationOf(c, cell),
      });
    });
  });
  const blank: BlockCell[] = [];
  t.columns.forEach((c, ci) => {
    if (only && !only.has(ci)) return;
    if (c.slots) blank.push(...emptySlots(c, ci, 0));
    else
      blank.push({
        line: 0,
        lines: 1,
        col: at[ci],
        colSpan: 1,
        value: '',
        style: styleOf(c, { kind: 'data' }),
        goes: 'repeat',
      });
  });
  return { lines, cells, blank };
}

export function buildDeclaredSheet(t: TableView, name: string): SheetModel {
  if (t.cards) return buildCardSheet(t, t.cards, name);
  const rows = t.blocks.flatMap((b) => ('row' in b ? [b.row] : []));
  const { widths, narrowable } = columnWidths(t, rows);
  fitWidth(widths, narrowable);
  // Where each declared column starts on the sheet (a 工程 takes a column per slot).
  const at: number[] = [];
  let next = 1;
  for (const c of t.columns) {
    at.push(next);
    next += c.slots?.length ?? 1;
  }
  const last = widths.length;
  const sheet = newSheet(name, widths);
  addCell(sheet, { row: 1, col: 1, colSpan: Math.max(1, last - 1), value: cleanText(t.title), style: 'title' });
  if (last > 1 && t.label) addCell(sheet, { row: 1, col: last, value: cleanText(t.label), style: 'label' });
  let row = 2;
  const line = (text: string) => {
    addCell(sheet, { row, col: 1, colSpan: last, value: cleanText(text), style: 'legend' });
    row++;
  };
  // The edition (unless the title says it: editionLine: false) and the unit note.
  const edition = [t.editionLine ? t.editionLabel : '', t.unitNote ?? ''].filter(Boolean).join('　');
  if (edition) line(edition);
  if (t.lead) line(t.lead);
  for (const l of t.legend ?? []) {
    const levels = l.levels.map(
      (v) => `${v.symbol ? `${v.symbol}（${v.text ?? v.label}）` : v.label}${v.description ? ` ${v.description}` : ''}`,
    );
    line(`${l.title}: ${levels.join('　')}`);
  }
  // The 区分 of 今後の取組方向 (A：改善・見直し, and what it means below), then a thin gap above the table.
  if (t.directions) {
    if (t.directions.intro) line(t.directions.intro);
    for (const d of t.directions.items) line(`${d.code}：${d.label}\n\u3000\u3000${d.description}`);
    sheet.fixedHeights.set(row, 6);
    addCell(sheet, { row, col: 1, colSpan: last, style: 'legend' });
    row++;
  }

  // Head: the columns' headings; `only` (a split table's grand total) heads those columns alone.
  const writeHead = (head: number, only?: ReadonlySet<number>) => {
    t.columns.forEach((c, ci) => {
      if (only && !only.has(ci)) return;
      const col = at[ci];
      if (c.grouped) {
        // A column group: its heading over the run (of the shown columns), the columns' own headings below.
        const prev = t.columns[ci - 1];
        if (!prev || prev.spec.group !== c.spec.group || (only !== undefined && !only.has(ci - 1))) {
          let end = ci;
          while (t.columns[end + 1]?.spec.group === c.spec.group && (!only || only.has(end + 1))) end++;
          const colSpan = at[end] + (t.columns[end].slots?.length ?? 1) - col;
          addCell(sheet, { row: head, col, colSpan, value: cleanText(c.spec.group ?? ''), style: 'header' });
        }
        // A 工程 under the group: its years (and parts) in the second row.
        if (c.slots)
          c.slots.forEach((s, i) => {
            addCell(sheet, { row: head + 1, col: col + i, value: `${s.yearLabel}${s.part ?? ''}`, style: 'header' });
          });
        else addCell(sheet, { row: head + 1, col, value: cleanText(c.heading), style: 'header' });
        return;
      }
      if (!c.slots) {
        // The column that says 合計 in the grand-total table is headed 区分 (its own heading would name nothing).
        const text = only && ci === only.values().next().value ? '区分' : c.heading;
        addCell(sheet, { row: head, col, rowSpan: t.headRows, value: cleanText(text), style: 'header' });
        return;
      }
      let x = col;
      for (const y of [...new Set(c.slots.map((s) => s.year))]) {
        const slots = c.slots.filter((s) => s.year === y);
        if (slots[0].part) {
          addCell(sheet, { row: head, col: x, colSpan: slots.length, value: slots[0].yearLabel, style: 'header' });
          slots.forEach((s, i) => {
            addCell(sheet, { row: head + 1, col: x + i, value: s.part, style: 'header' });
          });
        } else addCell(sheet, { row: head, col: x, rowSpan: t.headRows, value: slots[0].yearLabel, style: 'header' });
        x += slots.length;
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
  // The tallest a block may be to print on one page under the repeated head and a heading row.
  const capacity = blockCapacityPt(sheet);

  // A heading (or a head) prints on the page of the block after it.
  let keepFrom: number | undefined;
  let sections = 0;
  for (let bi = 0; bi < t.blocks.length; bi++) {
    const b = t.blocks[bi];
    if ('heading' in b) {
      const text = `${b.heading.text}${b.heading.counts ? `（${b.heading.counts}）` : ''}`;
      const style = b.heading.level === 2 ? 'subsection' : 'section';
      if (t.split && row > head) row++; // a blank row between two tables
      // sectionPages: each 章 from a new page.
      if (t.pages && b.heading.level === 1 && sections++ > 0) sheet.pageBreaksBefore.push(row);
      addCell(sheet, { row, col: 1, colSpan: last, value: cleanText(text), style });
      keepFrom ??= row;
      row++;
      if (t.split && b.heading.level === 1) row = writeHead(row);
      continue;
    }
    // A split table's grand total: a small table of its own, below a blank row, headed by its columns alone.
    const only = t.split && b.row.kind === 'total' ? new Set(t.split.totalColumns) : undefined;
    if (only) {
      row = writeHead(row + 1, only);
      keepFrom ??= row - t.headRows;
    }
    // The rows tied to this one by a cell spanning them.
    let end = bi;
    const group: RowView[] = [];
    for (let k = bi; k <= end && k < t.blocks.length; k++) {
      const x = t.blocks[k];
      if (!('row' in x)) break;
      group.push(x.row);
      for (const cell of x.row.cells) end = Math.max(end, k + (cell.rowspan ?? 1) - 1);
    }
    bi += group.length - 1;
    const bounds = placeBlock(sheet, blockOf(t, group, at, widths, only), row, capacity);
    for (let p = 0; p + 1 < bounds.length; p++)
      sheet.keepTogether.push([p === 0 ? (keepFrom ?? bounds[0]) : bounds[p], bounds[p + 1] - 1]);
    keepFrom = undefined;
    row = bounds[bounds.length - 1];
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
  for (const note of t.footnotes) line(note);
  return sheet;
}

/** One cell of a card's row or small table, as a table's cell (sheetValue) at the width it covers. */
function placeCell(
  sheet: SheetModel,
  at: { row: number; col: number; colSpan?: number },
  c: ColumnView,
  r: RowView,
  ci: number,
) {
  const cell = r.cells[ci];
  const style = styleOf(c, r, cell);
  const widthPx = cellWidthPx(sheet, { col: at.col, colSpan: at.colSpan ?? 1 });
  addCell(sheet, { ...at, ...sheetValue(cell, c, widthPx, style), style });
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
