/**
 * A long page printed in parts and joined (render/pdf-parts.ts, pdf-join.ts, pdf-font-union.ts; issue 22) reads
 * back as the page printed in one piece: the same pages pixel for pixel (page numbers "k / N" included), the same
 * text, outline, artifacts and XMP, the same structure elements with their text, /ActualText and /Headers (the
 * grouping elements of a container that runs over a seam, NonStruct and the like, are the only difference: one
 * per part), one font program per face. Parts of 2 pages are forced on the sample's two tables (the one table
 * engine's pagination, （続き） pages, 章 pages) and on cards (Chromium's own page breaks); a page whose internal
 * links would cross a seam is printed in one piece.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot, runCli, sampleDir, tempDir } from './helpers.js';
import { defaultFinderDeps, findBrowser } from '../src/browser/find.js';
import { launchBrowser } from '../src/browser/launch.js';
import { shippedFontDirs } from '../src/fonts/shipped.js';
import { type PrintedPdf, printPdf } from '../src/render/pdf.js';
import { findPartStarts } from '../src/render/pdf-parts.js';
import { pathToFileURL } from 'node:url';
import { cellHeaderProblems, dumpPdf, type StructNode } from './pdf-dump.js';

const CASES = [
  { name: 'sample 別表1', dir: sampleDir, page: 'progress.html' },
  { name: 'sample 別表2', dir: sampleDir, page: 'verification.html' },
  { name: 'cards (roadmap)', dir: path.join(repoRoot, 'examples/roadmap'), page: 'cards.html' },
] as const;

/** A page of its own: three sections from forced breaks, the second over two pages, numbered "k / N". */
const LONG_SEGMENT = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>長い節</title>
<link rel="stylesheet" href="fonts/fonts.css"><style>
body { font-family: 'BIZ UDPGothic'; font-size: 12pt; }
@page { size: A4 landscape; margin: 10mm; @bottom-center { content: counter(page) ' / ' counter(pages); } }
section + section { break-before: page; }
</style></head><body><main>
<section><h1>一</h1><p>はじめ</p></section>
<section><h2>二</h2>${Array.from({ length: 70 }, (_, i) => `<p>段落${i + 1}</p>`).join('')}</section>
<section><h2>三</h2><p>おわり</p></section></main></body></html>`;
const SYNTHETIC = 'a part longer than a page';

/** Three pages; the first links to the third. */
const LINKED = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>t</title>
<style>.p { break-before: page; }</style></head><body>
<main><section><p><a href="#three">三へ</a></p></section><section class="p"><p>二</p></section>
<section class="p" id="three"><p>三</p></section></main></body></html>`;

const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const GROUPING = new Set(['Document', 'NonStruct', 'Div', 'Sect', 'Part', 'Art']);

let tmp: { dir: string; cleanup: () => Promise<void> };
const printed = new Map<string, { whole: PrintedPdf; parts: PrintedPdf; wholeFile: string; partsFile: string }>();
let linkedStarts: { linked: number; unlinked: number; malformed: number };

/** The first .html of `out` whose name starts like `page` (the examples' pages are named by their tables). */
async function pageIn(out: string, page: string): Promise<string | undefined> {
  const names = await readdir(out);
  if (names.includes(page)) return page;
  return names.filter((n) => n.endsWith('.html') && n !== 'index.html').sort()[0];
}

