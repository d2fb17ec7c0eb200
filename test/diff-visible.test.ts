/** `reform diff` on the terminal: invisible characters that pass validation (as warnings) are shown as escapes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copySample, runCli, tempDir } from './helpers.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir('reform-diffvis-');
  const data = await copySample(tmp.dir);
  await cp(data, path.join(tmp.dir, 'b'), { recursive: true });
  const file = path.join(tmp.dir, 'b', 'initiatives', '02.yaml');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^title: (.*)$/m, 'title: $1\u200b\u202eEVIL'));
});
afterAll(() => tmp?.cleanup());

const raw = /[\u200b\u202e]/;

describe('diff shows invisible characters', () => {
  it('as escapes in text and markdown, as \\u escapes in exact JSON', async () => {
    const text = await runCli(['diff', 'data', 'b'], { cwd: tmp.dir });
    expect(text.stdout).toContain('<U+200B><U+202E>EVIL');
    expect(text.stdout).not.toMatch(raw);
    const md = await runCli(['diff', 'data', 'b', '--format', 'markdown'], { cwd: tmp.dir });
    expect(md.stdout).toContain('<U+202E>EVIL');
    expect(md.stdout).not.toMatch(raw);
    const json = await runCli(['diff', 'data', 'b', '--format', 'json'], { cwd: tmp.dir });
    expect(json.stdout).not.toMatch(raw);
    expect(json.stdout).toContain('\\u200b\\u202eEVIL');
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain('\u200b\u202eEVIL');
  });
});
