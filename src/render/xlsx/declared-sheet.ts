/**
 * A sheet for each table declared in report.yaml (tables), from the table model (model/tables.ts):
 * title and label, the edition and the unit note, the head (two rows when the 工程 has half-years or
 * quarters), heading rows for 章 / 中項目 / 区分, data rows, 小計 and 合計, then the rating counts and
 * the footnotes. Amounts and values are numeric cells with an Excel number format that prints them as
 * the HTML does (△66,669千円, 137.5%); totals are values, never formulas.
 */
import type { TableView } from '../../model/tables.js';
import { excelNumber } from '../../model/figures.js';
import { addCell, newSheet, type SheetModel } from './grid.js';
import { cleanText } from './text.js';
import { kindOf } from '../../model/column-kinds.js';

/** px per full-width character of the body font, with the cell padding. */
const PX_PER_EM = 13;
const DEFAULT_EM = 8;
const SLOT_EM = 4;

/** Width of a text in full-width characters (half-width ones count as a little over half). */
function ems(text: string): number {
  return [...text].reduce((n, ch) => n + (/[\u0000-\u00ff]/.test(ch) ? 0.6 : 1), 0);
}

export function buildDeclaredSheet(t: TableView, name: string): SheetModel {
  const widths: number[] = [];
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
  });
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
        if (cell.note) {
          const mark = `"${cell.note.mark}"`;
          n.numFmt = n.numFmt
            .split(';')
            .map((f) => `${f}${mark}`)
            .join(';');
        }
        const comment = cell.note ? { comment: cleanText(`${cell.note.mark} ${cell.note.text}`) } : {};
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
