/**
 * A block of rows of a sheet that prints on one page when it fits: an initiative with its 工程 lanes, its
 * verification rows and the cells spanning them. Its cells are placed on logical lines (a lane, a row of the
 * table), then each line gets its physical rows: one, unless a cell needs more than Excel's tallest row (a
 * spanning cell's lack goes to its last line). A block taller than a page is cut into pieces, each no taller
 * than a page and each with its own merged cells, so that no page break falls inside a merged range: whole
 * units (a 取組項目 with its lanes, rows sharing a 区分の理由) while they fit, paragraphs cut between lines
 * (a single line taller than a page too), a row header repeated with （続き）, a 番号 or a code repeated.
 */
import {
  cellNeededHeight,
  cellWidthPx,
  minimumRowHeight,
  rowsFor,
  splitTextToHeight,
  type GridCell,
  type SheetModel,
} from './grid.js';
import { STYLES, type CellStyleName } from './styles.js';

/** The mark of a block that continues an initiative from the page before. */
export const CONTINUED = '（続き）';

/** How a cell continues in a piece after the first: as is, marked （続き）, or cut between lines. */
export type Continuation = 'repeat' | 'continued' | 'cut';

export interface BlockCell {
  /** First logical line (0-based within the block) and the lines it covers. */
  line: number;
  lines: number;
  col: number;
  colSpan: number;
  value?: string | number;
  numFmt?: string;
  comment?: string;
  style: CellStyleName;
  goes: Continuation;
  /** A cell of the 工程 (a 取組項目 or a slot): it belongs to its lanes, never to the whole block. */
  lane?: boolean;
  /** Its text's height in pt, once measured. */
  need?: number;
}

export interface Block {
  lines: number;
  cells: BlockCell[];
  /** Empty cells of one line, for a piece that only continues the spanning texts (columns under them left out). */
  blank: BlockCell[];
}

interface Unit {
  lines: number;
  cells: BlockCell[];
  need: number;
}

/** Height in pt a cell's text needs, measured once per cell (a changed value drops it: see continued). */
const needOf = (sheet: SheetModel, cell: BlockCell): number => (cell.need ??= cellNeededHeight(sheet, cell));

/**
 * What each line needs: at least `floor`, each single-line cell's own need, then each spanning cell's lack added
 * to its last line, the shorter spans first (a 取組項目 over its lanes before the initiative's cells over all).
 */
function settle(cells: readonly BlockCell[], lines: number, floor: number, need: (c: BlockCell) => number): number[] {
  const out = new Array<number>(lines).fill(floor);
  for (const c of cells) if (c.lines === 1) out[c.line] = Math.max(out[c.line], need(c));
  const spanning = cells.filter((c) => c.lines > 1).sort((a, b) => a.lines - b.lines);
  for (const c of spanning) {
    let have = 0;
    for (let l = c.line; l < c.line + c.lines; l++) have += out[l];
    const n = need(c);
    if (n > have) out[c.line + c.lines - 1] += n - have;
  }
  return out;
}

/** The height in pt the lines need (each at least one line of text). */
function needPt(sheet: SheetModel, cells: readonly BlockCell[], lines: number): number {
  return settle(cells, lines, minimumRowHeight(), (c) => needOf(sheet, c)).reduce((a, b) => a + b, 0);
}

/**
 * Places the cells from row `top`, each line on one row unless a cell needs more than Excel's tallest row;
 * returns the next free row.
 */
function place(sheet: SheetModel, top: number, cells: readonly BlockCell[], lines: number): number {
  const rows = settle(cells, lines, 1, (c) => rowsFor(needOf(sheet, c)));
  const at = [top];
  for (const r of rows) at.push(at[at.length - 1] + r);
  for (const c of cells) {
    const cell: GridCell = {
      row: at[c.line],
      col: c.col,
      rowSpan: at[c.line + c.lines] - at[c.line],
      colSpan: c.colSpan,
      style: c.style,
    };
    if (c.value !== undefined) cell.value = c.value;
    if (c.numFmt !== undefined) cell.numFmt = c.numFmt;
    if (c.comment !== undefined) cell.comment = c.comment;
    sheet.cells.push(cell);
  }
  sheet.rowCount = Math.max(sheet.rowCount, at[lines] - 1);
  return at[lines];
}

/** The value of a cell in a piece of a cut block or line. */
function continued(cell: BlockCell, piece: number, head: string | undefined): BlockCell {
  if (cell.goes === 'cut') return { ...cell, value: head ?? '', need: undefined };
  if (cell.goes === 'continued' && piece > 0 && typeof cell.value === 'string' && cell.value !== '')
    return { ...cell, value: `${cell.value}${CONTINUED}`, need: undefined };
  return cell;
}

