/**
 * The content key of a printed PDF: a digest of everything the PDF is made from, so that a build can reuse the
 * PDF an earlier build left in the output directory when nothing it shows has changed (publish/index.ts keeps
 * the key in `.reform-build.json`). What goes in:
 *   - the page's HTML as written (the templates' output: every text, link and class of the table) and style.css;
 *   - the fonts: the shipped font packages' versions and the code of the subsetter; a page draws only its own
 *     characters, which are in its HTML and CSS, so a new character elsewhere in the report (which changes the
 *     build's subsets) does not reprint a table that does not use it;
 *   - the printer: reform's version, a digest of the code that paginates, prints and amends the PDF (its
 *     settings are in that code: paper, margins, tagging, artifacts, the lean rewrite), the browser's path, the
 *     author written into the PDF and whether a custom stylesheet relaxes the font check.
 * Light on purpose (no pdf-lib, no browser driver): `--no-pdf` and the reuse check load only this.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FALLBACK_FONT_PACKAGE, FONT_PACKAGE, packageDir } from '../fonts/shipped.js';
import { packageRoot } from '../paths.js';

/** Bumped when what the key covers changes shape. */
const KEY_FORMAT = 1;

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The modules of this folder that decide what a PDF holds: pdf*.ts, paginate.ts, fonts.ts, woff.ts (or .js). */
const PRINTING_CODE = /^(pdf|paginate|fonts|woff)[\w-]*\.(js|ts)$/;

let printerText: string | undefined;
/** reform's version, the printing code's digest and the shipped fonts' versions: the same for every page. */
export function printerDigest(): string {
  if (printerText === undefined) {
    const version = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
    const here = path.dirname(fileURLToPath(import.meta.url));
    const code = createHash('sha256');
    for (const name of readdirSync(here)
      .filter((n) => PRINTING_CODE.test(n) && !n.endsWith('.d.ts'))
      .sort()) {
      code
        .update(`${name}\0`)
        .update(readFileSync(path.join(here, name)))
        .update('\0');
    }
    printerText = JSON.stringify({
      reform: version(packageRoot),
      code: code.digest('hex'),
      fonts: [FONT_PACKAGE, FALLBACK_FONT_PACKAGE].map((p) => `${p}@${version(packageDir(p))}`),
    });
  }
  return printerText;
}

export interface PdfInputs {
  /** The page's HTML as written to the output directory. */
  html: string | Uint8Array;
  /** style.css as written. */
  css: string | Uint8Array;
  /** The browser's executable. */
  browser: string;
  /** The author written into the PDF. */
  author: string;
  /** A custom style.css (the font check accepts other fonts). */
  customStyle: boolean;
}

/** The content key (hex SHA-256) of the PDF printed from these inputs. */
export function pdfContentKey(inputs: PdfInputs): string {
  return sha256(
    JSON.stringify({
      format: KEY_FORMAT,
      printer: printerDigest(),
      browser: inputs.browser,
      author: inputs.author,
      customStyle: inputs.customStyle,
      html: sha256(inputs.html),
      css: sha256(inputs.css),
    }),
  );
}
