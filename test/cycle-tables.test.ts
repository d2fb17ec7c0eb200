/**
 * The department cycle on every table: for the sample and every example, next → forms → every
 * unlocked cell filled as a 課 would (texts with Alt+Enter lines, numbers, drop-down choices) →
 * import → status all answered → validate 0 errors → build prints the new values; and the YAML
 * changes only at the fields the forms asked for.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
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

/** Fills every unlocked cell of a form; returns the texts and numbers written. */
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
          texts.push(`記入${n}の一行目`);
        }
      });
    });
  }
  await wb.xlsx.writeFile(out);
  return { texts, numbers };
}

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

    const build = await runCli(['build', 'r', '--no-pdf', '--out', 'out'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    const html = (
      await Promise.all(
        (
          await readdir(path.join(dir, 'out'))
        )
          .filter((f) => f.endsWith('.html'))
          .map((f) => readFile(path.join(dir, 'out', f), 'utf8')),
      )
    )
      .join('\n')
      .replace(/<[^>]+>/g, '');
    for (const t of written.texts) expect(html, t).toContain(t);
    for (const n of written.numbers) expect(html.replace(/,/g, ''), String(n)).toContain(String(n));
  }, 120_000);
});
