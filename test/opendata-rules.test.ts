/**
 * Every CSV of the sample and of every example read with csv-parse, against the 統一ルール for
 * machine-readable data: no platform-dependent character, no line break or layout spaces in a cell, no
 * 和暦-only date (a 和暦 column has its 西暦 column beside it), one value per cell where the tables
 * printed several (前年度からの変化), a column dictionary beside each file, the JSON saying the same as
 * the CSV with `columns` in one shape everywhere. Built without PDF in a temporary directory.
 */
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portableChars, portableText } from '../src/render/opendata/portable.js';
import { westernPointInTime } from '../src/era.js';
import { repoRoot, runCli, tempDir } from './helpers.js';

const DIRS = ['data', 'examples/effects', 'examples/kpi', 'examples/ratings'];
/** Characters outside JIS X 0208 that office software draws differently (an independent list). */
const PLATFORM = /[①-⑳⑴-⒇⒈-⒛Ⓐ-ⓩⅠ-ⅻ㈠-㈩㈱㈲㈹㊤-㊨㍉-㍻㎎-㏄№℡❶-❿]/u;
const ERA_ONLY = /^(明治|大正|昭和|平成|令和)(元|\d{1,2})年(度末?|\d{1,2}月(\d{1,2}日)?)?$/;

let tmp: { dir: string; cleanup: () => Promise<void> };
const outs = new Map<string, string>();

