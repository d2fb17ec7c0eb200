/**
 * The Japanese font shipped with reform (@fontsource/biz-udpgothic, OFL) and copied beside the HTML.
 *
 * Fontsource's single "japanese" subset file lacks many characters the tables print (← → ① □ ～ ⇒ ※),
 * so we use its numbered slices (Google Fonts' unicode-range slicing of the whole font, in 400.css
 * and 700.css) and copy only the slices whose unicode-range meets a character of the build's pages,
 * in both weights. fonts/fonts.css is the package's CSS rewritten to point at the copied woff2 files.
 * The font has no Ⅰ Ⅱ Ⅲ (the seed prints 「新任班長等研修Ⅱ」): characters it lacks are taken from
 * @fontsource/noto-sans-symbols (OFL), declared under the same family with a unicode-range of just
 * those characters, so they never replace a glyph of BIZ UDPGothic. Characters neither covers are
 * reported, because they fall back to a font of the machine and may look different elsewhere.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const FONT_FAMILY = 'BIZ UDPGothic';
export const FONT_PACKAGE = '@fontsource/biz-udpgothic';
export const FALLBACK_FONT_PACKAGE = '@fontsource/noto-sans-symbols';
const WEIGHTS = [400, 700] as const;

export interface FontFace {
  /** The package directory the file is in (default: the main font's). */
  dir?: string;
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

const packageDirs = new Map<string, string>();
function packageDir(pkg: string): string {
  let dir = packageDirs.get(pkg);
  if (!dir) {
    const require = createRequire(import.meta.url);
    dir = path.dirname(require.resolve(`${pkg}/400.css`));
    packageDirs.set(pkg, dir);
  }
  return dir;
}

export function fontPackageDir(): string {
  return packageDir(FONT_PACKAGE);
}

export function fallbackFontPackageDir(): string {
  return packageDir(FALLBACK_FONT_PACKAGE);
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

const cachedFaces = new Map<string, FontFace[]>();
function facesOf(pkg: string): FontFace[] {
  let faces = cachedFaces.get(pkg);
  if (!faces) {
    const dir = packageDir(pkg);
    faces = parseFontFaces(Object.fromEntries(WEIGHTS.map((w) => [w, readFileSync(path.join(dir, `${w}.css`), 'utf8')]))).map((f) => ({ ...f, dir }));
    cachedFaces.set(pkg, faces);
  }
  return faces;
}

export function packageFontFaces(): FontFace[] {
  return facesOf(FONT_PACKAGE);
}

export function fallbackFontFaces(): FontFace[] {
  return facesOf(FALLBACK_FONT_PACKAGE);
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

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
export function selectFonts(codePoints: Set<number>, faces: FontFace[] = packageFontFaces(), fallback: FontFace[] = fallbackFontFaces()): FontSelection {
  const primary = faces.filter((f) => [...codePoints].some((cp) => covers(f, cp)));
  const missing = [...codePoints].filter((cp) => !faces.some((f) => covers(f, cp))).sort((a, b) => a - b);
  // Fallback slices, limited to the characters the main font lacks.
  const extra: FontFace[] = [];
  for (const f of fallback) {
    const cps = missing.filter((cp) => covers(f, cp));
    if (cps.length > 0) extra.push({ ...f, ranges: cps.map((cp) => [cp, cp] as [number, number]), rangeText: cps.map(hex).join(', ') });
  }
  const selected = [...primary, ...extra];
  const uncovered = missing.filter((cp) => !extra.some((f) => covers(f, cp))).map((cp) => String.fromCodePoint(cp));
  const css = [
    `/* ${FONT_FAMILY} from ${FONT_PACKAGE} (SIL Open Font License 1.1): only the slices these pages use.`,
    `   Characters it lacks come from ${FALLBACK_FONT_PACKAGE} (SIL Open Font License 1.1). */`,
    ...selected.map(
      (f) =>
        `@font-face {\n  font-family: '${FONT_FAMILY}';\n  font-style: normal;\n  font-display: block;\n  font-weight: ${f.weight};\n  src: url(./${f.file}) format('woff2');\n  unicode-range: ${f.rangeText};\n}`,
    ),
  ].join('\n');
  return {
    faces: selected,
    files: [
      ...selected.map((f) => ({ source: path.join(f.dir ?? fontPackageDir(), 'files', f.file), name: f.file })),
      ...(extra.length > 0 ? [{ source: path.join(fallbackFontPackageDir(), 'LICENSE'), name: 'LICENSE-noto-sans-symbols.txt' }] : []),
    ],
    css: `${css}\n`,
    uncovered,
  };
}
