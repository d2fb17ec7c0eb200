/**
 * Prints an HTML page of the output directory to PDF with the running browser: A4 landscape (the
 * page's @page rule decides, A4 landscape is the fallback), backgrounds, a tagged PDF with an outline.
 * Chromium takes the title from <title> and /Lang from <html lang>; it has no way to set the author,
 * so the Info dictionary is completed afterwards by an incremental update (the original bytes are
 * kept, a new Info object and xref section are appended).
 * Then the PDF is written again, leaner (leanPdf): Chromium writes every object on its own with a classic
 * xref table; the structure tree alone (one object per tagged cell) is a good part of the file, and the
 * incremental updates leave the replaced objects behind. The structure tree is amended on the way
 * (pdf-structure.ts: /ActualText, row-group headers, LBody), from what the printed page says of its cells.
 * A long page is printed in parts (pdf-parts.ts) and the parts joined in that rewrite (pdf-join.ts): the renderer
 * holds one part's paint at a time instead of the whole document's.
 */
import { pathToFileURL } from 'node:url';
import { PDFDict, PDFDocument, PDFName, PDFNumber, ParseSpeeds } from 'pdf-lib';
import type { Page } from 'puppeteer-core';
import { artifactReplacements } from './pdf-artifacts.js';
import { amendStructure, type StructureHints, structureHints } from './pdf-structure.js';
import { appendUpdate, readObject, readXref, type Replacement, type Xref } from './pdf-file.js';
import { xmpReplacements } from './pdf-xmp.js';
import { paginateForPrint, type PaginateResult } from './paginate.js';
import { findPartStarts, showParts } from './pdf-parts.js';
import { joinPdfs } from './pdf-join.js';
import { shareFontPrograms } from './pdf-font-union.js';

/** A4 landscape less the @page margins of style.css (9mm top, 12mm bottom, 9mm sides), in CSS px. */
const MM = 96 / 25.4;
export const PRINT_AREA = { width: (297 - 18) * MM, height: (210 - 21) * MM };

/**
 * Print styles at the printed width, set before the page is loaded: its first layout is then the one that
 * pagination measures (set after loading, the page was laid out twice, once for the screen, and the renderer
 * kept the memory of both: ~90 MB and ~1 s of CPU at 300 initiatives).
 */
async function emulatePrint(page: Page): Promise<void> {
  await page.emulateMediaType('print');
  await page.setViewport({ width: Math.floor(PRINT_AREA.width), height: Math.floor(PRINT_AREA.height) });
}

/** Cuts the tables, laid out with print styles (emulatePrint), into page-sized tables. */
async function paginate(page: Page): Promise<PaginateResult> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(paginateForPrint, {
    pageHeight: PRINT_AREA.height,
    safety: 14,
    minStart: 150,
    continued: '（続き）',
  });
}

/**
 * What printing needs of a browser: an offline page and its release. browser/launch.ts's RunningBrowser is one;
 * the renderer names only this, so that render/ stays below browser/ (which finds and launches a process).
 */
export interface PrintingBrowser {
  newOfflinePage(): Promise<Page>;
  release(page: Page): Promise<void>;
}

export interface PrintedPdf {
  data: Uint8Array;
  pages: number;
  /** The fonts the PDF embeds (BaseFont without the subset tag: BIZUDPGothic-Regular). None: no text drawn. */
  fonts: string[];
  /** How many prints it was joined from (pdf-parts.ts): 1 for a page printed in one piece. */
  parts: number;
}

/**
 * How many printed pages go into one print of a long page (pdf-parts.ts): the renderer's memory grows with the
 * pages printed at once, and each print also costs a little for the whole document, so parts are not smaller.
 */
export const PART_PAGES = 50;

export interface PrintOptions {
  /** Pages per part; a page of up to 1.2 times this is printed in one piece. 0: always in one piece. */
  partPages?: number;
}

export async function printPdf(
  browser: PrintingBrowser,
  htmlFile: string,
  info: { author: string },
  options: PrintOptions = {},
): Promise<PrintedPdf> {
  return finishPdf(await printPages(browser, htmlFile, options), info);
}

/** What the browser prints of a page, before reform amends it: Chromium's PDF (one per part) and the page's hints. */
export interface PrintedPages {
  pdfs: Uint8Array[];
  hints: StructureHints;
}

/** Prints a page (in parts when it is long): the browser's part of printPdf. */
export function printPages(
  browser: PrintingBrowser,
  htmlFile: string,
  options: PrintOptions = {},
): Promise<PrintedPages> {
  return printTagged(browser, htmlFile, options.partPages ?? PART_PAGES);
}

/** Amends and joins what printPages printed into the PDF reform publishes: Node's part of printPdf. */
export function finishPdf(printed: PrintedPages, info: { author: string }): Promise<PrintedPdf> {
  return leanPdf(
    printed.pdfs.map((pdf) => amendPdf(pdf, info)),
    (doc) => amendStructure(doc, printed.hints),
  );
}

