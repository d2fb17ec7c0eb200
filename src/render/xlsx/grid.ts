/**
 * A sheet as a grid of (possibly merged) cells, independent of exceljs: the table builders place
 * cells here, then the row heights are computed from the text, then xlsx.ts writes it out.
 * Rows and columns are 1-based, like Excel's.
 */
import { METRICS, roundHeight, textHeightPt, type TextBox } from './measure.js';
import type { CellStyleName } from './styles.js';
import { STYLES } from './styles.js';

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Text (with \n line breaks) or a number; undefined for an empty, styled cell. */
  value?: string | number;
  /** Excel number format of a numeric cell (declared tables: △66,669千円). */
  numFmt?: string;
  /** A comment on the cell (the note on one figure, figureNotes). */
  comment?: string;
  style: CellStyleName;
}

export interface SheetModel {
  name: string;
  /** Column widths in px, one per column. */
  columnsPx: number[];
  cells: GridCell[];
  rowCount: number;
  /** Rows with a fixed height (spacers), in pt. */
  fixedHeights: Map<number, number>;
  /** The header rows repeated on every printed page, inclusive. */
  printTitleRows: [number, number];
  /** Rows that start a new printed page. */
  pageBreaksBefore: number[];
  /**
   * Row ranges (inclusive) printed on one page when they fit on one: an initiative, a section row with the first
   * initiative.
   */
  keepTogether: [number, number][];
  /** Rows frozen at the top of the window (0: none). */
  freezeRows: number;
  /** Computed by computeRowHeights: height in pt of row r at index r - 1. */
  rowHeights: number[];
}

export function newSheet(name: string, columnsPx: number[]): SheetModel {
  return {
    name,
    columnsPx,
    cells: [],
    rowCount: 0,
    fixedHeights: new Map(),
    printTitleRows: [1, 1],
    pageBreaksBefore: [],
    keepTogether: [],
    freezeRows: 0,
    rowHeights: [],
  };
}

export function addCell(
  sheet: SheetModel,
  cell: Omit<GridCell, 'rowSpan' | 'colSpan'> & Partial<Pick<GridCell, 'rowSpan' | 'colSpan'>>,
): void {
  const full: GridCell = { rowSpan: 1, colSpan: 1, ...cell };
  if (full.rowSpan < 1 || full.colSpan < 1) throw new RangeError(`bad span at R${full.row}C${full.col}`);
  sheet.cells.push(full);
  sheet.rowCount = Math.max(sheet.rowCount, full.row + full.rowSpan - 1);
}

/** Width in px of the columns a cell covers. */
export function cellWidthPx(sheet: SheetModel, cell: Pick<GridCell, 'col' | 'colSpan'>): number {
  let px = 0;
  for (let c = cell.col; c < cell.col + cell.colSpan; c++) px += sheet.columnsPx[c - 1];
  return px;
}

/** The height in pt the cell's text needs (0 for an empty cell). */
export function cellNeededHeight(
  sheet: SheetModel,
  cell: Pick<GridCell, 'value' | 'style' | 'col' | 'colSpan'>,
): number {
  if (cell.value === undefined || cell.value === '') return 0;
  const style = STYLES[cell.style];
  return textHeightPt(String(cell.value), {
    widthPx: cellWidthPx(sheet, cell),
    fontSizePt: style.font.size,
    indent: style.indent,
  });
}

/** Height of a row that holds one line of the body font: rows never get lower than that. */
export function minimumRowHeight(): number {
  return STYLES.body.font.size * METRICS.lineHeightEm + METRICS.cellPaddingPt;
}

/**
 * Row heights from the text: each row is as high as its tallest single-row cell; then every merged
 * cell, the smaller spans first, adds what it lacks to its rows, raising the lowest rows first
 * (water-filling), so that the rows of a block stay even and none grows more than it must.
 */
export function computeRowHeights(sheet: SheetModel): number[] {
  const heights = new Array<number>(sheet.rowCount).fill(minimumRowHeight());
  for (const [row, h] of sheet.fixedHeights) heights[row - 1] = h;
  const single = sheet.cells.filter((c) => c.rowSpan === 1);
  for (const cell of single) {
    if (sheet.fixedHeights.has(cell.row)) continue;
    heights[cell.row - 1] = Math.max(heights[cell.row - 1], cellNeededHeight(sheet, cell));
  }
  const merged = sheet.cells
    .filter((c) => c.rowSpan > 1)
    .sort((a, b) => a.rowSpan - b.rowSpan || a.row - b.row || a.col - b.col);
  for (const cell of merged) {
    const need = cellNeededHeight(sheet, cell);
    const rows = Array.from({ length: cell.rowSpan }, (_, i) => cell.row - 1 + i).filter(
      (r) => !sheet.fixedHeights.has(r + 1),
    );
    if (rows.length === 0) continue;
    const have = Array.from({ length: cell.rowSpan }, (_, i) => heights[cell.row - 1 + i]).reduce((a, b) => a + b, 0);
    if (need > have) waterFill(heights, rows, need - have);
  }
  const rounded = heights.map((h, i) =>
    sheet.fixedHeights.has(i + 1) ? h : roundHeight(Math.min(h, METRICS.maxRowHeightPt)),
  );
  sheet.rowHeights = rounded;
  return rounded;
}

