/**
 * An office's workbook as `adopt` needs it: per sheet the text of every cell (shared strings, inline
 * strings, numbers, a formula's saved result), its fill, the merged ranges, the column widths and the
 * shapes of the drawing part (connectors with their arrowheads, text boxes, rounded rectangles) with
 * their cell anchors. exceljs reads cells but not shapes, so the parts are read here, one at a time,
 * from the size-checked zip (load/xlsx-package.ts). Pure: parts in, sheets out.
 */
import {
  isXlsxProblem as isZipProblem,
  type XlsxProblem as ZipProblem,
  type ZipPackage,
} from '../load/xlsx-package.js';
import { child, children, descendants, parseXml, scanXml, textOf, type XmlNode } from '../load/xml.js';

export interface SheetCell {
  row: number;
  col: number;
  text: string;
  /** The fill colour (ARGB, theme:N or indexed:N) of a solid fill that is not white. */
  fill?: string;
  /** A formula whose result was not saved (written by a tool that does not calculate). */
  noValue?: boolean;
  /** The number format of a numeric cell, when it is not General (#,##0"千円", 0.0%…). */
  numFmt?: string;
}

/** A merged range, 1-based and inclusive. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A corner of a shape's anchor: 0-based column and row as in the file, offsets in EMU. */
export interface AnchorPoint {
  col: number;
  colOff: number;
  row: number;
  rowOff: number;
}

export interface Shape {
  /** The shape's id and name as Excel shows them in the selection pane (e.g. 直線矢印コネクタ 3). */
  id: string;
  name: string;
  kind: 'connector' | 'box';
  /** The preset geometry: straightConnector1, line, rect, roundRect… */
  geometry: string;
  from: AnchorPoint;
  to: AnchorPoint;
  /** Arrowheads drawn (0, 1 or 2): read from the line's head and tail ends, whatever the flip. */
  heads: number;
  /** The text of a box, paragraphs joined by line breaks. */
  text: string;
}

export interface Sheet {
  name: string;
  /** The part's name in the zip (xl/worksheets/sheet1.xml). */
  part: string;
  cells: Map<string, SheetCell>;
  merges: Merge[];
  shapes: Shape[];
  /** Shapes that could not be placed on the grid (absolute anchors, groups), by name. */
  unplaced: { name: string; reason: string }[];
  /** Column widths in characters by 1-based column; absent ones have `defaultWidth`. */
  widths: Map<number, number>;
  defaultWidth: number;
  /** Row heights in points by 1-based row; absent ones have `defaultHeight`. */
  heights: Map<number, number>;
  defaultHeight: number;
  maxRow: number;
  maxCol: number;
}

/** Cells with a value or fill that one sheet may hold (the sample has about 300). */
export const MAX_SHEET_CELLS = 200_000;
export const MAX_SHEETS = 100;

export type WorkbookProblem = ZipProblem | { problem: 'not-xlsx' } | { problem: 'sheet-too-large'; sheet: string };

export const key = (row: number, col: number): string => `${row},${col}`;

