/**
 * The subsets a build writes to fonts/: each shipped font it needs, cut down to the characters of its
 * pages by subset-font (the harfbuzz subsetter), one WOFF per font and weight. The HTML and the PDF
 * then carry one font per weight (two with the fallback), not one per unicode-range slice.
 * The fallback face is declared under the main family with a unicode-range of just the characters
 * the main font lacks, so it never replaces a glyph of BIZ UDPGothic and style.css needs no change.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  FALLBACK,
  FALLBACK_FONT_PACKAGE,
  FONT_FAMILY,
  FONT_PACKAGE,
  FONT_WEIGHTS,
  MAIN,
  fallbackFontPackageDir,
  fontPackageDir,
  packageDir,
  type FontWeight,
  type ShippedFont,
} from '../fonts/shipped.js';
import { sfntToWoff } from './woff.js';
import { printerDigest } from './pdf-key.js';

import { fontCoverage } from '../fonts/metrics.js';

export { codePointsOf, charactersWithoutGlyph } from '../fonts/shipped.js';
export { fontCoverage };

export interface FontBuild {
  /** Files for fonts/: the subsets (woff2), fonts.css and the licences. */
  files: { name: string; data: Uint8Array | string }[];
  css: string;
  /** Characters drawn from the fallback font. */
  fallback: string[];
  /** Characters no shipped font has (the viewer's fonts draw them, or a box). */
  uncovered: string[];
  /** The content key of each subset (by file name): what it is cut from and to. */
  keys: Map<string, string>;
  /** Subsets not made again because `reuse` said the file of an earlier build has their key (not in `files`). */
  reused: string[];
}

/**
 * Says whether the subset `name` with content key `key` is already in the output directory as an earlier build
 * wrote it (publish/index.ts asks its record): then it is not cut again.
 */
export type ReuseSubset = (name: string, key: string) => Promise<boolean>;

let subsetterVersion: string | undefined;
/** A subset's content key: printing code and font versions (pdf-key.ts), the subsetter, the face, its characters. */
function subsetKey(face: { font: ShippedFont; weight: FontWeight; cps: number[] }): string {
  subsetterVersion ??= JSON.parse(readFileSync(path.join(packageDir('subset-font'), 'package.json'), 'utf8')).version;
  return createHash('sha256')
    .update(
      JSON.stringify({
        printer: printerDigest(),
        subsetter: subsetterVersion,
        features: LAYOUT_FEATURES,
        font: `${face.font.pkg}/${face.font.files[face.weight]}`,
        cps: face.cps.join(' '),
      }),
    )
    .digest('hex');
}

/** The OpenType features Chromium applies to horizontal text by default. */
const LAYOUT_FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig'];

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
const fromCps = (cps: number[]) => cps.map((cp) => String.fromCodePoint(cp)).join('');

/**
 * Subsets the shipped fonts to these code points: one WOFF per font and weight; a subset that `reuse` finds
 * already written with the same key is not cut again (a rebuild of unchanged text loads no subsetter).
 */
export async function buildFonts(codePoints: Set<number>, reuse?: ReuseSubset): Promise<FontBuild> {
  const cov = fontCoverage(codePoints);
  const faces: { font: ShippedFont; weight: FontWeight; cps: number[]; range?: string }[] = [];
  for (const w of FONT_WEIGHTS) faces.push({ font: MAIN, weight: w, cps: cov.main });
  if (cov.fallback.length > 0) {
    const range = cov.fallback.map(hex).join(', ');
    for (const w of FONT_WEIGHTS) faces.push({ font: FALLBACK, weight: w, cps: cov.fallback, range });
  }
  const keys = new Map<string, string>();
  const reused: string[] = [];
  const named = faces.map((f) => ({ ...f, name: `${f.font.slug}-${f.weight}.woff`, key: subsetKey(f) }));
  for (const f of named) {
    keys.set(f.name, f.key);
    if (reuse && (await reuse(f.name, f.key))) reused.push(f.name);
  }
  // The subsetter (harfbuzz compiled to WebAssembly) is loaded only when a subset is cut.
  const toCut = named.filter((f) => !reused.includes(f.name));
  const subsetFont = toCut.length > 0 ? (await import('subset-font')).default : undefined;
  const cut = await Promise.all(
    toCut.map(async (f) => {
      const ttf = readFileSync(path.join(packageDir(f.font.pkg), f.font.files[f.weight]));
      // Only the features horizontal text uses: the others (vert, jp78, nlck…) pull in thousands of glyphs.
      const data = await subsetFont!(ttf, fromCps(f.cps), { targetFormat: 'sfnt', keepFeatures: LAYOUT_FEATURES });
      return { name: f.name, data: sfntToWoff(data) };
    }),
  );
  const css = [
    `/* ${FONT_FAMILY} (${FONT_PACKAGE}, SIL Open Font License 1.1), subset to the characters of these pages.`,
    ...(cov.fallback.length > 0
      ? [`   Characters it lacks: Noto Sans JP (${FALLBACK_FONT_PACKAGE}, SIL Open Font License 1.1). */`]
      : ['*/']),
    ...named.map(
      (f) =>
        `@font-face {\n  font-family: '${FONT_FAMILY}';\n  font-style: normal;\n  font-display: block;\n  ` +
        `font-weight: ${f.weight};\n` +
        `  src: url(./${f.name}) format('woff');\n${f.range ? `  unicode-range: ${f.range};\n` : ''}}`,
    ),
  ].join('\n');
  const licences = [
    { name: 'LICENSE.txt', data: readFileSync(path.join(fontPackageDir(), 'LICENSE_FONT'), 'utf8') },
    ...(cov.fallback.length > 0
      ? [
          {
            name: 'LICENSE-noto-sans-jp.txt',
            data: readFileSync(path.join(fallbackFontPackageDir(), 'LICENSE_FONT'), 'utf8'),
          },
        ]
      : []),
  ];
  return {
    files: [...cut, { name: 'fonts.css', data: `${css}\n` }, ...licences],
    css: `${css}\n`,
    fallback: cov.fallback.map((cp) => String.fromCodePoint(cp)),
    uncovered: cov.uncovered,
    keys,
    reused,
  };
}
