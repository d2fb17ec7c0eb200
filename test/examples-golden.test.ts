/**
 * Every example of examples/ builds with the same outputs as the previous version: the visible text of
 * each HTML page, the text of each PDF page, the cells of each sheet and each open-data file, line by line
 * (scripts/examples-golden.mjs, shared with the script that makes test/fixtures/examples-outputs.json).
 * A deliberate change to an example's outputs, or a new example, regenerates that file:
 * `npm run build:ts && node scripts/examples-golden.mjs > test/fixtures/examples-outputs.json`.
 */
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types, shared with the script that makes the fixture
import { exampleNames, outputTexts } from '../scripts/examples-golden.mjs';
import { repoRoot, runCli, tempDir } from './helpers.js';

const examples: string[] = await exampleNames(repoRoot);
const expected: Record<string, Record<string, string[]>> = JSON.parse(
  await readFile(path.join(repoRoot, 'test/fixtures/examples-outputs.json'), 'utf8'),
);
let tmp: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  tmp = await tempDir('reform-examples-golden-');
});
afterAll(async () => {
  await tmp?.cleanup();
});

describe('the examples', () => {
  it('each have their outputs recorded (a new example regenerates the fixture)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(expected).sort()).toEqual(examples);
  });

  it.each(examples)(
    '%s builds the same outputs as the previous version',
    async (name) => {
      const dir = path.join(tmp.dir, name);
      await cp(path.join(repoRoot, 'examples', name), dir, { recursive: true });
      const out = path.join(tmp.dir, `${name}-out`);
      const r = await runCli(['build', dir, '--out', out], { cwd: tmp.dir });
      expect(r.code, r.stderr).toBe(0);
      const actual = await outputTexts(out);
      expect(actual.files).toEqual(expected[name].files);
      // One assertion per output, so that a failure names the file (and page or sheet) that changed.
      for (const key of Object.keys(expected[name]))
        expect({ [key]: actual[key] }).toEqual({ [key]: expected[name][key] });
      expect(Object.keys(actual).sort()).toEqual(Object.keys(expected[name]).sort());
    },
    180_000,
  );
});
