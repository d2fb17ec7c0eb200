/**
 * A paragraph taller than a page: one 上半期実績 and one 実績・効果 of about 6,000 characters, each a single
 * paragraph, in the sample. The tables are cut between two of its lines, so that every page the paragraph
 * runs over is a table of its own: checked page by page in the PDFs (pdftotext per page: the header, the
 * section row or heading, 番号 and 具体的取組 marked （続き）, and the paragraph's text in order, once) and on
 * the page's picture (pdftoppm: the table is closed by its bottom border, nothing of it runs below).
 * Before, the continuation pages had none of these and their tables no bottom border. The same for a table
 * declared in report.yaml (examples/ratings: its text column), which the seed's paginator now cuts too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultFinderDeps, findBrowser } from '../src/browser/find.js';
import { copySample, normalizeForCompare, repoRoot, runCli, tempDir } from './helpers.js';
import { cp } from 'node:fs/promises';

const hasBrowser = findBrowser(undefined, defaultFinderDeps(process.env)).found;
const hasPoppler = spawnSync('pdftoppm', ['-v']).status === 0;
const reason = !hasBrowser ? 'no browser for PDF' : !hasPoppler ? 'poppler-utils not installed' : undefined;
if (reason && process.env.CI) throw new Error(`long-paragraph: ${reason} (npm run setup installs it)`);

/** Numbered sentences, so that the order and completeness of the text can be read back. */
function longParagraph(): { text: string; count: number } {
  let text = '';
  let count = 0;
  while (text.length < 6000) {
    count++;
    text += `協創の取組を推進するため、職員研修センターにおいて「協創」の理念と必要性の理解を深める研修を実施した（第${count}回）。`;
  }
  return { text, count };
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
const pageText = (file: string, page: number) =>
  normalizeForCompare(run('pdftotext', ['-raw', '-f', String(page), '-l', String(page), file, '-']));

/** A page as a grey picture: width, height and one byte per pixel (0 black, 255 white). */
function pagePixels(file: string, page: number): { w: number; h: number; px: Buffer } {
  const pgm = execFileSync('pdftoppm', ['-r', '40', '-gray', '-f', String(page), '-l', String(page), file], {
    maxBuffer: 64 << 20,
  });
  // P5 <w> <h> <max>\n<bytes>
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const w = Number(header[1]);
  const h = Number(header[2]);
  return { w, h, px: pgm.subarray(header[0].length, header[0].length + w * h) };
}

/**
 * Where the table of the page ends: the lowest horizontal rule (a row more than half the page wide that is
 * mostly dark), and whether anything but the page number (a small centred mark in the bottom margin) is
 * drawn below it.
 */
function tableBottom(file: string, page: number): { rule: number; below: string[] } {
  const { w, h, px } = pagePixels(file, page);
  const dark = (x: number, y: number) => px[y * w + x] < 160;
  let rule = -1;
  for (let y = 0; y < h; y++) {
    let n = 0;
    for (let x = 0; x < w; x++) if (dark(x, y)) n++;
    if (n > w * 0.5) rule = y;
  }
  const below: string[] = [];
  for (let y = rule + 2; y < h; y++)
    for (let x = 0; x < w; x++) {
      const pageNumber = y > h * 0.88 && Math.abs(x - w / 2) < w * 0.1;
      if (dark(x, y) && !pageNumber) below.push(`${x},${y}`);
    }
  return { rule, below };
}

describe.skipIf(reason !== undefined)(`a paragraph taller than a page${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  const { text, count } = longParagraph();
  let title = '';
  let section = '';

  beforeAll(async () => {
    tmp = await tempDir('reform-long-paragraph-');
    const data = await copySample(tmp.dir);
    const file = path.join(data, 'initiatives', '01.yaml');
    const doc = parseDocument(await readFile(file, 'utf8'));
    doc.setIn(['results', 2019, 'firstHalf'], text);
    doc.setIn(['verification', 0, 'outcome'], text);
    await writeFile(file, doc.toString({ lineWidth: 0 }));
    title = String(doc.get('title'));
    const report = parseDocument(await readFile(path.join(data, 'report.yaml'), 'utf8')).toJS();
    const sections = report.sections as { id: string; title: string }[];
    section = sections.find((s) => s.id === String(doc.get('section')))!.title;
    const r = await runCli(['build', 'data', '--out', 'out'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
  }, 300_000);
  afterAll(() => tmp?.cleanup());

  for (const [pdf, labels] of [
    ['progress.pdf', ['番号', '具体的取組', '上半期実績']],
    ['verification.pdf', ['番号', '具体的取組', '実績・効果']],
  ] as const) {
    it(`${pdf}: every page of the paragraph is a whole table that names its initiative`, () => {
      const file = path.join(tmp.dir, 'out', pdf);
      // NFKC (normalizeForCompare) turns （ ） into ( ).
      const marks = (t: string) => [...t.matchAll(/\(第(\d+)回\)/g)].map((m) => Number(m[1]));
      const pages: { page: number; text: string; marks: number[] }[] = [];
      for (let p = 1; p <= pageCount(file); p++) {
        const t = pageText(file, p);
        const m = marks(t);
        if (m.length > 0) pages.push({ page: p, text: t, marks: m });
      }
      // Taller than two pages: cut at least twice.
      expect(pages.length).toBeGreaterThanOrEqual(3);
      // The paragraph's sentences, each once and in order, over consecutive pages: within a page one after the
      // other; a sentence whose number is cut by the page's end (（第9|5回）) is the only one not read back.
      for (const p of pages) expect(p.marks).toEqual(p.marks.map((_, i) => p.marks[0] + i));
      expect(pages[0].marks[0]).toBe(1);
      expect(pages.at(-1)!.marks.at(-1)).toBe(count);
      for (let i = 1; i < pages.length; i++) {
        const gap = pages[i].marks[0] - pages[i - 1].marks.at(-1)!;
        expect(gap === 1 || gap === 2, `pages ${pages[i - 1].page}-${pages[i].page}`).toBe(true);
      }
      expect(pages.map((p) => p.page)).toEqual(pages.map((_, i) => pages[0].page + i));
      pages.forEach((p, i) => {
        for (const label of labels) expect(p.text, `page ${p.page}`).toContain(normalizeForCompare(label));
        const cont = normalizeForCompare('（続き）');
        if (i === 0) expect(p.text).toContain(normalizeForCompare(title));
        else {
          expect(p.text, `page ${p.page}`).toContain(normalizeForCompare(`${title}（続き）`));
          // The section row (別表1) or heading (別表2) again, marked.
          expect(p.text, `page ${p.page}`).toContain(normalizeForCompare(section) + cont);
        }
        const { rule, below } = tableBottom(file, p.page);
        expect(rule, `page ${p.page}: a bottom border`).toBeGreaterThan(0);
        expect(below.slice(0, 5), `page ${p.page}: drawn below the table's bottom border`).toEqual([]);
      });
    });
  }

  it('the workbook: the paragraph continues in blocks of their own, 具体的取組 (and 取組項目) marked （続き）', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(tmp.dir, 'out', 'reform.xlsx'));
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(2);
    for (const [ws, item] of [
      [wb.worksheets[0], undefined],
      [wb.worksheets[1], '協創の取組を進めるための研修の充実'],
    ] as const) {
      const cells: string[] = [];
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.type !== ExcelJS.ValueType.Merge) cells.push(normalizeForCompare(c.text));
        }),
      );
      const withMarks = cells.filter((c) => /\(第\d+回\)/.test(c));
      // Cut into several cells (blocks), whose sentences read in order, each once but where a cut falls.
      expect(withMarks.length, ws.name).toBeGreaterThanOrEqual(2);
      const marks = withMarks.flatMap((c) => [...c.matchAll(/\(第(\d+)回\)/g)].map((m) => Number(m[1])));
      expect(marks[0]).toBe(1);
      expect(marks.at(-1)).toBe(count);
      for (let i = 1; i < marks.length; i++) expect([1, 2]).toContain(marks[i] - marks[i - 1]);
      expect(cells.filter((c) => c === normalizeForCompare(`① ${title}（続き）`)).length).toBeGreaterThanOrEqual(
        withMarks.length - 1,
      );
      if (item) expect(cells).toContain(normalizeForCompare(`${item}（続き）`));
    }
  });
});

