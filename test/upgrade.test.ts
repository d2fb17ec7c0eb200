import { describe, expect, it } from 'vitest';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { reformPackage, tarball } from '../src/init/pack.js';
import { compareSchemas } from '../src/init/upgrade.js';
import { repoRoot, runCli, tempDir } from './helpers.js';

const own = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
const schemaText = (name: string) => readFile(path.join(repoRoot, 'schema', name), 'utf8');

describe('schema changes between two reforms', () => {
  it('lists fields added, removed and newly required by path and printed label, else "other"', () => {
    const before = JSON.stringify({
      type: 'object',
      required: ['a'],
      properties: {
        a: { title: '番号', type: 'integer' },
        gone: { title: '古い欄', type: 'string' },
        items: { type: 'array', items: { $ref: '#/$defs/item' } },
      },
      $defs: { item: { type: 'object', properties: { label: { title: '項目名', type: 'string' } } } },
    });
    const after = JSON.stringify({
      type: 'object',
      required: ['a', 'items'],
      properties: {
        a: { title: '番号', type: 'integer' },
        items: { title: '取組項目', type: 'array', items: { $ref: '#/$defs/item' } },
      },
      $defs: {
        item: {
          type: 'object',
          properties: { label: { title: '項目名', type: 'string' }, note: { title: '注記', type: 'string' } },
        },
      },
    });
    const changes = compareSchemas(new Map([['x.schema.json', before]]), new Map([['x.schema.json', after]]));
    expect(changes).toEqual([
      {
        file: 'x.schema.json',
        added: ['items[].note（注記）'],
        removed: ['gone（古い欄）'],
        required: ['items（取組項目）'],
        other: false,
      },
    ]);
    const described = after.replace('"番号"', '"番号（通し）"');
    expect(compareSchemas(new Map([['x', after]]), new Map([['x', described]]))[0].other).toBe(true);
    expect(compareSchemas(new Map([['x', after]]), new Map([['x', after]]))).toEqual([]);
  });
});

describe('reform upgrade', () => {
  it('replaces an older carried reform, its schemas and lock entry, and says what changed', async () => {
    const { dir, cleanup } = await tempDir('reform-upgrade-');
    try {
      expect((await runCli(['init', 'office'], { cwd: dir })).code).toBe(0);
      const root = path.join(dir, 'office');
      // An older reform, as an office would carry it: version 0.0.9, whose schema had no 注記 (footnotes).
      const older = await reformPackage(repoRoot);
      const oldInitiative = JSON.parse(await schemaText('initiative.schema.json'));
      delete oldInitiative.properties.footnotes;
      const oldSchemaText = `${JSON.stringify(oldInitiative, null, 2)}\n`;
      for (const f of older.files) {
        if (f.path === 'package.json')
          f.data = Buffer.from(JSON.stringify({ ...JSON.parse(f.data.toString()), version: '0.0.9' }));
        if (f.path === 'schema/initiative.schema.json') f.data = Buffer.from(oldSchemaText);
      }
      await rm(path.join(root, 'vendor', `reform-${own.version}.tgz`));
      await writeFile(path.join(root, 'vendor', 'reform-0.0.9.tgz'), await tarball(older.files, ['bin/reform.js']));
      await writeFile(path.join(root, 'schema', 'initiative.schema.json'), oldSchemaText);
      const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
      pkg.devDependencies.reform = 'file:vendor/reform-0.0.9.tgz';
      await writeFile(path.join(root, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
      const lock = {
        name: 'office',
        lockfileVersion: 3,
        requires: true,
        packages: {
          '': { name: 'office', devDependencies: { reform: 'file:vendor/reform-0.0.9.tgz' } },
          'node_modules/reform': { version: '0.0.9', resolved: 'file:vendor/reform-0.0.9.tgz', integrity: 'sha512-x' },
          'node_modules/yaml': { version: '2.9.1' },
        },
      };
      await writeFile(path.join(root, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);

      const r = await runCli(['upgrade', 'office'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`0.0.9 → ${own.version}`);
      expect(r.stdout).toContain('footnotes（注記）');
      expect(r.stdout).toContain('書けるようになった項目');
      expect(r.stdout).toContain('エラー 0 件');
      expect(r.stdout).toContain('npm install');
      expect(r.stdout).toMatch(/削除したファイル:\n {2}vendor\/reform-0\.0\.9\.tgz/);

      expect(await readdir(path.join(root, 'vendor'))).toEqual([`reform-${own.version}.tgz`]);
      const after = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
      expect(after.devDependencies.reform).toBe(`file:vendor/reform-${own.version}.tgz`);
      expect(after.name).toBe('office');
      const lockAfter = JSON.parse(await readFile(path.join(root, 'package-lock.json'), 'utf8'));
      expect(lockAfter.packages['node_modules/reform']).toBeUndefined();
      expect(lockAfter.packages['node_modules/yaml']).toEqual({ version: '2.9.1' });
      expect(lockAfter.packages[''].devDependencies.reform).toBe(`file:vendor/reform-${own.version}.tgz`);
      expect(await readFile(path.join(root, 'schema', 'initiative.schema.json'), 'utf8')).toBe(
        await schemaText('initiative.schema.json'),
      );

      // Once more: nothing to do, nothing written.
      const again = await runCli(['--lang', 'en', 'upgrade'], { cwd: root });
      expect(again.code).toBe(0);
      expect(again.stdout).toContain(`already carries this reform (${own.version})`);
    } finally {
      await cleanup();
    }
  });

  it('names the file when the project is not one (no package.json, broken JSON, no reform in it)', async () => {
    const { dir, cleanup } = await tempDir('reform-upgrade-');
    try {
      const none = await runCli(['upgrade'], { cwd: dir });
      expect(none.code).toBe(1);
      expect(none.stderr).toContain('package.json がありません');
      await writeFile(path.join(dir, 'package.json'), '{ "name": "x", ');
      const broken = await runCli(['--lang', 'en', 'upgrade'], { cwd: dir });
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain('package.json" cannot be read as JSON');
      await writeFile(path.join(dir, 'package.json'), '{ "name": "x", "devDependencies": { "yaml": "^2" } }');
      const other = await runCli(['upgrade'], { cwd: dir });
      expect(other.code).toBe(1);
      expect(other.stderr).toContain('reform がありません');
      expect(await readdir(dir)).toEqual(['package.json']);
    } finally {
      await cleanup();
    }
  });
});
