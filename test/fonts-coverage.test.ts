// The generated coverage table (scripts/gen-coverage.mjs) against the shipped fonts' real cmaps.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  charactersWithoutGlyph,
  FALLBACK,
  FONT_WEIGHTS,
  isControl,
  isCovered,
  MAIN,
  needsGlyph,
  openFont,
} from '../src/fonts/shipped.js';
import { advanceEm, fontCoverage } from '../src/fonts/metrics.js';
import { repoRoot } from './helpers.js';

describe('the coverage table of the shipped fonts', () => {
  it('is up to date (npm run gen:types)', async () => {
    // @ts-expect-error: a plain ES module script without types
    const { generateCoverage, FONT_FILES } = await import('../scripts/gen-coverage.mjs');
    expect(FONT_FILES).toEqual({
      [MAIN.pkg]: FONT_WEIGHTS.map((w) => MAIN.files[w]),
      [FALLBACK.pkg]: FONT_WEIGHTS.map((w) => FALLBACK.files[w]),
    });
    const committed = await readFile(path.join(repoRoot, 'src/fonts/coverage.generated.ts'), 'utf8');
    expect(generateCoverage()).toBe(committed);
  }, 60_000);

  it('agrees with the fonts for every code point they have, and for characters they lack', () => {
    const drawn = (cp: number) =>
      FONT_WEIGHTS.every(
        (w) => openFont('main', w).hasGlyphForCodePoint(cp) || openFont('fallback', w).hasGlyphForCodePoint(cp),
      );
    const sample = [0x41, 0x3042, 0x30d0, 0xff8a, 0xff9e, 0x2161, 0x2460, 0xff5e, 0x301c, 0x9ad9, 0xfa11, 0x20bb7];
    sample.push(0x21d0, 0x24b6, 0x1f600, 0xe000, 0x10ffff);
    for (let cp = 0x4e00; cp < 0x9fff; cp += 97) sample.push(cp);
    for (const cp of sample) expect(isCovered(cp), `U+${cp.toString(16)}`).toBe(drawn(cp));
  });

  it('names what no shipped font draws, once each', () => {
    expect(charactersWithoutGlyph('髙﨑 ﾊﾞｽ Ⅱ ①～〜')).toEqual([]);
    expect(charactersWithoutGlyph('😀a😀')).toEqual(['😀']);
  });
});

describe('the metrics tables of the shipped fonts (the build reads them instead of the fonts)', () => {
  it('are up to date (npm run gen:types)', async () => {
    // @ts-expect-error: a plain ES module script without types
    const { generateMetrics } = await import('../scripts/gen-coverage.mjs');
    const committed = await readFile(path.join(repoRoot, 'src/fonts/metrics.generated.ts'), 'utf8');
    expect(generateMetrics()).toBe(committed);
  }, 120_000);

  it('give the font and the width that fontkit reads from the fonts themselves', () => {
    const both = (which: 'main' | 'fallback', cp: number) =>
      FONT_WEIGHTS.every((w) => openFont(which, w).hasGlyphForCodePoint(cp));
    const width = (cp: number) => {
      let w = 0;
      for (const which of ['main', 'fallback'] as const) {
        const font = openFont(which, 400);
        if (font.hasGlyphForCodePoint(cp)) w = Math.max(w, font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm);
      }
      return w === 0 && needsGlyph(cp) ? 1 : w;
    };
    const sample = [0x09, 0x20, 0x41, 0x7e, 0xa0, 0x3000, 0x3042, 0x30d0, 0xff8a, 0xff9e, 0x2161, 0x2460, 0xff5e];
    sample.push(0x301c, 0x9ad9, 0xfa11, 0x20bb7, 0x21d0, 0x24b6, 0x1f600, 0xe000, 0x10ffff, 0x200d, 0xfe0f, 0x0300);
    for (let cp = 0x20; cp < 0x3000; cp += 3) sample.push(cp);
    for (let cp = 0x3000; cp < 0x10000; cp += 41) sample.push(cp);
    for (let cp = 0x20000; cp < 0x2fa20; cp += 997) sample.push(cp);
    const cov = fontCoverage(sample);
    for (const cp of sample) {
      const at = `U+${cp.toString(16)}`;
      expect(advanceEm(cp), at).toBe(width(cp));
      const where = both('main', cp) ? 'main' : both('fallback', cp) ? 'fallback' : 'none';
      // A control character is in no subset, whichever font has it.
      expect(cov.main.includes(cp) ? 'main' : cov.fallback.includes(cp) ? 'fallback' : 'none', at).toBe(
        isControl(cp) ? 'none' : where,
      );
    }
  }, 120_000);
});
