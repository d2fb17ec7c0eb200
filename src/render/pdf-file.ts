/**
 * Just enough of the PDF file format to amend what Chromium writes (classic xref tables, no object
 * streams): read the cross-reference chain, read an object or a stream, and append an incremental
 * update that replaces objects (the original bytes are kept). Written here because the job is this
 * small: a PDF library would rewrite the whole file, and with it the structure tree Chromium made.
 */
import { deflateSync, inflateSync } from 'node:zlib';

export interface PdfObject {
  num: number;
  gen: number;
  /** The dictionary's text between << and >> (latin1), or the whole body when it is not a dictionary. */
  dict: string;
  /** The decoded stream data, when the object is a stream (FlateDecode or unfiltered). */
  stream?: Buffer;
}

const latin1 = (bytes: Uint8Array, start = 0, end = bytes.length) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');

export interface Xref {
  offsets: Map<number, { offset: number; gen: number }>;
  /** The newest trailer dictionary's text. */
  trailer: string;
  startxref: number;
}

/** The cross-reference sections, newest first, merged (a newer entry wins). Undefined when not a classic table. */
export function readXref(pdf: Uint8Array): Xref | undefined {
  const tail = latin1(pdf, Math.max(0, pdf.length - 1024));
  const sx = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!sx) return undefined;
  const offsets = new Map<number, { offset: number; gen: number }>();
  let trailer: string | undefined;
  let at: number | undefined = Number(sx[1]);
  const seen = new Set<number>();
  while (at !== undefined && !seen.has(at)) {
    seen.add(at);
    const end = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.length).indexOf('startxref', at, 'latin1');
    if (end < 0) return undefined;
    const text = latin1(pdf, at, end + 'startxref'.length);
    if (!text.startsWith('xref')) return undefined;
    const trailerAt = text.indexOf('trailer');
    if (trailerAt < 0) return undefined;
    readXrefEntries(text.slice(4, trailerAt), offsets);
    const dict = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(text.slice(trailerAt));
    if (!dict) return undefined;
    trailer ??= dict[1];
    const prev = /\/Prev\s+(\d+)/.exec(dict[1]);
    at = prev ? Number(prev[1]) : undefined;
  }
  return trailer === undefined ? undefined : { offsets, trailer, startxref: Number(sx[1]) };
}

const DIGIT_0 = 0x30;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
/** The 10 (or 5) digits at `at`, or -1 when one is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The entries of one xref section's subsections into `offsets` (an entry already there, from a newer section,
 * wins). Each entry is 20 bytes, `oooooooooo ggggg n` and two end-of-line bytes: read at fixed places, without a
 * string per entry (a large report's PDF has a hundred thousand objects).
 */
function readXrefEntries(table: string, offsets: Map<number, { offset: number; gen: number }>): void {
  const sub = /(\d+)\s+(\d+)\s*\r?\n/y;
  let at = table.search(/\S/);
  while (at >= 0 && at < table.length) {
    sub.lastIndex = at;
    const m = sub.exec(table);
    if (!m) return;
    const first = Number(m[1]);
    const count = Number(m[2]);
    at = sub.lastIndex;
    for (let i = 0; i < count; i++) {
      const offset = digitsAt(table, at, 10);
      const gen = digitsAt(table, at + 11, 5);
      const kind = table[at + 17];
      // Not a well-formed entry: the rest of the table is not read (as before: what the pattern did not match).
      if (offset < 0 || gen < 0 || table[at + 10] !== ' ' || table[at + 16] !== ' ' || (kind !== 'n' && kind !== 'f'))
        return;
      const num = first + i;
      if (kind === 'n' && !offsets.has(num)) offsets.set(num, { offset, gen });
      // Two end-of-line bytes by the standard; one is accepted, as readers do.
      const next = at + 18;
      at = isSpace(table.charCodeAt(next + 1)) ? next + 2 : next + 1;
      if (!isSpace(table.charCodeAt(next))) return;
    }
    while (at < table.length && isSpace(table.charCodeAt(at))) at++;
  }
}

/**
 * Reads object `num` (its dictionary, and its stream decoded when it has one). The object's head is read in
 * growing pieces: most objects (a structure element, an MCID reference) are a hundred bytes, and a PDF of a
 * large report has a hundred thousand of them.
 */
