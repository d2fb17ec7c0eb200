/**
 * Tables as offices publish them (issue 20), the printed forms end to end on an invented report: a table per
 * category (splitBy: group), each under its heading with its head rows and labelled subtotal, then a small
 * table of the grand total; a ※ note on one figure (figureNotes); an ASCII ~ between years; a ○ paragraph.
 * One build with the real browser: the PDF's text page by page (a category table continued on the next page
 * repeats its head rows) and its links, the HTML, the workbook's cells, number formats and comments, the
 * open data's headers and values, and `reform diff` of a changed figure with its consequences.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile, cp } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRichText } from '../src/model/richtext.js';
import { printedTildes, printedTildesInHtml } from '../src/render/tilde.js';
import { runCli, tempDir } from './helpers.js';

const MANIFEST = `
title: くすのき町 経費節減の効果
organisation: くすのき町
planPeriod: { from: 2024, to: 2026 }
edition: { fiscalYear: 2025, period: fullYear }
sections: [{ id: A, mark: "1", title: 経費の節減 }]
departments: [{ name: 総務部, divisions: [財政課] }]
categories:
  - { id: staff, label: 人件費の節減, subtotalLabel: 人件費計 }
  - { id: goods, label: 物件費の節減, subtotalLabel: 物件費計 }
  - { id: aid, label: 補助費の見直し, subtotalLabel: 補助費計 }
tables:
  - id: thrift
    title: 経費節減の効果（計画期間 2024~2026年度）
    rows: effects
    groupBy: category
    splitBy: group
    numbering: "{row}"
    subtotals: true
    total: true
    totalLabel: 節減額の総計
    footnotes:
      - ※金額は千円未満を四捨五入しています。
    columns:
      - { kind: number, heading: No., width: 3 }
      - { kind: effect.label, heading: 項目, width: 16 }
      - { kind: effect.planned, heading: 見込額, width: 7, format: { unit: 千円, unitIn: header } }
      - { kind: effect.actual, heading: 実績額, width: 7, format: { unit: 千円, unitIn: header } }
      - { kind: effect.difference, heading: 差, width: 7, format: { unit: 千円, unitIn: header } }
`;

/** 1 staff effect with a note on its 実績額, 30 goods effects (the goods table runs over a page), 2 aid effects. */
function initiatives(): Record<string, string> {
  const files: Record<string, string> = {};
  const add = (n: number, body: string) => {
    files[`${String(n).padStart(2, '0')}.yaml`] = `number: ${n}\nsection: A\ntitle: 取組${n}\n${body}`;
  };
  add(
    1,
    `effects:
  - category: staff
    label: 時間外勤務の縮減
    planned: 5000
    actual: 4321
    figureNotes:
      actual: 3月分は見込みの額です。
`,
  );
  for (let k = 0; k < 30; k++)
    add(
      2 + k,
      `effects:\n  - category: goods\n    label: 消耗品の共同購入${k + 1}\n    planned: 1000\n    actual: ${900 + k}\n`,
    );
  add(32, 'effects:\n  - category: aid\n    label: 団体補助の整理\n    planned: 800\n    actual: 700\n');
  add(
    33,
    `effects:
  - category: aid
    label: 補助率の見直し
    planned: 1200
    actual: 1500
    figureNotes:
      planned: 当初予算の額です。
`,
  );
  return files;
}

let tmp: { dir: string; cleanup: () => Promise<void> };
let out: string;
let pages: string[];

beforeAll(async () => {
  tmp = await tempDir('reform-split-notes-');
  const data = path.join(tmp.dir, 'base');
  await mkdir(path.join(data, 'initiatives'), { recursive: true });
  await writeFile(path.join(data, 'report.yaml'), MANIFEST);
  for (const [f, text] of Object.entries(initiatives())) await writeFile(path.join(data, 'initiatives', f), text);
  out = path.join(tmp.dir, 'out');
  const r = await runCli(['build', data, '--out', out], { cwd: tmp.dir });
  expect(r.code, r.stderr).toBe(0);
  const pdf = path.join(out, 'thrift.pdf');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  pages = [];
  for (let p = 1; p <= count; p++)
    pages.push(execFileSync('pdftotext', ['-f', `${p}`, '-l', `${p}`, '-raw', pdf, '-'], { encoding: 'utf8' }));
}, 240_000);

afterAll(async () => {
  await tmp?.cleanup();
});

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