/** Adds `extra` pt to the given rows, raising the lowest first to a common level. */
export function waterFill(heights: number[], rows: number[], extra: number): void {
  const sorted = [...rows].sort((a, b) => heights[a] - heights[b]);
  let remaining = extra;
  // Find the level L such that sum(max(0, L - h)) over the rows = extra.
  for (let k = 1; k <= sorted.length; k++) {
    const level = heights[sorted[k - 1]];
    const next = k < sorted.length ? heights[sorted[k]] : Infinity;
    // Raising the k lowest rows from `level` to `next` costs k * (next - level).
    const cost = k * (next - level);
    if (cost >= remaining) {
      const target = level + remaining / k;
      for (let i = 0; i < k; i++) heights[sorted[i]] = target;
      return;
    }
    remaining -= cost;
    for (let i = 0; i < k; i++) heights[sorted[i]] = next;
  }
}

/** Rows (of at most maxRowHeightPt, with a little margin) a block needs to show `heightPt`. */
export function rowsFor(heightPt: number): number {
  return Math.max(1, Math.ceil(heightPt / (METRICS.maxRowHeightPt - 9)));
}

/** The printable area of a page in pt (paper minus margins). */
export interface PageArea {
  widthPt: number;
  heightPt: number;
}

/** Share of the page height we plan to fill, leaving room for the applications' own rounding. */
const PAGE_FILL = 0.96;

/** Page margins in inches (Excel's unit). */
export const PAGE_MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 } as const;
/** A4 landscape less the margins, in pt. */
export const PRINTABLE: PageArea = {
  widthPt: 841.89 - (PAGE_MARGINS.left + PAGE_MARGINS.right) * 72,
  heightPt: 595.28 - (PAGE_MARGINS.top + PAGE_MARGINS.bottom) * 72,
};

/** The height in pt of one page's rows at the scale the sheet prints (one page wide). */
export function pageRowsHeightPt(sheet: SheetModel, page: PageArea = PRINTABLE): number {
  const tableWidthPt = sheet.columnsPx.reduce((a, b) => a + b, 0) * METRICS.ptPerPx;
  const scale = Math.min(100, Math.floor((100 * page.widthPt) / tableWidthPt)) / 100;
  return (page.heightPt / scale) * PAGE_FILL;
}

/**
 * The tallest a block of rows (a piece of an initiative) may be so that it prints on one page under
 * the repeated header rows and a section row. Needs the header cells placed.
 */
export function blockCapacityPt(sheet: SheetModel): number {
  const heights = computeRowHeights(sheet);
  const [from, to] = sheet.printTitleRows;
  const titles = heights.slice(from - 1, to).reduce((a, b) => a + b, 0);
  return pageRowsHeightPt(sheet) - titles - 2 * minimumRowHeight();
}

/**
 * Cuts a wrapped cell's text so that the first part fits in `maxPt`: whole paragraphs, or the first
 * paragraph cut between characters when it alone does not fit. Returns [first part, rest].
 */
export function splitTextToHeight(text: string, box: TextBox, maxPt: number): [string, string] {
  if (textHeightPt(text, box) <= maxPt) return [text, ''];
  const paragraphs = text.split('\n');
  const head: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const next = [...head, paragraphs[i]].join('\n');
    if (textHeightPt(next, box) <= maxPt) {
      head.push(paragraphs[i]);
      continue;
    }
    // Whole paragraphs when one fits at least; otherwise cut this one at the longest prefix that fits.
    if (head.length > 0) return [head.join('\n'), paragraphs.slice(i).join('\n')];
    const chars = [...paragraphs[i]];
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (textHeightPt([...head, chars.slice(0, mid).join('')].join('\n'), box) <= maxPt) lo = mid;
      else hi = mid - 1;
    }
    if (lo > 0) head.push(chars.slice(0, lo).join(''));
    const rest = [chars.slice(lo).join(''), ...paragraphs.slice(i + 1)].join('\n');
    if (head.length === 0) return [paragraphs[0], paragraphs.slice(1).join('\n')];
    return [head.join('\n'), rest];
  }
  return [text, ''];
}

/**
 * Adds page breaks so that no keep-together range is split over two pages when it fits on one
 * (a split merged cell prints its text sliced at the page edge). Needs the row heights. The sheet
 * is printed one page wide: the scale is what Excel's fit-to-width chooses (whole per cent).
 */
export function paginate(sheet: SheetModel, page: PageArea): void {
  const heights = sheet.rowHeights;
  const tableWidthPt = sheet.columnsPx.reduce((a, b) => a + b, 0) * METRICS.ptPerPx;
  const scale = Math.min(100, Math.floor((100 * page.widthPt) / tableWidthPt)) / 100;
  const pageHeight = (page.heightPt / scale) * PAGE_FILL;
  const sum = (from: number, to: number) => heights.slice(from - 1, to).reduce((a, b) => a + b, 0);
  const [titleFrom, titleTo] = sheet.printTitleRows;
  const titles = sum(titleFrom, titleTo);
  const forced = new Set(sheet.pageBreaksBefore);
  const keep = new Map(sheet.keepTogether.map(([a, b]) => [a, b]));

  let y = sum(1, titleTo);
  let row = titleTo + 1;
  while (row <= sheet.rowCount) {
    if (forced.has(row)) y = titles;
    const end = keep.get(row) ?? row;
    const h = sum(row, end);
    if (y + h <= pageHeight) {
      y += h;
      row = end + 1;
      continue;
    }
    if (y > titles && titles + h <= pageHeight) {
      // Does not fit on what is left of this page but does on a fresh one.
      forced.add(row);
      y = titles + h;
      row = end + 1;
      continue;
    }
    // Taller than a page (or alone on its page): let it flow over the pages, row by row.
    for (let r = row; r <= end; r++) {
      if (y + heights[r - 1] > pageHeight && y > titles) y = titles;
      y += heights[r - 1];
    }
    row = end + 1;
  }
  sheet.pageBreaksBefore = [...forced].sort((a, b) => a - b);
}
