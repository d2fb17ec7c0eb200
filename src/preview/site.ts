/**
 * The preview's site in memory: the pages `reform build` writes (the index and one page per table of
 * the one table decision, render/report-tables.ts: 別表1 and 別表2, or the declared tables), style.css
 * and the font files they use, rendered from a valid report without touching the disk. Each page has a
 * hash of what it shows (its HTML and the stylesheet), so that only pages whose content changed reload.
 * The pages come from render/pages.ts, as in the build core (publish/index.ts); the build core's
 * renderOutputs is not used on every save because it also makes the workbook (about half a second)
 * and has no highlighted cells (the diff view). The workbook, open data and PDFs are made on demand
 * by the build core itself (session.ts, run.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../model/report.js';
import { readPagesStylesheet, renderPages } from '../render/pages.js';
import { CONTENT_TYPES, outputLinks } from '../render/outputs.js';
import { decideTables, type ReportTables } from '../render/report-tables.js';
import { buildFonts, codePointsOf } from '../render/fonts.js';
import { FONT_FAMILY, FONT_PACKAGE, fontPackageDir, shippedFontFiles } from '../fonts/shipped.js';
import { hashOf } from './page.js';

export const FONTS_DIR = 'fonts';

export interface SiteFile {
  type: string;
  body: Buffer;
}

/** Every slice of the bundled fonts, declared once (the browser downloads only those a page uses: unicode-range). */
export interface PreviewFonts {
  css: string;
  /** Name inside fonts/ → file in the font package. */
  sources: Map<string, string>;
}

export interface SitePage {
  name: string;
  title: string;
  html: string;
  hash: string;
}

export interface Site {
  report: Report;
  /** The report's tables (the one table decision): its pages and what the preview makes on demand. */
  tables: ReportTables;
  pages: SitePage[];
  /** style.css and fonts/…, by name relative to the site root. */
  files: Map<string, SiteFile>;
  /** Characters no bundled font covers. */
  uncovered: string[];
}

export interface SiteOptions {
  templatesDir?: string;
  /** The report's tables as decided (the diff view's, their changed cells marked); decided here when not given. */
  tables?: ReportTables;
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

export { CONTENT_TYPES } from '../render/outputs.js';

export const contentTypeOf = (name: string): string =>
  CONTENT_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';

let allFonts: PreviewFonts | undefined;
/**
 * The preview declares every slice rather than those a build's pages use: the error banner prints
 * characters the tables do not have, and a page that never built needs the fonts too.
 */
export function previewFonts(): PreviewFonts {
  if (!allFonts) {
    // The complete TTFs of the main font (a local preview needs no subset); the fallback comes from the pages.
    const files = shippedFontFiles().filter((f) => f.pkg === FONT_PACKAGE);
    const css = files
      .map(
        (f) =>
          `@font-face {\n  font-family: '${FONT_FAMILY}';\n  font-style: normal;\n  font-display: block;\n` +
          `  font-weight: ${f.weight};\n  src: url(./${path.basename(f.file)}) format('truetype');\n}\n`,
      )
      .join('');
    allFonts = { css, sources: new Map(files.map((f) => [path.basename(f.file), f.file])) };
  }
  return allFonts;
}

/** A font file (fonts/NAME) of the preview, or undefined. */
export async function previewFontFile(name: string, site?: Site): Promise<SiteFile | undefined> {
  if (name === `${FONTS_DIR}/fonts.css`) {
    // The pages' fallback slices (characters BIZ UDPGothic lacks) are added to the full list.
    const extra = site?.files.get(`${FONTS_DIR}/fallback.css`)?.body.toString('utf8') ?? '';
    return { type: contentTypeOf(name), body: Buffer.from(previewFonts().css + extra) };
  }
  if (name === `${FONTS_DIR}/LICENSE.txt`)
    return { type: contentTypeOf(name), body: await readCached(path.join(fontPackageDir(), 'LICENSE_FONT')) };
  const source = name.startsWith(`${FONTS_DIR}/`)
    ? previewFonts().sources.get(name.slice(FONTS_DIR.length + 1))
    : undefined;
  return source ? { type: contentTypeOf(name), body: await readCached(source) } : site?.files.get(name);
}

export async function renderSite(report: Report, opts: SiteOptions = {}): Promise<Site> {
  // The report's tables, decided once; the index links what the preview makes on demand (PDFs, workbook, open data).
  const tables = opts.tables ?? decideTables(report);
  const outputs = outputLinks(tables, { pdf: true });
  const built = renderPages(report, { templatesDir: opts.templatesDir, outputs, tables });
  const css = readPagesStylesheet(report, opts.templatesDir, tables);
  const fonts = await buildFonts(codePointsOf([...built.map((p) => p.data), css]));
  const files = new Map<string, SiteFile>();
  files.set('style.css', { type: contentTypeOf('style.css'), body: Buffer.from(css) });
  // The preview serves the main font from previewFonts(); here only the fallback subset (characters
  // BIZ UDPGothic lacks), which depends on the pages.
  const fallback = fonts.files.filter((f) => f.name.startsWith('noto-sans-jp-'));
  for (const f of fallback)
    files.set(`${FONTS_DIR}/${f.name}`, { type: contentTypeOf(f.name), body: Buffer.from(f.data) });
  if (fallback.length > 0) {
    const blocks = fonts.css.split('@font-face').filter((block) => block.includes('url(./noto-sans-jp-'));
    files.set(`${FONTS_DIR}/fallback.css`, {
      type: contentTypeOf('fallback.css'),
      body: Buffer.from(blocks.map((b) => `@font-face${b}`).join('')),
    });
  }
  const pages = built.map((p) => ({ name: p.name, title: p.title, html: p.data, hash: hashOf(p.data, '\0', css) }));
  return { report, tables, pages, files, uncovered: fonts.uncovered };
}