describe('a table per category, then the grand total', () => {
  it('prints each category under its heading with its head rows and subtotal, repeated on a continued page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const all = pages.map(squash);
    const joined = all.join('');
    // The headings in order, each followed by its own table's head.
    const order = [
      '人件費の節減',
      '人件費計',
      '物件費の節減',
      '物件費計',
      '補助費の見直し',
      '補助費計',
      '節減額の総計',
    ];
    let at = -1;
    for (const word of order) {
      const next = joined.indexOf(word, at + 1);
      expect(next, word).toBeGreaterThan(at);
      at = next;
    }
    // Subtotals: 人件費 4,321; 物件費 30 rows of 900…929 = 27,435; 補助費 2,200; 総計 33,956 (見込 37,000).
    expect(joined).toContain('人件費計5,0004,321△679');
    expect(joined).toContain('物件費計30,00027,435△2,565');
    expect(joined).toContain('補助費計2,0002,200200');
    expect(joined).toContain('節減額の総計37,00033,956△3,044');
    // The goods table runs over a page: the next page starts with its head rows again, and numbering went on.
    const continued = all.findIndex((p, i) => i > 0 && p.includes('消耗品の共同購入30'));
    expect(continued).toBeGreaterThan(0);
    expect(all[continued]).toMatch(/^.*No\.項目見込額（千円）実績額（千円）差（千円）/);
    expect(joined).toContain('30消耗品の共同購入30');
    // Numbering restarts in each category.
    expect(joined).toContain('1団体補助の整理');
  });

  it('has a captioned table per category and a small table of the grand total in HTML', async () => {
    const html = await readFile(path.join(out, 'thrift.html'), 'utf8');
    const captions = [...html.matchAll(/<caption>([^<]*)<\/caption>/g)].map((m) => m[1]);
    const name = '経費節減の効果（計画期間 2024～2026年度）';
    expect(captions).toEqual([
      `${name} 人件費の節減`,
      `${name} 物件費の節減`,
      `${name} 補助費の見直し`,
      `${name} 節減額の総計`,
    ]);
    expect([...html.matchAll(/<h2 class="part-heading[^"]*">([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual([
      '人件費の節減',
      '物件費の節減',
      '補助費の見直し',
      '節減額の総計',
    ]);
    // The grand total's table has the columns with a total only: 区分 and the three amounts.
    const last = html.slice(html.lastIndexOf('<table'), html.lastIndexOf('</table>'));
    expect([...last.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1])).toEqual([
      '区分',
      '見込額（千円）',
      '実績額（千円）',
      '差（千円）',
    ]);
  });
});

