/**
 * No stale output (issue 21): reform records what it wrote in --out (.reform-build.json, each file's digest) and
 * removes what an earlier build wrote and this one does not (PDFs after --no-pdf or a failed PDF step); a file
 * reform did not write, or changed since, stays; the index links exactly the files there are.
 * The first build prints with the real browser; the later ones need none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copySample, runCli, tempDir } from './helpers.js';
import { MANIFEST_FILE, parseManifest, serializeManifest, staleNames } from '../src/io/manifest.js';
import { defaultFinderDeps, findBrowser } from '../src/browser/find.js';

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

describe('the record of what reform wrote (pure)', () => {
  it('reads back what it writes, sorted, and ignores what is not an entry', () => {
    const text = serializeManifest({
      files: { 'b.pdf': { bytes: 3, sha256: 'a'.repeat(64) }, 'a.html': { bytes: 1, sha256: 'b'.repeat(64) } },
    });
    expect(text.indexOf('a.html')).toBeLessThan(text.indexOf('b.pdf'));
    expect(Object.keys(parseManifest(text).files)).toEqual(['a.html', 'b.pdf']);
    for (const bad of ['', 'null', '[]', '{"files":[]}', '{"files":{"x":{"bytes":1,"sha256":"zz"}}}', '{"files":1}'])
      expect(parseManifest(bad).files).toEqual({});
  });

  it('names what an earlier build wrote and this one does not, never the record itself', () => {
    const e = { bytes: 1, sha256: 'c'.repeat(64) };
    const previous = { files: { 'index.html': e, 'progress.pdf': e, 'old.html': e, [MANIFEST_FILE]: e } };
    expect(staleNames(previous, ['index.html'])).toEqual(['old.html', 'progress.pdf']);
  });
});

const browser = findBrowser(undefined, defaultFinderDeps(process.env)).found;

/** The local files an index links (href="x", no scheme, no fragment). */
function linked(index: string): string[] {
  return [...index.matchAll(/href="([^"#:]+)"/g)].map((m) => m[1]).filter((h) => h !== 'style.css');
}

describe.skipIf(!browser)('a build after a build', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let full: string;
  beforeAll(async () => {
    tmp = await tempDir('reform-stale-');
    await copySample(tmp.dir);
    full = path.join(tmp.dir, 'full');
    const r = await runCli(['build', 'data', '--out', 'full'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
  }, 180_000);
  afterAll(() => tmp?.cleanup());

  /** A copy of the full build's output, as a user's folder would be. */
  async function copyOfFull(name: string): Promise<string> {
    const dir = path.join(tmp.dir, name);
    await cp(full, dir, { recursive: true });
    return dir;
  }

  it('records every file it wrote with its digest', async () => {
    const record = parseManifest(await readFile(path.join(full, MANIFEST_FILE), 'utf8')).files;
    for (const f of ['index.html', 'progress.pdf', 'verification.pdf', 'progress.html', 'style.css'])
      expect(record[f]?.sha256).toBe(sha(await readFile(path.join(full, f))));
  });

  it('--no-pdf after a full build leaves no PDF, keeps what reform did not write, links what is there', async () => {
    const out = await copyOfFull('no-pdf');
    await writeFile(path.join(out, 'メモ.txt'), 'mine');
    await writeFile(path.join(out, 'mine.pdf'), '%PDF-1.4 mine');
    const r = await runCli(['build', 'data', '--out', 'no-pdf', '--no-pdf'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    const files = await readdir(out);
    expect(files.filter((f) => f.endsWith('.pdf'))).toEqual(['mine.pdf']);
    expect(files).toContain('メモ.txt');
    expect(r.stderr).toContain('progress.pdf, verification.pdf');
    const index = await readFile(path.join(out, 'index.html'), 'utf8');
    for (const href of linked(index)) expect(existsSync(path.join(out, decodeURI(href))), href).toBe(true);
    expect(linked(index)).not.toContain('progress.pdf');
    // The record now lists no PDF.
    const record = parseManifest(await readFile(path.join(out, MANIFEST_FILE), 'utf8')).files;
    expect(Object.keys(record).filter((f) => f.endsWith('.pdf'))).toEqual([]);
  });

  it('a failed PDF step leaves no PDF of any build', async () => {
    const out = await copyOfFull('failed');
    // An executable that is no browser: the PDF step fails, everything else is written.
    const r = await runCli(['build', 'data', '--out', 'failed', '--browser', process.execPath], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect((await readdir(out)).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    const index = await readFile(path.join(out, 'index.html'), 'utf8');
    for (const href of linked(index)) expect(existsSync(path.join(out, decodeURI(href))), href).toBe(true);
  }, 120_000);

  it('keeps a file changed since reform wrote it, and says so', async () => {
    const out = await copyOfFull('changed');
    await appendFile(path.join(out, 'progress.pdf'), '\n% annotated by hand\n');
    const r = await runCli(['--lang', 'en', 'build', 'data', '--out', 'changed', '--no-pdf'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(out, 'progress.pdf'))).toBe(true);
    expect(existsSync(path.join(out, 'verification.pdf'))).toBe(false);
    expect(r.stderr).toMatch(/Not removed, because changed since .*: progress\.pdf/);
  });

  it('removes nothing outside --out, whatever the record says', async () => {
    const out = await copyOfFull('hostile');
    const victim = path.join(tmp.dir, 'victim.txt');
    await writeFile(victim, 'keep me');
    const e = { bytes: 7, sha256: sha('keep me') };
    await writeFile(
      path.join(out, MANIFEST_FILE),
      serializeManifest({ files: { '../victim.txt': e, [path.resolve(victim)]: e, '..\\victim.txt': e } }),
    );
    const r = await runCli(['build', 'data', '--out', 'hostile', '--no-pdf'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(victim, 'utf8')).toBe('keep me');
  });
});
