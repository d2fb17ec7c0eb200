import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { extract } from 'tar-stream';
import { packReform, readTarball } from '../src/init/pack.js';
import { scaffoldFiles } from '../src/init/scaffold.js';
import { repoRoot } from './helpers.js';

const run = promisify(execFile);

async function headers(tgz: Buffer): Promise<{ name: string; mode?: number; mtime?: Date; uid?: number }[]> {
  const ex = extract();
  const out: { name: string; mode?: number; mtime?: Date; uid?: number }[] = [];
  const reading = (async () => {
    for await (const e of ex) {
      out.push({ name: e.header.name, mode: e.header.mode, mtime: e.header.mtime, uid: e.header.uid });
      e.resume();
    }
  })();
  ex.end(gunzipSync(tgz));
  await reading;
  return out;
}

describe("reform's own package", () => {
  it('holds the files `npm pack` ships, under package/, with a manifest an installation needs', async () => {
    const packed = await packReform(repoRoot);
    const own = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
    expect(packed.fileName).toBe(`reform-${own.version}.tgz`);

    // npm's own list (read only: --dry-run writes no tarball, --ignore-scripts runs no build).
    const npm = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: repoRoot,
      maxBuffer: 16 * 1024 * 1024,
    });
    const npmFiles = (JSON.parse(npm.stdout)[0].files as { path: string }[]).map((f) => f.path).sort();
    expect(packed.files.map((f) => f.path).sort()).toEqual(npmFiles);
    // What validate, build, init --example, forms and preview read at run time.
    for (const f of ['bin/reform.js', 'dist/cli.js', 'schema/initiative.schema.json', 'templates/declared.hbs'])
      expect(npmFiles).toContain(f);
    expect(npmFiles.some((f) => f.startsWith('examples/'))).toBe(true);
    expect(npmFiles.some((f) => f.startsWith('templates/init/'))).toBe(true);

    const inside = await readTarball(packed.data, (f) => f === 'package.json' || f === 'bin/reform.js');
    const manifest = JSON.parse(inside!.get('package.json')!.toString('utf8'));
    // No scripts (prepare runs tsc, which an installation has not; npm warns about install scripts of a file
    // dependency), no devDependencies; everything an installation uses.
    expect(manifest.scripts).toBeUndefined();
    expect(manifest.devDependencies).toBeUndefined();
    expect(manifest.dependencies).toEqual(own.dependencies);
    expect(manifest.bin).toEqual(own.bin);
    expect(manifest.type).toBe('module');
    expect(inside!.get('bin/reform.js')!.equals(await readFile(path.join(repoRoot, 'bin/reform.js')))).toBe(true);
  });

  it('is the same bytes when packed again (fixed dates, owners and gzip header), the bin executable', async () => {
    const a = await packReform(repoRoot);
    const b = await packReform(repoRoot);
    expect(a.data.equals(b.data)).toBe(true);
    expect(a.data[9]).toBe(0xff);
    const hs = await headers(a.data);
    expect(hs.every((h) => h.name.startsWith('package/'))).toBe(true);
    expect(new Set(hs.map((h) => h.mtime?.toISOString()))).toEqual(new Set(['1985-10-26T08:15:00.000Z']));
    expect(new Set(hs.map((h) => h.uid))).toEqual(new Set([0]));
    expect(hs.find((h) => h.name === 'package/bin/reform.js')?.mode).toBe(0o755);
    expect(hs.find((h) => h.name === 'package/package.json')?.mode).toBe(0o644);
  });

  it('reads a tarball found in a project only as far as it is a gzip’d tar', async () => {
    expect(await readTarball(Buffer.from('not a tarball'), () => true)).toBeUndefined();
    const packed = await packReform(repoRoot);
    expect(await readTarball(packed.data.subarray(0, 2000), () => true)).toBeUndefined();
  });

  it("has scripts, its own and the scaffold's, that npm runs alike in cmd.exe, PowerShell and sh", async () => {
    // Shell-only syntax: variables, quotes, pipes and redirections, ; lists, env assignments, Unix commands.
    const shellOnly = /[$'`;|<>~\\]|\/dev\/|(?:^|\s)[A-Za-z_]+=|\b(?:rm|cp|mv|export|cat|ls|mkdir|chmod|sh|bash)\s/;
    const own = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
    const files = await scaffoldFiles({ reform: { spec: '0.1.0' }, name: 'office' });
    const scaffold = JSON.parse(String(files.find((f) => f.path === 'package.json')!.content));
    const scripts = {
      ...own.scripts,
      ...Object.fromEntries(Object.entries(scaffold.scripts).map(([k, v]) => [`init:${k}`, v])),
    };
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['prepare', 'test', 'init:validate', 'init:build']));
    const offending = Object.entries(scripts).filter(([, v]) => shellOnly.test(String(v)));
    expect(offending).toEqual([]);
    // The pattern does catch what it is for.
    for (const bad of ['rm -rf dist', 'A=1 node x', 'node x > out.txt', "echo 'x'", 'cat $F'])
      expect(bad).toMatch(shellOnly);
  });
});
