/**
 * The department cycle on every table: for the sample and every example, next → forms → every
 * unlocked cell filled as a 課 would (texts with Alt+Enter lines, numbers, drop-down choices) →
 * import → status all answered → validate 0 errors → build prints the new values in every output (the
 * HTML, the PDFs, the workbook and the open-data CSV files); and the YAML changes only at the fields the
 * forms asked for.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { repoRoot, runCli, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('reform-cycle-tables-'));
});
afterEach(() => cleanup());

/** Every leaf of a value: dotted path → value. */
function leaves(v: unknown, at = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, at ? `${at}.${k}` : k, out);
  else out.set(at, v);
  return out;
}

async function yamlFiles(report: string): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  for (const f of await readdir(path.join(report, 'initiatives')))
    out.set(f, parse(await readFile(path.join(report, 'initiatives', f), 'utf8')));
  return out;
}

/** Fills every unlocked cell of a form; returns the lines of the texts and the numbers written. */
async function fillAll(file: string, out: string, seed: number): Promise<{ texts: string[]; numbers: number[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const texts: string[] = [];
  const numbers: number[] = [];
  let n = seed;
  for (const ws of wb.worksheets) {
    if (ws.state === 'hidden') continue;
    ws.eachRow((row, r) => {
      if (r < 4) return;
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.protection?.locked !== false) return;
        const v = cell.dataValidation;
        n++;
        if (v?.type === 'list') {
          const choices = String(v.formulae?.[0] ?? '')
            .replace(/"/g, '')
            .split(',');
          cell.value = choices[n % choices.length];
        } else if (v?.type === 'decimal') {
          cell.value = 1000 + n;
          numbers.push(1000 + n);
        } else {
          // Alt+Enter in Excel stores a line feed in the cell.
          const text = `・記入${n}の一行目\n・記入${n}の二行目`;
          cell.value = text;
          texts.push(`記入${n}の一行目`, `記入${n}の二行目`);
        }
      });
    });
  }
  await wb.xlsx.writeFile(out);
  return { texts, numbers };
}

/** The files of the output directory whose names end with `ext`, sorted. */
async function outFiles(out: string, ext: string): Promise<string[]> {
  return (await readdir(out, { recursive: true }))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(out, f));
}

/**
 * The text of a cell value as a reader sees it: rich text joined, a formula's result, a date's ISO text.
 * A number in a percent format is stored as a fraction (1002% as 10.02) and shown a hundred times larger.
 */
function cellText(v: ExcelJS.CellValue, numbers: Set<number>, numFmt = ''): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    const shown = /%/.test(numFmt.replace(/"[^"]*"/g, '')) ? Math.round(v * 100 * 1e9) / 1e9 : v;
    numbers.add(shown);
    return String(shown);
  }
  if (typeof v !== 'object') return String(v);
  if (v instanceof Date) return v.toISOString();
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return cellText(v.result as ExcelJS.CellValue, numbers, numFmt);
  if ('text' in v) return String(v.text);
  return JSON.stringify(v);
}

/** Every cell value of the workbooks: their texts concatenated, and the numbers among them. */
async function workbookValues(files: string[]): Promise<{ text: string; numbers: Set<number> }> {
  const numbers = new Set<number>();
  const parts: string[] = [];
  for (const f of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    for (const ws of wb.worksheets)
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          parts.push(cellText(cell.value, numbers, cell.numFmt));
        }),
      );
  }
  return { text: parts.join('\n'), numbers };
}

const run = promisify(execFile);

const reports = [
  { name: 'data (seed tables)', src: 'data' },
  { name: 'examples/kpi (quarterly)', src: 'examples/kpi' },
  { name: 'examples/effects', src: 'examples/effects' },
  { name: 'examples/ratings', src: 'examples/ratings' },
];

