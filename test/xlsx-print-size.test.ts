/**
 * Comparable text size across the workbook's sheets: each sheet prints one page wide (Excel's fit-to-width,
 * a whole per cent), so a wide table prints its text smaller. Every declared table of every example prints at
 * no less than 0.9 of the sample's scale (its 1200 px of columns, about 87%); kpi's 12 columns printed at 71%
 * (text 0.81 of the sample's height) before its text columns were narrowed to fit.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../src/pipeline/load-report.js';
import { decideTables } from '../src/render/report-tables.js';
import { buildDeclaredSheet } from '../src/render/xlsx/declared-sheet.js';
import { PRINTABLE } from '../src/render/xlsx/grid.js';
import { METRICS } from '../src/render/xlsx/measure.js';
import { repoRoot } from './helpers.js';

/** Excel's fit-to-width scale, in per cent, of columns this wide in px. */
const scaleOf = (px: number) => Math.min(100, Math.floor((100 * PRINTABLE.widthPt) / (px * METRICS.ptPerPx)));

/** The sample's 別表1 (the seed's built-in declaration), as wide as the sheet engine draws it. */
async function samplePx(): Promise<number> {
  const loaded = await loadReport('data', { cwd: repoRoot });
  const sheet = buildDeclaredSheet(decideTables(loaded.report!).views[0], '別表1');
  return sheet.columnsPx.reduce((a, b) => a + b, 0);
}
const examples = readdirSync(path.join(repoRoot, 'examples'));

describe('the printed text size of the declared sheets', () => {
  it.each(examples)('%s prints every table at no less than 0.9 of the sample scale', async (name) => {
    const dir = path.join(repoRoot, 'examples', name);
    const loaded = await loadReport(dir, { cwd: dir });
    expect(loaded.report).toBeDefined();
    const sample = scaleOf(await samplePx());
    expect(sample).toBeGreaterThan(80);
    for (const t of decideTables(loaded.report!).views) {
      const sheet = buildDeclaredSheet(t, t.id);
      const px = sheet.columnsPx.reduce((a, b) => a + b, 0);
      expect(scaleOf(px) / sample, `${name} ${t.id}: ${px} px`).toBeGreaterThanOrEqual(0.9);
      // Narrowing leaves every column usable: nothing under 3 full-width characters.
      expect(Math.min(...sheet.columnsPx), `${name} ${t.id}`).toBeGreaterThanOrEqual(40);
    }
  });
});