const box = (sheet: SheetModel, c: BlockCell) => ({
  widthPx: cellWidthPx(sheet, c),
  fontSizePt: STYLES[c.style].font.size,
});

/** One line's cells cut into lines of no more than `capacity` pt each. */
function cutLine(sheet: SheetModel, cells: readonly BlockCell[], capacity: number): BlockCell[][] {
  let rest = cells.map((c) => (c.goes === 'cut' ? String(c.value ?? '') : ''));
  const out: BlockCell[][] = [];
  for (let piece = 0; piece < 200; piece++) {
    const heads = cells.map((c, i) =>
      c.goes === 'cut' ? splitTextToHeight(rest[i], box(sheet, c), capacity) : ['', ''],
    );
    out.push(cells.map((c, i) => continued(c, piece, heads[i][0])));
    rest = heads.map((h) => h[1]);
    if (rest.every((r) => !r)) break;
  }
  return out;
}

/**
 * Places a block from row `top`, whole when it fits on a page (`capacity` pt), else cut into pieces. Returns the
 * first row of each piece and the next free row.
 */
export function placeBlock(sheet: SheetModel, block: Block, top: number, capacity: number): number[] {
  const total = needPt(sheet, block.cells, block.lines);
  if (total <= capacity || capacity <= 4 * minimumRowHeight())
    return [top, place(sheet, top, block.cells, block.lines)];

  // Cells over the whole block go into every piece; the others form units of lines tied by a cell over them.
  const isWhole = (c: BlockCell) => !c.lane && c.line === 0 && c.lines === block.lines;
  const whole = block.cells.filter(isWhole);
  const inner = block.cells.filter((c) => !isWhole(c));
  const tied = new Array<boolean>(block.lines).fill(false);
  for (const c of inner) for (let l = c.line; l < c.line + c.lines - 1; l++) tied[l] = true;
  const unitOf = new Array<number>(block.lines);
  const starts: number[] = [];
  for (let l = 0; l < block.lines; l++) {
    if (l === 0 || !tied[l - 1]) starts.push(l);
    unitOf[l] = starts.length - 1;
  }
  const grouped = starts.map((): BlockCell[] => []);
  for (const c of inner) grouped[unitOf[c.line]].push({ ...c, line: c.line - starts[unitOf[c.line]] });
  const queue: Unit[] = [];
  grouped.forEach((cells, u) => {
    const lines = (starts[u + 1] ?? block.lines) - starts[u];
    const need = needPt(sheet, cells, lines);
    if (lines > 1 || need <= capacity) queue.push({ lines, cells, need });
    else for (const piece of cutLine(sheet, cells, capacity)) queue.push({ lines: 1, cells: piece, need: 0 });
  });
  for (const u of queue) if (u.need === 0) u.need = needPt(sheet, u.cells, u.lines);

  const covered = (c: BlockCell) => whole.some((w) => c.col < w.col + w.colSpan && w.col < c.col + c.colSpan);
  const blank = block.blank.filter((c) => !covered(c));
  let rest = whole.map((c) => (c.goes === 'cut' ? String(c.value ?? '') : ''));
  const bounds = [top];
  let row = top;
  for (let piece = 0; (queue.length > 0 || rest.some(Boolean)) && piece <= 200; piece++) {
    const taken: Unit[] = [];
    let used = 0;
    while (queue.length > 0 && used + queue[0].need <= capacity) {
      used += queue[0].need;
      taken.push(queue.shift()!);
    }
    const heads = whole.map((c, i) =>
      c.goes === 'cut' ? splitTextToHeight(rest[i], box(sheet, c), capacity) : ['', ''],
    );
    if (taken.length === 0 && heads.every((h) => !h[0]) && queue.length > 0) taken.push(queue.shift()!);
    const cells: BlockCell[] = [];
    let lines = 0;
    for (const u of taken) {
      for (const c of u.cells) cells.push({ ...c, line: c.line + lines });
      lines += u.lines;
    }
    if (lines === 0) {
      cells.push(...blank);
      lines = 1;
    }
    whole.forEach((c, i) => {
      cells.push({ ...continued(c, piece, heads[i][0]), line: 0, lines });
    });
    rest = heads.map((h) => h[1]);
    row = place(sheet, row, cells, lines);
    bounds.push(row);
  }
  return bounds;
}
