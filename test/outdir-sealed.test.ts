/**
 * `--out` is sealed: every refusal (the report directory, inside it, around it, through symbolic
 * links, a root, a system folder, the home directory, a file) exits 1 with a clear message, and
 * nothing at all is written: the whole temporary tree is the same before and after.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lstat, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkOutputDir, outDirProblem, realPathOf } from '../src/io/outdir.js';
import { copySample, runCli, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
let home: string;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('reform-out-'));
  await copySample(dir);
  home = path.join(dir, 'home');
  await mkdir(home);
});
afterEach(() => cleanup());

/** Every entry under `root` with its type, size and modification time (links not followed). */
async function snapshot(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const info = await lstat(p);
      out.push(
        `${path.relative(root, p)} ${e.isDirectory() ? 'd' : e.isSymbolicLink() ? 'l' : 'f'} ${info.size}` +
          ` ${info.mtimeMs}`,
      );
      if (e.isDirectory()) await walk(p);
    }
  };
  await walk(root);
  return out.sort();
}

const build = (args: string[], cwd = dir) => runCli(['build', ...args, '--no-pdf'], { cwd, env: { HOME: home } });

async function expectRefused(args: string[], why: RegExp, cwd = dir) {
  const before = await snapshot(dir);
  const r = await build(args, cwd);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/には書き出せません/);
  expect(r.stderr).toMatch(why);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).not.toMatch(/書き出しました|index\.html/);
  expect(await snapshot(dir)).toEqual(before);
}

describe('--out refusals, nothing written anywhere', () => {
  it('the report directory itself', () => expectRefused(['data', '--out', 'data'], /報告書のフォルダと同じか、その中/));
  it('a folder inside the report directory', () =>
    expectRefused(['data', '--out', 'data/out'], /報告書のフォルダと同じか、その中/));
  it('--out . (contains the report)', () => expectRefused(['data', '--out', '.'], /中に含む/));
  it('--out .. (contains the report)', async () => {
    await mkdir(path.join(dir, 'work'));
    await expectRefused(['../data', '--out', '..'], /中に含む/, path.join(dir, 'work'));
  });
  it('a symbolic link to the report directory', async () => {
    await symlink(path.join(dir, 'data'), path.join(dir, 'link'));
    await expectRefused(['data', '--out', 'link'], /報告書のフォルダと同じか、その中/);
  });
  it('a symbolic link to a folder inside the report', async () => {
    await symlink(path.join(dir, 'data', 'initiatives'), path.join(dir, 'link'));
    await expectRefused(['data', '--out', 'link'], /報告書のフォルダと同じか、その中/);
  });
  it('a new folder under a symbolic link to the report', async () => {
    await symlink(path.join(dir, 'data'), path.join(dir, 'link'));
    await expectRefused(['data', '--out', 'link/new/out'], /報告書のフォルダと同じか、その中/);
  });
  it('a symbolic link to a parent of the report', async () => {
    await mkdir(path.join(dir, 'elsewhere'));
    await symlink(dir, path.join(dir, 'elsewhere', 'up'));
    await expectRefused(['data', '--out', 'elsewhere/up'], /中に含む/);
  });
  it('the report given through a symbolic link, the output being the report', async () => {
    await symlink(path.join(dir, 'data'), path.join(dir, 'rep'));
    await expectRefused(['rep', '--out', 'data'], /報告書のフォルダと同じか、その中/);
    await expectRefused(['rep', '--out', 'data/out'], /報告書のフォルダと同じか、その中/);
  });
  it('the root', () => expectRefused(['data', '--out', '/'], /一番上のフォルダ/));
  it('/proc/x fails at once (no endless mkdir)', () =>
    expectRefused(['data', '--out', '/proc/x'], /システムのフォルダ/));
  it('/proc, /sys/x, /dev/x and /etc/reform', async () => {
    for (const out of ['/proc', '/sys/x', '/dev/x', '/etc/reform', '/usr'])
      await expectRefused(['data', '--out', out], /システムのフォルダ/);
  });
  it('a symbolic link to /proc', async () => {
    await symlink('/proc', path.join(dir, 'p'));
    await expectRefused(['data', '--out', 'p/x'], /システムのフォルダ/);
  });
  it('the home directory itself, also through a link', async () => {
    await expectRefused(['data', '--out', home], /ホームフォルダ/);
    await symlink(home, path.join(dir, 'h'));
    await expectRefused(['data', '--out', 'h'], /ホームフォルダ/);
  });
  it('a file', async () => {
    await writeFile(path.join(dir, 'afile'), 'x');
    await expectRefused(['data', '--out', 'afile'], /ファイルです/);
  });
  it('in English too', async () => {
    const r = await runCli(['build', 'data', '--out', '.', '--no-pdf', '--lang', 'en'], {
      cwd: dir,
      env: { HOME: home },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/contains the report directory/);
  });
  it('an ordinary output folder next to the report is accepted', async () => {
    const r = await build(['data', '--out', 'out']);
    expect(r.code).toBe(0);
    expect((await readdir(path.join(dir, 'out'))).sort()).toContain('index.html');
  });
});

describe('outDirProblem and realPathOf', () => {
  it('classifies real paths', () => {
    expect(outDirProblem('/r/data', '/r/data', '/home/u')).toBe('build-out-is-report');
    expect(outDirProblem('/r/data/x', '/r/data', '/home/u')).toBe('build-out-is-report');
    expect(outDirProblem('/r', '/r/data', '/home/u')).toBe('build-out-contains-report');
    expect(outDirProblem('/proc/1/x', '/r/data', '/home/u')).toBe('build-out-system');
    expect(outDirProblem('/home/u', '/r/data', '/home/u')).toBe('build-out-home');
    expect(outDirProblem('/home/u/out', '/r/data', '/home/u')).toBeUndefined();
    expect(outDirProblem('/tmp/build/out', '/r/data', '/home/u')).toBeUndefined();
  });
  it('resolves links of paths that do not exist yet', async () => {
    await symlink(path.join(dir, 'data'), path.join(dir, 'link'));
    expect(await realPathOf(path.join(dir, 'link', 'a', 'b'))).toBe(
      path.join(await realPathOf(path.join(dir, 'data')), 'a', 'b'),
    );
    expect(await checkOutputDir(path.join(dir, 'link', 'a'), path.join(dir, 'data'), home)).toBe('build-out-is-report');
  });
});
