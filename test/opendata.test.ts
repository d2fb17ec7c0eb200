/**
 * Open data read back: the CSV parsed with an RFC 4180 parser and the JSON, compared with the data
 * as written in the YAML files: every entry present, one value per cell, nothing merged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearLong } from '../src/era.js';
import { buildReport, type Report } from '../src/model/report.js';
import type { Initiative } from '../src/model/schema-types.js';
import {
  CSV_BOM,
  OPEN_DATA_COLUMNS,
  OPEN_DATA_TABLES,
  openDataFileNames,
  openDataMarkdown,
  renderOpenData,
  type OutputFile,
} from '../src/render/opendata.js';
import { parse } from 'csv-parse/sync';
import { csvField, toCsv } from '../src/render/opendata/csv.js';
import { portableText } from '../src/render/opendata/portable.js';

/** An independent reader (csv-parse), so that the writer is not tested by its own parser. */
const parseCsv = (text: string): string[][] => parse(text, { bom: true });
import { loadReport } from '../src/pipeline/load-report.js';
import { normalizeForCompare, repoRoot } from './helpers.js';

let report: Report;
let files: OutputFile[];

beforeAll(async () => {
  const loaded = await loadReport('data', { cwd: repoRoot });
  report = loaded.report!;
  files = renderOpenData(report);
});

function file(name: string): string {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`no ${name}`);
  return typeof f.data === 'string' ? f.data : Buffer.from(f.data).toString('utf8');
}

/** The CSV of a table as objects keyed by the English keys (the header must be the Japanese names in order). */
function csvRows(id: keyof typeof OPEN_DATA_COLUMNS): Record<string, string>[] {
  const text = file(`opendata/${id}.csv`);
  const [header, ...records] = parseCsv(text);
  const columns = OPEN_DATA_COLUMNS[id];
  expect(header).toEqual(Object.values(columns));
  const keys = Object.keys(columns);
  return records.map((r) => {
    expect(r).toHaveLength(keys.length);
    return Object.fromEntries(keys.map((k, i) => [k, r[i]]));
  });
}

function jsonDoc(id: string): {
  columns: { key: string; name: string; type: string; description: string }[];
  rows: Record<string, string | number | null>[];
} {
  return JSON.parse(file(`opendata/${id}.json`));
}

/**
 * The data's text as it should appear: centred-line carets dropped, lines joined with ｜ (portableText),
 * compared without spacing.
 */
const norm = (s: string | undefined) =>
  normalizeForCompare(portableText((s ?? '').replace(/^([ \u3000]*)\^ ?/gmu, '$1')));

const REQUIRED = (id: keyof typeof OPEN_DATA_COLUMNS) =>
  OPEN_DATA_TABLES.find((t) => t.id === id)!
    .columns.filter((c) => !c.nullable)
    .map((c) => c.key);