/** The PDF as Chromium writes it: tagged, with an outline, its title and /Lang from the HTML. */
export async function printRawPdf(browser: PrintingBrowser, htmlFile: string): Promise<Uint8Array> {
  return (await printTagged(browser, htmlFile, 0)).pdfs[0];
}

const PDF_OPTIONS = {
  format: 'A4',
  landscape: true,
  preferCSSPageSize: true,
  printBackground: true,
  tagged: true,
  outline: true,
  waitForFonts: true,
  timeout: 0,
} as const;

/**
 * Chromium's PDF (one, or one per part of a long page), and what the printed page says of its tables' cells
 * (render/pdf-structure.ts).
 */
async function printTagged(browser: PrintingBrowser, htmlFile: string, partPages: number): Promise<PrintedPages> {
  const page = await browser.newOfflinePage();
  try {
    await emulatePrint(page);
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout: 0 });
    await paginate(page);
    const hints = await page.evaluate(structureHints);
    const segments = partPages > 0 ? (await page.evaluate(findPartStarts)).starts + 1 : 1;
    if (partPages <= 0 || segments <= partPages * 1.2) return { pdfs: [await page.pdf(PDF_OPTIONS)], hints };
    return { pdfs: await printInParts(page, segments, Math.max(2, Math.round(segments / partPages))), hints };
  } finally {
    await browser.release(page);
  }
}

/**
 * Prints the page's `segments` (each from a forced page break to the next) in `count` parts. Each part numbers
 * its pages on from the parts before; `counter(pages)` is set to the whole's page count in the page's style
 * sheets, first as the count of segments (each of reform's paginated pages is one), printed again with the
 * count found if a segment took more than a page.
 */
async function printInParts(page: Page, segments: number, count: number): Promise<Uint8Array[]> {
  const cdp = await page.createCDPSession();
  // The style sheets' texts through DevTools (a file: page cannot read its own sheets' rules): the CSS domain is
  // on only while they are read and set, since it follows every style change of the page while it is on.
  // Sheets by where they come from: their IDs are new each time the domain is turned on.
  let original: Map<string, string> | undefined;
  const setTotal = async (total: number) => {
    const sheets: { id: string; from: string }[] = [];
    const added = (e: {
      header: { styleSheetId: string; sourceURL: string; startLine: number; startColumn: number };
    }) =>
      sheets.push({
        id: e.header.styleSheetId,
        from: `${e.header.sourceURL}:${e.header.startLine}:${e.header.startColumn}`,
      });
    cdp.on('CSS.styleSheetAdded', added);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    cdp.off('CSS.styleSheetAdded', added);
    if (!original) {
      original = new Map();
      for (const { id, from } of sheets) {
        const { text } = await cdp.send('CSS.getStyleSheetText', { styleSheetId: id });
        if (text.search(PAGES_COUNTER) >= 0) original.set(from, text);
      }
    }
    for (const { id, from } of sheets) {
      const text = original.get(from);
      if (text !== undefined)
        await cdp.send('CSS.setStyleSheetText', { styleSheetId: id, text: text.replace(PAGES_COUNTER, `"${total}"`) });
    }
    await cdp.send('CSS.disable');
    await cdp.send('DOM.disable');
  };
  const print = async (total: number) => {
    await setTotal(total);
    const pdfs: Uint8Array[] = [];
    let printed = 0;
    let sinceCollected = Number.POSITIVE_INFINITY;
    for (let i = 0; i < count; i++) {
      const first = Math.round((i * segments) / count);
      const last = Math.round(((i + 1) * segments) / count) - 1;
      await page.evaluate(showParts, first, last, printed);
      // The renderer lets go of the whole page's layout, and of the parts printed, only when its garbage is
      // collected: at 1,000 initiatives it held ~1.2 GB after the parts without this, ~250 MB with it.
      if (sinceCollected >= COLLECT_PAGES) {
        await cdp.send('HeapProfiler.collectGarbage');
        sinceCollected = 0;
      }
      const pdf = await page.pdf(PDF_OPTIONS);
      const pages = countPdfPages(pdf);
      printed += pages;
      sinceCollected += pages;
      pdfs.push(pdf);
    }
    return { pdfs, printed };
  };
  try {
    const once = await print(segments);
    if (once.printed === segments || original?.size === 0) return once.pdfs;
    return (await print(once.printed)).pdfs;
  } finally {
    await page.evaluate(showParts, -1, -1, 0);
    await cdp.detach();
  }
}

/** Pages printed between two garbage collections of the renderer (~0.4 s each at 1,000 initiatives). */
const COLLECT_PAGES = 150;

const PAGES_COUNTER = /counter\(\s*pages\s*\)/g;

