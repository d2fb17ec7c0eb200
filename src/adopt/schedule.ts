/**
 * The 工程 of an item, drawn in any of three ways (often mixed in one sheet):
 * - shapes: connectors anchored across the year columns (the years are the anchor columns, never
 *   computed from widths in pixels, which depend on the font; arrows from the line's head and tail
 *   ends, not from flipH), the label from the nearest text box above, 達成済 boxes as achievedIn;
 * - typed arrows: 「←　実施　→」 in cells merged across the years, 「検討 → 順次実施」 in one year;
 * - filled cells: a run of filled year cells, labelled by the text in it (or the mapping's fillLabel).
 * Pure: the grid and the mapping in, phases and notes out.
 */
import type { Block, Grid } from './grid.js';
import { yearInText } from './headings.js';
import type { Note, PhaseDecision, SheetMapping } from './mapping.js';
import type { Shape } from './workbook.js';

export interface ReadPhase {
  label: string;
  then?: string;
  from: number;
  to: number;
  /** With half-year columns (上期・下期): the halves the phase starts and ends in. */
  fromPart?: 1 | 2;
  toPart?: 1 | 2;
  arrow: boolean;
  /** The arrow follows from the bar's length (a filled run with no arrow typed in it). */
  barArrow?: boolean;
  source: 'shape' | 'typed' | 'fill';
  /** Sheet row of the phase (1-based) and a vertical position to order lanes by. */
  row: number;
  y: number;
}

/** Approximate height of a row in EMU (15 pt), used only to rank distances, never to place years. */
const ROW_EMU = 190500;
/** EMU per pixel, and the pixel width of a column of `w` characters (Excel's rule at the default font). */
const EMU_PER_PX = 9525;
const columnPx = (w: number) => Math.trunc(w * 7 + 5);
/** An end closer than this share of its column to the column's edge may belong to either column. */
const EDGE_SHARE = 0.15;

export interface Connector {
  shape: Shape;
  key: string;
  startCol: number;
  endCol: number;
  row: number;
  y: number;
  label?: string;
}

export interface SheetShapes {
  connectors: Connector[];
  /** 達成済 boxes: the sheet row and the year. */
  achieved: { row: number; year: number; key: string }[];
}

const ARROW_LEFT = /^[←⇐◀◁<＜]+[\s\u3000]*/u;
const ARROW_RIGHT = /[\s\u3000]*[→⇒▶▷>＞]+$/u;
const ARROW_MID = /[\s\u3000]*[→⇒▶▷][\s\u3000]*/u;

/** 「←　実施　→」, 「検討 → 順次実施」, 「検討\n→\n順次実施」: the label, the next phase and the arrows. */
export function parseTypedPhase(text: string): { label: string; then?: string; arrow: boolean } | undefined {
  let s = text.replace(/[\s\u3000]+/gu, ' ').trim();
  if (!s) return undefined;
  let arrow = false;
  if (ARROW_LEFT.test(s)) {
    s = s.replace(ARROW_LEFT, '');
    arrow = true;
  }
  // A trailing arrow after a label with a change inside (検討 → 実施 →) or alone (実施 →).
  if (ARROW_RIGHT.test(s)) {
    s = s.replace(ARROW_RIGHT, '');
    arrow = true;
  }
  s = s.trim();
  if (!s) return undefined;
  const parts = s.split(ARROW_MID).filter((p) => p !== '');
  if (parts.length >= 2) {
    // 「検討 →」「順次実施」 with no ← before: a change within the year, not a bar.
    const leftOnly = !text.trim().match(ARROW_LEFT);
    return { label: parts[0], then: parts.slice(1).join(' → '), arrow: arrow && !leftOnly };
  }
  return { label: s, arrow };
}

/** The year of a column, or of the nearest year column before it (columns of a mapping may have gaps). */
function yearAt(mapping: SheetMapping, col: number): number {
  let year = mapping.years[0].year;
  for (const y of mapping.years) if (y.col <= col) year = y.year;
  return year;
}

