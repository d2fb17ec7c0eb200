/**
 * PDF/UA wants every painted thing either in the structure tree or marked as an Artifact. Chromium's tagged
 * PDF leaves three kinds outside: the page numbers of the @page margin boxes (text outside any marked
 * content), drawings it does not tag (the page background, the 工程 bars drawn by CSS), and the cells'
 * backgrounds and the table's borders, which it puts in marked content of their own under the TD/TH or
 * Table element (a sequence that paints and shows no text). This amends the pages' content streams by an
 * incremental update:
 * - text outside marked content → `/Artifact <</Type /Pagination /Subtype /Footer>>`;
 * - painting outside marked content → `/Artifact <</Type /Layout>>` (the bars' words are tagged text of
 *   their cells: the visually hidden period);
 * - a tagged sequence that only paints (a background, a border) → `/Artifact <</Type /Layout>>`, and its
 *   MCID is taken out of its element's /K and out of the parent tree, so that nothing points at it.
 * Figures and formulas keep their drawings. Everything else Chromium tagged stays as it is.
 */
import { appendUpdate, type PdfObject, readObject, readXref, type Replacement, type Xref } from './pdf-file.js';

const PAGINATION_OPEN = '/Artifact <</Type /Pagination /Subtype /Footer >>BDC\n';
const LAYOUT_OPEN = '/Artifact <</Type /Layout >>BDC\n';

/** Operators that build a path (before it is painted, clipped or discarded). */
const PATH_OPS = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
/** Operators that paint a path. */
const PATH_PAINT = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'S', 's']);
/** Operators that paint on their own: shadings, XObjects (images, forms). */
const SELF_PAINT = new Set(['sh', 'Do']);
const TEXT_SHOW = new Set(['Tj', 'TJ', "'", '"']);
/** Elements whose drawing is their content. */
const KEEP_DRAWING = new Set(['Figure', 'Formula']);

/** Character classes of the content-stream lexer, by char code (latin1): looked up, not matched by a regex. */
const OP_START = new Uint8Array(256);
const OP_PART = new Uint8Array(256);
const NAME_END = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const ch = String.fromCharCode(c);
  OP_START[c] = /[A-Za-z'"*]/.test(ch) ? 1 : 0;
  OP_PART[c] = /[A-Za-z0-9'"*]/.test(ch) ? 1 : 0;
  NAME_END[c] = /[\s/()<>[\]{}%]/.test(ch) ? 1 : 0;
}

/** Where the content-stream tokens are: just enough lexing to skip strings, names, dictionaries and arrays. */
function* operators(text: string): Generator<{ op: string; start: number; end: number }> {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i) & 0xff;
    if (c === 0x25 /* % */) {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === 0x28 /* ( */) {
      let depth = 1;
      for (i++; i < n && depth > 0; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \\ */) i++;
        else if (d === 0x28) depth++;
        else if (d === 0x29) depth--;
      }
    } else if (c === 0x3c /* < */ && text.charCodeAt(i + 1) !== 0x3c) {
      i = text.indexOf('>', i) + 1 || n;
    } else if (OP_START[c]) {
      const start = i;
      while (i < n && OP_PART[text.charCodeAt(i) & 0xff]) i++;
      const op = text.slice(start, i);
      // Inline image data is binary: skip to EI.
      if (op === 'ID') {
        const ei = text.indexOf('EI', i);
        i = ei < 0 ? n : ei + 2;
      }
      yield { op, start, end: i };
    } else if (c === 0x2f /* / */) {
      for (i++; i < n && !NAME_END[text.charCodeAt(i) & 0xff]; i++);
    } else {
      i++;
    }
  }
}

interface Sequence {
  /** Where its operands start (the end of the operator before) and where its BDC/BMC ends. */
  openFrom: number;
  openTo: number;
  tag: string;
  mcid?: number;
  paints: boolean;
  shows: boolean;
  nested: boolean;
}

interface Edit {
  at: number;
  to: number;
  text: string;
}

/**
 * The marked-content sequences of a content stream that paint and show no text and hold no other marked
 * content: backgrounds and borders (figures and formulas excepted). Their MCIDs.
 */
export function paintOnlyMcids(content: string): number[] {
  return scan(content).candidates.map((c) => c.mcid);
}

/** What one pass over a content stream finds: the edits that mark untagged things, the paint-only sequences. */
interface Scan {
  edits: Edit[];
  /** A paint-only sequence: its MCID and where its BDC/BMC (with operands) is, to be replaced if converted. */
  candidates: { mcid: number; from: number; to: number }[];
}

