/**
 * reform adopt: office workbooks (made here without reform's writer) and reform's own workbook
 * become the sample's initiatives again; refusals and uncertain readings name their cell or shape.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseTypedPhase } from '../src/adopt/schedule.js';
import { parseYearHeading, resolveYears } from '../src/adopt/headings.js';
import { Departments, parseDivisionCell } from '../src/adopt/divisions.js';
import type { Initiative } from '../src/model/schema-types.js';
import { loadReport } from '../src/pipeline/load-report.js';
import { renderHtmlPages } from '../src/render/html.js';
import { decideTables } from '../src/render/report-tables.js';
import { renderWorkbook } from '../src/render/xlsx.js';
import { repoRoot, runCli, sampleDir, tempDir } from './helpers.js';
import { loadSample, officeSheets, type Drawing } from './tools/office-tables.js';
import { officeXlsx, zip } from './tools/office-xlsx.js';

describe('reading pieces', () => {
  it('reads typed arrows as label, next phase and arrows', () => {
    expect(parseTypedPhase('←\u3000実施\u3000→')).toEqual({ label: '実施', arrow: true });
    expect(parseTypedPhase('検討 →\n順次実施')).toEqual({ label: '検討', then: '順次実施', arrow: false });
    expect(parseTypedPhase('← 検討 → 実施 →')).toEqual({ label: '検討', then: '実施', arrow: true });
    expect(parseTypedPhase('検討・整備')).toEqual({ label: '検討・整備', arrow: false });
    expect(parseTypedPhase('  ')).toBeUndefined();
  });

  it('reads 和暦 and 西暦 year headings as consecutive fiscal years', () => {
    const years = (hs: string[]) =>
      resolveYears(
        hs.map((h) => parseYearHeading(h)!),
        2026,
      );
    expect(years(['28年度', '29年度', '30年度', '元年度'])).toEqual([2016, 2017, 2018, 2019]);
    expect(years(['H30', 'R1', 'R2'])).toEqual([2018, 2019, 2020]);
    expect(years(['平成30年度', '令和元年度', '2年度'])).toEqual([2018, 2019, 2020]);
    expect(years(['2024年度', '2025年度'])).toEqual([2024, 2025]);
    expect(years(['5年度', '6年度', '7年度'])).toEqual([2023, 2024, 2025]);
    expect(parseYearHeading('年次計画')).toBeUndefined();
  });

  it('splits 担当課 cells into 部 and 課, with headings per item', () => {
    const d = new Departments();
    const two = parseDivisionCell('総務部\n人事課', d);
    expect(two.blocks[0].refs).toEqual([{ department: '総務部', division: '人事課' }]);
    d.add({ department: '地域連携部', division: '情報システム課' });
    expect(parseDivisionCell('地域連携部情報システム課', d).blocks[0].refs[0].division).toBe('情報システム課');
    const blocks = parseDivisionCell('<検討>\n総務部\n総務課\n<見直し>\n総務部行財政改革推進課', d).blocks;
    expect(blocks.map((b) => [b.heading, b.refs[0].division])).toEqual([
      ['検討', '総務課'],
      ['見直し', '行財政改革推進課'],
    ]);
  });
});

/** Initiatives as printed: the item's effective 担当課 and 見出し, each phase with its defaults. */
function effective(ini: Initiative): unknown {
  return {
    number: ini.number,
    section: ini.section,
    title: ini.title,
    achievedIn: ini.achievedIn,
    division: ini.division,
    items: ini.items?.map((it) => ({
      label: it.label,
      checkbox: it.checkbox ?? true,
      heading: it.heading ?? it.label,
      division: it.division ?? ini.division,
      schedule: it.schedule.map((l) =>
        l.phases.map((p) => ({
          label: p.label,
          from: p.from,
          to: p.to ?? p.from,
          arrow: p.arrow ?? (p.to ?? p.from) > p.from,
          then: p.then,
        })),
      ),
    })),
    plans: ini.plans,
    results: ini.results,
    verification: ini.verification?.map((v) => ({
      ...v,
      division: v.division ?? ini.division,
      reasonSharedWithAbove: v.reasonSharedWithAbove ?? false,
    })),
  };
}

