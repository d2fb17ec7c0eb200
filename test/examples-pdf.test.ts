/**
 * The examples' PDFs with the real browser: one build of each example (HTML, PDF, workbook, open data)
 * in a temporary directory; every declared table has its PDF, whose text (pdftotext) shows the table's
 * title, its computed figures in printed form and every text and number of the YAML; axe-core finds no
 * violation on the index and the table pages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { defaultFinderDeps, findBrowser } from '../src/browser/find.js';
import { launchBrowser } from '../src/browser/launch.js';
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decimalsOf, groupDigits } from '../src/model/figures.js';
import { repoRoot, runCli, tempDir } from './helpers.js';
import { all, cellHeaderProblems, dumpPdf, listProblems, symbolCellProblems } from './pdf-dump.js';

// Every example of examples/ (a new one is covered by the generic checks; its own figures are optional).
const EXAMPLES = readdirSync(path.join(repoRoot, 'examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(repoRoot, 'examples', d.name, 'report.yaml')))
  .map((d) => d.name)
  .sort();
const FIGURES: Record<string, string[]> = {
  effects: ['△66,669千円', '(12,000千円)', '246,600千円', '167,561千円', '△79,039千円', '471,261'],
  kpi: ['137.5%', '87.5%', '58.2%', '11人', '70件', '実行準備'],
  ratings: ['1-(1)-①', '2-(2)-①', '（再掲）', '達成 3項目、一部達成 2項目、未達成 1項目', '※2'],
  roadmap: ['1-① 行政手続のオンライン化', '目標（参考）', '71,050', '969,600', '予算を伴う事業はありません。'],
  savings: ['歳入確保対策計', '総合計', '17,700', '125.1%', '39.7%', '見込額1億5,100万円に対し'],
};

const symbolCells = new Map<string, number>();
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');
let tmp: { dir: string; cleanup: () => Promise<void> };
const texts = new Map<string, { pdf: string; docs: any[]; pdfs: string[]; out: string }>();

beforeAll(async () => {
  tmp = await tempDir('reform-examples-pdf-');
  for (const name of EXAMPLES) {
    const dir = path.join(tmp.dir, name);
    await cp(path.join(repoRoot, 'examples', name), dir, { recursive: true });
    const out = path.join(tmp.dir, `${name}-out`);
    const r = await runCli(['build', dir, '--out', out], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    const pdfs = (await readdir(out)).filter((f) => f.endsWith('.pdf')).sort();
    const pdf = pdfs
      .map((f) => execFileSync('pdftotext', ['-raw', path.join(out, f), '-'], { encoding: 'utf8' }))
      .join('\n');
    const docs = await Promise.all(
      (await readdir(path.join(dir, 'initiatives'))).map(async (f) =>
        parse(await readFile(path.join(dir, 'initiatives', f), 'utf8')),
      ),
    );
    texts.set(name, { pdf: squash(pdf), docs, pdfs, out });
  }
}, 180_000);

afterAll(async () => {
  await tmp?.cleanup();
});

describe.each(EXAMPLES)('PDF of example %s', (name) => {
  it('has one PDF per declared table with the computed figures in printed form', async () => {
    const { pdf, pdfs } = texts.get(name)!;
    const manifest = parse(await readFile(path.join(repoRoot, 'examples', name, 'report.yaml'), 'utf8'));
    expect(pdfs).toEqual(manifest.tables.map((t: { id: string }) => `${t.id}.pdf`).sort());
    for (const t of manifest.tables) expect(pdf).toContain(squash(t.title));
    for (const f of FIGURES[name] ?? []) expect(pdf, f).toContain(squash(f));
  });

  it("tags or marks as Artifact everything it paints, names each cell's own headers, has XMP metadata", async () => {
    const { pdfs, out } = texts.get(name)!;
    const manifest = parse(await readFile(path.join(repoRoot, 'examples', name, 'report.yaml'), 'utf8'));
    for (const file of pdfs) {
      const pdf = dumpPdf(path.join(out, file));
      expect(pdf.unmarked.flat(), file).toEqual([]);
      // Every cell names its own row header and column header, and its own group's heading (row-group header).
      expect(cellHeaderProblems(pdf, { groupsNamed: true }), file).toEqual([]);
      // Every rating symbol, trend, △ figure and 内数 figure has /ActualText with its words.
      const symbols = (manifest.ratingScales ?? []).flatMap((s: { levels: { symbol?: string }[] }) =>
        s.levels.flatMap((l) => (l.symbol ? [l.symbol] : [])),
      );
      const worded = symbolCellProblems(pdf, symbols);
      expect(worded.problems, file).toEqual([]);
      symbolCells.set(name, (symbolCells.get(name) ?? 0) + worded.cells);
      // List items (the notes): the ※ mark as Lbl, the text as LBody.
      expect(listProblems(pdf), file).toEqual([]);
      expect(all(pdf.tree, 'Lbl').length, file).toBe(all(pdf.tree, 'LI').length);
      expect(pdf.untagged.join(''), file).toBe('');
      // Only the page numbers are Artifact text (a legend's ／ is tagged with its legend).
      expect(pdf.artifacts.join(''), file).toBe(pdf.artifacts.map((_, i, a) => `${i + 1} / ${a.length}`).join(''));
      const table = manifest.tables.find((t: { id: string }) => `${t.id}.pdf` === file);
      expect(pdf.xmp, file).toEqual({
        'dc:title': [table.label, table.title].filter(Boolean).join(' '),
        'dc:language': ['ja'],
        'dc:creator': [manifest.organisation],
      });
    }
  });

  it('has symbol cells to word where the example shows symbols', () => {
    // ratings: 達成度 and 前年度からの変化; effects: △ figures and 内数 rows.
    if (name === 'ratings' || name === 'effects') expect(symbolCells.get(name)).toBeGreaterThan(5);
  });

  it('shows every title, label, note and number of the YAML', () => {
    const { pdf, docs } = texts.get(name)!;
    for (const doc of docs) {
      const words: string[] = [doc.title, ...(doc.footnotes ?? [])];
      for (const e of doc.effects ?? []) if (e.label) words.push(e.label);
      for (const i of doc.indicators ?? []) words.push(i.label);
      for (const w of words) expect(pdf, w).toContain(squash(w));
      const numbers: number[] = [];
      for (const e of doc.effects ?? [])
        numbers.push(
          ...[e.planned, e.actual].filter((n) => typeof n === 'number'),
          ...Object.values<number>(e.byYear ?? {}),
        );
      for (const i of doc.indicators ?? []) numbers.push(i.target.value, ...Object.values<number>(i.actuals ?? {}));
      for (const n of numbers)
        expect(pdf, String(n)).toContain(`${n < 0 ? '△' : ''}${groupDigits(Math.abs(n), decimalsOf(n))}`);
    }
  });
});

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

describe("axe-core on the examples' pages", () => {
  it('finds no violation, and a row header in every row of every table', async () => {
    const found = findBrowser(undefined, defaultFinderDeps(process.env));
    expect(found.found, 'a browser for the tests').toBeTruthy();
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const outs = EXAMPLES.map((e) => texts.get(e)!.out);
    const browser = await launchBrowser({
      executablePath: found.found!.path,
      env: process.env,
      allowDirs: outs,
      pageJavaScript: true,
    });
    try {
      for (const out of outs) {
        for (const name of (await readdir(out)).filter((f) => f.endsWith('.html'))) {
          const page = await browser.newOfflinePage();
          try {
            await page.goto(pathToFileURL(path.join(out, name)).href, { waitUntil: 'load' });
            await page.evaluate(axeSource);
            const result = await page.evaluate(
              `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, ` +
                `nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) })))`,
            );
            expect(result, `${out} ${name}`).toEqual([]);
            // Group rows head their rows: in a table with group headings, every data row is in the <tbody> of a
            // <th scope="rowgroup">.
            const ungrouped = await page.evaluate(
              `Array.from(document.querySelectorAll('table')).filter((t) => t.querySelector('th[scope=rowgroup]'))` +
                `.flatMap((t) => Array.from(t.querySelectorAll('tr.data')).filter((r) => !r.closest('tbody')` +
                `.querySelector('th[scope=rowgroup]')).map((r) => r.textContent.slice(0, 30)))`,
            );
            expect(ungrouped, `${out} ${name}`).toEqual([]);
            // Chromium's accessibility tree, as a screen reader gets it: every table row with data cells has a
            // row header of its own, and no heading inside the body is a column header.
            if (name !== 'index.html') {
              const tree = await page.accessibility.snapshot({ interestingOnly: false });
              const rows: AxNode[] = [];
              const walk = (n: AxNode | null | undefined) => {
                if (!n) return;
                if (n.role === 'row') rows.push(n);
                for (const k of n.children ?? []) walk(k);
              };
              walk(tree as AxNode);
              const bodyRows = rows.filter((r) => (r.children ?? []).some((c) => c.role === 'cell'));
              expect(bodyRows.length, `${out} ${name}`).toBeGreaterThan(0);
              let previous: AxNode[] = [];
              for (const r of bodyRows) {
                const kids = r.children ?? [];
                const roles = kids.map((c) => c.role);
                expect(roles, `${out} ${name}: ${r.name}`).not.toContain('columnheader');
                // A second lane of a 工程 is a row under its item's row header (rowspan): fewer cells, no header.
                if (!roles.includes('rowheader')) {
                  expect(
                    previous.some((c) => c.role === 'rowheader') && kids.length < previous.length,
                    `${out} ${name}`,
                  ).toBe(true);
                  continue;
                }
                previous = kids;
              }
            }
          } finally {
            await page.close();
          }
        }
      }
    } finally {
      await browser.close();
    }
  }, 120_000);
});
