/**
 * The Japanese font shipped with reform (@fontsource/biz-udpgothic, OFL) and copied beside the HTML.
 *
 * Fontsource's single "japanese" subset file lacks many characters the tables print (← → ① □ ～ ⇒ ※),
 * so we use its numbered slices (Google Fonts' unicode-range slicing of the whole font, in 400.css
 * and 700.css) and copy only the slices whose unicode-range meets a character of the build's pages,
 * in both weights. fonts/fonts.css is the package's CSS rewritten to point at the copied woff2 files.
 * Characters that no slice covers (the font has no Ⅰ Ⅱ Ⅲ, for instance) are reported, because they
 * fall back to a font of the machine and may look different elsewhere.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const FONT_FAMILY = 'BIZ UDPGothic';
export const FONT_PACKAGE = '@fontsource/biz-udpgothic';
const WEIGHTS = [400, 700] as const;

export interface FontFace {
  weight: number;
  /** woff2 file name inside the package's files/ */
  file: string;
  ranges: [number, number][];
  /** The unicode-range as written in the package's CSS. */
  rangeText: string;
}

export interface FontSelection {
  faces: FontFace[];
  /** Files to copy: absolute source path → name inside fonts/. */
  files: { source: string; name: string }[];
  css: string;
  /** Printable characters that no slice of the font covers. */
  uncovered: string[];
}

let cachedDir: string | undefined;
export function fontPackageDir(): string {
  if (!cachedDir) {
    const require = createRequire(import.meta.url);
    cachedDir = path.dirname(require.resolve(`${FONT_PACKAGE}/400.css`));
  }
  return cachedDir;
}

export function fontPackageVersion(): string {
  // The package's exports map every "./x" to "./x.css", so package.json is read by path.
  return JSON.parse(readFileSync(path.join(fontPackageDir(), 'package.json'), 'utf8')).version;
}

function parseRanges(text: string): [number, number][] {
  return text.split(',').map((r) => {
    const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a, 16), parseInt(b ?? a, 16)];
  });
}

/** The @font-face rules of the package's 400.css and 700.css. */
export function parseFontFaces(cssByWeight: Record<number, string>): FontFace[] {
  const faces: FontFace[] = [];
  for (const [w, css] of Object.entries(cssByWeight)) {
    for (const block of css.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      if (!file || !range) continue;
      faces.push({ weight: Number(w), file, ranges: parseRanges(range), rangeText: range.trim() });
    }
  }
  return faces;
}

let cachedFaces: FontFace[] | undefined;
export function packageFontFaces(): FontFace[] {
  if (!cachedFaces) {
    const dir = fontPackageDir();
    cachedFaces = parseFontFaces(Object.fromEntries(WEIGHTS.map((w) => [w, readFileSync(path.join(dir, `${w}.css`), 'utf8')])));
  }
  return cachedFaces;
}

function covers(face: FontFace, cp: number): boolean {
  return face.ranges.some(([a, b]) => a <= cp && cp <= b);
}

/** Code points of a text, without controls and whitespace (which need no glyph). */
export function codePointsOf(texts: Iterable<string>): Set<number> {
  const set = new Set<number>();
  for (const text of texts) for (const ch of text) set.add(ch.codePointAt(0)!);
  for (const cp of [...set]) if (cp < 0x20 || cp === 0x7f || /\s/u.test(String.fromCodePoint(cp))) set.delete(cp);
  return set;
}

/** The slices needed for these code points, their CSS (urls relative to fonts/), and what no slice covers. */
export function selectFonts(codePoints: Set<number>, faces: FontFace[] = packageFontFaces()): FontSelection {
  const selected = faces.filter((f) => [...codePoints].some((cp) => covers(f, cp)));
  const uncovered = [...codePoints].filter((cp) => !faces.some((f) => covers(f, cp))).sort((a, b) => a - b).map((cp) => String.fromCodePoint(cp));
  const dir = fontPackageDir();
  const css = [
    `/* ${FONT_FAMILY} from ${FONT_PACKAGE} (SIL Open Font License 1.1): only the slices these pages use. */`,
    ...selected.map(
      (f) =>
        `@font-face {\n  font-family: '${FONT_FAMILY}';\n  font-style: normal;\n  font-display: block;\n  font-weight: ${f.weight};\n  src: url(./${f.file}) format('woff2');\n  unicode-range: ${f.rangeText};\n}`,
    ),
  ].join('\n');
  return {
    faces: selected,
    files: selected.map((f) => ({ source: path.join(dir, 'files', f.file), name: f.file })),
    css: `${css}\n`,
    uncovered,
  };
}