/** Every field that differs, as path: expected ≠ actual. */
function differences(expected: unknown, actual: unknown, at = ''): string[] {
  if (typeof expected !== 'object' || expected === null || typeof actual !== 'object' || actual === null)
    return expected === actual ? [] : [`${at}: ${JSON.stringify(expected)} ≠ ${JSON.stringify(actual)}`];
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...keys].flatMap((k) =>
    differences((expected as Record<string, unknown>)[k], (actual as Record<string, unknown>)[k], `${at}.${k}`),
  );
}

async function readAdopted(dir: string): Promise<Initiative[]> {
  const files = readdirSync(path.join(dir, 'initiatives')).sort();
  return Promise.all(files.map(async (f) => parse(await readFile(path.join(dir, 'initiatives', f), 'utf8'))));
}

describe('reform adopt on office workbooks', () => {
  const sample = loadSample(sampleDir);
  for (const drawing of ['shapes', 'typed', 'fills'] as Drawing[]) {
    it(`reproduces the sample's initiatives, items and phases (工程 as ${drawing})`, async () => {
      const { dir, cleanup } = await tempDir();
      try {
        await writeFile(path.join(dir, 'office.xlsx'), officeXlsx(officeSheets(sample, drawing)));
        const r = await runCli(['adopt', 'office.xlsx', '--out', 'adopted'], { cwd: dir });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const adopted = await readAdopted(path.join(dir, 'adopted'));
        const diffs = sample.initiatives.flatMap((ini, i) =>
          differences(effective(ini), effective(adopted[i]), `#${ini.number}`),
        );
        expect(diffs).toEqual([]);
        expect(adopted).toHaveLength(sample.initiatives.length);
        // What was read, per sheet, with the 工程 counted by how they were drawn.
        const phases = sample.initiatives.flatMap((i) =>
          i.items!.flatMap((it) => it.schedule.flatMap((l) => l.phases)),
        );
        const line = r.stdout.split('\n').find((l) => l.includes('office.xlsx!別表1'))!;
        expect(line).toContain(`取組 ${sample.initiatives.length} 件`);
        expect(line).toContain(`工程 ${phases.length} 件`);
        if (drawing === 'shapes') expect(line).toMatch(/図形 [1-9]\d*/);
        if (drawing === 'fills') expect(line).toMatch(/塗りつぶし [1-9]\d*/);
        // The only guess is the organisation's name, taken from the title.
        expect(r.stdout).toContain('確かめてほしいこと（1 件）');
        const manifest = parse(await readFile(path.join(dir, 'adopted/report.yaml'), 'utf8'));
        expect(manifest.planPeriod).toEqual({ from: 2016, to: 2019 });
        expect(manifest.edition).toEqual({ fiscalYear: 2019, period: 'firstHalf' });
        expect(manifest.directions).toEqual(sample.manifest.directions);
        expect(existsSync(path.join(dir, 'adopted/adopt.yaml'))).toBe(true);
      } finally {
        await cleanup();
      }
    });
  }
  it('reads a block arrow with its text as a phase, inside mc:AlternateContent', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const sample = loadSample(sampleDir);
      const sheets = officeSheets(sample, 'typed');
      const typed = sheets[0].cells.find((c) => c.text === '←\u3000実施\u3000→' && c.colSpan === 4)!;
      sheets[0].cells.splice(sheets[0].cells.indexOf(typed), 1);
      sheets[0].shapes = [
        {
          kind: 'leftRightArrow',
          name: '矢印: 左右 1',
          wrapped: true,
          from: { col: typed.col - 1, colOff: 30000, row: typed.row - 1, rowOff: 20000 },
          to: { col: typed.col + 2, colOff: 500000, row: typed.row - 1, rowOff: 170000 },
          text: '実施',
        },
      ];
      await writeFile(path.join(dir, 'office.xlsx'), officeXlsx(sheets));
      const r = await runCli(['adopt', 'office.xlsx', '--out', 'adopted'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/図形 1・/);
      const adopted = await readAdopted(path.join(dir, 'adopted'));
      const diffs = sample.initiatives.flatMap((ini, i) => differences(effective(ini), effective(adopted[i]), `#${i}`));
      expect(diffs).toEqual([]);
    } finally {
      await cleanup();
    }
  });

  it('gives a 区分の理由 merged over two initiatives to the rows of both', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const shared = loadSample(sampleDir);
      const [second, third] = [shared.initiatives[1], shared.initiatives[2]];
      third.verification![0].reason = second.verification![second.verification!.length - 1].reason;
      const sheets = officeSheets(shared, 'typed', { shareAcross: true });
      await writeFile(path.join(dir, 'office.xlsx'), officeXlsx(sheets));
      const r = await runCli(['adopt', 'office.xlsx', '--out', 'adopted'], { cwd: dir });
      expect(r.code).toBe(0);
      const adopted = await readAdopted(path.join(dir, 'adopted'));
      expect(adopted[2].verification![0].reason).toBe(third.verification![0].reason);
      expect(adopted[1].verification!.at(-1)!.reason).toBe(third.verification![0].reason);
      expect(adopted[2].verification![0].reasonSharedWithAbove).toBeUndefined();
    } finally {
      await cleanup();
    }
  });
});