export function readObject(pdf: Uint8Array, xref: Xref, num: number): PdfObject | undefined {
  const entry = xref.offsets.get(num);
  if (!entry) return undefined;
  let head = '';
  let dictEnd: number | undefined;
  let m: RegExpExecArray | null = null;
  let body = '';
  for (let size = 512; ; size *= 8) {
    const end = Math.min(pdf.length, entry.offset + size);
    head = latin1(pdf, entry.offset, end);
    m = /^\s*(\d+)\s+(\d+)\s+obj\s*/.exec(head);
    if (!m || Number(m[1]) !== num) return undefined;
    body = head.slice(m[0].length);
    dictEnd = matchingDictEnd(body);
    // A dictionary not closed within what was read: read more (up to the end of the file).
    if (dictEnd !== undefined || !body.startsWith('<<') || end === pdf.length) break;
  }
  if (dictEnd === undefined) {
    // Not a dictionary (an array of the parent tree may be longer than the head read).
    const whole = body.includes('endobj')
      ? body
      : latin1(pdf, entry.offset + m[0].length, objectEnd(pdf, entry.offset));
    return { num, gen: Number(m[2]), dict: whole.slice(0, whole.indexOf('endobj')) };
  }
  const dict = body.slice(2, dictEnd - 2);
  const after = /^\s*stream\r?\n/.exec(body.slice(dictEnd));
  if (!after) return { num, gen: Number(m[2]), dict };
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  if (!length) return undefined;
  const start = entry.offset + m[0].length + dictEnd + after[0].length;
  const raw = Buffer.from(pdf.buffer, pdf.byteOffset + start, Number(length[1]));
  const filter = /\/Filter\s*\/(\w+)/.exec(dict)?.[1];
  if (filter && filter !== 'FlateDecode') return undefined;
  return { num, gen: Number(m[2]), dict, stream: filter ? inflateSync(raw) : Buffer.from(raw) };
}

/** Where the `endobj` after `from` is (the end of the file when there is none). */
function objectEnd(pdf: Uint8Array, from: number): number {
  const at = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.length).indexOf('endobj', from, 'latin1');
  return at < 0 ? pdf.length : at + 'endobj'.length;
}

/** The index just after the >> closing the dictionary that `text` starts with. */
function matchingDictEnd(text: string): number | undefined {
  if (!text.startsWith('<<')) return undefined;
  let depth = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] === '<' && text[i + 1] === '<') {
      depth++;
      i++;
    } else if (text[i] === '>' && text[i + 1] === '>') {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    } else if (text[i] === '<') {
      // A hex string: its closing > may be followed by the dictionary's >>.
      i = text.indexOf('>', i);
      if (i < 0) return undefined;
    } else if (text[i] === '(') {
      // A literal string may hold unbalanced << or >>.
      let nest = 1;
      for (i++; i < text.length && nest > 0; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') nest++;
        else if (text[i] === ')') nest--;
      }
      i--;
    }
  }
  return undefined;
}

export interface Replacement {
  num: number;
  gen: number;
  /** The new dictionary's text (without << >>); /Length and /Filter are set for a stream. */
  dict: string;
  /** New stream data (compressed with FlateDecode here). */
  stream?: Buffer;
  /** The whole new body of an object that is not a dictionary (an array); `dict` is then ignored. */
  body?: string;
  /** Write the stream unfiltered (XMP metadata stays readable by tools that do not inflate). */
  plain?: boolean;
}

/** The next free object number: new objects for appendUpdate are numbered from here. */
export function nextObjectNumber(xref: Xref): number {
  const size = Number(/\/Size\s+(\d+)/.exec(xref.trailer)?.[1] ?? 0);
  return Math.max(size, ...[...xref.offsets.keys()].map((n) => n + 1));
}

/** Appends an incremental update replacing the given objects. */
export function appendUpdate(pdf: Uint8Array, xref: Xref, objects: Replacement[]): Uint8Array {
  const parts: Buffer[] = [];
  let offset = pdf.length;
  const push = (b: Buffer) => {
    parts.push(b);
    offset += b.length;
  };
  if (pdf[pdf.length - 1] !== 0x0a) push(Buffer.from('\n', 'latin1'));
  const entries: { num: number; gen: number; offset: number }[] = [];
  for (const o of [...objects].sort((a, b) => a.num - b.num)) {
    entries.push({ num: o.num, gen: o.gen, offset });
    if (o.stream) {
      const data = o.plain ? o.stream : deflateSync(o.stream, { level: 6 });
      const dict = o.dict
        .replace(/\/Length\s+\d+/, '')
        .replace(/\/Filter\s*\/\w+/, '')
        .trim();
      const filter = o.plain ? '' : '\n/Filter /FlateDecode';
      push(Buffer.from(`${o.num} ${o.gen} obj\n<<${dict}${filter}\n/Length ${data.length}>>\nstream\n`, 'latin1'));
      push(data);
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    } else if (o.body !== undefined) {
      push(Buffer.from(`${o.num} ${o.gen} obj\n${o.body}\nendobj\n`, 'latin1'));
    } else {
      push(Buffer.from(`${o.num} ${o.gen} obj\n<<${o.dict}>>\nendobj\n`, 'latin1'));
    }
  }
  const xrefAt = offset;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const table = entries.map((e) => `${e.num} 1\n${pad(e.offset, 10)} ${pad(e.gen, 5)} n\r\n`).join('');
  const size = Math.max(nextObjectNumber(xref), ...objects.map((o) => o.num + 1));
  const keep = ['Root', 'Info', 'ID']
    .map((k) => new RegExp(String.raw`\/${k}\s*(\[[^\]]*\]|\d+\s+\d+\s+R|\d+)`).exec(xref.trailer))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => m[0]);
  const trailer = `<</Size ${size}\n${keep.join('\n')}\n/Prev ${xref.startxref}>>`;
  push(Buffer.from(`xref\n${table}trailer\n${trailer}\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'));
  const out = new Uint8Array(offset);
  out.set(pdf, 0);
  let at = pdf.length;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