/**
 * What Chromium cannot do, by one incremental update: page numbers, drawings, backgrounds and borders as
 * Artifacts, XMP metadata, the author. The three touch different objects (content streams and structure
 * elements; the catalog and a new metadata stream; the Info dictionary), so they are read from the same
 * cross-reference table and appended together: the file is read and copied once, not three times.
 */
export function amendPdf(raw: Uint8Array, info: { author: string }): Uint8Array {
  const xref = readXref(raw);
  if (!xref) return raw;
  const replacements = [
    ...artifactReplacements(raw, xref),
    ...xmpReplacements(raw, xref, info),
    ...infoReplacements(raw, xref, { Author: info.author }),
  ];
  return replacements.length === 0 ? raw : appendUpdate(raw, xref, replacements);
}

/**
 * Writes the PDF again with object streams and a compressed cross-reference stream (pdf-lib): the same
 * objects, so the structure tree, outline, /Lang and the Info dictionary are kept as they are (the metadata
 * is not touched: no pdf-lib Producer or dates); objects that no longer count (replaced by an incremental
 * update) are dropped. Streams (page contents, fonts) are copied as they are. test/pdf-lean.test.ts compares
 * the whole object graph before and after. `amend` changes the objects before they are written (printPdf: the
 * structure tree's amendments).
 */
export async function leanPdf(
  pdf: Uint8Array | readonly Uint8Array[],
  amend?: (doc: PDFDocument) => void,
): Promise<PrintedPdf> {
  // Without pdf-lib's pauses every 100 objects (made for browsers' UI threads): a third faster here.
  const load = (bytes: Uint8Array) =>
    PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const [first, ...rest] = pdf instanceof Uint8Array ? [pdf] : pdf;
  const doc = await load(first);
  if (rest.length > 0) {
    // The parts of a page printed in parts, loaded one at a time: each is dropped once joined.
    await joinPdfs(
      doc,
      (function* () {
        for (const part of rest) yield load(part);
      })(),
    );
    shareFontPrograms(doc);
  }
  amend?.(doc);
  const data = await doc.save({
    useObjectStreams: true,
    addDefaultPage: false,
    updateFieldAppearances: false,
    objectsPerTick: Number.POSITIVE_INFINITY,
  });
  // The page tree's count: pdf-lib's own page list is the first part's after a join.
  const count = doc.catalog.lookup(PDFName.of('Pages'), PDFDict).get(PDFName.of('Count'));
  return {
    data,
    pages: count instanceof PDFNumber ? count.asNumber() : doc.getPageCount(),
    fonts: fontsOf(doc),
    parts: rest.length + 1,
  };
}

/** The BaseFont names of the document's font dictionaries, without the subset tag (ABCDEF+). */
function fontsOf(doc: PDFDocument): string[] {
  const names = new Set<string>();
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const base = obj.get(PDFName.of('BaseFont'));
    if (base instanceof PDFName) names.add(base.decodeText().replace(/^[A-Z]{6}\+/, ''));
  }
  return [...names].sort();
}

const latin1 = (bytes: Uint8Array, start = 0, end = bytes.length) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');

export function countPdfPages(pdf: Uint8Array): number {
  return latin1(pdf).match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

/** A PDF text string: UTF-16BE with a byte-order mark, as hex. */
export function pdfTextString(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

const PDF_STRING = String.raw`(?:\((?:\\[\s\S]|[^\\)])*\)|<[0-9A-Fa-f\s]*>)`;

/**
 * Sets entries of the document Info dictionary (e.g. Author) by an incremental update.
 * Returns the PDF unchanged when its structure is not the simple one Chromium writes
 * (classic xref table, an /Info reference in the trailer).
 */
export function setPdfInfo(pdf: Uint8Array, fields: Record<string, string>): Uint8Array {
  const xref = readXref(pdf);
  const replacements = xref ? infoReplacements(pdf, xref, fields) : [];
  return xref && replacements.length > 0 ? appendUpdate(pdf, xref, replacements) : pdf;
}

/** The Info dictionary with these entries set; none when the trailer names no Info dictionary. */
function infoReplacements(pdf: Uint8Array, xref: Xref, fields: Record<string, string>): Replacement[] {
  const info = /\/Info\s+(\d+)\s+\d+\s+R/.exec(xref.trailer);
  const obj = info ? readObject(pdf, xref, Number(info[1])) : undefined;
  if (!obj || obj.stream) return [];
  let body = obj.dict;
  for (const key of Object.keys(fields)) body = body.replace(new RegExp(String.raw`\/${key}\s*${PDF_STRING}`), '');
  body = `${body.trim()}\n${Object.entries(fields)
    .map(([k, v]) => `/${k} ${pdfTextString(v)}`)
    .join('\n')}`;
  return [{ num: obj.num, gen: obj.gen, dict: body }];
}