/** The text of a page as read (tags out, entities kept, white space collapsed): layout that is not text is left out. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each table's page (the index left out) by name, as text. */
function tableTexts(report: Parameters<typeof renderHtmlPages>[0]): Map<string, string> {
  const tables = decideTables(report);
  const pages = new Set(tables.tables.map((t) => t.page));
  return new Map(
    renderHtmlPages(report, { bare: true, tables })
      .filter((p) => pages.has(p.name))
      .map((p) => [p.name, pageText(String(p.data))]),
  );
}

// The sample and every example of examples/ (a new example is included by being there).
const roundTrips = [
  { name: 'data', dir: sampleDir },
  ...readdirSync(path.join(repoRoot, 'examples'))
    .filter((n) => existsSync(path.join(repoRoot, 'examples', n, 'report.yaml')))
    .sort()
    .map((n) => ({ name: `examples/${n}`, dir: path.join(repoRoot, 'examples', n) })),
];

describe("reform adopt on reform's own workbook (round trip)", () => {
  it('covers the sample and the examples', () => {
    expect(roundTrips.map((r) => r.name)).toEqual(expect.arrayContaining(['data', 'examples/kpi', 'examples/savings']));
  });
  for (const { name, dir: source } of roundTrips) {
    it(`${name}: build → workbook → adopt --manifest → a build with the same text in every table`, async () => {
      const { dir, cleanup } = await tempDir();
      try {
        const original = await loadReport(source, { cwd: dir });
        expect(original.stats.errors).toBe(0);
        await writeFile(path.join(dir, 'reform.xlsx'), await renderWorkbook(original.report!));
        const manifest = path.join(source, 'report.yaml');
        const r = await runCli(['adopt', 'reform.xlsx', '--manifest', manifest, '--out', 'adopted'], { cwd: dir });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        // Nothing uncertain but, where a table prints no sections, where the initiatives were put.
        const notes = r.stdout.split('\n').filter((l) => /^ {2}\S.*!/.test(l) && !l.includes('章の見出しがない'));
        expect(notes.filter((l) => !/見出し .*行目/.test(l))).toEqual([]);
        const adopted = await loadReport(path.join(dir, 'adopted'), { cwd: dir });
        expect(adopted.stats.errors).toBe(0);
        const want = tableTexts(original.report!);
        const got = tableTexts(adopted.report!);
        expect([...got.keys()]).toEqual([...want.keys()]);
        for (const [page, text] of want) expect(got.get(page), page).toBe(text);
      } finally {
        await cleanup();
      }
    });
  }
});

