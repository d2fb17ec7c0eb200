/** 1,000 unknown keys print the first 50 messages of the file, then one line with the count, then the summary. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copySample, runCli, tempDir } from './helpers.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir('reform-cap-');
  const data = await copySample(tmp.dir);
  const file = path.join(data, 'initiatives', '02.yaml');
  const keys = Array.from({ length: 1000 }, (_, i) => `unknown${i}: ${i}`).join('\n');
  await writeFile(file, `${await readFile(file, 'utf8')}${keys}\n`);
});
afterAll(() => tmp?.cleanup());

describe('messages capped per file', () => {
  it('text: 50 messages, the count of the others, and the summary', async () => {
    const r = await runCli(['validate', 'data'], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stderr.match(/^data\/initiatives\/02\.yaml:\d+:\d+ {2}エラー$/gm)).toHaveLength(50);
    expect(r.stderr).toContain('ほかに 950 件のメッセージがあります（1ファイルにつき最初の 50 件だけを表示しました）');
    expect(r.stdout).toMatch(/エラー 1000 件: 1000 件のエラーがあります/);
  });
  it('github: 50 annotations and one warning with the count; json keeps them all', async () => {
    const g = await runCli(['validate', 'data', '--format', 'github', '--lang', 'en'], { cwd: tmp.dir });
    expect(g.stdout.match(/^::error /gm)).toHaveLength(50);
    expect(g.stdout).toContain('950 more messages (only the first 50 per file are shown)');
    const j = await runCli(['validate', 'data', '--format', 'json'], { cwd: tmp.dir });
    expect(JSON.parse(j.stdout).diagnostics).toHaveLength(1000);
  });
});
