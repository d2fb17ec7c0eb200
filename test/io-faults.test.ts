/**
 * Faults name the file or folder they hit and the cause in words (issue 21): a full disk (a small tmpfs), a new
 * --out on a read-only disk, an --out removed during the build. The disks are mounted where the machine allows
 * it (root with mount permitted); elsewhere those cases are skipped with the reason in their name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { copySample, runCli, tempDir } from './helpers.js';
import { OutputDir } from '../src/io/outdir.js';
import { UserError } from '../src/errors.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir('reform-faults-');
  await copySample(tmp.dir);
});
afterAll(() => tmp?.cleanup());

/** Mounts a tmpfs at `dir` with `options`; false where the machine does not allow it. */
function mountTmpfs(dir: string, options: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status === 0;
}
const umount = (dir: string) => spawnSync('umount', [dir]);

describe('an output folder removed during the build', () => {
  it('is said to have disappeared, not to be written outside', async () => {
    const root = path.join(tmp.dir, 'gone');
    const out = await OutputDir.open(root);
    await rm(root, { recursive: true });
    const e = await out.target('index.html').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).key).toBe('build-out-vanished');
  });
});

describe('disks', () => {
  it('a full disk: names the file and says the disk is full', async (t) => {
    const mnt = path.join(tmp.dir, 'full');
    await mkdir(mnt);
    if (!mountTmpfs(mnt, 'size=64k')) return t.skip('cannot mount a tmpfs here (root and mount needed)');
    try {
      const r = await runCli(['build', 'data', '--out', 'full/out', '--no-pdf'], { cwd: tmp.dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/「full\/out\/[^」]+」を読み書きできません: ディスクの空きがありません（ENOSPC）/);
    } finally {
      umount(mnt);
    }
  });

  it('a new --out on a read-only disk: names the folder and says it is read-only', async (t) => {
    const mnt = path.join(tmp.dir, 'ro');
    await mkdir(mnt);
    if (!mountTmpfs(mnt, 'ro,size=64k')) return t.skip('cannot mount a tmpfs here (root and mount needed)');
    try {
      const r = await runCli(['build', 'data', '--out', 'ro/new/out', '--no-pdf'], { cwd: tmp.dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('「ro/new/out」を読み書きできません: 書き込みできない場所です（EROFS）');
    } finally {
      umount(mnt);
    }
  });
});