describe('refusals and uncertain readings', () => {
  it('refuses .xls and .csv with advice, and writes nothing', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await writeFile(path.join(dir, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
      await writeFile(path.join(dir, 'table.csv'), '番号,具体的取組\n1,x\n');
      for (const f of ['old.xls', 'table.csv']) {
        const r = await runCli(['adopt', f, '--out', 'adopted'], { cwd: dir });
        expect(r.code).toBe(1);
        expect(r.stderr).toContain(`${f}: Excel ブック（.xlsx）ではありません`);
        expect(r.stderr).toContain('Excel ブック (*.xlsx)');
      }
      expect(existsSync(path.join(dir, 'adopted'))).toBe(false);
    } finally {
      await cleanup();
    }
  });

  it('refuses a part that lies about its size, stopping at the limit', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const liar = zip([['xl/workbook.xml', new Uint8Array(200 * 1024 * 1024)]], { 'xl/workbook.xml': 1000 });
      await writeFile(path.join(dir, 'liar.xlsx'), liar);
      const before = process.memoryUsage().rss;
      const r = await runCli(['adopt', 'liar.xlsx', '--out', 'adopted'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('liar.xlsx: 「xl/workbook.xml」が大きすぎる');
      expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
      expect(existsSync(path.join(dir, 'adopted'))).toBe(false);
    } finally {
      await cleanup();
    }
  });

  it('refuses a zip bomb before inflating it', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const bomb = zip([['xl/workbook.xml', new Uint8Array(64 * 1024 * 1024)]]);
      await writeFile(path.join(dir, 'bomb.xlsx'), bomb);
      const r = await runCli(['adopt', 'bomb.xlsx', '--out', 'adopted'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('bomb.xlsx: 「xl/workbook.xml」が大きすぎる');
      expect(existsSync(path.join(dir, 'adopted'))).toBe(false);
    } finally {
      await cleanup();
    }
  });

  it('reads a hostile sheet without a crash: a merge over the whole sheet, a formula without value', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const sheets = officeSheets(loadSample(sampleDir), 'typed');
      sheets[0].cells.push({ row: 9, col: 7, formula: 'SUM(A1:A2)' });
      sheets.push({
        name: 'メモ',
        cells: [{ row: 1, col: 1, rowSpan: 1_048_000, colSpan: 16_000, text: '\u001b[31m赤' }],
      });
      await writeFile(path.join(dir, 'office.xlsx'), officeXlsx(sheets));
      const r = await runCli(['adopt', 'office.xlsx', '--dry-run'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('office.xlsx!メモ: 表ではないので読みませんでした');
      expect(r.stdout).toContain('office.xlsx!別表1!G9: 数式の結果が保存されていないセルです');
      expect(r.stdout).not.toContain('\u001b');
    } finally {
      await cleanup();
    }
  });

  it('refuses a workbook with no table, naming the file', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await writeFile(
        path.join(dir, 'memo.xlsx'),
        officeXlsx([{ name: 'Sheet1', cells: [{ row: 1, col: 1, text: 'x' }] }]),
      );
      const r = await runCli(['adopt', 'memo.xlsx', '--out', 'adopted'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('memo.xlsx: 進捗の表');
      expect(existsSync(path.join(dir, 'adopted'))).toBe(false);
    } finally {
      await cleanup();
    }
  });

  it('names an arrow without a label and a note row under the table', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const sheets = officeSheets(loadSample(sampleDir), 'shapes');
      const shapes = sheets[0].shapes!;
      const arrow = shapes.find((s) => s.kind === 'connector')!;
      const label = shapes.find(
        (s) => s.kind === 'text' && s.from.row === arrow.from.row && s.from.col === arrow.from.col,
      )!;
      shapes.splice(shapes.indexOf(label), 1);
      const last = Math.max(...sheets[0].cells.map((c) => c.row + (c.rowSpan ?? 1) - 1));
      sheets[0].cells.push({ row: last + 2, col: 1, colSpan: 10, text: '※ 実績は9月末時点の見込みを含む。' });
      await writeFile(path.join(dir, 'office.xlsx'), officeXlsx(sheets));
      const r = await runCli(['adopt', 'office.xlsx', '--dry-run'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(
        `office.xlsx!別表1!${arrow.name}: 矢印の上に段階の名前（実施、検討…）が見つかりません`,
      );
      expect(r.stdout).toContain(
        `office.xlsx!別表1!A${last + 2}: 取組の外の行（「※ 実績は9月末時点の見込みを含む。」）を読み飛ばしました`,
      );
      expect(r.stdout).toMatch(/読み飛ばした行 1 件/);
    } finally {
      await cleanup();
    }
  });

  it('--dry-run prints what was read and writes nothing', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await writeFile(path.join(dir, 'office.xlsx'), officeXlsx(officeSheets(loadSample(sampleDir), 'typed')));
      const r = await runCli(['adopt', 'office.xlsx', '--out', 'adopted', '--dry-run'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('office.xlsx!別表1（別表1）');
      expect(r.stdout).toContain('何も書き出していません');
      expect(existsSync(path.join(dir, 'adopted'))).toBe(false);
    } finally {
      await cleanup();
    }
  });

  it('refuses a non-empty output directory', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await writeFile(path.join(dir, 'office.xlsx'), officeXlsx(officeSheets(loadSample(sampleDir), 'typed')));
      await mkdir(path.join(dir, 'adopted'));
      await writeFile(path.join(dir, 'adopted/keep.txt'), 'x');
      const r = await runCli(['adopt', 'office.xlsx', '--out', 'adopted'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('空のフォルダではありません');
      expect(readdirSync(path.join(dir, 'adopted'))).toEqual(['keep.txt']);
    } finally {
      await cleanup();
    }
  });

  it('names the shapes of an ambiguous label and an arrow ending between columns; --map decides', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const sheets = officeSheets(loadSample(sampleDir), 'shapes');
      const shapes = sheets[0].shapes!;
      // One arrow of 04 ends just inside the next column; a stray text box sits between two arrows.
      const arrow = shapes.find((s) => s.kind === 'connector')!;
      arrow.to = { ...arrow.to, col: arrow.to.col + 1, colOff: 20000 };
      const connectors = shapes.filter((s) => s.kind === 'connector');
      const upper = connectors.find((a) =>
        connectors.some((b) => b.from.row === a.from.row + 1 && b.from.col === a.from.col && b.to.col === a.to.col),
      )!;
      const lower = connectors.find((b) => b.from.row === upper.from.row + 1 && b.from.col === upper.from.col)!;
      shapes.push({
        kind: 'text',
        name: 'テキスト ボックス 迷子',
        from: { col: upper.from.col, colOff: 100000, row: upper.from.row, rowOff: 150000 },
        to: { col: upper.to.col, colOff: 300000, row: upper.from.row + 1, rowOff: 20000 },
        text: '随時',
      });
      await writeFile(path.join(dir, 'office.xlsx'), officeXlsx(sheets));
      const r = await runCli(['adopt', 'office.xlsx', '--out', 'first'], { cwd: dir });
      expect(r.stdout).toContain(`office.xlsx!別表1!${arrow.name}: 矢印の端が列の境目の近く`);
      expect(r.stdout).toContain(
        `office.xlsx!別表1!テキスト ボックス 迷子: 文字「随時」は「${upper.name}」と「${lower.name}」のどちらの矢印のものか`,
      );
      const mapText = await readFile(path.join(dir, 'first/adopt.yaml'), 'utf8');
      const corrected = mapText.replace('phases: {}', `phases:\n  "別表1!${arrow.name}": { to: 2016 }`);
      await writeFile(path.join(dir, 'adopt.yaml'), corrected);
      const again = await runCli(['adopt', 'office.xlsx', '--out', 'second', '--map', 'adopt.yaml'], { cwd: dir });
      expect(again.code).toBe(0);
      expect(again.stdout).not.toContain('矢印の端が列の境目');
      const first = (await readAdopted(path.join(dir, 'second')))[0];
      expect(first.items![0].schedule[0].phases[0]).toMatchObject({ from: 2016 });
      // A column set aside in adopt.yaml is not read (here 実績, which validate then misses).
      await writeFile(path.join(dir, 'adopt.yaml'), corrected.replace('      I: 実績\n', '      I: 無視\n'));
      const third = await runCli(['adopt', 'office.xlsx', '--out', 'third', '--map', 'adopt.yaml'], { cwd: dir });
      expect(third.stdout).toContain('H=年次計画 J=担当課');
      expect((await readAdopted(path.join(dir, 'third')))[0].results).toEqual({});
    } finally {
      await cleanup();
    }
  });
});
