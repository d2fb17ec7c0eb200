/**
 * Prints an HTML page of the output directory to PDF with the running browser: A4 landscape (the
 * page's @page rule decides, A4 landscape is the fallback), backgrounds, a tagged PDF with an outline.
 * Chromium takes the title from <title> and /Lang from <html lang>; it has no way to set the author,
 * so the Info dictionary is completed afterwards by an incremental update (the original bytes are
 * kept, a new Info object and xref section are appended).
 */
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import type { RunningBrowser } from '../browser/launch.js';
import { markUntaggedTextAsArtifacts } from './pdf-artifacts.js';
import { appendUpdate, readObject, readXref } from './pdf-file.js';
import { paginateForPrint, type PaginateResult } from './paginate.js';

/** A4 landscape less the @page margins of style.css (9mm top, 12mm bottom, 9mm sides), in CSS px. */
const MM = 96 / 25.4;
export const PRINT_AREA = { width: (297 - 18) * MM, height: (210 - 21) * MM };

/** Lays the tables out at the printed width with print styles, and cuts them into page-sized tables. */
async function paginate(page: Page): Promise<PaginateResult> {
  await page.emulateMediaType('print');
  await page.setViewport({ width: Math.floor(PRINT_AREA.width), height: Math.floor(PRINT_AREA.height) });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(paginateForPrint, { pageHeight: PRINT_AREA.height, safety: 14, minStart: 150, continued: '（続き）' });
}

export interface PrintedPdf {
  data: Uint8Array;
  pages: number;
}

export async function printPdf(browser: RunningBrowser, htmlFile: string, info: { author: string }): Promise<PrintedPdf> {
  const page = await browser.newOfflinePage();
  try {
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout: 0 });
    await paginate(page);
    const raw = await page.pdf({
      format: 'A4',
      landscape: true,
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      outline: true,
      waitForFonts: true,
      timeout: 0,
    });
    const data = setPdfInfo(markUntaggedTextAsArtifacts(raw), { Author: info.author });
    return { data, pages: countPdfPages(data) };
  } finally {
    await page.close().catch(() => undefined);
  }
}

const latin1 = (bytes: Uint8Array, start = 0, end = bytes.length) => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');

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
  const info = xref && /\/Info\s+(\d+)\s+\d+\s+R/.exec(xref.trailer);
  const obj = xref && info ? readObject(pdf, xref, Number(info[1])) : undefined;
  if (!xref || !obj || obj.stream) return pdf;
  let body = obj.dict;
  for (const key of Object.keys(fields)) body = body.replace(new RegExp(String.raw`\/${key}\s*${PDF_STRING}`), '');
  body = `${body.trim()}\n${Object.entries(fields)
    .map(([k, v]) => `/${k} ${pdfTextString(v)}`)
    .join('\n')}`;
  return appendUpdate(pdf, xref, [{ num: obj.num, gen: obj.gen, dict: body }]);
}
