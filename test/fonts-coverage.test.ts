// The generated coverage table (scripts/gen-coverage.mjs) against the shipped fonts' real cmaps.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { charactersWithoutGlyph, FALLBACK, FONT_WEIGHTS, isCovered, MAIN, openFont } from '../src/fonts/shipped.js';
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