describe.each(reports)('the cycle on $name', ({ src }) => {
  it('next → forms → fill → import → status → validate → build', async () => {
    const report = path.join(dir, 'r');
    await cp(path.join(repoRoot, src), report, { recursive: true });
    const manifestBefore = await readFile(path.join(report, 'report.yaml'), 'utf8');
    const next = await runCli(['next', 'r'], { cwd: dir });
    expect(next.code, next.stderr).toBe(0);
    const edition = parse(await readFile(path.join(report, 'report.yaml'), 'utf8')).edition;
    if (parse(manifestBefore).edition.quarter === 1) expect(edition).toMatchObject({ period: 'firstHalf', quarter: 2 });
    const forms = await runCli(['forms', 'r', '--out', 'forms', '--due', '2030-01-31'], { cwd: dir });
    expect(forms.code, forms.stderr).toBe(0);
    const files = (await readdir(path.join(dir, 'forms'))).sort();
    expect(files.length).toBeGreaterThan(0);

    const before = await yamlFiles(report);
    await mkdir(path.join(dir, 'filled'));
    const written = { texts: [] as string[], numbers: [] as number[] };
    for (const [k, f] of files.entries()) {
      const w = await fillAll(path.join(dir, 'forms', f), path.join(dir, 'filled', f), k * 100);
      written.texts.push(...w.texts);
      written.numbers.push(...w.numbers);
    }
    expect(written.texts.length + written.numbers.length).toBeGreaterThan(0);
    const imp = await runCli(['import', ...files.map((f) => `filled/${f}`), '--dir', 'r'], { cwd: dir });
    expect(imp.code, imp.stdout + imp.stderr).toBe(0);

    const status = await runCli(['status', 'r', '--exit-code'], { cwd: dir });
    expect(status.code, status.stdout + imp.stdout + imp.stderr).toBe(0);
    const validate = await runCli(['validate', 'r'], { cwd: dir });
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stdout).toContain('エラー 0 件');

    // Only the fields the import named changed.
    const named = new Set(
      [...imp.stdout.matchAll(/→ r\/initiatives\/(\S+) ([^\s（(]+)/g)].map(
        (m) => `${m[1]} ${m[2].replace(/\[(\d+)\]/g, '.$1')}`,
      ),
    );
    expect(named.size).toBeGreaterThan(0);
    const after = await yamlFiles(report);
    for (const [f, data] of after) {
      const a = leaves(before.get(f));
      const b = leaves(data);
      for (const k of new Set([...a.keys(), ...b.keys()]))
        if (a.get(k) !== b.get(k))
          expect(
            [...named].some((p) => `${f} ${k}`.startsWith(p)),
            `${f} ${k}`,
          ).toBe(true);
    }

    const build = await runCli(['build', 'r', '--out', 'out'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    const out = path.join(dir, 'out');

    const htmlFiles = await outFiles(out, '.html');
    expect(htmlFiles.length).toBeGreaterThan(0);
    const html = (await Promise.all(htmlFiles.map((f) => readFile(f, 'utf8')))).join('\n').replace(/<[^>]+>/g, '');
    for (const t of written.texts) expect(html, `HTML: ${t}`).toContain(t);
    for (const n of written.numbers) expect(html.replace(/,/g, ''), `HTML: ${n}`).toContain(String(n));

    const xlsxFiles = await outFiles(out, '.xlsx');
    expect(xlsxFiles.length).toBeGreaterThan(0);
    const workbook = await workbookValues(xlsxFiles);
    for (const t of written.texts) expect(workbook.text, `workbook: ${t}`).toContain(t);
    for (const n of written.numbers)
      expect(workbook.numbers.has(n) || workbook.text.replace(/,/g, '').includes(String(n)), `workbook: ${n}`).toBe(
        true,
      );

    const csvFiles = await outFiles(out, '.csv');
    expect(csvFiles.length).toBeGreaterThan(0);
    const csv: string[] = [];
    for (const f of csvFiles)
      for (const record of parseCsv(await readFile(f, 'utf8'), { bom: true, relax_column_count: true }) as string[][])
        csv.push(...record);
    const csvText = csv.join('\n');
    for (const t of written.texts) expect(csvText, `open data: ${t}`).toContain(t);
    for (const n of written.numbers) expect(csvText.replace(/,/g, ''), `open data: ${n}`).toContain(String(n));

    const pdfFiles = await outFiles(out, '.pdf');
    expect(pdfFiles.length).toBeGreaterThan(0);
    const pdf = (await Promise.all(pdfFiles.map(async (f) => (await run('pdftotext', ['-layout', f, '-'])).stdout)))
      .join('\n')
      .replace(/[\s,]/g, '');
    for (const t of written.texts) expect(pdf, `PDF: ${t}`).toContain(t.replace(/[\s,]/g, ''));
    for (const n of written.numbers) expect(pdf, `PDF: ${n}`).toContain(String(n));
  }, 300_000);
});
