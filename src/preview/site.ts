/**
 * The preview's site in memory: the pages `reform build` writes (index, 別表1, 別表2), style.css and
 * the font files they use, rendered from a valid report without touching the disk. Each page has a
 * hash of what it shows (its HTML and the stylesheet), so that only pages whose content changed reload.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../model/report.js';
import { readStylesheet, renderHtmlPages } from '../render/html.js';
import { codePointsOf, fontPackageDir, selectFonts } from '../render/fonts.js';
import { WORKBOOK_FILE } from '../render/xlsx.js';
import { openDataFileNames } from '../render/opendata.js';
import { hashOf } from './page.js';

export const FONTS_DIR = 'fonts';

export interface SiteFile {
  type: string;
  body: Buffer;
}

export interface SitePage {
  name: string;
  title: string;
  html: string;
  hash: string;
}

export interface Site {
  report: Report;
  pages: SitePage[];
  /** style.css and fonts/…, by name relative to the site root. */
  files: Map<string, SiteFile>;
  /** Characters no bundled font covers. */
  uncovered: string[];
}

export interface SiteOptions {
  templatesDir?: string;
  /** Cells to highlight (diff view): renderHtmlPages' keys. */
  highlight?: Set<string>;
}

const fontCache = new Map<string, Buffer>();
async function readCached(file: string): Promise<Buffer> {
  let b = fontCache.get(file);
  if (!b) {
    b = await readFile(file);
    fontCache.set(file, b);
  }
  return b;
}

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export const contentTypeOf = (name: string): string => CONTENT_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';

export async function renderSite(report: Report, opts: SiteOptions = {}): Promise<Site> {
  // The index links what the preview makes on demand: the PDFs, the workbook and the open data.
  const outputs = { pdf: true, workbook: WORKBOOK_FILE, openData: openDataFileNames() };
  const built = renderHtmlPages(report, { templatesDir: opts.templatesDir, highlight: opts.highlight, outputs });
  const css = readStylesheet(opts.templatesDir);
  const fonts = selectFonts(codePointsOf([...built.map((p) => p.html), css]));
  const files = new Map<string, SiteFile>();
  files.set('style.css', { type: contentTypeOf('style.css'), body: Buffer.from(css) });
  files.set(`${FONTS_DIR}/fonts.css`, { type: contentTypeOf('fonts.css'), body: Buffer.from(fonts.css) });
  files.set(`${FONTS_DIR}/LICENSE.txt`, { type: contentTypeOf('LICENSE.txt'), body: await readCached(path.join(fontPackageDir(), 'LICENSE')) });
  for (const f of fonts.files) files.set(`${FONTS_DIR}/${f.name}`, { type: contentTypeOf(f.name), body: await readCached(f.source) });
  const pages = built.map((p) => ({ ...p, hash: hashOf(p.html, '\0', css) }));
  return { report, pages, files, uncovered: fonts.uncovered };
}
