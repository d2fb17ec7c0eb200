/**
 * The print view and the PDFs made on demand: the site is written into the export directory (a
 * temporary one, or --out) and printed by the browser exactly as `reform build` prints it
 * (render/pdf.ts), one browser per PDF, closed whatever happens.
 */
import path from 'node:path';
import { launchBrowser } from '../browser/launch.js';
import { printPdf } from '../render/pdf.js';
import { OutputDir } from '../io/outdir.js';
import { FONTS_DIR, readCached, type Site } from './site.js';

/** Writes the site as `reform build` lays it out (pages, style.css, the fonts they use). */
export async function writeSite(out: OutputDir, site: Site): Promise<void> {
  await out.write('style.css', site.files.get('style.css')!.body);
  await out.write(`${FONTS_DIR}/fonts.css`, site.buildFonts.css);
  for (const f of site.buildFonts.files) await out.write(`${FONTS_DIR}/${f.name}`, await readCached(f.source));
  for (const p of site.pages) await out.write(p.name, p.html);
}

export function pdfPrinter(opts: { executablePath: string; env: Record<string, string | undefined>; out: OutputDir }) {
  return async (site: Site, page: string): Promise<Uint8Array> => {
    await writeSite(opts.out, site);
    const browser = await launchBrowser({ executablePath: opts.executablePath, env: opts.env, allowDirs: [opts.out.root, opts.out.realRoot] });
    try {
      const pdf = await printPdf(browser, path.join(opts.out.root, page), { author: site.report.organisation });
      await opts.out.write(page.replace(/\.html$/, '.pdf'), pdf.data);
      return pdf.data;
    } finally {
      await browser.close();
    }
  };
}