beforeAll(async () => {
  tmp = await tempDir('reform-opendata-rules-');
  for (const d of DIRS) {
    const name = path.basename(d);
    await cp(path.join(repoRoot, d), path.join(tmp.dir, name), { recursive: true });
    const out = path.join(tmp.dir, `${name}-out`);
    const r = await runCli(['build', name, '--out', out, '--no-pdf'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    outs.set(d, path.join(out, 'opendata'));
  }
}, 120_000);
afterAll(() => tmp?.cleanup());

const readCsv = async (file: string): Promise<string[][]> =>
  parse(await readFile(file, 'utf8'), { bom: true, relax_quotes: false, skip_empty_lines: false });

describe('portable text', () => {
  it('writes platform-dependent characters with ordinary ones and joins lines with ｜', () => {
    expect(portableChars('1-(1)-① Ⅱ ㈱ ㎡ ⑴ ❸')).toBe('1-(1)-1 II (株) m2 (1) 3');
    expect(portableText('・一\n　・二（字下げ）\r\n\n・三　')).toBe('・一｜・二（字下げ）｜・三');
  });

  it('reads 和暦 points in time in 西暦', () => {
    expect(westernPointInTime('令和6年4月1日')).toBe('2024-04-01');
    expect(westernPointInTime('令和5年度末')).toBe('2024-03-31');
    expect(westernPointInTime('平成31年3月')).toBe('2019-03');
    expect(westernPointInTime('令和元年度')).toBe('2019年度');
    expect(westernPointInTime('令和6年13月1日')).toBeUndefined();
    expect(westernPointInTime('年度当初')).toBeUndefined();
  });
});

describe.each(DIRS)('the open data of %s', (d) => {
  it('has CSVs by the 統一ルール, each with its column dictionary and a JSON that agrees', async () => {
    const dir = outs.get(d)!;
    const files = await readdir(dir);
    const tables = files.filter((f) => f.endsWith('.csv') && !f.endsWith('-columns.csv'));
    expect(tables.length).toBeGreaterThan(0);
    for (const f of files.filter((x) => x.endsWith('.csv'))) {
      const rows = await readCsv(path.join(dir, f));
      for (const [ri, row] of rows.entries())
        for (const [ci, cell] of row.entries()) {
          const where = `${f} row ${ri + 1} column ${ci + 1}: ${cell}`;
          expect(cell, where).not.toMatch(PLATFORM);
          expect(cell, where).not.toMatch(/[\r\n]/);
          expect(cell, where).not.toMatch(/^[\s\u3000]|[\s\u3000]$/);
        }
    }
    for (const f of tables) {
      const id = f.replace(/\.csv$/, '');
      const [header, ...rows] = await readCsv(path.join(dir, f));
      expect(
        rows.every((r) => r.length === header.length),
        f,
      ).toBe(true);
      // The column dictionary beside it names every column, in order, with its type and description.
      expect(files, f).toContain(`${id}-columns.csv`);
      const [dictHead, ...dict] = await readCsv(path.join(dir, `${id}-columns.csv`));
      expect(dictHead).toEqual(['列名', 'キー', '型', '単位', '説明']);
      expect(
        dict.map((r) => r[0]),
        f,
      ).toEqual(header);
      for (const r of dict) expect(['整数', '数値', '文字列'], `${f} ${r[0]}`).toContain(r[2]);
      for (const r of dict) expect(r[4].length, `${f} ${r[0]}`).toBeGreaterThan(0);
      // A 和暦-only point in time sits in a 「…（和暦）」 column whose 西暦 column is beside it.
      header.forEach((name, ci) => {
        for (const r of rows) {
          if (!ERA_ONLY.test(r[ci])) continue;
          expect(name, `${f}: ${r[ci]}`).toMatch(/（和暦）$/);
          const western = header.indexOf(name.replace(/（和暦）$/, ''));
          expect(western, `${f}: ${name}`).toBeGreaterThanOrEqual(0);
          expect(r[western], `${f}: ${name}`).toMatch(/^\d{4}/);
        }
      });
      // The JSON: the same columns (one shape everywhere) and the same values.
      const json = JSON.parse(await readFile(path.join(dir, `${id}.json`), 'utf8'));
      expect(Array.isArray(json.columns), f).toBe(true);
      for (const c of json.columns)
        expect(Object.keys(c).sort(), f).toEqual(expect.arrayContaining(['description', 'key', 'name', 'type']));
      expect(
        json.columns.map((c: { name: string }) => c.name),
        f,
      ).toEqual(header);
      expect(json.rows.length, f).toBe(rows.length);
      json.rows.forEach((row: Record<string, unknown>, ri: number) => {
        json.columns.forEach((c: { key: string }, ci: number) => {
          const v = row[c.key];
          expect(v === null ? '' : String(v), `${f} row ${ri + 1} ${c.key}`).toBe(rows[ri][ci]);
        });
      });
    }
  });
});

describe('the index page', () => {
  it.each(DIRS)('of %s says what each link is, its format and size, and links each CSV to its 列の説明', async (d) => {
    const html = await readFile(path.join(path.dirname(outs.get(d)!), 'index.html'), 'utf8');
    const links = [
      ...html.matchAll(/<a [^>]*href="([^"#][^"]*)"[^>]*>([^<]*)<\/a>(?:[^<]*（<a href="#([^"]+)">列の説明<\/a>）)?/g),
    ];
    const files = await readdir(outs.get(d)!);
    expect(
      links
        .filter((l) => l[1].startsWith('opendata/'))
        .map((l) => l[1].slice('opendata/'.length))
        .sort(),
    ).toEqual(files.sort());
    for (const [, href, text, dict] of links) {
      expect(text, href).toMatch(/（(HTML|PDF|Excel|CSV|JSON)、\d+KB）$/);
      expect(text, href).not.toContain(href);
      if (href.startsWith('opendata/')) {
        expect(dict, href).toBeDefined();
        expect(html, href).toContain(`id="${dict}"`);
      }
    }
  });
});

describe('one value per cell', () => {
  it('splits 前年度からの変化 into the direction in words and last year’s rating', async () => {
    const [header, ...rows] = await readCsv(path.join(outs.get('examples/ratings')!, 'status.csv'));
    const col = (name: string) => rows.map((r) => r[header.indexOf(name)]);
    expect(col('前年度からの変化')).toContain('上がった');
    for (const v of col('前年度からの変化')) expect(['上がった', '変わらない', '下がった', '']).toContain(v);
    expect(col('前年度の達成度（記号）').filter(Boolean).length).toBeGreaterThan(0);
    expect(col('前年度の達成度').filter(Boolean).length).toBeGreaterThan(0);
  });

  it('names the division columns for what they hold (kpi: 課 and 係)', async () => {
    const [header] = await readCsv(path.join(outs.get('examples/kpi')!, 'targets.csv'));
    expect(header).toEqual(expect.arrayContaining(['担当課', '担当係']));
    expect(header).not.toContain('担当部');
  });
});