function scan(content: string): Scan {
  const edits: Edit[] = [];
  const candidates: Scan['candidates'] = [];
  const stack: Sequence[] = [];
  let prevEnd = 0;
  let textFrom: number | undefined;
  let pathFrom: number | undefined;
  let imageFrom: number | undefined;
  const wrap = (from: number, to: number, open: string) => {
    edits.push({ at: from, to: from, text: `\n${open}` }, { at: to, to, text: '\nEMC' });
  };
  for (const { op, start, end } of operators(content)) {
    const top = stack[stack.length - 1];
    if (op === 'BDC' || op === 'BMC') {
      if (top) top.nested = true;
      const operands = content.slice(prevEnd, start);
      const mcid = /\/MCID\s+(\d+)/.exec(operands)?.[1];
      stack.push({
        openFrom: prevEnd,
        openTo: end,
        tag: /^\s*\/([^\s/<[(]+)/.exec(operands)?.[1] ?? '',
        ...(mcid !== undefined ? { mcid: Number(mcid) } : {}),
        paints: false,
        shows: false,
        nested: false,
      });
    } else if (op === 'EMC') {
      const seq = stack.pop();
      if (seq?.mcid !== undefined && seq.paints && !seq.shows && !seq.nested && !KEEP_DRAWING.has(seq.tag)) {
        candidates.push({ mcid: seq.mcid, from: seq.openFrom, to: seq.openTo });
      }
    } else if (top) {
      if (PATH_PAINT.has(op) || SELF_PAINT.has(op) || op === 'BI') top.paints = true;
      else if (TEXT_SHOW.has(op)) top.shows = true;
    } else if (op === 'BT') {
      textFrom = prevEnd;
    } else if (op === 'ET' && textFrom !== undefined) {
      wrap(textFrom, end, PAGINATION_OPEN);
      textFrom = undefined;
    } else if (textFrom !== undefined) {
      // Inside an untagged text object: its text operators go with it.
    } else if (PATH_OPS.has(op)) {
      pathFrom ??= prevEnd;
    } else if (PATH_PAINT.has(op)) {
      wrap(pathFrom ?? prevEnd, end, LAYOUT_OPEN);
      pathFrom = undefined;
    } else if (op === 'n') {
      pathFrom = undefined;
    } else if (SELF_PAINT.has(op)) {
      wrap(prevEnd, end, LAYOUT_OPEN);
    } else if (op === 'BI') {
      imageFrom = prevEnd;
    } else if (op === 'ID' && imageFrom !== undefined) {
      wrap(imageFrom, end, LAYOUT_OPEN);
      imageFrom = undefined;
    }
    prevEnd = end;
  }
  return { edits, candidates };
}

/**
 * The content stream with untagged text and painting in Artifacts, and the paint-only sequences whose
 * MCIDs are in `convert` turned into Artifacts; undefined when nothing changes.
 */
export function artifactContent(content: string, convert: ReadonlySet<number> = new Set()): string | undefined {
  return applyScan(content, scan(content), convert);
}

/** The content with a scan's edits made, and those of the converted paint-only sequences (undefined: none). */
function applyScan(content: string, scanned: Scan, convert: ReadonlySet<number>): string | undefined {
  const edits = [...scanned.edits];
  for (const c of scanned.candidates)
    if (convert.has(c.mcid)) edits.push({ at: c.from, to: c.to, text: `\n${LAYOUT_OPEN}` });
  if (edits.length === 0) return undefined;
  edits.sort((a, b) => a.at - b.at || a.to - b.to);
  let out = '';
  let copied = 0;
  for (const e of edits) {
    out += content.slice(copied, e.at) + e.text;
    copied = e.to;
  }
  return out + content.slice(copied);
}

type Token = { kind: 'int'; value: number; text: string } | { kind: 'other'; text: string };

/** The tokens of a PDF array's inside: integers, references, dictionaries, null. */
function arrayTokens(inside: string): Token[] {
  const tokens: Token[] = [];
  for (const m of inside.matchAll(/\d+\s+\d+\s+R|<<[\s\S]*?>>|-?\d+(?:\.\d+)?|null|\S+/g)) {
    tokens.push(/^\d+$/.test(m[0]) ? { kind: 'int', value: Number(m[0]), text: m[0] } : { kind: 'other', text: m[0] });
  }
  return tokens;
}

const ref = (s: string | undefined) => (s === undefined ? undefined : Number(/^(\d+)\s+\d+\s+R$/.exec(s.trim())?.[1]));

/**
 * The PDF with untagged text and drawings marked as Artifacts, and the paint-only tagged sequences made
 * Artifacts where the structure tree can be amended with them; unchanged when its structure is not the
 * simple one Chromium writes.
 */
export function markUntaggedTextAsArtifacts(pdf: Uint8Array): Uint8Array {
  const xref = readXref(pdf);
  if (!xref) return pdf;
  const replacements = artifactReplacements(pdf, xref);
  return replacements.length === 0 ? pdf : appendUpdate(pdf, xref, replacements);
}

/**
 * The objects markUntaggedTextAsArtifacts replaces (page content streams, parent-tree arrays, structure
 * elements; never the catalog or the Info dictionary, and no new object), for one incremental update with others.
 */
export function artifactReplacements(pdf: Uint8Array, xref: Xref): Replacement[] {
  const objects = new Map<number, PdfObject | undefined>();
  const get = (num: number) => {
    if (!objects.has(num)) objects.set(num, readObject(pdf, xref, num));
    return objects.get(num);
  };
  const parentArrays = parentTreeArrays(xref.trailer, get);
  const replacements: Replacement[] = [];
  const elements = new Map<number, { obj: PdfObject; k: string }>();
  for (const num of xref.offsets.keys()) {
    const obj = get(num);
    if (!obj || obj.stream || !/\/Type\s*\/Page(?![A-Za-z])/.test(obj.dict)) continue;
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(obj.dict)?.[1] ?? '';
    const streams = [...contents.matchAll(/(\d+)\s+\d+\s+R/g)]
      .map((r) => get(Number(r[1])))
      .filter((s): s is PdfObject => s?.stream !== undefined);
    const texts = streams.map((s) => s.stream!.toString('latin1'));
    // The paint-only sequences whose element can be found and amended.
    const convert = new Set<number>();
    const structParents = /\/StructParents\s+(\d+)/.exec(obj.dict)?.[1];
    const arrayNum = structParents === undefined ? undefined : parentArrays?.get(Number(structParents));
    const array = arrayNum === undefined ? undefined : get(arrayNum);
    const entries = array && !array.stream ? arrayTokens(/^\s*\[([\s\S]*)\]\s*$/.exec(array.dict)?.[1] ?? '') : [];
    // One pass over each stream: its candidates decide the conversions, its edits are then made with them.
    const scans = texts.map((t) => scan(t));
    for (const mcid of scans.flatMap((sc) => sc.candidates.map((c) => c.mcid))) {
      const elementNum = ref(entries[mcid]?.text);
      if (elementNum === undefined || Number.isNaN(elementNum)) continue;
      const known = elements.get(elementNum);
      const element = known?.obj ?? get(elementNum);
      if (!element || element.stream) continue;
      const pg = ref(/\/Pg\s+(\d+\s+\d+\s+R)/.exec(element.dict)?.[1]);
      if (pg !== num) continue;
      const k = known?.k ?? /\/K\s*(\[[^\]]*\]|\d+(?!\s+\d+\s+R))/.exec(element.dict)?.[1];
      if (k === undefined) continue;
      const inside = k.startsWith('[') ? k.slice(1, -1) : k;
      const kept = arrayTokens(inside).filter((t) => !(t.kind === 'int' && t.value === mcid));
      elements.set(elementNum, { obj: element, k: `[${kept.map((t) => t.text).join(' ')}]` });
      entries[mcid] = { kind: 'other', text: 'null' };
      convert.add(mcid);
    }
    if (array && convert.size > 0) {
      replacements.push({
        num: array.num,
        gen: array.gen,
        dict: '',
        body: `[${entries.map((t) => t.text).join(' ')}]`,
      });
    }
    streams.forEach((s, i) => {
      const changed = applyScan(texts[i], scans[i], convert);
      if (changed !== undefined) {
        replacements.push({ num: s.num, gen: s.gen, dict: s.dict, stream: Buffer.from(changed, 'latin1') });
      }
    });
  }
  for (const { obj, k } of elements.values()) {
    const dict = obj.dict.replace(/\/K\s*(\[[^\]]*\]|\d+(?!\s+\d+\s+R))/, `/K ${k}`);
    replacements.push({ num: obj.num, gen: obj.gen, dict });
  }
  return replacements;
}

/** The parent tree's arrays by StructParents key (a flat /Nums, as Chromium writes it); undefined otherwise. */
function parentTreeArrays(
  trailer: string,
  get: (num: number) => PdfObject | undefined,
): Map<number, number> | undefined {
  const root = get(Number(/\/Root\s+(\d+)\s+\d+\s+R/.exec(trailer)?.[1]));
  const treeRoot = root && get(Number(/\/StructTreeRoot\s+(\d+)\s+\d+\s+R/.exec(root.dict)?.[1]));
  const parentTree = treeRoot && get(Number(/\/ParentTree\s+(\d+)\s+\d+\s+R/.exec(treeRoot.dict)?.[1]));
  const nums = parentTree && /\/Nums\s*\[([^\]]*)\]/.exec(parentTree.dict)?.[1];
  if (!nums || /\/Kids/.test(parentTree.dict)) return undefined;
  const map = new Map<number, number>();
  for (const m of nums.matchAll(/(\d+)\s+(\d+)\s+\d+\s+R/g)) map.set(Number(m[1]), Number(m[2]));
  return map;
}
