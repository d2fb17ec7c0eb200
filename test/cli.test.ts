/**
 * The command line as a whole: --lang and --format before or after the command name, the exit codes
 * (0 ok, 1 user error, 2 usage error, 3 internal error), GitHub annotations escaped, and every
 * command refusing a report folder that holds a FIFO and a symbolic link instead of hanging on it.
 */
import { execFileSync } from 'node:child_process';
import { cp, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { escapeGithubData, escapeGithubProperty, githubAnnotation } from '../src/diagnostics/format.js';
import { copySample, runCli, sampleDir, tempDir } from './helpers.js';

describe('--lang and --format', () => {
  it('accepts --lang before or after the command name', async () => {
    for (const argv of [
      ['--lang', 'en', 'validate'],
      ['validate', '--lang', 'en'],
      ['--lang=en', 'validate'],
    ]) {
      const r = await runCli([...argv, sampleDir], { cwd: sampleDir });
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/^12 files, 11 initiatives, 24 items, 0 errors: No problems found\.$/m);
    }
    const ja = await runCli(['validate', sampleDir], { cwd: sampleDir });
    expect(ja.stdout).toContain('エラー 0 件');
  });

  it('accepts --format before the command name', async () => {
    const r = await runCli(['--format', 'json', 'validate', sampleDir], { cwd: sampleDir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, stats: { files: 12, errors: 0 } });
  });

  it('shows the help in English with --lang en and no command', async () => {
    const r = await runCli(['--lang', 'en', '--help'], { cwd: sampleDir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('show help');
  });
});

describe('exit codes', () => {
  it('0 when all is well, 1 for bad input, 2 for a wrong command line', async () => {
    expect((await runCli(['validate', sampleDir], { cwd: sampleDir })).code).toBe(0);
    const missing = await runCli(['validate', 'no-such-dir'], { cwd: sampleDir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('見つかりません');
    for (const argv of [
      ['validate', '--bogus'],
      ['no-such-command'],
      ['validate', '--format', 'xml'],
      ['--lang', 'en', 'validate', '--bogus'],
    ]) {
      const r = await runCli(argv, { cwd: sampleDir });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });

  it('3 for an internal error, with a request to report it and no stack trace', async () => {
    let stderr = '';
    const code = await main(['validate', sampleDir], {
      cwd: sampleDir,
      env: {},
      stdout: {
        write: () => {
          throw new TypeError('a bug');
        },
      },
      stderr: {
        write: (s) => {
          stderr += s;
        },
      },
      color: false,
      lang: 'en',
    });
    expect(code).toBe(3);
    expect(stderr).toContain('Internal error in reform');
    expect(stderr).toContain('Please report it');
    expect(stderr).toContain('TypeError: a bug');
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('GitHub annotations', () => {
  it('escape %, CR and LF in the message and also : and , in properties', () => {
    expect(escapeGithubData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escapeGithubProperty('a%b:c,d\ne')).toBe('a%25b%3Ac%2Cd%0Ae');
    expect(
      githubAnnotation('warning', { file: 'data\\0,2:x.yaml', line: 3, col: 4, title: '担当課: 部,課' }, 'x\ny'),
    ).toBe('::warning file=data/0%2C2%3Ax.yaml,line=3,col=4,title=担当課%3A 部%2C課::x%0Ay\n');
  });

  it('fmt --check escapes the file name of its annotation (GitHub Actions, or --format github)', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const data = await copySample(dir);
      const original = await readFile(path.join(data, 'initiatives', '03.yaml'), 'utf8');
      await writeFile(path.join(data, 'initiatives', '0,2:x.yaml'), original.replace(/^(\s*)title: /m, '$1title:  '));
      const messy = `${original.trimEnd()}\n\n\n`;
      await writeFile(path.join(data, 'initiatives', '03.yaml'), messy);
      for (const [argv, env] of [
        [['fmt', '--check', 'data'], { GITHUB_ACTIONS: 'true' }],
        [['fmt', '--check', '--format', 'github', 'data'], {}],
      ] as const) {
        const r = await runCli([...argv], { cwd: dir, env });
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(/^::error file=data\/initiatives\/03\.yaml,line=1::/m);
        expect(r.stdout).not.toMatch(/file=[^\n]*0,2:x/);
        expect(r.stdout).toMatch(/^::error file=data\/initiatives\/0%2C2%3Ax\.yaml,line=1::/m);
      }
      const plain = await runCli(['fmt', '--check', '--format', 'text', 'data'], {
        cwd: dir,
        env: { GITHUB_ACTIONS: 'true' },
      });
      expect(plain.stdout).not.toContain('::error');
      const json = await runCli(['fmt', '--check', '--format', 'json', 'data'], { cwd: dir });
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout).files).toEqual(
        expect.arrayContaining([{ file: path.join('data', 'initiatives', '03.yaml'), status: 'changed' }]),
      );
    } finally {
      await cleanup();
    }
  });
});

/**
 * Runs a command; one that does not answer within the guard is reported as hung (the test fails, it does not
 * wait for ever). The guard is generous: it tells a hang from a slow machine, the benchmark measures speed.
 */
async function answered(
  argv: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string } | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), 30_000)));
  try {
    return await Promise.race([runCli(argv, { cwd }), guard]);
  } finally {
    clearTimeout(timer);
  }
}

describe.skipIf(process.platform === 'win32')('a report folder with a FIFO and a symbolic link', () => {
  it('is refused by validate, fmt, diff and build, naming both entries, without hanging', {
    timeout: 180_000,
  }, async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const data = await copySample(dir);
      await cp(sampleDir, path.join(dir, 'base'), { recursive: true });
      await writeFile(path.join(dir, 'secret.txt'), 'password: x\n');
      await symlink(path.join(dir, 'secret.txt'), path.join(data, 'initiatives', '12.yaml'));
      execFileSync('mkfifo', [path.join(data, 'initiatives', '13.yaml')]);
      for (const argv of [
        ['validate', 'data'],
        ['fmt', 'data'],
        ['fmt', '--check', 'data'],
        ['diff', 'base', 'data'],
        ['build', 'data', '--out', 'out', '--no-pdf'],
      ]) {
        const r = await answered(argv, dir);
        expect(r, argv.join(' ')).not.toBe('hung');
        if (r === 'hung') continue;
        expect(r.code, argv.join(' ')).toBe(1);
        expect(r.stderr).toContain(
          `「${path.join('data', 'initiatives', '12.yaml')}」はふつうのファイルではありません`,
        );
        expect(r.stderr).toContain(
          `「${path.join('data', 'initiatives', '13.yaml')}」はふつうのファイルではありません`,
        );
        expect(r.stderr + r.stdout).not.toContain('password');
      }
    } finally {
      await cleanup();
    }
  });
});
