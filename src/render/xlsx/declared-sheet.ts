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

  // Head.
  const head = row;
  let col = 1;
  for (const c of t.columns) {
    if (c.grouped) {
      // A column group: its heading over the run, the columns' own headings below.
      if (c.group)
        addCell(sheet, { row: head, col, colSpan: c.group.span, value: cleanText(c.group.text), style: 'header' });
      addCell(sheet, { row: head + 1, col, value: cleanText(c.heading), style: 'header' });
      col++;
      continue;
    }
    if (!c.slots) {
      addCell(sheet, { row: head, col, rowSpan: t.headRows, value: cleanText(c.heading), style: 'header' });
      col++;
      continue;
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
  }
  sheet.printTitleRows = [head, head + t.headRows - 1];
  sheet.freezeRows = head + t.headRows - 1;
  row = head + t.headRows;

  for (const b of t.blocks) {
    if ('heading' in b) {
      const text = `${b.heading.text}${b.heading.counts ? `（${b.heading.counts}）` : ''}`;
      const style = b.heading.level === 2 ? 'subsection' : 'section';
      addCell(sheet, { row, col: 1, colSpan: last, value: cleanText(text), style });
      row++;
      continue;
    }
    const r = b.row;
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
      const align = { num: 'amount', center: 'number', text: 'body' } as const;
      const style =
        r.kind !== 'data'
          ? c.numeric
            ? 'amountTotal'
            : 'section'
          : align[c.numeric || cell.align === 'right' ? 'num' : kind.align];
      const own = kind.workbook?.(cell);
      if (typeof cell.value === 'number' && cell.format) {
        addCell(sheet, { row: top, col, rowSpan: lanes, ...excelNumber(cell.value, cell.format), style });
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
