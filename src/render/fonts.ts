/**
 * The subsets a build writes to fonts/: each shipped font it needs, cut down to the characters of its
 * pages by subset-font (the harfbuzz subsetter), one WOFF per font and weight. The HTML and the PDF
 * then carry one font per weight (two with the fallback), not one per unicode-range slice.
 * The fallback face is declared under the main family with a unicode-range of just the characters
 * the main font lacks, so it never replaces a glyph of BIZ UDPGothic and style.css needs no change.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import {
  FALLBACK,
  FALLBACK_FONT_PACKAGE,
  FONT_FAMILY,
  FONT_PACKAGE,
  FONT_WEIGHTS,
  MAIN,
  fallbackFontPackageDir,
  fontCoverage,
  fontPackageDir,
  packageDir,
  type FontWeight,
  type ShippedFont,
} from '../fonts/shipped.js';
import { sfntToWoff } from './woff.js';

export { codePointsOf, fontCoverage, charactersWithoutGlyph } from '../fonts/shipped.js';

export interface FontBuild {
  /** Files for fonts/: the subsets (woff2), fonts.css and the licences. */
  files: { name: string; data: Uint8Array | string }[];
  css: string;
  /** Characters drawn from the fallback font. */
  fallback: string[];
  /** Characters no shipped font has (the viewer's fonts draw them, or a box). */
  uncovered: string[];
}

/** The OpenType features Chromium applies to horizontal text by default. */
const LAYOUT_FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig'];

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
const fromCps = (cps: number[]) => cps.map((cp) => String.fromCodePoint(cp)).join('');

/** Subsets the shipped fonts to these code points: one WOFF per font and weight. */
export async function buildFonts(codePoints: Set<number>): Promise<FontBuild> {
  const cov = fontCoverage(codePoints);
  const faces: { font: ShippedFont; weight: FontWeight; cps: number[]; range?: string }[] = [];
  for (const w of FONT_WEIGHTS) faces.push({ font: MAIN, weight: w, cps: cov.main });
  if (cov.fallback.length > 0) {
    const range = cov.fallback.map(hex).join(', ');
    for (const w of FONT_WEIGHTS) faces.push({ font: FALLBACK, weight: w, cps: cov.fallback, range });
  }
  const subsets = await Promise.all(
    faces.map(async (f) => {
      const ttf = readFileSync(path.join(packageDir(f.font.pkg), f.font.files[f.weight]));
      // Only the features horizontal text uses: the others (vert, jp78, nlck…) pull in thousands of glyphs.
      const data = await subsetFont(ttf, fromCps(f.cps), { targetFormat: 'sfnt', keepFeatures: LAYOUT_FEATURES });
      return { ...f, name: `${f.font.slug}-${f.weight}.woff`, data: sfntToWoff(data) };
    }),
  );
  const css = [
    `/* ${FONT_FAMILY} (${FONT_PACKAGE}, SIL Open Font License 1.1), subset to the characters of these pages.`,
    ...(cov.fallback.length > 0
      ? [`   Characters it lacks: Noto Sans JP (${FALLBACK_FONT_PACKAGE}, SIL Open Font License 1.1). */`]
      : ['*/']),
    ...subsets.map(
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
    files: [
      ...subsets.map((s) => ({ name: s.name, data: s.data })),
      { name: 'fonts.css', data: `${css}\n` },
      ...licences,
    ],
    css: `${css}\n`,
    fallback: cov.fallback.map((cp) => String.fromCodePoint(cp)),
    uncovered: cov.uncovered,
  };
}