/** The half of a column (1 上期, 2 下期), when the 工程 has half-year columns. */
function partAt(mapping: SheetMapping, col: number): 1 | 2 | undefined {
  let part: 1 | 2 | undefined;
  for (const y of mapping.years) if (y.col <= col) part = y.part;
  return part;
}

/** fromPart and toPart of a phase over the columns first..last, when the columns are half-years. */
function partsOf(mapping: SheetMapping, first: number, last: number): Pick<ReadPhase, 'fromPart' | 'toPart'> {
  const a = partAt(mapping, first);
  const b = partAt(mapping, last);
  return a && b ? { fromPart: a, toPart: b } : {};
}

/** A phase's place on a scale of half-years (a phase without parts covers its whole years). */
export function phaseSpan(p: Pick<ReadPhase, 'from' | 'to' | 'fromPart' | 'toPart'>): [number, number] {
  return [p.from * 2 + (p.fromPart ?? 1) - 1, p.to * 2 + (p.toPart ?? 2) - 1];
}

export function shapeKey(sheet: string, shape: Shape): string {
  return `${sheet}!${shape.name || `#${shape.id}`}`;
}

function shapeWhere(file: string, grid: Grid, shape: Shape): string {
  return `${file}!${grid.name}!${shape.name || `#${shape.id}`}`;
}

/** The connectors of a sheet placed on its year columns, their labels, and the 達成済 boxes. */
export function placeShapes(
  grid: Grid,
  mapping: SheetMapping,
  decisions: Record<string, PhaseDecision>,
  file: string,
  notes: Note[],
): SheetShapes {
  const sheet = grid.sheet;
  const yearCols = mapping.years.map((y) => y.col);
  const first = yearCols[0];
  const last = yearCols[yearCols.length - 1];
  const widthEmu = (col: number) => columnPx(sheet.widths.get(col) ?? sheet.defaultWidth) * EMU_PER_PX;
  const connectors: Connector[] = [];
  const boxes: Shape[] = [];
  const achieved: SheetShapes['achieved'] = [];
  for (const u of sheet.unplaced)
    notes.push({
      where: `${file}!${sheet.name}!${u.name}`,
      key: 'adopt-note-shape-unplaced',
      params: { reason: u.reason },
    });
  for (const shape of sheet.shapes) {
    const key = shapeKey(sheet.name, shape);
    const decision = decisions[key];
    if (decision?.ignore) continue;
    if (shape.kind === 'box') {
      if (/達成済/.test(shape.text)) {
        const col = Math.round((shape.from.col + shape.to.col) / 2) + 1;
        const year = yearInText(shape.text) ?? mapping.years.find((y) => y.col === col)?.year;
        if (year !== undefined) achieved.push({ row: shape.from.row + 1, year, key });
      } else if (shape.text) boxes.push(shape);
      continue;
    }
    if (first === undefined) continue;
    let startCol = shape.from.col + 1;
    let endCol = shape.to.colOff > 0 ? shape.to.col + 1 : shape.to.col;
    const startNearEdge = shape.from.colOff > widthEmu(startCol) * (1 - EDGE_SHARE);
    const endNearEdge = shape.to.colOff > 0 && shape.to.colOff < widthEmu(endCol) * EDGE_SHARE;
    const where = shapeWhere(file, grid, shape);
    if (decision?.from === undefined && decision?.to === undefined && (startNearEdge || endNearEdge))
      notes.push({ where, key: 'adopt-note-shape-between', params: { cell: grid.where(shape.from.row + 1, endCol) } });
    if (startCol > last || endCol < first) {
      notes.push({ where, key: 'adopt-note-shape-outside' });
      continue;
    }
    startCol = Math.max(startCol, first);
    endCol = Math.min(Math.max(endCol, startCol), last);
    const row = shape.from.row + 1;
    const y = Math.min(shape.from.row * ROW_EMU + shape.from.rowOff, shape.to.row * ROW_EMU + shape.to.rowOff);
    connectors.push({ shape, key, startCol, endCol, row, y, ...(shape.text ? { label: shape.text } : {}) });
  }
  // Each text box labels the nearest connector below it (or under it) that spans its middle.
  const labelled = new Map<Connector, { box: Shape; d: number }[]>();
  for (const box of boxes) {
    const mid = (box.from.col + box.to.col) / 2 + 1;
    const top = box.from.row * ROW_EMU + box.from.rowOff;
    const bottom = box.to.row * ROW_EMU + box.to.rowOff;
    const ranked = connectors
      .filter((c) => c.startCol - 0.5 <= mid && mid <= c.endCol + 0.5 && c.y >= top - ROW_EMU / 4)
      .map((c) => ({ c, d: Math.abs(c.y - bottom) }))
      .sort((a, b) => a.d - b.d);
    if (ranked.length === 0) {
      notes.push({ where: shapeWhere(file, grid, box), key: 'adopt-note-label-unused', params: { text: box.text } });
      continue;
    }
    if (ranked.length > 1 && ranked[1].d - ranked[0].d < ROW_EMU / 4 && !decisions[ranked[0].c.key]?.label)
      notes.push({
        where: shapeWhere(file, grid, box),
        key: 'adopt-note-label-ambiguous',
        params: { text: box.text, a: ranked[0].c.shape.name, b: ranked[1].c.shape.name },
      });
    const list = labelled.get(ranked[0].c) ?? [];
    list.push({ box, d: ranked[0].d });
    labelled.set(ranked[0].c, list);
  }
  for (const c of connectors) {
    const list = (labelled.get(c) ?? []).sort((a, b) => a.d - b.d);
    if (list.length > 0 && c.label === undefined) c.label = list[0].box.text;
    for (const extra of list.slice(1))
      notes.push({
        where: shapeWhere(file, grid, extra.box),
        key: 'adopt-note-label-unused',
        params: { text: extra.box.text },
      });
  }
  return { connectors, achieved };
}

