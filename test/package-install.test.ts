/**
 * Issue 24, as an office meets reform: reform's package installed into an empty folder from its tarball
 * (npm registry only), used from there (validate, build with PDFs, init, forms), and the repository that
 * init makes cloned to a folder of its own, where the steps of its GitHub workflow run as a runner runs them:
 * npm ci, validate, fmt --check, diff against the base branch, build. Nothing of this checkout is reachable
 * there: no path of it in any file, none on PATH.
 *
 * Slow (npm installs three times; the npm cache makes it minutes, not more): one test, run in order.
 */
import { describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { packReform, readTarball } from '../src/init/pack.js';
import { repoRoot, sampleDir, tempDir } from './helpers.js';

const exec = promisify(execFile);

/** The environment of a fresh machine: this checkout off PATH, no variables of the npm running the tests. */
function freshEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && !/^REFORM_/.test(k)) env[k] = v;
  env.PATH = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((p) => p && !path.resolve(p).startsWith(repoRoot))
    .join(path.delimiter);
  // The npm cache of this machine makes the installs fast; a runner downloads the same packages.
  env.npm_config_prefer_offline = 'true';
  env.npm_config_audit = 'false';
  env.npm_config_fund = 'false';
  env.npm_config_update_notifier = 'false';
  return { ...env, ...extra };
}

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], cwd: string, env = freshEnv()): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

function npm(args: string[], cwd: string): Promise<Ran> {
  return run('npm', args, cwd);
}

/** Runs reform from an installation, as `npx reform` does: node and the package's bin. */
function reform(project: string, args: string[], cwd = project): Promise<Ran> {
  return run(process.execPath, [path.join(project, 'node_modules', 'reform', 'bin', 'reform.js'), ...args], cwd);
}

async function filesUnder(dir: string, skip: string[] = []): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (skip.includes(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p, skip)));
    else out.push(p);
  }
  return out;
}

/** Every file of a project that mentions one of `paths`, the carried tarball's files included. */
async function mentions(project: string, paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const f of await filesUnder(project, ['.git', 'node_modules'])) {
    const data = await readFile(f);
    const texts = [data.toString('latin1'), data.toString('utf8')];
    if (f.endsWith('.tgz')) {
      const inside = await readTarball(data, () => true);
      expect(inside, f).toBeDefined();
      for (const [name, d] of inside ?? []) if (paths.some((p) => d.includes(p))) found.push(`${f}:${name}`);
    }
    if (texts.some((t) => paths.some((p) => t.includes(p)))) found.push(f);
  }
  return found;
}

/** A reform built from this checkout's sources into a folder of its own (the checkout is never written to). */
async function stagedReform(dir: string): Promise<string> {
  const stage = path.join(dir, 'stage');
  await mkdir(stage);
  const own = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
  for (const f of ['package.json', ...own.files.filter((f: string) => f !== 'dist')])
    await cp(path.join(repoRoot, f), path.join(stage, f), { recursive: true });
  const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  // Without source maps: compiled outside the checkout, their relative paths back to src/ would spell the
  // checkout's path, which the office's repository must not contain (built in place, they say ../src/…).
  const args = [
    '-p',
    path.join(repoRoot, 'tsconfig.build.json'),
    '--outDir',
    path.join(stage, 'dist'),
    '--sourceMap',
    'false',
  ];
  await exec(process.execPath, [tsc, ...args], { cwd: repoRoot });
  return stage;
}

