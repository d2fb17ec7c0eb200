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
import { renderPages as renderHtmlPages } from '../src/render/pages.js';
import { decideTables } from '../src/render/report-tables.js';
import { renderWorkbook } from '../src/render/xlsx.js';
import { repoRoot, runCli, sampleDir, tempDir } from './helpers.js';
import { loadSample, officeHalfYears, officeSheets, type Drawing } from './tools/office-tables.js';
import { officeEffects, officeKpi } from './tools/office-declared.js';
import { type OfficeCell, type OfficeSheet, type OfficeShape, officeXlsx, zip } from './tools/office-xlsx.js';

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

/** A report.yaml for officeHalfYears(): its progress table declared, the 工程 column by half-years. */
const HALF_MANIFEST = `title: 若葉町行政改革 令和7年度上半期の取組状況
organisation: 若葉町
planPeriod: { from: 2024, to: 2026 }
edition: { fiscalYear: 2025, period: firstHalf }
sections:
  - { id: A, mark: Ⅰ, title: 効率的な行政運営 }
departments:
  - { name: 総務部, divisions: [人事課] }
  - { name: 市民部, divisions: [窓口課] }
numbering: "{number}"
tables:
  - id: progress
    label: 別表1
    title: 若葉町行政改革 令和7年度上半期の取組状況
    rows: initiatives
    columns:
      - { kind: number, heading: 番号 }
      - { kind: title, heading: 具体的取組 }
      - { kind: item, heading: 取組項目 }
      - { kind: schedule, heading: 工程, resolution: half }
      - { kind: text, heading: 令和7年度年次計画, field: plan }
      - { kind: text, heading: 上半期実績（4月～9月）, field: result }
      - { kind: division, heading: 担当課 }
`;

