/**
 * Chromium prints the page numbers of the @page margin boxes as text outside the structure tree, and
 * outside any Artifact: PDF/UA wants such running text marked as an Artifact, so that assistive
 * technology skips it. This wraps every text object (BT … ET) that is not inside marked content in
 * `/Artifact <</Type /Pagination /Subtype /Footer>> BDC … EMC`, by an incremental update of the
 * pages' content streams. Everything Chromium tagged stays as it is.
 */
import { appendUpdate, readObject, readXref, type Replacement } from './pdf-file.js';

const ARTIFACT_OPEN = '/Artifact <</Type /Pagination /Subtype /Footer >>BDC\n';

/** Where the content-stream tokens are: just enough lexing to skip strings, names, dictionaries and arrays. */
function* operators(text: string): Generator<{ op: string; start: number; end: number }> {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '%') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === '(') {
      let depth = 1;
      for (i++; i < n && depth > 0; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') depth++;
        else if (text[i] === ')') depth--;
      }
    } else if (c === '<' && text[i + 1] !== '<') {
      i = text.indexOf('>', i) + 1 || n;
    } else if (/[A-Za-z'"*]/.test(c)) {
      const start = i;
      while (i < n && /[A-Za-z0-9'"*]/.test(text[i])) i++;
      const op = text.slice(start, i);
      // Inline image data is binary: skip to EI.
      if (op === 'ID') {
        const ei = text.indexOf('EI', i);
        i = ei < 0 ? n : ei + 2;
      }
      yield { op, start, end: i };
    } else if (c === '/') {
      for (i++; i < n && !/[\s/()<>[\]{}%]/.test(text[i]); i++);
    } else {
      i++;
    }
  }
}

/** Wraps the text objects outside marked content; returns undefined when there is none. */
export function wrapUntaggedText(content: string): string | undefined {
  let depth = 0;
  let out = '';
  let copied = 0;
  let open: number | undefined;
  for (const { op, start, end } of operators(content)) {
    if (op === 'BDC' || op === 'BMC') depth++;
    else if (op === 'EMC') depth = Math.max(0, depth - 1);
    else if (op === 'BT' && depth === 0) open = start;
    else if (op === 'ET' && open !== undefined) {
      out += `${content.slice(copied, open)}${ARTIFACT_OPEN}${content.slice(open, end)}\nEMC`;
      copied = end;
      open = undefined;
    }
  }
  return copied === 0 ? undefined : out + content.slice(copied);
}

/**
 * The PDF with untagged text marked as Artifacts; unchanged when its structure is not the simple one Chromium
 * writes.
 */
export function markUntaggedTextAsArtifacts(pdf: Uint8Array): Uint8Array {
  const xref = readXref(pdf);
  if (!xref) return pdf;
  const replacements: Replacement[] = [];
  for (const num of xref.offsets.keys()) {
    const obj = readObject(pdf, xref, num);
    if (!obj || obj.stream || !/\/Type\s*\/Page(?![A-Za-z])/.test(obj.dict)) continue;
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(obj.dict)?.[1] ?? '';
    for (const ref of contents.matchAll(/(\d+)\s+\d+\s+R/g)) {
      const stream = readObject(pdf, xref, Number(ref[1]));
      if (!stream?.stream) continue;
      const wrapped = wrapUntaggedText(stream.stream.toString('latin1'));
      if (wrapped !== undefined) {
        replacements.push({
          num: stream.num,
          gen: stream.gen,
          dict: stream.dict,
          stream: Buffer.from(wrapped, 'latin1'),
        });
      }
    }
  }
  return replacements.length === 0 ? pdf : appendUpdate(pdf, xref, replacements);
}
