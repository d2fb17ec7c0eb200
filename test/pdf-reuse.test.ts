/**
 * A build reprints only the PDFs whose inputs changed (issue 22): the PDF an earlier build left in --out is
 * reused when its content key (render/pdf-key.ts) is the one recorded in .reform-build.json. Which files were
 * rewritten is read from the file system (inode and modification time: every write is a new file renamed over
 * the old one) and from the build's own list; never from how long it took.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copySample, runCli, tempDir, type CliResult } from './helpers.js';
import { parseManifest, serializeManifest } from '../src/io/manifest.js';
import { pdfContentKey } from '../src/render/pdf-key.js';

const PDFS = ['progress.pdf', 'verification.pdf'] as const;
const SUBSETS = ['fonts/biz-udpgothic-400.woff', 'fonts/biz-udpgothic-700.woff'] as const;
// A character the sample has nowhere: the build's font subsets change with it, progress.pdf's characters do not.
const NEW_TEXT = '（鬱蒼とした森の見直しを追記）';

let tmp: { dir: string; cleanup: () => Promise<void> };
let data: string;
let out: string;

const identity = async (name: string) => {
  const s = await stat(path.join(out, name));
  return `${s.ino}:${s.mtimeMs}`;
};
const identities = async () => Object.fromEntries(await Promise.all(PDFS.map(async (p) => [p, await identity(p)])));
const subsetIdentities = async () => Promise.all(SUBSETS.map((s) => identity(s)));
const manifest = async () => parseManifest(await readFile(path.join(out, '.reform-build.json'), 'utf8'));
const reusedIn = (r: CliResult) => PDFS.filter((p) => new RegExp(`${p.replace('.', '\\.')}.*再利用`).test(r.stdout));
const build = (...extra: string[]) => runCli(['build', 'data', '--out', 'out', ...extra], { cwd: tmp.dir });

beforeAll(async () => {
  tmp = await tempDir('reform-reuse-');
  data = await copySample(tmp.dir);
  out = path.join(tmp.dir, 'out');
  const first = await build();
  expect(first.code, first.stderr).toBe(0);
}, 240_000);
afterAll(() => tmp?.cleanup());

describe('reprinting nothing unchanged', () => {
  it('records a content key and the page count of each PDF beside its digest', async () => {
    const m = await manifest();
    for (const p of PDFS) {
      expect(m.files[p].key).toMatch(/^[0-9a-f]{64}$/);
      expect(m.files[p].pages).toBeGreaterThan(0);
    }
    expect(m.files['progress.pdf'].key).not.toBe(m.files['verification.pdf'].key);
    expect(m.files['progress.html'].key).toBeUndefined();
    // The font subsets have a key too (what they are cut from and to): an unchanged one is not cut again.
    for (const s of SUBSETS) expect(m.files[s].key).toMatch(/^[0-9a-f]{64}$/);
    expect(m.files[SUBSETS[0]].key).not.toBe(m.files[SUBSETS[1]].key);
  });

  it('reuses both PDFs when nothing changed, and says so', async () => {
    const before = await identities();
    const subsetsBefore = await subsetIdentities();
    const fontsBefore = await readFile(path.join(out, 'fonts', 'biz-udpgothic-400.woff'));
    const r = await build();
    expect(r.code, r.stderr).toBe(0);
    expect(await identities()).toEqual(before);
    // Nor are the font subsets cut or written again; the record still lists them (a later build keeps them).
    expect(await subsetIdentities()).toEqual(subsetsBefore);
    for (const s of SUBSETS) expect((await manifest()).files[s]?.key).toMatch(/^[0-9a-f]{64}$/);
    expect(reusedIn(r)).toEqual([...PDFS]);
    // The page counts are still listed (from the record), and the index still links both PDFs.
    expect(r.stdout).toMatch(/progress\.pdf\s+\d+ ページ/);
    const index = await readFile(path.join(out, 'index.html'), 'utf8');
    for (const p of PDFS) expect(index).toContain(`href="${p}"`);
    expect(await readFile(path.join(out, 'fonts', 'biz-udpgothic-400.woff'))).toEqual(fontsBefore);
  }, 240_000);

  it('reprints verification.pdf only after a change to one 別表2 text, even with a new character', async () => {
    const file = path.join(data, 'initiatives', '01.yaml');
    const text = await readFile(file, 'utf8');
    const changed = text.replace(/^(\s+outcome: .*?)(。)/m, `$1${NEW_TEXT}$2`);
    expect(changed).not.toBe(text);
    await writeFile(file, changed);
    const before = await identities();
    const subsetsBefore = await subsetIdentities();
    const fontsBefore = await readFile(path.join(out, 'fonts', 'biz-udpgothic-400.woff'));
    const r = await build();
    expect(r.code, r.stderr).toBe(0);
    const after = await identities();
    const subsetsAfter = await subsetIdentities();
    for (const [i, s] of subsetsAfter.entries()) expect(s).not.toBe(subsetsBefore[i]);
    expect(after['progress.pdf']).toBe(before['progress.pdf']);
    expect(after['verification.pdf']).not.toBe(before['verification.pdf']);
    expect(reusedIn(r)).toEqual(['progress.pdf']);
    // The subsets did change (the new characters), and that alone does not reprint 別表1.
    expect(await readFile(path.join(out, 'fonts', 'biz-udpgothic-400.woff'))).not.toEqual(fontsBefore);
    // The record names the new verification.pdf as it is on disk.
    const m = await manifest();
    const bytes = await readFile(path.join(out, 'verification.pdf'));
    expect(m.files['verification.pdf'].bytes).toBe(bytes.length);
  }, 240_000);

  it('reprints a PDF that was edited since (its digest is no longer the recorded one)', async () => {
    const file = path.join(out, 'progress.pdf');
    await writeFile(file, Buffer.concat([await readFile(file), Buffer.from('\n% edited\n')]));
    const before = await identities();
    const r = await build();
    expect(r.code, r.stderr).toBe(0);
    const after = await identities();
    expect(after['progress.pdf']).not.toBe(before['progress.pdf']);
    expect(after['verification.pdf']).toBe(before['verification.pdf']);
    expect(reusedIn(r)).toEqual(['verification.pdf']);
  }, 240_000);

  it('cuts a font subset again when its file was edited since', async () => {
    const file = path.join(out, SUBSETS[0]);
    const good = await readFile(file);
    await writeFile(file, Buffer.concat([good, Buffer.from('x')]));
    const r = await build();
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(file)).toEqual(good);
  }, 240_000);

  it('reprints every PDF and cuts every subset with --force', async () => {
    const before = await identities();
    const subsetsBefore = await subsetIdentities();
    const r = await build('--force');
    expect(r.code, r.stderr).toBe(0);
    const after = await identities();
    for (const p of PDFS) expect(after[p]).not.toBe(before[p]);
    for (const [i, s] of (await subsetIdentities()).entries()) expect(s).not.toBe(subsetsBefore[i]);
    expect(reusedIn(r)).toEqual([]);
  }, 240_000);

  it('removes a reused PDF like any other after --no-pdf (the record no longer lists it as this build’s)', async () => {
    const r = await build('--no-pdf');
    expect(r.code, r.stderr).toBe(0);
    const m = await manifest();
    for (const p of PDFS) expect(m.files[p]).toBeUndefined();
    await expect(stat(path.join(out, 'progress.pdf'))).rejects.toThrow();
  }, 240_000);
});

describe('the record and the key', () => {
  it('keeps a well-formed key and page count, and drops malformed ones', () => {
    const sha = 'a'.repeat(64);
    const text = JSON.stringify({
      reform: 1,
      files: {
        'a.pdf': { bytes: 3, sha256: sha, key: 'b'.repeat(64), pages: 4 },
        'b.pdf': { bytes: 3, sha256: sha, key: '../x', pages: -1 },
        'c.pdf': { bytes: 3, sha256: sha, key: 5, pages: 1.5 },
      },
    });
    const m = parseManifest(text);
    expect(m.files['a.pdf']).toEqual({ bytes: 3, sha256: sha, key: 'b'.repeat(64), pages: 4 });
    expect(m.files['b.pdf']).toEqual({ bytes: 3, sha256: sha });
    expect(m.files['c.pdf']).toEqual({ bytes: 3, sha256: sha });
    expect(parseManifest(serializeManifest(m))).toEqual(m);
  });

  it('changes with each input: the page, the style, the browser, the author, a custom stylesheet', () => {
    const base = { html: '<p>x</p>', css: 'p{}', browser: '/usr/bin/chromium', author: '市', customStyle: false };
    const key = pdfContentKey(base);
    expect(pdfContentKey({ ...base })).toBe(key);
    expect(pdfContentKey({ ...base, html: Buffer.from(base.html) })).toBe(key);
    for (const change of [
      { html: '<p>y</p>' },
      { css: 'p{color:red}' },
      { browser: '/usr/bin/chrome' },
      { author: '町' },
      { customStyle: true },
    ])
      expect(pdfContentKey({ ...base, ...change })).not.toBe(key);
  });
});
