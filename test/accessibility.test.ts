/**
 * Accessibility of what build writes, read back as assistive technology reads it:
 * - axe-core, injected into the real browser, on the three pages: no violation;
 * - the tagged PDFs' structure trees and outlines (test/tools/pdf_structure.py, with pikepdf): a Caption
 *   per table (a continued one marked （続き）), TH with their scope, the section row a row header, each
 *   phase's range in text, the era in the year headings, one H2 and one bookmark per section, no
 *   page-number text outside an Artifact, nothing painted outside marked content, each cell's own headers;
 * - the index: each link says what it is, its format and size; open-data files described;
 * - validate warns about 〜 (U+301C), which NVDA does not read.
 */
import { execFileSync } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultFinderDeps, findBrowser } from '../src/browser/find.js';
import { launchBrowser } from '../src/browser/launch.js';
import { copySample, runCli, tempDir } from './helpers.js';
import { all, cellHeaderProblems, dumpPdf, listProblems, symbolCellProblems } from './pdf-dump.js';

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

const SECTIONS = [
  'I 協創・現場重視の推進に向けて',
  'II 機動的で柔軟かつ弾力的な行財政運営に向けて',
  'III 残された課題への的確な対応に向けて',
];

let tmp: { dir: string; cleanup: () => Promise<void> };
let out: string;

beforeAll(async () => {
  tmp = await tempDir('reform-a11y-');
  await copySample(tmp.dir);
  out = path.join(tmp.dir, 'out');
  const r = await runCli(['build', 'data', '--out', 'out'], { cwd: tmp.dir });
  expect(r.code, r.stderr).toBe(0);
}, 180_000);
afterAll(() => tmp?.cleanup());

describe('axe-core in the browser', () => {
  it('finds no violation on the index, 別表1 and 別表2', async () => {
    const found = findBrowser(undefined, defaultFinderDeps(process.env));
    expect(found.found, 'a browser for the tests').toBeTruthy();
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // JavaScript on for axe only (evaluated through the DevTools protocol); the pages' CSP still forbids page scripts.
    const browser = await launchBrowser({
      executablePath: found.found!.path,
      env: process.env,
      allowDirs: [out],
      pageJavaScript: true,
    });
    try {
      for (const name of ['index.html', 'progress.html', 'verification.html']) {
        const page = await browser.newOfflinePage();
        try {
          await page.goto(pathToFileURL(path.join(out, name)).href, { waitUntil: 'load' });
          // The pages forbid scripts (CSP); evaluating through the DevTools protocol is not a page script.
          await page.evaluate(axeSource);
          const result = (await page.evaluate(
            `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, ` +
              `help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) })))`,
          )) as { id: string }[];
          expect(result, name).toEqual([]);
          // Chromium's accessibility tree: every row with data cells has a row header (its own or, for a
          // further 取組項目 or lane, the 具体的取組 over it), and no column header in the body.
          if (name !== 'index.html') {
            const rows: AxNode[] = [];
            const walk = (n: AxNode | null | undefined) => {
              if (!n) return;
              if (n.role === 'row') rows.push(n);
              for (const k of n.children ?? []) walk(k);
            };
            walk((await page.accessibility.snapshot({ interestingOnly: false })) as AxNode);
            const body = rows.filter((r) => (r.children ?? []).some((c) => c.role === 'cell'));
            expect(body.length, name).toBeGreaterThan(10);
            let previous: AxNode[] = [];
            for (const r of body) {
              const kids = r.children ?? [];
              if (kids.some((c) => c.role === 'rowheader')) previous = kids;
              else
                expect(previous.some((c) => c.role === 'rowheader') && kids.length < previous.length, name).toBe(true);
              expect(
                kids.map((c) => c.role),
                name,
              ).not.toContain('columnheader');
            }
          }
          const passes = (await page.evaluate(`axe.run(document).then((r) => r.passes.length)`)) as number;
          expect(passes, name).toBeGreaterThan(10);
        } finally {
          await page.close();
        }
      }
    } finally {
      await browser.close();
    }
  }, 120_000);
});