beforeAll(async () => {
  tmp = await tempDir('reform-parts-');
  const found = findBrowser(undefined, defaultFinderDeps(process.env));
  if (!found.found) throw new Error('no browser');
  const outs = new Map<string, string>();
  for (const c of CASES) {
    if (outs.has(c.dir)) continue;
    const out = path.join(tmp.dir, `out-${outs.size}`);
    const r = await runCli(['build', c.dir, '--out', out, '--no-pdf'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    outs.set(c.dir, out);
  }
  const browser = await launchBrowser({
    executablePath: found.found.path,
    env: process.env,
    allowDirs: [...outs.values()],
    fontDirs: shippedFontDirs(),
  });
  try {
    for (const c of CASES) {
      const out = outs.get(c.dir)!;
      const page = await pageIn(out, c.page);
      if (!page) throw new Error(`no page in ${out}`);
      const file = path.join(out, page);
      const whole = await printPdf(browser, file, { author: '三重県' }, { partPages: 0 });
      const parts = await printPdf(browser, file, { author: '三重県' }, { partPages: 2 });
      const wholeFile = path.join(tmp.dir, `${printed.size}-whole.pdf`);
      const partsFile = path.join(tmp.dir, `${printed.size}-parts.pdf`);
      await writeFile(wholeFile, whole.data);
      await writeFile(partsFile, parts.data);
      printed.set(c.name, { whole, parts, wholeFile, partsFile });
    }
    {
      // Parts of one segment each: the second part prints two pages, so the total is found after a first pass.
      const file = path.join([...outs.values()][0], 'long-segment.html');
      await writeFile(file, LONG_SEGMENT);
      const whole = await printPdf(browser, file, { author: '三重県' }, { partPages: 0 });
      const parts = await printPdf(browser, file, { author: '三重県' }, { partPages: 1 });
      const wholeFile = path.join(tmp.dir, 'long-whole.pdf');
      const partsFile = path.join(tmp.dir, 'long-parts.pdf');
      await writeFile(wholeFile, whole.data);
      await writeFile(partsFile, parts.data);
      printed.set(SYNTHETIC, { whole, parts, wholeFile, partsFile });
    }
    // Where parts may start, with and without a link across them.
    const out = [...outs.values()][0];
    const starts = async (html: string) => {
      const file = path.join(out, `linked-${createHash('sha1').update(html).digest('hex')}.html`);
      await writeFile(file, html);
      const page = await browser.newOfflinePage();
      try {
        await page.goto(pathToFileURL(file).href);
        return (await page.evaluate(findPartStarts)).starts;
      } finally {
        await browser.release(page);
      }
    };
    linkedStarts = {
      linked: await starts(LINKED),
      unlinked: await starts(LINKED.replace('href="#three"', '')),
      malformed: await starts(LINKED.replace('href="#three"', 'href="#%E0%A4%A"')),
    };
  } finally {
    await browser.close();
  }
}, 600_000);
afterAll(() => tmp?.cleanup());

/** Every page as grey pixels at 30 dpi. */
async function pixels(file: string): Promise<Buffer[]> {
  const prefix = `${file}-px`;
  execFileSync('pdftoppm', ['-r', '30', '-gray', file, prefix]);
  const dir = path.dirname(file);
  const names = (await readdir(dir)).filter((n) => n.startsWith(path.basename(prefix)) && n.endsWith('.pgm')).sort();
  return Promise.all(names.map((n) => readFile(path.join(dir, n))));
}

/** The structure elements with grouping elements spliced out, IDs replaced by the text of what they name. */
function leaves(tree: StructNode): unknown[] {
  const ids = new Map<string, StructNode>();
  const index = (n: StructNode) => {
    if (n.id) ids.set(n.id, n);
    n.kids.forEach(index);
  };
  index(tree);
  const splice = (n: StructNode): unknown[] => {
    const kids = n.kids.flatMap(splice);
    if (GROUPING.has(n.type)) return kids;
    const { id: _id, headers, kids: _k, ...rest } = n;
    return [{ ...rest, headers: headers?.map((h) => ids.get(h)?.text ?? `missing ${h}`), kids }];
  };
  return splice(tree);
}

/** How many distinct embedded font programs (FontFile2/FontFile3) the PDF has. */
function fontPrograms(file: string): number {
  const code =
    'import pikepdf,sys\np=pikepdf.open(sys.argv[1])\ns=set()\n' +
    'for o in p.objects:\n' +
    '  if isinstance(o,pikepdf.Dictionary) and o.get("/Type")=="/FontDescriptor":\n' +
    '    for k in ("/FontFile2","/FontFile3","/FontFile"):\n' +
    '      if k in o: s.add(o[k].objgen)\n' +
    'print(len(s))';
  return Number(execFileSync(python, ['-c', code, file], { encoding: 'utf8' }).trim());
}

it('splits a page at its forced page breaks, but not where an internal link would cross a seam', () => {
  expect(linkedStarts).toEqual({ linked: 0, unlinked: 2, malformed: 2 });
});

describe('a page printed in parts reads back as the page printed whole', () => {
  for (const name of [...CASES.map((c) => c.name), SYNTHETIC]) {
    describe(name, () => {
      const get = () => printed.get(name)!;

      it('is printed in parts', () => {
        const { whole, parts } = get();
        expect(whole.parts).toBe(1);
        expect(parts.parts).toBeGreaterThan(1);
        expect(parts.pages).toBe(whole.pages);
      });

      it('has the same pages, pixel for pixel, and the same text', async () => {
        const { wholeFile, partsFile } = get();
        const a = await pixels(wholeFile);
        const b = await pixels(partsFile);
        expect(a.length).toBe(get().whole.pages);
        expect(b.length).toBe(a.length);
        for (const [i, page] of a.entries()) expect(page.equals(b[i]), `page ${i + 1}`).toBe(true);
        const text = (f: string) => execFileSync('pdftotext', ['-raw', f, '-'], { encoding: 'utf8' });
        expect(text(partsFile)).toBe(text(wholeFile));
        const total = get().whole.pages;
        expect(text(partsFile)).toMatch(new RegExp(`${total}\\s*/\\s*${total}`));
      });

      it('has the same outline, artifacts, XMP and structure', () => {
        const { wholeFile, partsFile } = get();
        const a = dumpPdf(wholeFile);
        const b = dumpPdf(partsFile);
        expect(b.outline).toEqual(a.outline);
        expect(b.untagged).toEqual(a.untagged);
        expect(b.artifacts).toEqual(a.artifacts);
        expect(b.unmarked).toEqual(a.unmarked);
        expect(b.xmp).toEqual(a.xmp);
        expect(leaves(b.tree)).toEqual(leaves(a.tree));
        expect(cellHeaderProblems(b)).toEqual(cellHeaderProblems(a));
      });

      it('embeds one program per font face and passes qpdf --check', () => {
        const { whole, parts, wholeFile, partsFile } = get();
        expect(fontPrograms(partsFile)).toBe(fontPrograms(wholeFile));
        expect(parts.fonts).toEqual(whole.fonts);
        expect(parts.data.length).toBeLessThan(whole.data.length * 1.15);
        execFileSync('qpdf', ['--check', partsFile], { encoding: 'utf8' });
      });
    });
  }
});