describe.skipIf(reason !== undefined)(
  `a declared table's paragraph taller than a page${reason ? ` (skipped)` : ''}`,
  () => {
    let tmp: { dir: string; cleanup: () => Promise<void> };
    const { text, count } = longParagraph();
    let title = '';
    beforeAll(async () => {
      tmp = await tempDir('reform-long-declared-');
      await cp(path.join(repoRoot, 'examples', 'ratings'), path.join(tmp.dir, 'ratings'), { recursive: true });
      const file = path.join(tmp.dir, 'ratings', 'initiatives', '01.yaml');
      const doc = parseDocument(await readFile(file, 'utf8'));
      doc.setIn(['fields', 'result'], text);
      await writeFile(file, doc.toString({ lineWidth: 0 }));
      title = String(doc.get('title'));
      const r = await runCli(['build', 'ratings', '--out', 'out'], { cwd: tmp.dir });
      expect(r.code, r.stderr).toBe(0);
    }, 300_000);
    afterAll(() => tmp?.cleanup());

    it('status.pdf: cut between lines, every page a closed table whose row header names the initiative', () => {
      const file = path.join(tmp.dir, 'out', 'status.pdf');
      const pages: { page: number; text: string; marks: number[] }[] = [];
      for (let p = 1; p <= pageCount(file); p++) {
        const t = pageText(file, p);
        const m = [...t.matchAll(/\(第(\d+)回\)/g)].map((x) => Number(x[1]));
        if (m.length > 0) pages.push({ page: p, text: t, marks: m });
      }
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expect(pages[0].marks[0]).toBe(1);
      expect(pages.at(-1)!.marks.at(-1)).toBe(count);
      pages.forEach((p, i) => {
        if (i > 0) expect(p.text, `page ${p.page}`).toContain(normalizeForCompare(`${title}（続き）`));
        const { rule, below } = tableBottom(file, p.page);
        expect(rule, `page ${p.page}: a bottom border`).toBeGreaterThan(0);
        // (the last page has the table's footnotes below it)
        if (i < pages.length - 1)
          expect(below.slice(0, 5), `page ${p.page}: drawn below the table's bottom border`).toEqual([]);
      });
    });
  },
);