/**
 * The phases of the rows top..bottom (an item): connectors whose line lies in those rows, typed
 * texts and filled runs in the year columns. Cells under a connector that holds no text box give it
 * its label instead of a phase of their own.
 */
export function readPhases(
  grid: Grid,
  mapping: SheetMapping,
  shapes: SheetShapes,
  rows: { top: number; bottom: number },
  opts: { decisions: Record<string, PhaseDecision>; fillLabel?: string; file: string; notes: Note[] },
): ReadPhase[] {
  const yearOf = new Map(mapping.years.map((y) => [y.col, y.year]));
  const out: ReadPhase[] = [];
  const used = new Set<string>();
  const where = (r: number, c: number) => `${opts.file}!${grid.where(r, c)}`;
  for (const c of shapes.connectors) {
    if (c.row < rows.top || c.row > rows.bottom) continue;
    const decision = opts.decisions[c.key] ?? {};
    let label = decision.label ?? c.label;
    if (label === undefined) {
      // The label typed in the cells the line crosses.
      for (let col = c.startCol; col <= c.endCol && label === undefined; col++) {
        const b = grid.block(c.row, col);
        if (b.text.trim()) {
          label = parseTypedPhase(b.text)?.label;
          used.add(`${b.range.top},${b.range.left}`);
        }
      }
    }
    if (label === undefined) {
      opts.notes.push({
        where: `${opts.file}!${grid.name}!${c.shape.name || `#${c.shape.id}`}`,
        key: 'adopt-note-label-missing',
      });
      label = '（不明）';
    }
    const typed = parseTypedPhase(label) ?? { label, arrow: false };
    const from = decision.from ?? yearAt(mapping, c.startCol);
    const to = decision.to ?? yearAt(mapping, c.endCol);
    out.push({
      label: typed.label,
      ...(typed.then ? { then: typed.then } : {}),
      from,
      to,
      ...(decision.from === undefined && decision.to === undefined ? partsOf(mapping, c.startCol, c.endCol) : {}),
      arrow: c.shape.heads > 0,
      source: 'shape',
      row: c.row,
      y: c.y,
    });
  }
  const lastCol = mapping.years[mapping.years.length - 1]?.col ?? 0;
  for (let r = rows.top; r <= rows.bottom; r++) {
    // The blocks that start in this row, in year order; a run of adjacent filled blocks is one phase.
    const runs: { first: number; blocks: Block[]; filled: boolean }[] = [];
    for (const { col } of mapping.years) {
      const b = grid.startingAt(r, col);
      if (!b) continue;
      const k = `${b.range.top},${b.range.left}`;
      const year = yearOf.get(col)!;
      const part = partAt(mapping, col);
      const at = phaseSpan({ from: year, to: year, fromPart: part ?? 1, toPart: part ?? 2 });
      const covered = out.some((p) => {
        const [s, e] = phaseSpan(p);
        return p.source === 'shape' && p.row === r && s <= at[1] && at[0] <= e;
      });
      if (used.has(k) || covered) continue;
      const filled = Boolean(b.cell?.fill);
      const last = runs[runs.length - 1];
      const prevRight = last?.blocks[last.blocks.length - 1].range.right;
      // A text in a filled cell starts a new phase when the run already has one (検討 | 実施 → → →).
      const lastHasText = last?.blocks.some((x) => x.text.trim()) ?? false;
      if (filled && last?.filled && prevRight === col - 1 && !(b.text.trim() && lastHasText)) last.blocks.push(b);
      else if (filled || b.text.trim()) runs.push({ first: col, blocks: [b], filled });
    }
    for (const run of runs) {
      const decision = opts.decisions[grid.where(r, run.first)];
      if (decision?.ignore) continue;
      const right = Math.min(run.blocks[run.blocks.length - 1].range.right, lastCol);
      const text = run.blocks
        .map((b) => b.text.trim())
        .filter((x) => x)
        .join(' ');
      let typed = parseTypedPhase(text);
      if (!typed) {
        if (!run.filled) continue;
        const label = opts.fillLabel ?? '実施';
        if (!opts.fillLabel && !decision?.label)
          opts.notes.push({ where: where(r, run.first), key: 'adopt-note-fill-label', params: { label } });
        typed = { label, arrow: false };
      }
      const from = decision?.from ?? yearAt(mapping, run.first);
      const to = decision?.to ?? yearOf.get(right) ?? from;
      const parts =
        decision?.from === undefined && decision?.to === undefined ? partsOf(mapping, run.first, right) : {};
      // A filled bar without arrows typed in it is a bar over its years (or halves), as reform draws one.
      const [s, e] = phaseSpan({ from, to, ...parts });
      const bar = run.filled && !/[←→⇐⇒]/u.test(text);
      const arrow = bar ? (parts.fromPart ? e > s : to > from) : typed.arrow;
      out.push({
        label: decision?.label ?? typed.label,
        ...(typed.then ? { then: typed.then } : {}),
        from,
        to,
        ...parts,
        ...(bar ? { barArrow: true } : {}),
        arrow,
        source: run.filled ? 'fill' : 'typed',
        row: r,
        y: (r - 1) * ROW_EMU + ROW_EMU / 2,
      });
    }
  }
  return out;
}

/** Phases into lanes: one lane per row that has phases, and a new lane where phases of a row overlap. */
export function intoLanes(phases: ReadPhase[]): ReadPhase[][] {
  const rows = [...new Set(phases.map((p) => p.row))].sort((a, b) => a - b);
  const lanes: ReadPhase[][] = [];
  for (const row of rows) {
    const mine = phases.filter((p) => p.row === row).sort((a, b) => a.y - b.y || phaseSpan(a)[0] - phaseSpan(b)[0]);
    const rowLanes: ReadPhase[][] = [];
    for (const p of mine) {
      const lane = rowLanes.find((l) =>
        l.every((q) => phaseSpan(q)[1] < phaseSpan(p)[0] || phaseSpan(p)[1] < phaseSpan(q)[0]),
      );
      if (lane) lane.push(p);
      else rowLanes.push([p]);
    }
    for (const l of rowLanes) lanes.push(l.sort((a, b) => phaseSpan(a)[0] - phaseSpan(b)[0]));
  }
  return lanes;
}
