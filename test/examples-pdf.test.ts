/**
 * The examples' PDFs with the real browser: one build of each example (HTML, PDF, workbook, open data)
 * in a temporary directory; every declared table has its PDF, whose text (pdftotext) shows the table's
 * title, its computed figures in printed form and every text and number of the YAML.
 */
import { execFileSync } from 'node:child_process';
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decimalsOf, groupDigits } from '../src/model/figures.js';
import { repoRoot, runCli, tempDir } from './helpers.js';

const EXAMPLES = ['effects', 'kpi', 'ratings'];
const FIGURES: Record<string, string[]> = {
  effects: ['△66,669千円', '(12,000千円)', '246,600千円', '167,561千円', '△79,039千円', '471,261'],
  kpi: ['137.5%', '87.5%', '58.2%', '11人', '70件', '実行準備'],
  ratings: ['1-(1)-①', '2-(2)-①', '（再掲）', '達成 3項目、一部達成 2項目、未達成 1項目', '※2'],
};

const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');
let tmp: { dir: string; cleanup: () => Promise<void> };
const texts = new Map<string, { pdf: string; docs: any[]; pdfs: string[] }>();

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
    texts.set(name, { pdf: squash(pdf), docs, pdfs });
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
    for (const f of FIGURES[name]) expect(pdf, f).toContain(squash(f));
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
