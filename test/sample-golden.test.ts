/**
 * The sample (data/) builds exactly as before declared tables existed: the text of each HTML page, the
 * cells of each sheet and the bytes of each open-data file, as fingerprints made from the previous
 * version with scripts/sample-golden.mjs (test/fixtures/sample-outputs.json). A deliberate change to the
 * sample's outputs regenerates that file:
 * `npm run build:ts && node scripts/sample-golden.mjs > test/fixtures/sample-outputs.json`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types, shared with the script that makes the fixture
import { sampleFingerprints } from '../scripts/sample-golden.mjs';
import { loadReport } from '../src/pipeline/load-report.js';
import { renderPages } from '../src/render/pages.js';
import { renderWorkbook } from '../src/render/xlsx.js';
import { renderOpenData } from '../src/render/opendata.js';
import { repoRoot, sampleDir } from './helpers.js';

describe('the sample report', () => {
  it('has the same outputs as the previous version', async () => {
    const expected = JSON.parse(await readFile(path.join(repoRoot, 'test/fixtures/sample-outputs.json'), 'utf8'));
    const actual = await sampleFingerprints({ loadReport, renderPages, renderWorkbook, renderOpenData }, sampleDir);
    expect(actual).toEqual(expected);
  });
});