describe('reform as a package an office carries', () => {
  it('installs from its tarball and works from there; the repository init makes passes its own workflow anywhere', {
    timeout: 20 * 60_000,
  }, async () => {
    const { dir, cleanup } = await tempDir('reform-package-');
    try {
      // 1. The package, as reform's maintainers make it.
      const packed = await packReform(await stagedReform(dir));
      const tgz = path.join(dir, packed.fileName);
      await writeFile(tgz, packed.data);

      // 2. Installed into an empty folder, as an office does, without a warning to act on.
      const user = path.join(dir, 'user');
      await mkdir(user);
      await writeFile(path.join(user, 'package.json'), '{ "name": "user", "private": true }\n');
      const install = await npm(['install', `../${packed.fileName}`], user);
      expect(install.stderr + install.stdout).not.toMatch(/ERR!/);
      expect(install.code).toBe(0);
      expect(install.stderr).not.toMatch(/install-scripts|allowScripts|prepare|tsc/);
      expect(install.stderr).not.toMatch(/EBADENGINE|peer dep/i);

      // validate, build with PDFs, forms: reform's files (schema, fonts, templates, validators) all came along.
      await cp(sampleDir, path.join(user, 'data'), { recursive: true });
      const validate = await reform(user, ['validate']);
      expect(validate.stderr).toBe('');
      expect(validate.code).toBe(0);
      expect(validate.stdout).toContain('エラー 0 件');
      const build = await reform(user, ['build']);
      expect(build.code, build.stderr).toBe(0);
      const out = await readdir(path.join(user, 'out'));
      expect(out).toEqual(
        expect.arrayContaining(['index.html', 'progress.pdf', 'verification.pdf', 'reform.xlsx', 'opendata']),
      );
      for (const pdf of ['progress.pdf', 'verification.pdf']) {
        const bytes = await readFile(path.join(user, 'out', pdf));
        expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
        // The shipped Japanese font is embedded (it came with the package, not from the system).
        const fonts = await exec('pdffonts', [path.join(user, 'out', pdf)]);
        expect(fonts.stdout).toMatch(/[A-Z]{6}\+BIZUDPGothic-\S*\s.*\byes\b/);
      }
      const forms = await reform(user, ['forms', 'data', '--out', 'forms', '--due', '2020-04-15']);
      expect(forms.code, forms.stderr).toBe(0);
      expect((await readdir(path.join(user, 'forms'))).filter((f) => f.endsWith('.xlsx')).length).toBeGreaterThan(0);
      // init --example offers every folder of examples/.
      const examples = (await readdir(path.join(repoRoot, 'examples'), { withFileTypes: true }))
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
      const example = examples[0];
      const exInit = await reform(user, ['init', 'from-example', '--example', example]);
      expect(exInit.code, exInit.stderr).toBe(0);
      expect((await reform(user, ['validate', 'from-example/data'])).code).toBe(0);

      // 3. init from the installed reform: the office's repository carries reform, with no path of this machine.
      const init = await reform(user, ['init', 'office']);
      expect(init.code, init.stderr).toBe(0);
      const office = path.join(user, 'office');
      expect(await readdir(path.join(office, 'vendor'))).toEqual([packed.fileName]);
      expect(JSON.parse(await readFile(path.join(office, 'package.json'), 'utf8')).devDependencies.reform).toBe(
        `file:vendor/${packed.fileName}`,
      );
      expect(await mentions(office, [dir, repoRoot])).toEqual([]);

      // On the office's computer: npm install (makes package-lock.json), the first commit, a change on a branch.
      expect((await npm(['install'], office)).code).toBe(0);
      const git = (args: string[], cwd = office) =>
        run('git', ['-c', 'user.name=Office', '-c', 'user.email=office@example.org', ...args], cwd);
      expect((await git(['init', '-q', '-b', 'main'])).code).toBe(0);
      expect((await git(['add', '-A'])).code).toBe(0);
      expect((await git(['commit', '-q', '-m', 'start'])).code).toBe(0);
      const tracked = (await git(['ls-files'])).stdout.split('\n');
      expect(tracked).toEqual(expect.arrayContaining(['package-lock.json', `vendor/${packed.fileName}`]));
      expect(tracked.some((f) => f.startsWith('node_modules/') || f.startsWith('out/'))).toBe(false);
      expect((await git(['checkout', '-q', '-b', 'update'])).code).toBe(0);
      const file = path.join(office, 'data', 'initiatives', '01.yaml');
      const before = await readFile(file, 'utf8');
      const changed = before.replace('行政手続の電子化', '行政手続のオンライン化');
      expect(changed).not.toBe(before);
      await writeFile(file, changed);
      expect((await git(['commit', '-q', '-am', 'update'])).code).toBe(0);

      // 4. A fresh runner: a clone in a folder of its own, then the steps of the workflow, as GitHub runs them.
      const runner = path.join(dir, 'runner');
      expect((await run('git', ['clone', '-q', '--branch', 'update', office, runner], dir)).code).toBe(0);
      expect(await mentions(runner, [dir, repoRoot])).toEqual([]);
      expect(await stat(path.join(runner, 'node_modules')).catch(() => undefined)).toBeUndefined();
      const workflow = parse(await readFile(path.join(runner, '.github', 'workflows', 'reform.yml'), 'utf8'));
      const steps: { name?: string; run?: string; env?: Record<string, string> }[] = workflow.jobs.check.steps;
      const summary = path.join(dir, 'summary.md');
      await writeFile(summary, '');
      const ran: string[] = [];
      for (const step of steps.filter((s) => s.run)) {
        const env = freshEnv({ GITHUB_STEP_SUMMARY: summary, ...(step.env ?? {}) });
        // The workflow's ${{ github.base_ref }}: the branch the pull request goes into.
        for (const [k, v] of Object.entries(env)) if (v?.includes('${{ github.base_ref }}')) env[k] = 'main';
        const r = await run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], runner, env);
        expect(r.code, `${step.name}\n${r.stdout}\n${r.stderr}`).toBe(0);
        ran.push(step.run!.split('\n')[0]);
      }
      expect(ran).toEqual(
        expect.arrayContaining([
          'npm ci',
          'npx reform validate --format github',
          'npx reform fmt --check',
          'npx reform build',
        ]),
      );
      // The diff of the pull request, in the job summary: the changed words of initiative 1.
      const md = await readFile(summary, 'utf8');
      expect(md).toContain('オンライン化');
      expect(await readdir(path.join(runner, 'out'))).toEqual(
        expect.arrayContaining(['progress.pdf', 'verification.pdf', 'reform.xlsx']),
      );
    } finally {
      await cleanup();
    }
  });
});