describe('the tagged PDFs', () => {
  it('tag the caption, the headers with their scope, the section rows as row headers, phases with their range', () => {
    const pdf = dumpPdf(path.join(out, 'progress.pdf'));
    // A Caption for every table, a table continued on the next page included (marked （続き）).
    const captions = all(pdf.tree, 'Caption').map((c) => c.text);
    const named = SECTIONS.map((s) => `別表1 三重県行財政改革取組 令和元年度上半期の取組状況（${s}）`);
    expect([...new Set(captions.map((c) => c.replace(/（続き）$/, '')))]).toEqual(named);
    expect(captions.filter((c) => c.endsWith('（続き）')).length).toBeGreaterThan(0);
    for (const t of all(pdf.tree, 'Table')) expect(all(t, 'Caption'), t.text.slice(0, 40)).toHaveLength(1);
    const th = all(pdf.tree, 'TH');
    expect(th.every((h) => h.scope === 'Column' || h.scope === 'Row')).toBe(true);
    expect(th.filter((h) => h.scope === 'Column').map((h) => h.text)).toEqual(
      expect.arrayContaining(['番号', '具体的取組', '工程', '担当課', '取組項目', '平成28年度', '令和元年度']),
    );
    // The section row: a row header of its own, not a cell under 番号.
    for (const s of SECTIONS)
      expect(
        th.some((h) => h.scope === 'Row' && h.text === s),
        s,
      ).toBe(true);
    const cells = all(pdf.tree, 'TD').map((c) => c.text);
    expect(cells).toContain('←随時実施→（平成28年度～令和元年度）');
    expect(cells).toContain('検討 →順次実施（平成28年度）');
    // Every phase states its range: a cell with a phase has （…年度） at its end.
    const phases = cells.filter((t) => /→|実施|検討/.test(t) && t.length < 40);
    expect(phases.length).toBeGreaterThan(20);
    for (const t of phases) expect(t).toMatch(/（(平成|令和)[^（）]*年度）$/);

    const verification = dumpPdf(path.join(out, 'verification.pdf'));
    for (const t of all(verification.tree, 'Table')) expect(all(t, 'Caption')).toHaveLength(1);
    expect(new Set(all(verification.tree, 'Caption').map((c) => c.text.replace(/（続き）$/, ''))).size).toBe(3);
    expect(all(verification.tree, 'TH').every((h) => h.scope === 'Column' || h.scope === 'Row')).toBe(true);
  });

  it('have one H2 and one bookmark per section, under the title', () => {
    for (const [file, title] of [
      ['progress.pdf', '三重県行財政改革取組 令和元年度上半期の取組状況'],
      ['verification.pdf', '現行の「三重県行財政改革取組」の検証'],
    ]) {
      const pdf = dumpPdf(path.join(out, file));
      expect(
        all(pdf.tree, 'H2').map((h) => h.text),
        file,
      ).toEqual(SECTIONS);
      expect(
        pdf.outline.map((o) => o.title),
        file,
      ).toEqual([title]);
      expect(
        pdf.outline[0].kids.map((o) => o.title),
        file,
      ).toEqual(SECTIONS);
    }
  });

  it('mark the page numbers as Artifacts: no text outside the structure tree', () => {
    for (const [file, pages] of [
      ['progress.pdf', 5],
      ['verification.pdf', 4],
    ] as const) {
      const pdf = dumpPdf(path.join(out, file));
      expect(pdf.untagged, file).toEqual(Array(pages).fill(''));
      expect(pdf.artifacts, file).toEqual(Array.from({ length: pages }, (_, i) => `${i + 1} / ${pages}`));
      // Nothing painted outside marked content: backgrounds, borders and bars are Artifacts.
      expect(pdf.unmarked, file).toEqual(Array(pages).fill([]));
      // Every cell names its own row and column headers, never a section row.
      expect(cellHeaderProblems(pdf), file).toEqual([]);
      // A △ or 内数 figure and a trend has /ActualText with its words; list items have Lbl and LBody.
      expect(symbolCellProblems(pdf, []).problems, file).toEqual([]);
      expect(listProblems(pdf), file).toEqual([]);
      // The file is still sound for other readers.
      expect(execFileSync('qpdf', ['--check', path.join(out, file)], { encoding: 'utf8' })).toContain(
        'No syntax or stream encoding errors',
      );
    }
  });
});

describe('the PDF metadata', () => {
  it('has XMP metadata with the title, the language and the author', () => {
    for (const [file, title] of [
      ['progress.pdf', '別表1 三重県行財政改革取組 令和元年度上半期の取組状況'],
      ['verification.pdf', '別表2 現行の「三重県行財政改革取組」の検証'],
    ]) {
      expect(dumpPdf(path.join(out, file)).xmp, file).toEqual({
        'dc:title': title,
        'dc:language': ['ja'],
        'dc:creator': ['三重県'],
      });
    }
  });
});

describe('the index page', () => {
  it(
    'names each link with what it is, its format and ' + 'size, summarises the tables and describes the open data',
    async () => {
      const html = await readFile(path.join(out, 'index.html'), 'utf8');
      const kb = async (name: string) => `${Math.max(1, Math.round((await stat(path.join(out, name))).size / 1024))}KB`;
      expect(html).toContain(`<a class="pdf" href="progress.pdf">別表1（PDF、${await kb('progress.pdf')}）</a>`);
      expect(html).toContain(
        `<a class="pdf" href="verification.pdf">別表2（PDF、${await kb('verification.pdf')}）</a>`,
      );
      expect(html).toContain(
        `>別表1 三重県行財政改革取組 令和元年度上半期の取組状況（HTML、${await kb('progress.html')}）</a>`,
      );
      expect(html).toContain(`<a href="reform.xlsx">別表1・別表2（Excel、${await kb('reform.xlsx')}）</a>`);
      expect(html).toContain('3章、具体的取組 11件（取組項目 24件）の工程（平成28年度～令和元年度）');
      expect(html).toContain(
        `<a href="opendata/initiatives.csv">具体的取組（CSV、${await kb('opendata/initiatives.csv')}）</a>：具体的取組ごとに1行、11行・`,
      );
      expect(html).toContain('（<a href="#dict-initiatives">列の説明</a>）');
      expect(html).toContain('<h3 id="dict-initiatives">具体的取組</h3>');
      expect(html).toContain('<tr><th scope="row">番号</th><td><code>number</code></td><td>整数</td>');
    },
  );
});

describe('validate and the wave dash', () => {
  it('warns about 〜 (U+301C) and advises ～ (U+FF5E), without failing', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const data = await copySample(dir);
      const file = path.join(data, 'initiatives', '05.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('～', '〜'));
      const r = await runCli(['validate', 'data'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(path.join('data', 'initiatives', '05.yaml'));
      expect(r.stderr).toContain('警告');
      expect(r.stderr).toContain('全角のチルダ「～」（U+FF5E）に置き換えてください');
      const json = JSON.parse((await runCli(['validate', '--format', 'json', 'data'], { cwd: dir })).stdout);
      expect(json.ok).toBe(true);
      expect(json.diagnostics).toEqual([
        expect.objectContaining({
          severity: 'warning',
          code: 'rule-wave-dash',
          file: path.join('data', 'initiatives', '05.yaml'),
        }),
      ]);
    } finally {
      await cleanup();
    }
  });
});