describe('a ※ note on one figure', () => {
  it('prints the figure with ※N and the note under the table, linked both ways', async () => {
    const joined = squash(pages.join(''));
    expect(joined).toContain('1時間外勤務の縮減5,0004,321※1△679');
    expect(joined).toContain('2補助率の見直し1,200※21,500300');
    expect(joined).toContain('※1 3月分は見込みの額です。'.replace(/\s/g, ''));
    expect(joined).toContain('※2当初予算の額です。');
    const html = await readFile(path.join(out, 'thrift.html'), 'utf8');
    expect(html).toContain('<a class="note-ref" href="#thrift-note-1" id="thrift-ref-1" aria-label="注記1へ">※1</a>');
    expect(html).toMatch(
      /<li id="thrift-note-1" class="marked" data-mark="※1">\s*3月分は見込みの額です。<a class="note-back" href="#thrift-ref-1"/,
    );
    // The PDF links each mark to its note (Link annotations with their destinations).
    const links = execFileSync(
      existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3',
      [
        '-c',
        'import pikepdf,sys\np=pikepdf.open(sys.argv[1])\n' +
          'links=[a for pg in p.pages for a in pg.get("/Annots",[]) if a.get("/Subtype")=="/Link"]\n' +
          'print(sorted(str(a.get("/Dest")) for a in links))',
        path.join(out, 'thrift.pdf'),
      ],
      { encoding: 'utf8' },
    );
    // The way back is on screen only: the printed page links each ※ to its note.
    expect(links.trim()).toBe("['/thrift-note-1', '/thrift-note-2']");
  });

  it('keeps the figure a number: totals, the workbook (※ in its format, the note a comment), open data', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'reform.xlsx'));
    const ws = wb.worksheets[0];
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push(c)));
    const noted = cells.find((c) => c.value === 4321)!;
    expect(noted.numFmt).toContain('"※1"');
    expect(noted.numFmt.split(';')).toHaveLength(3);
    const note = noted.note as string | { texts: { text: string }[] };
    expect(typeof note === 'string' ? note : note.texts.map((t) => t.text).join('')).toBe('※1 3月分は見込みの額です。');
    // The grand total's small table: 区分 over its label, the totals as numbers.
    expect(cells.some((c) => c.value === '区分')).toBe(true);
    expect(cells.some((c) => c.value === 33956)).toBe(true);
    const label = cells.find((c) => c.value === '節減額の総計')!;
    expect(ws.getRow(Number(label.row)).values).toContain(37000);

    const csv = parseCsv((await readFile(path.join(out, 'opendata', 'thrift.csv'), 'utf8')).replace(/^\uFEFF/, ''), {
      columns: true,
    }) as Record<string, string>[];
    const head = Object.keys(csv[0]);
    expect(head).toContain('効果実績額（千円）');
    expect(head.indexOf('効果実績額の注記')).toBe(head.indexOf('効果実績額（千円）') + 1);
    expect(head).toContain('効果見込額の注記');
    // One data table, the category a column; no subtotal or total rows.
    expect(csv).toHaveLength(33);
    const first = csv.find((r) => r['効果額の項目'] === '時間外勤務の縮減')!;
    expect(first['効果実績額（千円）']).toBe('4321');
    expect(first['効果実績額の注記']).toBe('3月分は見込みの額です。');
    expect(first['区分']).toBe('人件費の節減');
    expect(csv.find((r) => r['効果額の項目'] === '補助率の見直し')!['効果見込額の注記']).toBe('当初予算の額です。');
    expect(csv.filter((r) => r['効果実績額の注記'] !== '')).toHaveLength(1);
  });

  it('diff shows a changed noted figure with its consequences', async () => {
    await cp(path.join(tmp.dir, 'base'), path.join(tmp.dir, 'head'), { recursive: true });
    const p = path.join(tmp.dir, 'head', 'initiatives', '01.yaml');
    await writeFile(p, (await readFile(p, 'utf8')).replace('actual: 4321', 'actual: 4621'));
    const r = await runCli(['diff', 'base', 'head'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    const t = '経費節減の効果（計画期間 2024~2026年度）';
    expect(r.stdout).toContain('効果額（1） › 効果実績額: 4321 → 4621');
    expect(r.stdout).toContain(`${t} › 取組1 › 時間外勤務の縮減 › 差: △679 → △379`);
    expect(r.stdout).toContain(`${t} › 人件費計（人件費の節減） › 実績額: 4,321 → 4,621`);
    expect(r.stdout).toContain(`${t} › 節減額の総計 › 実績額: 33,956 → 34,256`);
    expect(r.stdout).toContain(`${t} › 節減額の総計 › 差: △3,044 → △2,744`);
  });
});

describe('the ○ paragraph and the ASCII ~', () => {
  it('gives ○ paragraphs the hanging indent of ・ lines', () => {
    const lines = parseRichText('○全庁的な推進体制の強化\n  ・面談の実施\n◎重点\n普通の文');
    expect(lines.map((l) => [l.kind, l.level])).toEqual([
      ['bullet', 0],
      ['bullet', 1],
      ['bullet', 0],
      ['plain', 0],
    ]);
  });

  it('prints ~ between years as ～, keeps any other ~ and every ~ inside a tag', () => {
    expect(printedTildes('2024~2026年度')).toBe('2024～2026年度');
    expect(printedTildes('令和6~8年度、R6 ~ R8、4月~6月')).toBe('令和6～8年度、R6～R8、4月～6月');
    expect(printedTildes('https://example.jp/~kusunoki と ~ だけ')).toBe('https://example.jp/~kusunoki と ~ だけ');
    expect(printedTildesInHtml('<a href="/p/1~2">1~2</a><style>.a~.b{}</style>')).toBe(
      '<a href="/p/1~2">1～2</a><style>.a~.b{}</style>',
    );
    // The PDF prints the title's ~ as ～; the data (open data) keeps it.
    expect(pages[0]).toContain('2024～2026年度');
    expect(pages.join('')).not.toContain('~');
  });

  it('keeps the ~ in open data', async () => {
    const json = JSON.parse(await readFile(path.join(out, 'opendata', 'thrift.json'), 'utf8'));
    expect(JSON.stringify(json)).toContain('2024~2026年度');
  });
});
