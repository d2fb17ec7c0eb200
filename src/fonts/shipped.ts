/**
 * The fonts shipped with reform and which of them draws each character (read from the fonts' cmaps).
 * Used by validate (a warning for a character no shipped font has), by the renderers (subsets, text
 * measurement) and by doctor.
 *
 * Main font: BIZ UDPGothic, complete TTFs (400 and 700) from @expo-google-fonts/biz-udpgothic (OFL).
 * Fallback: Noto Sans JP, complete TTFs (400 and 700) from @expo-google-fonts/noto-sans-jp (OFL), for
 * what BIZ UDPGothic lacks (𠮷, ⇐, Ⓐ …). Coverage is read from the fonts' real cmap (fontkit, or tables
 * generated from it: coverage.generated.ts, metrics.ts), never from a CSS unicode-range. The build's subsets are
 * made in render/fonts.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Fontkit from 'fontkit';
import { COVERED_RANGES } from './coverage.generated.js';

export const FONT_FAMILY = 'BIZ UDPGothic';
export const FONT_PACKAGE = '@expo-google-fonts/biz-udpgothic';
export const FALLBACK_FONT_PACKAGE = '@expo-google-fonts/noto-sans-jp';
export const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

export interface ShippedFont {
  pkg: string;
  /** Base of the written file names: biz-udpgothic-400.woff */
  slug: string;
  files: Record<FontWeight, string>;
}

export const MAIN: ShippedFont = {
  pkg: FONT_PACKAGE,
  slug: 'biz-udpgothic',
  files: { 400: '400Regular/BIZUDPGothic_400Regular.ttf', 700: '700Bold/BIZUDPGothic_700Bold.ttf' },
};
export const FALLBACK: ShippedFont = {
  pkg: FALLBACK_FONT_PACKAGE,
  slug: 'noto-sans-jp',
  files: { 400: '400Regular/NotoSansJP_400Regular.ttf', 700: '700Bold/NotoSansJP_700Bold.ttf' },
};

const packageDirs = new Map<string, string>();
export function packageDir(pkg: string): string {
  let dir = packageDirs.get(pkg);
  if (!dir) {
    const require = createRequire(import.meta.url);
    dir = path.dirname(require.resolve(`${pkg}/package.json`));
    packageDirs.set(pkg, dir);
  }
  return dir;
}

/** The shipped fonts' names as a PDF embeds them (BaseFont, subset tag removed): BIZUDPGothic-Regular… */
export const SHIPPED_PDF_FONT_PREFIXES = [MAIN, FALLBACK].map((f) => path.basename(f.files[400]).split('_')[0]);

/**
 * What is wrong with the fonts of a printed PDF: none at all (not one character drawn: the browser found no font),
 * or none of the shipped ones (the text came from other fonts) unless a custom stylesheet may choose its own.
 */
export function pdfFontProblem(
  fonts: readonly string[],
  opts: { customStyle: boolean },
): 'no-text' | 'no-shipped-font' | undefined {
  if (fonts.length === 0) return 'no-text';
  if (opts.customStyle) return undefined;
  const shipped = fonts.some((f) => SHIPPED_PDF_FONT_PREFIXES.some((p) => f.startsWith(p)));
  return shipped ? undefined : 'no-shipped-font';
}

/** The folders of the shipped font files (the browser's font configuration lists them). */
export function shippedFontDirs(): string[] {
  const dirs = [MAIN, FALLBACK].flatMap((f) =>
    FONT_WEIGHTS.map((w) => path.join(packageDir(f.pkg), path.dirname(f.files[w]))),
  );
  return [...new Set(dirs)];
}

export function fontPackageDir(): string {
  return packageDir(FONT_PACKAGE);
}

export function fallbackFontPackageDir(): string {
  return packageDir(FALLBACK_FONT_PACKAGE);
}

export function fontPackageVersion(): string {
  return JSON.parse(readFileSync(path.join(fontPackageDir(), 'package.json'), 'utf8')).version;
}

/** Absolute paths of the shipped TTFs (main font first), for doctor and tests. */
export function shippedFontFiles(): { pkg: string; weight: FontWeight; file: string }[] {
  return [MAIN, FALLBACK].flatMap((f) =>
    FONT_WEIGHTS.map((w) => ({ pkg: f.pkg, weight: w, file: path.join(packageDir(f.pkg), f.files[w]) })),
  );
}

const opened = new Map<string, Fontkit.Font>();

// fontkit takes ~150 ms to import: loaded (synchronously, its CommonJS build) only when a font is opened, so that
// `reform validate` on text of common characters never pays for it.
let fontkitModule: typeof Fontkit | undefined;
const fontkit = (): typeof Fontkit => {
  fontkitModule ??= createRequire(import.meta.url)('fontkit') as typeof Fontkit;
  return fontkitModule;
};
/** The shipped font, parsed once per process (fontkit reads tables lazily: opening is cheap). */
export function openFont(which: 'main' | 'fallback', weight: FontWeight = 400): Fontkit.Font {
  const f = which === 'main' ? MAIN : FALLBACK;
  const key = `${f.slug}-${weight}`;
  let font = opened.get(key);
  if (!font) {
    font = fontkit().create(readFileSync(path.join(packageDir(f.pkg), f.files[weight]))) as Fontkit.Font;
    opened.set(key, font);
  }
  return font;
}

/** Code points of a text, without controls. Spaces stay: the subset must draw them too. */
export function codePointsOf(texts: Iterable<string>): Set<number> {
  const set = new Set<number>();
  for (const text of texts) for (const ch of text) set.add(ch.codePointAt(0)!);
  for (const cp of [...set]) if (isControl(cp)) set.delete(cp);
  return set;
}

/** Code points that print nothing by themselves (controls): never in a subset. */
export function isControl(cp: number): boolean {
  return cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp < 0xa0);
}

/** Characters that print nothing by themselves: no warning when a font lacks them. */
export function needsGlyph(cp: number): boolean {
  if (isControl(cp)) return false;
  // Variation selectors and joiners are shaped with the character before them.
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || cp === 0x200d || cp === 0x200c)
    return false;
  return !/\s/u.test(String.fromCodePoint(cp));
}

/** Per BMP code unit: 0 not asked yet, 1 drawn or needing no glyph, 2 missing (a surrogate is always asked again). */
const bmpState = new Uint8Array(0x10000);

/** The characters of a text that no shipped font has, each once, in order of appearance. */
export function charactersWithoutGlyph(text: string): string[] {
  // Nearly every text has none: one pass over the code units, each looked up once per process.
  let all = true;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    let state = bmpState[u];
    if (state === 0 && (u < 0xd800 || u > 0xdfff)) {
      state = !needsGlyph(u) || isCovered(u) ? 1 : 2;
      bmpState[u] = state;
    }
    if (state !== 1) {
      all = false;
      break;
    }
  }
  if (all) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const ch of text) {
    if (seen.has(ch)) continue;
    seen.add(ch);
    const cp = ch.codePointAt(0)!;
    if (needsGlyph(cp) && !isCovered(cp)) out.push(ch);
  }
  return out;
}

/** Whether every weight draws the code point (main or fallback font): a binary search of the generated ranges. */
export function isCovered(cp: number): boolean {
  let lo = 0;
  let hi = COVERED_RANGES.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < COVERED_RANGES[2 * mid]) hi = mid - 1;
    else if (cp > COVERED_RANGES[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}