describe('open data files', () => {
  it('are a CSV and a JSON per table under opendata/', () => {
    expect(files.map((f) => f.name)).toEqual(openDataFileNames());
    expect(files.map((f) => f.name)).toEqual([
      'opendata/initiatives.csv',
      'opendata/initiatives.json',
      'opendata/initiatives-columns.csv',
      'opendata/schedule.csv',
      'opendata/schedule.json',
      'opendata/schedule-columns.csv',
      'opendata/plans-results.csv',
      'opendata/plans-results.json',
      'opendata/plans-results-columns.csv',
      'opendata/verification.csv',
      'opendata/verification.json',
      'opendata/verification-columns.csv',
    ]);
  });

  it('write CSV as UTF-8 with a BOM and CRLF record ends, JSON without a BOM', () => {
    for (const f of files) {
      const text = file(f.name);
      if (f.name.endsWith('.csv')) {
        expect(text.startsWith(CSV_BOM)).toBe(true);
        expect(text.endsWith('\r\n')).toBe(true);
        // Outside quoted fields every line break is CRLF; inside, content lines are LF.
        expect(text.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      } else {
        expect(text.startsWith('{')).toBe(true);
        expect(() => JSON.parse(text)).not.toThrow();
      }
    }
  });

  it('are the same for the same data', async () => {
    const again = renderOpenData((await loadReport('data', { cwd: repoRoot })).report!);
    expect(again).toEqual(files);
  });

  it('have one value in every required cell of every row: nothing is merged away', () => {
    for (const t of OPEN_DATA_TABLES) {
      const rows = csvRows(t.id);
      expect(rows.length).toBeGreaterThan(0);
      for (const [i, row] of rows.entries())
        for (const k of REQUIRED(t.id)) expect(row[k], `${t.id} row ${i + 1} ${k}`).not.toBe('');
    }
  });

  it('give the JSON the same rows as the CSV, with English keys and the columns dictionary', () => {
    for (const t of OPEN_DATA_TABLES) {
      const doc = jsonDoc(t.id);
      // The column dictionary, in the same shape as the declared tables' (a list of key, name, type, description).
      expect(doc.columns).toEqual(
        t.columns.map((c) => ({ key: c.key, name: c.name, type: c.type, description: c.description })),
      );
      const csv = csvRows(t.id);
      expect(doc.rows).toHaveLength(csv.length);
      doc.rows.forEach((row, i) => {
        expect(Object.keys(row)).toEqual(doc.columns.map((c) => c.key));
        for (const [k, v] of Object.entries(row))
          expect(v === null ? '' : String(v), `${t.id} ${i} ${k}`).toBe(csv[i][k]);
        for (const c of t.columns)
          if (c.type === 'integer' && row[c.key] !== null)
            expect(Number.isInteger(row[c.key]), `${t.id} ${c.key}`).toBe(true);
      });
    }
  });
});

describe('open data compared with the data', () => {
  it('lists every initiative once with its section, number in the section and achieved year', () => {
    const rows = csvRows('initiatives');
    expect(rows.map((r) => Number(r.number))).toEqual(report.initiatives.map((i) => i.number));
    const r4 = rows.find((r) => r.number === '4')!;
    expect(r4).toMatchObject({
      section: 'II',
      section_title: '機動的で柔軟かつ弾力的な行財政運営に向けて',
      number_in_section: '1',
      title: '機動的で柔軟かつ弾力的な働き方改革の推進',
    });
    expect(r4).toMatchObject({
      achieved_fiscal_year: '2017',
      achieved_fiscal_year_label: '平成29年度',
      department: '総務部',
      division: '総務課',
    });
    expect(rows.find((r) => r.number === '5')!.achieved_fiscal_year).toBe('');
  });

  it('has a schedule row for every initiative × item × lane × fiscal year, with the phase of that year', () => {
    const rows = csvRows('schedule');
    let expected = 0;
    for (const ini of report.initiatives) {
      ini.data.items.forEach((item, i) => {
        item.schedule.forEach((lane, l) => {
          for (const y of report.years) {
            expected++;
            const row = rows.find(
              (r) =>
                r.number === String(ini.number) &&
                r.item_number === String(i + 1) &&
                r.lane === String(l + 1) &&
                r.fiscal_year === String(y.year),
            );
            expect(row, `${ini.number}/${i + 1}/${l + 1}/${y.year}`).toBeDefined();
            expect(row!.item).toBe(item.label);
            expect(row!.fiscal_year_label).toBe(fiscalYearLong(y.year));
            const phase = lane.phases.find((p) => p.from <= y.year && y.year <= (p.to ?? p.from));
            expect(row!.phase).toBe(phase?.label ?? '');
            expect(row!.phase_then).toBe(phase?.then ?? '');
            expect(row!.phase_from).toBe(phase ? String(phase.from) : '');
            expect(row!.phase_to).toBe(phase ? String(phase.to ?? phase.from) : '');
          }
        });
      });
    }
    expect(rows).toHaveLength(expected);
    // Initiative 8: one item, two lanes (実施, 周知), both in 平成28年度 only.
    const r8 = rows
      .filter((r) => r.number === '8' && r.fiscal_year === '2016')
      .map((r) => [r.lane, r.phase, r.phase_text]);
    expect(r8).toEqual([
      ['1', '実施', '実施'],
      ['2', '周知', '周知'],
    ]);
    // A phase over several years is repeated on each of its years, not merged.
    const r5 = rows.filter((r) => r.number === '5' && r.item_number === '1').map((r) => r.phase_text);
    expect(r5).toEqual(['← 実施 →', '← 実施 →', '← 実施 →', '← 実施 →']);
    const r1 = rows.find((r) => r.number === '1' && r.fiscal_year === '2016')!;
    expect([r1.phase, r1.phase_then, r1.phase_text]).toEqual(['検討', '順次実施', '検討 → 順次実施']);
  });

  it('has a row for every plan and result entry of every fiscal year in the data', () => {
    const rows = csvRows('plans-results');
    let expected = 0;
    for (const ini of report.initiatives) {
      for (const [year, text] of Object.entries(ini.data.plans)) {
        expected++;
        const row = rows.find(
          (r) => r.number === String(ini.number) && r.fiscal_year === year && r.kind === '年次計画',
        );
        expect(row, `${ini.number} plan ${year}`).toBeDefined();
        expect(norm(row!.text)).toBe(norm(text));
        expect(row!.fiscal_year_label).toBe(fiscalYearLong(Number(year)));
      }
      for (const [year, periods] of Object.entries(ini.data.results)) {
        for (const [period, text] of Object.entries(periods)) {
          expected++;
          const name = period === 'firstHalf' ? '上半期' : '年間';
          const row = rows.find(
            (r) => r.number === String(ini.number) && r.fiscal_year === year && r.kind === '実績' && r.period === name,
          );
          expect(row, `${ini.number} result ${year} ${period}`).toBeDefined();
          expect(norm(row!.text)).toBe(norm(text));
        }
      }
    }
    expect(rows).toHaveLength(expected);
    // Content lines are kept, joined with ｜ (no line break in a cell); the caret of the centred ↓ is not data.
    const r8 = rows.find((r) => r.number === '8' && r.kind === '実績')!;
    expect(r8.text.split('｜')).toContain('↓');
    expect(r8.text).not.toMatch(/[\r\n]/);
    // A nested line loses its indent (spaces for layout).
    const r5 = rows.find((r) => r.number === '5' && r.kind === '実績')!;
    expect(r5.text.split('｜')).toContain('歩道橋:7施設');
  });

  it(
    'has a row for every verification row, the direction ' + 'in a column of its own and the shared reason on each row',
    () => {
      const rows = csvRows('verification');
      const all = report.initiatives.flatMap((ini) => ini.data.verification.map((v, i) => ({ ini, v, i })));
      expect(rows).toHaveLength(all.length);
      const codes = new Set(report.directions.map((d) => d.code));
      for (const { ini, v, i } of all) {
        const row = rows.find((r) => r.number === String(ini.number) && r.row_number === String(i + 1))!;
        expect(row, `${ini.number}/${i + 1}`).toBeDefined();
        expect(norm(row.item)).toBe(norm(v.item));
        expect(norm(row.content)).toBe(norm(v.content));
        expect(norm(row.outcome)).toBe(norm(v.outcome));
        expect(row.direction).toBe(v.direction);
        expect(codes.has(row.direction)).toBe(true);
        expect(row.direction_label).toBe(report.directions.find((d) => d.code === v.direction)!.label);
        if (v.reasonSharedWithAbove) {
          const above = rows.find((r) => r.number === String(ini.number) && r.row_number === String(i))!;
          expect(row.reason).toBe(above.reason);
          expect(row.reason).not.toBe('');
        } else {
          expect(norm(row.reason)).toBe(norm(v.reason));
        }
      }
      const r7 = rows.filter((r) => r.number === '7');
      expect(r7.map((r) => [r.direction, r.division])).toEqual([
        ['B', '行財政改革推進課'],
        ['B', '行財政改革推進課'],
        ['A', '福利厚生課'],
      ]);
      // The outcome of 4's third row has two content lines.
      const r43 = rows.find((r) => r.number === '4' && r.row_number === '3')!;
      expect(r43.outcome.split('｜')).toHaveLength(2);
    },
  );

  it('covers every fiscal year in the data, not only the edition', () => {
    const data: { data: Initiative; file: string }[] = report.initiatives.map((i) => ({
      data: structuredClone(i.data),
      file: i.file,
    }));
    data[0].data.plans!['2018'] = '・前年度の計画';
    data[0].data.results!['2018'] = { firstHalf: '・前年度上半期', fullYear: '・前年度の実績, "引用"\n  =SUM(A1)' };
    const other = buildReport(report.manifest, data);
    const out = renderOpenData(other);
    const text = out.find((f) => f.name === 'opendata/plans-results.csv')!.data as string;
    const rows = parseCsv(text)
      .slice(1)
      .filter((r) => r[0] === '1');
    expect(rows.map((r) => [r[4], r[6], r[7]])).toEqual([
      ['2018', '年次計画', '年間'],
      ['2018', '実績', '上半期'],
      ['2018', '実績', '年間'],
      ['2019', '年次計画', '年間'],
      ['2019', '実績', '上半期'],
    ]);
    // No line break in a cell: the lines joined with ｜, the indent dropped.
    expect(rows[2][9]).toBe('・前年度の実績, "引用"｜=SUM(A1)');
    expect(rows[0][5]).toBe('平成30年度');
  });
});

describe('CSV', () => {
  it('quotes only what RFC 4180 requires and reads back what it wrote', () => {
    expect(csvField('a')).toBe('a');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('1\n2')).toBe('"1\n2"');
    expect(csvField('1\r\n2')).toBe('"1\n2"');
    expect(csvField(null)).toBe('');
    expect(csvField(2019)).toBe('2019');
    const rows = [
      ['=1+1', '', 'a,"b"\nc'],
      ['', '', ''],
      ['日本語', ' 空白 ', '@x'],
    ];
    const text = toCsv(['x', 'y', 'z'], rows);
    expect(parseCsv(text)).toEqual([['x', 'y', 'z'], ...rows]);
    expect(parseCsv(CSV_BOM + 'a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(() => parseCsv('"a')).toThrow();
    expect(() => parseCsv('a"b')).toThrow();
  });
});

describe('documentation', () => {
  it('describes every column in Japanese with its English key, in docs/open-data.md as generated', () => {
    const md = openDataMarkdown();
    expect(readFileSync(path.join(repoRoot, 'docs/open-data.md'), 'utf8')).toContain(md.trim());
    for (const t of OPEN_DATA_TABLES) {
      expect(md).toContain(`opendata/${t.id}.csv`);
      for (const c of t.columns) {
        expect(md).toContain(`| ${c.name} | \`${c.key}\` |`);
        expect(c.description.length).toBeGreaterThan(0);
      }
    }
  });
});