describe('reform adopt on office workbooks', () => {
  const sample = loadSample(sampleDir);
  for (const [drawing, grouped] of [
    ['shapes', false],
    ['shapes', true],
    ['typed', false],
    ['fills', false],
  ] as [Drawing, boolean][]) {
    const how = `${grouped ? 'grouped ' : ''}${drawing}`;
    it(`reproduces the sample's initiatives, items and phases (工程 as ${how})`, async () => {
      const { dir, cleanup } = await tempDir();
      try {
        await writeFile(path.join(dir, 'office.xlsx'), officeXlsx(officeSheets(sample, drawing, { grouped })));
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
  it('reads half-year columns (上半期・下半期 under each year) into phases that start and end in a half', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await writeFile(path.join(dir, 'office.xlsx'), officeXlsx(officeHalfYears()));
      // With a report.yaml whose 工程 column is declared by halves: shapes, typed arrows and fills keep their halves.
      await writeFile(path.join(dir, 'report.yaml'), HALF_MANIFEST);
      const r = await runCli(['adopt', 'office.xlsx', '--manifest', 'report.yaml', '--out', 'adopted'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(
        'office.xlsx!別表1（表「progress」）: 4 行を読み、データの行 2 件、小計・合計 0 件、' +
          '工程 5 件（図形 1・矢印の文字 2・塗りつぶし 2）、読み飛ばした行 0 件',
      );
      expect(r.stdout).toContain('確かめてほしいことはありません。');
      expect(r.code).toBe(0);
      const [one, two] = await readAdopted(path.join(dir, 'adopted'));
      expect(one.items).toEqual([
        {
          label: '定員適正化計画',
          schedule: [
            {
              phases: [
                { label: '計画策定', from: 2024, toPart: 1 },
                { label: '実行', from: 2024, to: 2026, fromPart: 2 },
              ],
            },
          ],
        },
      ]);
      expect(two.items).toEqual([
        {
          label: 'オンライン化',
          schedule: [
            {
              phases: [
                { label: '検討', from: 2024, to: 2025, toPart: 1 },
                { label: '実施', from: 2025, to: 2026, fromPart: 2 },
              ],
            },
            { phases: [{ label: '調整', from: 2024 }] },
          ],
        },
      ]);
      expect(one.fields).toEqual({ plan: '・退職不補充による削減', result: '・4月1日付けで3人を削減' });
      expect([one.division, two.division]).toEqual(['総務部/人事課', '市民部/窓口課']);
    } finally {
      await cleanup();
    }
  });

  it("gives half-year phases their years in the seed's 別表1, naming the item; adopt.yaml keeps the halves", async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await writeFile(path.join(dir, 'office.xlsx'), officeXlsx(officeHalfYears()));
      const r = await runCli(['adopt', 'office.xlsx', '--out', 'adopted'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('工程 5 件（図形 1・矢印の文字 2・塗りつぶし 2）');
      expect(r.stdout).toContain('D=2024 上期 E=2024 下期 F=2025 上期 G=2025 下期 H=2026 上期 I=2026 下期');
      expect(r.stdout).toContain(
        'office.xlsx!別表1!C8: 取組項目「定員適正化計画」の工程は上期・下期で描かれていますが',
      );
      expect(r.stdout).toContain('office.xlsx!別表1!C9: 取組項目「オンライン化」の工程は上期・下期で描かれていますが');
      expect(r.code).toBe(0);
      const [one, two] = await readAdopted(path.join(dir, 'adopted'));
      expect(one.items![0].schedule).toEqual([
        { phases: [{ label: '計画策定', from: 2024 }] },
        { phases: [{ label: '実行', from: 2024, to: 2026 }] },
      ]);
      expect(two.items![0].schedule).toEqual([
        { phases: [{ label: '検討', from: 2024, to: 2025 }] },
        { phases: [{ label: '実施', from: 2025, to: 2026 }] },
        { phases: [{ label: '調整', from: 2024 }] },
      ]);
      const manifest = parse(await readFile(path.join(dir, 'adopted/report.yaml'), 'utf8'));
      expect(manifest.planPeriod).toEqual({ from: 2024, to: 2026 });
      expect(manifest.edition).toEqual({ fiscalYear: 2025, period: 'firstHalf' });
      const map = await readFile(path.join(dir, 'adopted/adopt.yaml'), 'utf8');
      expect(map).toContain('D: 2024 上期');
      const again = await runCli(['adopt', 'office.xlsx', '--map', 'adopted/adopt.yaml', '--dry-run'], { cwd: dir });
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('D=2024 上期 E=2024 下期');
    } finally {
      await cleanup();
    }
  });

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

/** An indicator as the tables print it: the defaults filled in, the computed figures left out. */
function indicatorFields(i: NonNullable<Initiative['indicators']>[number]): unknown {
  return {
    label: i.label,
    unit: i.unit,
    measure: i.measure ?? 'cumulative',
    base: i.base,
    target: i.target,
    actuals: i.actuals,
    wording: i.wording,
  };
}

/** Phases by the half-year slots they cover (fromPart 1 and toPart 2 are the defaults). */
function halfSlots(ini: Initiative): unknown {
  return ini.items?.map((it) => ({
    label: it.label,
    lanes: it.schedule.map((l) =>
      l.phases.map((p) => ({
        label: p.label,
        from: [p.from, p.fromPart ?? 1],
        to: [p.to ?? p.from, p.toPart ?? 2],
        then: p.then,
      })),
    ),
  }));
}

describe('declared tables (--manifest) in office workbooks', () => {
  const kpiDir = path.join(repoRoot, 'examples/kpi');
  const effectsDir = path.join(repoRoot, 'examples/effects');

  it("reads examples/kpi's 数値目標 and half-year 工程表 typed by hand, field by field", async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await writeFile(path.join(dir, 'office.xlsx'), officeXlsx(officeKpi({ wrongRate: true })));
      const manifest = path.join(kpiDir, 'report.yaml');
      const r = await runCli(['adopt', 'office.xlsx', '--manifest', manifest, '--out', 'adopted'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('office.xlsx!数値目標（表「targets」）: 7 行を読み、データの行 5 件');
      expect(r.stdout).toContain('office.xlsx!工程表（表「roadmap」）');
      expect(r.stdout).toMatch(/列: A=番号 B=取組 C=取組項目 D=工程 J=第1四半期の取組状況（6月末時点） K=担当課/);
      // The 進捗率 typed wrong is named by its cell, with both figures.
      const notes = r.stdout.split('\n').filter((l) => /^ {2}office\.xlsx!/.test(l));
      expect(notes).toEqual([
        '  office.xlsx!数値目標!K6: 「進捗率」は、読み取ったデータから計算すると「87.5%」ですが、セルは「80.0%」です。' +
          'どちらが正しいか確かめてください。',
      ]);
      const want = loadSample(kpiDir).initiatives;
      const got = await readAdopted(path.join(dir, 'adopted'));
      const project = (i: Initiative) => ({
        number: i.number,
        section: i.section,
        title: i.title,
        division: i.division,
        coDivisions: i.coDivisions,
        fields: i.fields,
        indicators: i.indicators?.map(indicatorFields),
        items: halfSlots(i),
      });
      expect(got).toHaveLength(want.length);
      const diffs = want.flatMap((ini, i) => differences(project(ini), project(got[i]), `#${ini.number}`));
      expect(diffs).toEqual([]);
      // The report uses the given report.yaml as it was written.
      expect(await readFile(path.join(dir, 'adopted/report.yaml'), 'utf8')).toBe(await readFile(manifest, 'utf8'));
      const map = await readFile(path.join(dir, 'adopted/adopt.yaml'), 'utf8');
      expect(map).toContain('table: declared');
      expect(map).toContain('id: "roadmap"');
      expect(map).toContain('D: "工程"');
      // adopt.yaml read back with --map places the tables the same way.
      const again = await runCli(
        ['adopt', 'office.xlsx', '--manifest', manifest, '--map', 'adopted/adopt.yaml', '--dry-run'],
        { cwd: dir },
      );
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('D=工程 J=第1四半期の取組状況（6月末時点） K=担当課');
    } finally {
      await cleanup();
    }
  });

  it("reads examples/effects' 効果額 with △, （内数） and 小計・合計, and names the table it did not find", async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await writeFile(path.join(dir, 'office.xlsx'), officeXlsx(officeEffects()));
      const manifest = path.join(effectsDir, 'report.yaml');
      const r = await runCli(['adopt', 'office.xlsx', '--manifest', manifest, '--out', 'adopted'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('office.xlsx!効果額（表「effects」）: 11 行を読み、データの行 6 件、小計・合計 3 件');
      const notes = r.stdout.split('\n').filter((l) => /^ {2}office\.xlsx/.test(l));
      expect(notes).toEqual([
        '  office.xlsx: report.yaml の表「plan-by-year」（集中改革プラン 年度別の財政効果）の見出しのあるシートが' +
          '見つかりません。adopt.yaml の sheets で、シートと見出しの行・列を指定できます。',
        '  office.xlsx: 表「effects」には章の見出しがないため、取組はすべて最初の章「1 歳入の確保」に入れました。' +
          '違うときは取組ファイルの section を直してください。',
      ]);
      const want = loadSample(effectsDir).initiatives;
      const got = await readAdopted(path.join(dir, 'adopted'));
      const project = (i: Initiative) => ({
        number: i.number,
        division: i.division,
        coDivisions: i.coDivisions,
        footnotes: i.footnotes,
        effects: i.effects?.map((e) => ({
          category: e.category,
          label: e.label ?? i.title,
          planned: e.planned,
          actual: e.actual,
          memo: e.memo ?? false,
        })),
      });
      expect(got).toHaveLength(want.length);
      const diffs = want.flatMap((ini, i) => differences(project(ini), project(got[i]), `#${ini.number}`));
      expect(diffs).toEqual([]);
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
        // Tables in rows and cards (個票) alike are read back: every table is compared.
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

describe('card tables (個票) in the shape of an office file', () => {
  const roadmapDir = path.join(repoRoot, 'examples/roadmap');
  // Two cards of examples/roadmap laid out by hand: no blank rows between blocks, 担当課 as 部 and 課 on two
  // lines, budgets typed as text with commas under R7…R9 headings, a 章 row before each card, and a label row
  // that is no declared column (備考).
  function officeCards(want: Initiative[]): OfficeSheet[] {
    const cells: OfficeCell[] = [{ row: 1, col: 1, text: '工程表（個票）', colSpan: 8 }];
    let row = 2;
    const marks: Record<string, string> = { D: 'Ⅰ　行政サービスのデジタル化', F: 'Ⅱ　持続可能な財政基盤の確立' };
    const put = (col: number, text: string | number | undefined, extra: Partial<OfficeCell> = {}) => {
      if (text !== undefined) cells.push({ row, col, text, ...extra });
    };
    for (const [n, ini] of want.entries()) {
      put(1, marks[ini.section], { colSpan: 8 });
      row++;
      put(1, `${n + 1}-①　${ini.title}`, { colSpan: 8 });
      row++;
      const [dept, div] = ini.division!.split('/');
      const labels: [string, string][] = [
        ['取組の目的', String(ini.fields!.purpose)],
        ['現状と課題', String(ini.fields!.issues).trim()],
        ['取組内容', String(ini.fields!.plan).trim()],
        ['令和7年度の取組実績', String(ini.fields!.result).trim()],
        ['担当課', `${dept}\n${div}`],
        ...(n === 1 ? ([['備考', '特になし']] as [string, string][]) : []),
      ];
      for (const [label, value] of labels) {
        put(1, label);
        put(2, value, { colSpan: 7 });
        row++;
      }
      put(1, '主要事業と予算額', { colSpan: 8 });
      row++;
      put(1, '事業名', { rowSpan: 2 });
      put(2, '事業の概要', { rowSpan: 2 });
      put(3, '予算額（千円）', { colSpan: 4 });
      row++;
      ['R7', 'R8', 'R9', '計'].forEach((h, i) => {
        put(3 + i, h);
      });
      row++;
      for (const p of ini.projects ?? []) {
        put(1, p.name);
        put(2, String(p.summary));
        [2025, 2026, 2027].forEach((y, i) => {
          const v = p.budgets?.[y];
          put(3 + i, v === undefined ? undefined : v.toLocaleString('en-US'));
        });
        put(
          6,
          Object.values(p.budgets ?? {}).reduce((a, b) => a + b, 0),
        );
        row++;
      }
      put(2, '合計');
      row++;
      put(1, '成果指標と目標', { colSpan: 8 });
      row++;
      ['指標', '単位', '基準値', '基準値の時点', '令和7年度実績'].forEach((h, i) => {
        put(1 + i, h, { rowSpan: 2 });
      });
      put(6, '目標（参考）', { colSpan: 3 });
      row++;
      ['令和7年度', '令和8年度', '令和9年度'].forEach((h, i) => {
        put(6 + i, h);
      });
      row++;
      for (const x of ini.indicators ?? []) {
        put(1, x.label as string);
        put(2, x.unit);
        put(3, x.base?.value);
        put(4, x.base?.asOf);
        put(5, x.actuals?.[2025]);
        [2025, 2026, 2027].forEach((y, i) => {
          put(6 + i, x.targets?.[y]);
        });
        row++;
      }
    }
    return [{ name: '個票', cells }];
  }

  it('reads each card: fields, 担当課, projects and indicator targets, naming the row it does not know', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const all = loadSample(roadmapDir).initiatives;
      const want = [all.find((i) => i.number === 1)!, all.find((i) => i.section === 'F')!];
      await writeFile(path.join(dir, 'office.xlsx'), officeXlsx(officeCards(want)));
      const manifest = path.join(roadmapDir, 'report.yaml');
      const r = await runCli(['adopt', 'office.xlsx', '--manifest', manifest, '--out', 'adopted'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('office.xlsx!個票（表「cards」の個票）: 個票 2 枚、主要事業 4 件、指標 4 件');
      const notes = r.stdout.split('\n').filter((l) => /^ {2}office\.xlsx!/.test(l));
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatch(/^ {2}office\.xlsx!個票!A\d+: 「備考」は表「cards」の個票の見出しにも/);
      const got = await readAdopted(path.join(dir, 'adopted'));
      const diffs: string[] = [];
      for (const [i, w] of want.entries()) {
        const g = got[i];
        for (const key of ['section', 'title', 'division', 'fields', 'projects', 'indicators'] as const)
          if (JSON.stringify(g?.[key]) !== JSON.stringify(w[key]))
            diffs.push(`${w.title} ${key}: ${JSON.stringify(g?.[key])}`);
      }
      expect(diffs).toEqual([]);
    } finally {
      await cleanup();
    }
  });
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

  it('reads hostile sheets with --manifest without a crash, and refuses a report.yaml with errors', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const sheets = officeKpi();
      // A merge over the whole sheet, a control character, a number that is no number, a formula without value.
      sheets[0].cells.push({ row: 5, col: 4, formula: 'SUM(A1:A2)' });
      sheets[0].cells.push({ row: 9, col: 6, text: '約4万3千\u001b[31m' });
      sheets.push({ name: 'メモ', cells: [{ row: 1, col: 1, rowSpan: 1_048_000, colSpan: 16_000, text: '番号' }] });
      await writeFile(path.join(dir, 'office.xlsx'), officeXlsx(sheets));
      const manifest = path.join(repoRoot, 'examples/kpi/report.yaml');
      const r = await runCli(['adopt', 'office.xlsx', '--manifest', manifest, '--dry-run'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain('\u001b');
      const notes = r.stdout.split('\n').filter((l) => l.startsWith('  office.xlsx'));
      expect(notes).toEqual([
        '  office.xlsx!数値目標!D5: 数式の結果が保存されていないセルです（空として読みました）。' +
          'Excel で開いて保存し直してください。',
        '  office.xlsx!数値目標!F9: 「約4万3千␛[31m」を数値として読めません。空としました。',
        '  office.xlsx!数値目標!E5: 「基準値の時点」は、読み取ったデータから計算すると「（空）」ですが、' +
          'セルは「令和6年4月1日」です。どちらが正しいか確かめてください。',
        // The figure not read leaves the 目標値 at 0 and the 進捗率 computed from it differs: both are named.
        '  office.xlsx!数値目標!F9: 「目標値」は、読み取ったデータから計算すると「0平方メートル」ですが、' +
          'セルは「約4万3千␛[31m」です。どちらが正しいか確かめてください。',
        '  office.xlsx!数値目標!K9: 「進捗率」は、読み取ったデータから計算すると「3.0%」ですが、' +
          'セルは「58.2%」です。どちらが正しいか確かめてください。',
      ]);
      // A report.yaml with an error: named with its line, nothing read.
      await writeFile(path.join(dir, 'bad.yaml'), 'title: x\norganisation: y\nplanPeriod: { from: 2024 }\n');
      const bad = await runCli(['adopt', 'office.xlsx', '--manifest', 'bad.yaml', '--out', 'out'], { cwd: dir });
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('bad.yaml:3:');
      expect(bad.stderr).toContain('bad.yaml: --manifest の report.yaml に誤りがあるため読み取りを始めません');
      expect(existsSync(path.join(dir, 'out'))).toBe(false);
    } finally {
      await cleanup();
    }
  });

  it('bounds the rows that groups of shapes may span, naming the groups it does not read', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const sheets = officeSheets(loadSample(sampleDir), 'typed');
      // Three groups whose shapes reach a million rows down.
      const far = (n: number): OfficeShape => ({
        kind: 'group',
        name: `グループ化 H${n}`,
        from: { col: 3, row: 6 },
        to: { col: 4, row: 6 },
        children: [
          { kind: 'connector', name: `直線 H${n}a`, from: { col: 3, row: 6 }, to: { col: 4, row: 6 } },
          { kind: 'text', name: `テキスト H${n}b`, from: { col: 3, row: 1_000_000 }, to: { col: 4, row: 1_000_001 } },
        ],
      });
      sheets[0].shapes = [far(1), far(2), far(3)];
      await writeFile(path.join(dir, 'office.xlsx'), officeXlsx(sheets));
      const r = await runCli(['adopt', 'office.xlsx', '--dry-run'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      // Two groups of a million rows fit in the bound (MAX_GROUP_SPAN); the third is named, not walked.
      expect(r.stdout).toContain('office.xlsx!別表1!グループ化 H3: グループの中の図形の位置が読めません');
      expect(r.stdout).not.toMatch(/グループ化 H[12]:/);
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
