import { describe, expect, it } from 'vitest';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot, runCli, tempDir } from './helpers.js';

async function walkFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walkFiles(p)));
    else out.push(p);
  }
  return out;
}

async function exists(p: string): Promise<boolean> {
  return Boolean(await stat(p).catch(() => undefined));
}

describe('reform init', () => {
  it('scaffolds a project that validates, is formatted and has the editor and CI settings', async () => {
    const { dir, cleanup } = await tempDir('reform-init-');
    try {
      const r = await runCli(['init', 'office'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const root = path.join(dir, 'office');
      for (const f of [
        'data/report.yaml',
        'data/initiatives/01.yaml',
        'schema/manifest.schema.json',
        'schema/initiative.schema.json',
        'schema/common.schema.json',
        '.vscode/settings.json',
        '.vscode/extensions.json',
        '.editorconfig',
        '.gitattributes',
        '.gitignore',
        '.github/workflows/reform.yml',
        'package.json',
        'README.md',
      ]) {
        expect(await exists(path.join(root, f)), f).toBe(true);
      }
      // No template names leak through.
      expect((await readdir(root)).filter((n) => n.startsWith('dot-') || n === 'gitignore')).toEqual([]);

      const validate = await runCli(['validate'], { cwd: root });
      expect(validate.stderr).toBe('');
      expect(validate.code).toBe(0);
      const fmt = await runCli(['fmt', '--check'], { cwd: root });
      expect(fmt.stdout).toContain('整形済み');
      expect(fmt.code).toBe(0);

      // The $schema lines resolve to the copied schemas.
      const initiative = await readFile(path.join(root, 'data/initiatives/01.yaml'), 'utf8');
      const ref = /^# yaml-language-server: \$schema=(.+)$/m.exec(initiative)![1];
      expect(await readFile(path.resolve(root, 'data/initiatives', ref), 'utf8')).toBe(
        await readFile(path.join(repoRoot, 'schema/initiative.schema.json'), 'utf8'),
      );

      const settings = JSON.parse(await readFile(path.join(root, '.vscode/settings.json'), 'utf8'));
      expect(settings['yaml.schemas']).toEqual({
        './schema/manifest.schema.json': ['data/report.yaml'],
        './schema/initiative.schema.json': ['data/initiatives/*.yaml'],
      });
      expect(JSON.parse(await readFile(path.join(root, '.vscode/extensions.json'), 'utf8')).recommendations).toContain(
        'redhat.vscode-yaml',
      );
      expect(await readFile(path.join(root, '.gitattributes'), 'utf8')).toMatch(/^\*\.yaml text eol=lf$/m);

      const workflow = parse(await readFile(path.join(root, '.github/workflows/reform.yml'), 'utf8'));
      expect(Object.keys(workflow.on)).toEqual(['pull_request']);
      const runs = workflow.jobs.check.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
      expect(runs).toContain('npx reform validate --format github');
      expect(runs).toContain('npx reform fmt --check');
      expect(runs).toContain('npx reform diff "origin/$BASE_REF" --format markdown >> "$GITHUB_STEP_SUMMARY"');
      expect(runs).toContain('npx reform build');

      const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
      expect(pkg.name).toBe('office');
      // reform travels with the project: its package in vendor/, named by a relative path.
      const own = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
      const tgz = `reform-${own.version}.tgz`;
      expect(pkg.devDependencies.reform).toBe(`file:vendor/${tgz}`);
      expect((await stat(path.join(root, 'vendor', tgz))).size).toBeGreaterThan(100_000);
      expect(r.stdout).toContain('npm install');
      expect(r.stdout).toContain('vendor/');
      // No path of this computer in any file of the new project (the tarball is compressed: its own test unpacks it).
      for (const f of await walkFiles(root)) {
        const text = await readFile(f, 'latin1');
        expect(text.includes(dir), f).toBe(false);
        expect(text.includes(repoRoot), f).toBe(false);
      }
      expect(await readFile(path.join(root, '.gitattributes'), 'utf8')).toMatch(/^\*\.tgz binary$/m);
    } finally {
      await cleanup();
    }
  });

  it('into the current (empty) directory; --reform sets where reform is installed from', async () => {
    const { dir, cleanup } = await tempDir('reform-init-');
    try {
      const r = await runCli(['init', '--reform', 'github:example/reform'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')).devDependencies.reform).toBe(
        'github:example/reform',
      );
      expect((await runCli(['validate'], { cwd: dir })).code).toBe(0);
    } finally {
      await cleanup();
    }
  });

  it('refuses to overwrite existing files (writing nothing), unless --force', async () => {
    const { dir, cleanup } = await tempDir('reform-init-');
    try {
      await writeFile(path.join(dir, 'README.md'), 'ours\n');
      const r = await runCli(['init'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('README.md');
      expect(r.stderr).toContain('--force');
      expect(await readdir(dir)).toEqual(['README.md']);
      expect(await readFile(path.join(dir, 'README.md'), 'utf8')).toBe('ours\n');

      const again = await runCli(['init'], { cwd: dir });
      expect(again.code).toBe(1);
      const forced = await runCli(['init', '--force'], { cwd: dir });
      expect(forced.code).toBe(0);
      expect(forced.stdout).toContain('README.md');
      expect(await readFile(path.join(dir, 'README.md'), 'utf8')).not.toBe('ours\n');

      // A second init over a complete project refuses too.
      const twice = await runCli(['init'], { cwd: dir });
      expect(twice.code).toBe(1);
      expect(twice.stderr).toContain('data/report.yaml');
    } finally {
      await cleanup();
    }
  });

  it('builds with --no-pdf as it is', async () => {
    const { dir, cleanup } = await tempDir('reform-init-');
    try {
      expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
      const r = await runCli(['build', '--no-pdf'], { cwd: dir });
      // Notes (a character missing from the bundled font, no PDF asked for) are fine; errors are not.
      expect(r.stderr).not.toMatch(/エラー|error/i);
      expect(r.code).toBe(0);
      const out = await readdir(path.join(dir, 'out'));
      expect(out).toEqual(expect.arrayContaining(['index.html', 'progress.html', 'verification.html']));
      const progress = await readFile(path.join(dir, 'out', 'progress.html'), 'utf8');
      expect(progress).toContain('行政手続の電子化による県民の利便性の向上');
    } finally {
      await cleanup();
    }
  });

  it('ships the same CI workflow as this repository uses', async () => {
    const ours = await readFile(path.join(repoRoot, '.github/workflows/reform.yml'), 'utf8');
    const scaffold = await readFile(path.join(repoRoot, 'templates/init/dot-github/workflows/reform.yml'), 'utf8');
    expect(scaffold).toBe(ours);
    const wf = parse(ours);
    const steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] = wf.jobs.check.steps;
    expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    expect(steps[1]).toMatchObject({ uses: 'actions/setup-node@v4', with: { 'node-version': 20 } });
    expect(steps.map((s) => s.run?.split('\n')[0] ?? s.uses)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm ci',
      'if command -v chromium || command -v chromium-browser || command -v google-chrome || command -v ' +
        'google-chrome-stable; then',
      'npx reform validate --format github',
      'npx reform fmt --check',
      'npx reform diff "origin/$BASE_REF" --format markdown >> "$GITHUB_STEP_SUMMARY"',
      'npx reform build',
      'actions/upload-artifact@v4',
    ]);
    expect(steps.at(-1)).toMatchObject({ with: { path: 'out/' } });
  });
});