/** A1 → {row, col}; undefined for anything else. */
export function parseAddress(a: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?([0-9]{1,7})$/.exec(a);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

export function columnName(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export const address = (row: number, col: number): string => `${columnName(col)}${row}`;

/** Excel escapes characters it cannot store in XML as _xHHHH_ (and a literal _x as _x005F_x). */
function unescapeOoxml(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

function partText(pkg: ZipPackage, name: string): string | undefined | ZipProblem {
  return pkg.text(name);
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

function relsOf(pkg: ZipPackage, part: string): Map<string, string> | ZipProblem {
  const dir = part.split('/').slice(0, -1).join('/');
  const file = part.split('/').pop();
  const text = partText(pkg, `${dir}/_rels/${file}.rels`);
  const out = new Map<string, string>();
  if (isZipProblem(text)) return text;
  if (!text) return out;
  for (const r of descendants(parseXml(text), 'Relationship')) {
    if (r.attrs.Id && r.attrs.Target && r.attrs.TargetMode !== 'External')
      out.set(r.attrs.Id, resolveTarget(part, r.attrs.Target));
  }
  return out;
}

function sharedStrings(pkg: ZipPackage): string[] | ZipProblem {
  const text = partText(pkg, 'xl/sharedStrings.xml');
  if (isZipProblem(text)) return text;
  if (!text) return [];
  const out: string[] = [];
  let depth = 0;
  let inT = false;
  let inPhonetic = 0;
  let current = '';
  scanXml(text, {
    open(name, _attrs, selfClosing) {
      if (name === 'si' && !selfClosing) {
        depth = 1;
        current = '';
      } else if (name === 'si') out.push('');
      else if (name === 'rPh') inPhonetic++;
      else if (name === 't' && depth && !selfClosing && inPhonetic === 0) inT = true;
    },
    close(name) {
      if (name === 'si') {
        out.push(unescapeOoxml(current));
        depth = 0;
      } else if (name === 'rPh') inPhonetic--;
      else if (name === 't') inT = false;
    },
    text(t) {
      if (inT) current += t;
    },
  });
  return out;
}

/** Excel's built-in number formats that change what a number means or shows (percentages, digits). */
const BUILTIN_FORMATS: Record<string, string> = { '3': '#,##0', '4': '#,##0.00', '9': '0%', '10': '0.00%' };

interface CellStyle {
  fill?: string;
  numFmt?: string;
}

/** Per cell style index (cellXfs): the solid fill that is not white, and the number format. */
function cellStyles(pkg: ZipPackage): CellStyle[] | ZipProblem {
  const text = partText(pkg, 'xl/styles.xml');
  if (isZipProblem(text)) return text;
  if (!text) return [];
  const doc = parseXml(text);
  const styleSheet = child(doc, 'styleSheet');
  const fills = children(child(styleSheet, 'fills'), 'fill').map((f) => {
    const pattern = child(f, 'patternFill');
    const type = pattern?.attrs.patternType;
    if (!pattern || !type || type === 'none' || type === 'gray125') return undefined;
    const fg = child(pattern, 'fgColor');
    if (!fg) return undefined;
    if (fg.attrs.rgb) return /^(FF)?FFFFFF$/i.test(fg.attrs.rgb) ? undefined : fg.attrs.rgb.toUpperCase();
    if (fg.attrs.theme !== undefined) return fg.attrs.theme === '0' ? undefined : `theme:${fg.attrs.theme}`;
    if (fg.attrs.indexed !== undefined)
      return ['1', '9', '64'].includes(fg.attrs.indexed) ? undefined : `indexed:${fg.attrs.indexed}`;
    return undefined;
  });
  const formats = new Map(
    children(child(styleSheet, 'numFmts'), 'numFmt').map((f) => [f.attrs.numFmtId ?? '', f.attrs.formatCode ?? '']),
  );
  return children(child(styleSheet, 'cellXfs'), 'xf').map((xf) => {
    const fill = fills[Number(xf.attrs.fillId ?? 0)];
    const id = xf.attrs.numFmtId ?? '0';
    const numFmt = formats.get(id) ?? BUILTIN_FORMATS[id];
    return { ...(fill ? { fill } : {}), ...(numFmt ? { numFmt } : {}) };
  });
}

function readCells(xml: string, strings: string[], styles: CellStyle[], sheet: Sheet): 'ok' | 'too-large' {
  let cell: SheetCell | undefined;
  let type = '';
  let inV = false;
  let inInlineT = false;
  let inIs = false;
  let inF = false;
  let hasFormula = false;
  let value = '';
  let count = 0;
  let tooLarge = false;
  let autoRow = 0;
  let autoCol = 0;
  scanXml(xml, {
    open(name, attrs, selfClosing) {
      if (tooLarge) return;
      if (name === 'row') {
        autoRow = attrs.r ? Number(attrs.r) : autoRow + 1;
        autoCol = 0;
        const ht = Number(attrs.ht);
        if (attrs.ht && Number.isFinite(ht) && ht >= 0 && ht <= 409) sheet.heights.set(autoRow, ht);
      } else if (name === 'c') {
        const at = attrs.r ? parseAddress(attrs.r) : { row: autoRow, col: autoCol + 1 };
        autoCol = at?.col ?? autoCol + 1;
        if (!at) return;
        cell = { row: at.row, col: at.col, text: '' };
        const style = styles[Number(attrs.s ?? 0)];
        if (style?.fill) cell.fill = style.fill;
        if (style?.numFmt) cell.numFmt = style.numFmt;
        type = attrs.t ?? 'n';
        value = '';
        hasFormula = false;
        if (selfClosing) finish();
      } else if (name === 'v' && cell) inV = !selfClosing;
      else if (name === 'f' && cell) {
        hasFormula = true;
        inF = !selfClosing;
      } else if (name === 'is' && cell) inIs = !selfClosing;
      else if (name === 't' && inIs && !selfClosing) inInlineT = true;
      else if (name === 'col') {
        const min = Number(attrs.min);
        const max = Math.min(Number(attrs.max), min + 16384);
        const width = Number(attrs.width);
        if (Number.isFinite(min) && Number.isFinite(width)) for (let c = min; c <= max; c++) sheet.widths.set(c, width);
      } else if (name === 'sheetFormatPr') {
        const w = Number(attrs.defaultColWidth);
        if (attrs.defaultColWidth && Number.isFinite(w)) sheet.defaultWidth = w;
        const h = Number(attrs.defaultRowHeight);
        if (attrs.defaultRowHeight && Number.isFinite(h) && h > 0 && h <= 409) sheet.defaultHeight = h;
      } else if (name === 'mergeCell' && attrs.ref) {
        const [a, b] = attrs.ref.split(':');
        const p = parseAddress(a);
        const q = parseAddress(b ?? a);
        if (p && q)
          sheet.merges.push({
            top: Math.min(p.row, q.row),
            left: Math.min(p.col, q.col),
            bottom: Math.max(p.row, q.row),
            right: Math.max(p.col, q.col),
          });
      }
    },
    close(name) {
      if (name === 'v') inV = false;
      else if (name === 'f') inF = false;
      else if (name === 'is') inIs = false;
      else if (name === 't') inInlineT = false;
      else if (name === 'c' && cell) finish();
    },
    text(t) {
      if (inV || inInlineT) value += t;
      else if (inF) return;
    },
  });
  function finish(): void {
    if (!cell) return;
    if (type === 's') cell.text = strings[Number(value)] ?? '';
    else if (type === 'b') cell.text = value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : '';
    else cell.text = unescapeOoxml(value);
    if (type !== 'n') delete cell.numFmt;
    if (hasFormula && value === '') cell.noValue = true;
    cell.text = cell.text.replace(/\r\n?/g, '\n');
    if (cell.text !== '' || cell.fill || cell.noValue) {
      if (++count > MAX_SHEET_CELLS) tooLarge = true;
      sheet.cells.set(key(cell.row, cell.col), cell);
      sheet.maxRow = Math.max(sheet.maxRow, cell.row);
      sheet.maxCol = Math.max(sheet.maxCol, cell.col);
    }
    cell = undefined;
  }
  // A merge reaches no further than the cells with something in them (a hostile A1:XFD1048576 is clipped).
  for (const m of sheet.merges) {
    m.bottom = Math.min(m.bottom, Math.max(sheet.maxRow, m.top));
    m.right = Math.min(m.right, Math.max(sheet.maxCol, m.left));
  }
  return tooLarge ? 'too-large' : 'ok';
}

function anchorPoint(node: XmlNode | undefined): AnchorPoint | undefined {
  if (!node) return undefined;
  const n = (name: string) => Number(child(node, name)?.text.trim());
  const p = { col: n('col'), colOff: n('colOff'), row: n('row'), rowOff: n('rowOff') };
  return Object.values(p).every((v) => Number.isFinite(v) && v >= 0) ? p : undefined;
}

function readShape(node: XmlNode, from: AnchorPoint, to: AnchorPoint): Shape | undefined {
  const kind = node.name === 'cxnSp' ? 'connector' : node.name === 'sp' ? 'box' : undefined;
  if (!kind) return undefined;
  const nv = descendants(node, 'cNvPr')[0];
  const spPr = child(node, 'spPr');
  const geometry = child(spPr, 'prstGeom')?.attrs.prst ?? (child(spPr, 'custGeom') ? 'custom' : '');
  const ln = child(spPr, 'ln');
  const heads = ['headEnd', 'tailEnd'].filter((e) => {
    const type = child(ln, e)?.attrs.type;
    return type !== undefined && type !== 'none';
  }).length;
  const body = child(node, 'txBody');
  const text = body
    ? children(body, 'p')
        .map((p) => textOf(p))
        .join('\n')
        .trim()
    : '';
  // A line drawn as a shape (prst line / straightConnector1 inside xdr:sp) is a connector too.
  const isLine = /^(line|straightConnector1|bentConnector\d|curvedConnector\d)$/;
  // A block arrow (右矢印, 左右矢印, ホームベース…) is a phase bar, its text (if any) its label.
  const isBlockArrow = /^(rightArrow|leftArrow|leftRightArrow|notchedRightArrow|stripedRightArrow|homePlate|chevron)$/;
  return {
    id: nv?.attrs.id ?? '',
    name: nv?.attrs.name ?? '',
    kind: kind === 'box' && ((isLine.test(geometry) && !text) || isBlockArrow.test(geometry)) ? 'connector' : kind,
    geometry,
    from,
    to,
    heads: /Arrow$/.test(geometry) ? (geometry === 'leftRightArrow' ? 2 : 1) : heads,
    text,
  };
}

/** EMU per pixel and per point; a column of `w` characters is trunc(w·7+5) pixels at Excel's default font. */
const EMU_PER_PX = 9525;
const EMU_PER_PT = 12700;
/** Rows and columns that the groups of one sheet may span in all (the sample's groups span a few). */
export const MAX_GROUP_SPAN = 2_000_000;
/** Groups nested deeper than this are not read (a hostile drawing could nest them without end). */
const MAX_GROUP_DEPTH = 8;

interface Box {
  x: number;
  y: number;
  cx: number;
  cy: number;
}

function xfrmOf(node: XmlNode | undefined, group: boolean): (Box & { ch?: Box }) | undefined {
  const x = child(node, 'xfrm');
  const num = (n: XmlNode | undefined, a: string) => Number(n?.attrs[a]);
  const off = child(x, 'off');
  const ext = child(x, 'ext');
  const box = { x: num(off, 'x'), y: num(off, 'y'), cx: num(ext, 'cx'), cy: num(ext, 'cy') };
  if (!Object.values(box).every(Number.isFinite)) return undefined;
  if (!group) return box;
  const chOff = child(x, 'chOff');
  const chExt = child(x, 'chExt');
  const ch = { x: num(chOff, 'x'), y: num(chOff, 'y'), cx: num(chExt, 'cx'), cy: num(chExt, 'cy') };
  return Object.values(ch).every(Number.isFinite) ? { ...box, ch } : undefined;
}

/**
 * The shapes of a group (grpSp) placed on cells like ungrouped ones. A shape inside a group has only its
 * position in the group's own coordinates (chOff, chExt); the group's anchor says which cells the group
 * covers. Positions are carried from the group's coordinates to the sheet's columns and rows in proportion,
 * the column widths and row heights only sharing out the space between the group's two anchor points (so a
 * shape's column never depends on the font more than the group's anchor does). Nested groups compose.
 */
function readGroup(
  group: XmlNode,
  from: AnchorPoint,
  to: AnchorPoint,
  sheet: Sheet,
  unwrap: (nodes: XmlNode[]) => XmlNode[],
  budget: { left: number },
): boolean {
  const colEmu = (c: number) => Math.trunc((sheet.widths.get(c + 1) ?? sheet.defaultWidth) * 7 + 5) * EMU_PER_PX;
  const rowEmu = (r: number) => (sheet.heights.get(r + 1) ?? sheet.defaultHeight) * EMU_PER_PT;
  // Sheet positions (EMU from the top-left corner) of a 0-based column or row, cumulative.
  // Positions of the columns and rows the group spans, from its first column and row (one pass each),
  // searched by halving for each shape.
  const axis = (first: number, last: number, size: (i: number) => number) => {
    const starts: number[] = [];
    let at = 0;
    for (let i = first; i <= last + 1; i++) {
      starts.push(at);
      at += size(i);
    }
    const place = (pos: number): { index: number; off: number } => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= pos) lo = mid;
        else hi = mid - 1;
      }
      return { index: first + lo, off: Math.max(0, Math.round(pos - starts[lo])) };
    };
    return { startOf: (i: number) => starts[i - first], place };
  };
  const lastCol = Math.min(16383, to.col);
  const lastRow = Math.min(1_048_575, to.row);
  if (from.col > lastCol || from.row > lastRow) return false;
  // The rows and columns walked for all the groups of a sheet are bounded (a hostile drawing could hold
  // thousands of groups over a million rows each): past the budget, a group is named and not read.
  budget.left -= lastCol - from.col + lastRow - from.row + 2;
  if (budget.left < 0) return false;
  const cols = axis(from.col, lastCol, colEmu);
  const rows = axis(from.row, lastRow, rowEmu);
  const u0 = from.colOff;
  const u1 = cols.startOf(lastCol) + to.colOff;
  const v0 = from.rowOff;
  const v1 = rows.startOf(lastRow) + to.rowOff;
  const top = xfrmOf(child(group, 'grpSpPr'), true);
  if (!top?.ch) return false;
  // The outer group's own box is its anchor; its children are in its child coordinates.
  type Map2 = (x: number, y: number) => [number, number];
  const outer: Map2 = (x, y) => [
    u0 + (top.ch!.cx > 0 ? ((x - top.ch!.x) * (u1 - u0)) / top.ch!.cx : 0),
    v0 + (top.ch!.cy > 0 ? ((y - top.ch!.y) * (v1 - v0)) / top.ch!.cy : 0),
  ];
  const walk = (node: XmlNode, map: Map2, depth: number): void => {
    for (const c of unwrap(node.children)) {
      if (c.name === 'grpSp') {
        const g = xfrmOf(child(c, 'grpSpPr'), true);
        if (!g?.ch || depth >= MAX_GROUP_DEPTH) {
          sheet.unplaced.push({ name: descendants(c, 'cNvPr')[0]?.attrs.name ?? 'grpSp', reason: 'group' });
          continue;
        }
        const inner: Map2 = (x, y) =>
          map(
            g.x + (g.ch!.cx > 0 ? ((x - g.ch!.x) * g.cx) / g.ch!.cx : 0),
            g.y + (g.ch!.cy > 0 ? ((y - g.ch!.y) * g.cy) / g.ch!.cy : 0),
          );
        walk(c, inner, depth + 1);
        continue;
      }
      if (c.name !== 'sp' && c.name !== 'cxnSp') continue;
      const box = xfrmOf(child(c, 'spPr'), false);
      if (!box) {
        sheet.unplaced.push({ name: descendants(c, 'cNvPr')[0]?.attrs.name ?? c.name, reason: 'group' });
        continue;
      }
      const [x0, y0] = map(box.x, box.y);
      const [x1, y1] = map(box.x + box.cx, box.y + box.cy);
      const a = cols.place(Math.min(x0, x1));
      const b = cols.place(Math.max(x0, x1));
      const ra = rows.place(Math.min(y0, y1));
      const rb = rows.place(Math.max(y0, y1));
      const shape = readShape(
        c,
        { col: a.index, colOff: a.off, row: ra.index, rowOff: ra.off },
        { col: b.index, colOff: b.off, row: rb.index, rowOff: rb.off },
      );
      if (shape) sheet.shapes.push(shape);
    }
  };
  walk(group, outer, 1);
  return true;
}

function readDrawing(xml: string, sheet: Sheet): void {
  const doc = parseXml(xml);
  const root = child(doc, 'wsDr');
  // Excel wraps some anchors and shapes in mc:AlternateContent: the first choice is read.
  const unwrap = (nodes: XmlNode[]): XmlNode[] =>
    nodes.flatMap((n) =>
      n.name === 'AlternateContent' ? ((child(n, 'Choice') ?? child(n, 'Fallback'))?.children ?? []) : [n],
    );
  const budget = { left: MAX_GROUP_SPAN };
  for (const anchor of unwrap(root?.children ?? [])) {
    const name = (n: XmlNode) => descendants(n, 'cNvPr')[0]?.attrs.name ?? anchor.name;
    if (anchor.name !== 'twoCellAnchor') {
      if (anchor.name === 'oneCellAnchor' || anchor.name === 'absoluteAnchor')
        sheet.unplaced.push({ name: name(anchor), reason: anchor.name });
      continue;
    }
    const from = anchorPoint(child(anchor, 'from'));
    const to = anchorPoint(child(anchor, 'to'));
    const body = unwrap(anchor.children).find((c) => ['sp', 'cxnSp', 'grpSp', 'pic', 'graphicFrame'].includes(c.name));
    if (!body || !from || !to) continue;
    if (body.name === 'grpSp') {
      if (!readGroup(body, from, to, sheet, unwrap, budget)) sheet.unplaced.push({ name: name(body), reason: 'group' });
      continue;
    }
    const shape = readShape(body, from, to);
    if (shape) sheet.shapes.push(shape);
  }
}

/** The sheets of a workbook, in the workbook's order. */
export function readSheets(pkg: ZipPackage): Sheet[] | WorkbookProblem {
  const wbText = partText(pkg, 'xl/workbook.xml');
  if (isZipProblem(wbText)) return wbText;
  if (!wbText) return { problem: 'not-xlsx' };
  const rels = relsOf(pkg, 'xl/workbook.xml');
  if (isZipProblem(rels)) return rels;
  const strings = sharedStrings(pkg);
  if (isZipProblem(strings)) return strings;
  const styles = cellStyles(pkg);
  if (isZipProblem(styles)) return styles;
  const sheets: Sheet[] = [];
  for (const s of descendants(parseXml(wbText), 'sheet').slice(0, MAX_SHEETS)) {
    const part = rels.get(s.attrs.id ?? '');
    if (!part) continue;
    const xml = partText(pkg, part);
    if (isZipProblem(xml)) return xml;
    if (xml === undefined) continue;
    const sheet: Sheet = {
      name: s.attrs.name ?? part,
      part,
      cells: new Map(),
      merges: [],
      shapes: [],
      unplaced: [],
      widths: new Map(),
      defaultWidth: 8.43,
      heights: new Map(),
      defaultHeight: 15,
      maxRow: 0,
      maxCol: 0,
    };
    if (readCells(xml, strings, styles, sheet) === 'too-large')
      return { problem: 'sheet-too-large', sheet: sheet.name };
    const sheetRels = relsOf(pkg, part);
    if (isZipProblem(sheetRels)) return sheetRels;
    const drawingIds = [...xml.matchAll(/<(?:\w+:)?drawing\b[^>]*\b(?:\w+:)?id="([^"]+)"/g)].map((m) => m[1]);
    for (const id of drawingIds) {
      const drawingPart = sheetRels.get(id);
      const drawing = drawingPart ? partText(pkg, drawingPart) : undefined;
      if (isZipProblem(drawing)) return drawing;
      if (drawing) readDrawing(drawing, sheet);
    }
    sheets.push(sheet);
  }
  return sheets;
}
