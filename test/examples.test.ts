/**
 * The examples in examples/ end to end: each is copied into a temporary directory, validated and built
 * (HTML, workbook, open data; the PDFs in test/examples-pdf.test.ts), and read back: the computed figures
 * (差額, 小計, 合計 without the memo row, 累計, 進捗率, counts), the printed headings, every text and
 * number of the YAML in each output (numbers in their printed form), and open data that follows the
 * 統一ルール (no merged or blank same-as-above cells, numbers in numeric columns, units in the headers,
 * 西暦 years with the 和暦 beside).
 */
import { existsSync } from 'node:fs';
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsvText } from 'csv-parse/sync';
import { groupDigits, decimalsOf } from '../src/model/figures.js';
import { htmlText } from './html-text.js';
import { repoRoot, runCli, tempDir } from './helpers.js';

const EXAMPLES = ['effects', 'kpi', 'ratings', 'roadmap', 'savings'] as const;
type Example = (typeof EXAMPLES)[number];

/** Table ids and their printed headings, and figures each must show. */
const EXPECT: Record<Example, { tables: Record<string, string[]>; figures: Record<string, string[]> }> = {
  effects: {
    tables: {
      effects: [
        '番号',
        '取組項目',
        '効果見込額(A)',
        '効果実績額(B)',
        '差額(B-A)',
        '担当課',
        '歳入確保対策',
        '歳出削減対策',
      ],
      'plan-by-year': ['令和5年度（千円）', '令和6年度（千円）', '令和7年度（千円）', '計（千円）'],
    },
    figures: {
      // 差額, the memo row in parentheses, subtotals and 合計 without it
      effects: [
        '△66,669千円',
        '9,380千円',
        '(12,000千円)',
        '(15,640千円)',
        '(3,640千円)',
        '小計',
        '122,000千円',
        '64,711千円',
        '△57,289千円',
        '124,600千円',
        '102,850千円',
        '△21,750千円',
        '合計',
        '246,600千円',
        '167,561千円',
        '△79,039千円',
      ],
      'plan-by-year': [
        '109,580',
        '73,331',
        '270,450',
        '8,900',
        '9,000',
        '182,911',
        '288,350',
        '72,100',
        '167,561',
        '231,600',
        '471,261',
      ],
    },
  },
  kpi: {
    tables: {
      targets: [
        '番号',
        '取組項目',
        '指標',
        '基準値',
        '基準値の時点',
        '目標値',
        '目標年度',
        '令和6年度実績',
        '令和7年度実績',
        '累計',
        '進捗率',
        '担当課',
        'I 効率的な行政運営',
        'II 公共施設の最適化',
      ],
      roadmap: ['取組', '取組項目', '6年度', '7年度', '8年度', '上期', '下期', '第1四半期の取組状況（6月末時点）'],
    },
    figures: {
      // 累計 5+6 = 11人 of 8人: 137.5%; 70件 of 80件; level: (43,960.5−45,298)/(43,000−45,298)
      targets: [
        '11人',
        '137.5%',
        '70件',
        '87.5%',
        '41.7%',
        '58.2%',
        '10,500千円',
        '令和8年度',
        '住民課窓口係・総務課行政係（共管）',
      ],
      roadmap: ['← 実行 →', '検討', '調整', '内容決定', '実行準備', '← 地元協議 →', '令和7年度 第1四半期（6月末時点）'],
    },
  },
  ratings: {
    tables: {
      status: [
        '番号',
        '取組項目',
        '着手状況（前年度）',
        '着手状況',
        '達成度',
        '前年度からの変化',
        '1 持続可能な財政運営',
        '(1) 歳入の確保',
        '(2) 歳出の見直し',
        '2 県民サービスの向上',
        '(2) 組織の見直し',
      ],
    },
    figures: {
      status: [
        '1-(1)-①',
        '1-(1)-②',
        '1-(2)-①',
        '2-(2)-①',
        '（再掲）',
        '達成 3項目、一部達成 2項目、未達成 1項目',
        '↑（○→◎）',
        '→（△→△）',
        '※1',
        '※2',
        '総務部人事課給与班',
        '監査委員事務局',
        'デジタル推進局デジタル改革課・総務部行政改革推進室（共管）',
      ],
    },
  },
  roadmap: {
    tables: {
      // A card per initiative: its heading, label/value rows, 主要事業 under 予算額, targets under 目標（参考）.
      cards: [
        '1-① 行政手続のオンライン化',
        '取組の目的',
        '令和7年度の取組実績',
        '担当課',
        '主要事業と予算額',
        '予算額',
        '令和7年度（千円）',
        '計（千円）',
        '成果指標と目標',
        '目標（参考）',
        '3-② 施設の予防保全と長寿命化',
        '予算を伴う事業はありません。',
      ],
    },
    figures: {
      // Budgets as numbers, each project's 計 (18,400 × 3) and the card's 合計 (31,050 in 令和7年度, 71,050 in all);
      // indicator figures without their unit, which is in the 単位 column.
      cards: ['55,200', '31,050', '71,050', '969,600', '594,500', '44.2', '412,530', '平方メートル'],
    },
  },
  savings: {
    tables: {
      savings: [
        '番号',
        '取組項目',
        '令和6年度',
        '令和7年度',
        '計画期間（令和6～8年度）',
        '見込額（千円）',
        '実績額（千円）',
        '達成率',
        '対計画期間',
        '歳入確保対策',
        '歳出削減対策',
        'その他の取組',
      ],
    },
    figures: {
      // Recurring effects (令和7年度 見込額 12,000 + 5,000), rates, labelled subtotals, the lead in 億・万 words.
      savings: [
        '17,000',
        '17,700',
        '104.1%',
        '歳入確保対策計',
        '72,000',
        '62,550',
        '125.1%',
        '142,000',
        '44.0%',
        '総合計',
        '401,000',
        '39.7%',
        '1億5,100万円',
        '1億5,915万円',
      ],
    },
  },
};

/** An independent CSV reader (csv-parse), as test/opendata.test.ts uses. */
const parseCsv = (text: string): string[][] => parseCsvText(text, { bom: true });

const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '');

/** Numbers of the YAML (amounts and indicator values), as grouped digits with △: their printed form. */
function yamlNumbers(doc: Record<string, unknown>): number[] {
  const out: number[] = [];
  for (const e of (doc.effects as Record<string, unknown>[] | undefined) ?? []) {
    for (const k of ['planned', 'actual', 'difference']) if (typeof e[k] === 'number') out.push(e[k] as number);
    out.push(...Object.values((e.byYear as Record<string, number>) ?? {}));
  }
  for (const p of (doc.projects as Record<string, any>[] | undefined) ?? [])
    out.push(...Object.values((p.budgets as Record<string, number>) ?? {}));
  for (const i of (doc.indicators as Record<string, any>[] | undefined) ?? []) {
    if (i.base) out.push(i.base.value);
    out.push(...Object.values((i.targets as Record<string, number>) ?? {}));
    out.push(i.target.value, ...Object.values((i.actuals as Record<string, number>) ?? {}));
    if (typeof i.cumulative === 'number') out.push(i.cumulative);
    if (typeof i.progressRate === 'number') out.push(i.progressRate);
  }
  return out;
}

const printed = (n: number) => `${n < 0 ? '△' : ''}${groupDigits(Math.abs(n), decimalsOf(n))}`;

/** Texts of the YAML that every output must show: names, labels, lines of rich text, notes, divisions. */
function yamlTexts(doc: Record<string, any>, divisionsAsParts = false): string[] {
  const out: string[] = [doc.title];
  for (const e of doc.effects ?? []) if (e.label) out.push(e.label);
  for (const p of doc.projects ?? []) out.push(p.name, ...(p.summary ? String(p.summary).split('\n') : []));
  for (const i of doc.indicators ?? []) out.push(i.label, ...(i.base?.asOf ? [i.base.asOf] : []));
  for (const it of doc.items ?? [])
    out.push(it.label, ...it.schedule.flatMap((l: any) => l.phases.map((p: any) => p.label)));
  for (const v of Object.values(doc.fields ?? {})) out.push(...String(v).split('\n').filter(Boolean));
  out.push(...(doc.footnotes ?? []));
  // Open data has 担当部 and 担当課 in columns of their own; the printed tables join them.
  for (const ref of [doc.division, ...(doc.coDivisions ?? [])].filter(Boolean))
    out.push(...(divisionsAsParts ? ref.split('/') : [ref.split('/').join('')]));
  return out;
}

interface Built {
  dir: string;
  out: string;
  docs: Record<string, any>[];
  manifest: Record<string, any>;
  html: Record<string, string>;
  workbook: ExcelJS.Workbook;
  openData: Map<string, string>;
}

const built = new Map<Example, Built>();
let tmp: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  tmp = await tempDir('reform-examples-');
  for (const name of EXAMPLES) {
    const dir = path.join(tmp.dir, name);
    await cp(path.join(repoRoot, 'examples', name), dir, { recursive: true });
    const v = await runCli(['validate', dir], { cwd: tmp.dir });
    expect(v.code, v.stdout + v.stderr).toBe(0);
    const out = path.join(tmp.dir, `${name}-out`);
    const b = await runCli(['build', dir, '--out', out, '--no-pdf'], { cwd: tmp.dir });
    expect(b.code, b.stderr).toBe(0);
    const docs = await Promise.all(
      (await readdir(path.join(dir, 'initiatives')))
        .sort()
        .map(async (f) => parse(await readFile(path.join(dir, 'initiatives', f), 'utf8'))),
    );
    const manifest = parse(await readFile(path.join(dir, 'report.yaml'), 'utf8'));
    const html: Record<string, string> = {};
    for (const t of manifest.tables) html[t.id] = htmlText(await readFile(path.join(out, `${t.id}.html`), 'utf8'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, 'reform.xlsx'));
    const openData = new Map<string, string>();
    for (const f of await readdir(path.join(out, 'opendata')))
      openData.set(f, await readFile(path.join(out, 'opendata', f), 'utf8'));
    built.set(name, { dir, out, docs, manifest, html, workbook, openData });
  }
}, 120_000);

afterAll(async () => {
  await tmp?.cleanup();
});

/** The workbook's cells as a person sees them: numbers through their number format (the parts we use). */
function sheetTexts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (typeof c.value === 'number') out.push(showNumber(c.value, c.numFmt));
      else if (c.value !== null && c.value !== undefined) out.push(String(c.value));
    }),
  );
  return out;
}

/**
 * Applies a number format of the shape excelNumber writes: pos;neg;zero with literal "…" parts, and a % that
 * shows the value times 100, as Excel does.
 */
function showNumber(v: number, fmt: string | undefined): string {
  if (!fmt) return String(v);
  const [pos, neg, zero] = fmt.split(';');
  const part = v > 0 ? pos : v < 0 ? neg : (zero ?? pos);
  const decimals = /0\.(0+)/.exec(part)?.[1].length ?? 0;
  const shown = /%/.test(part.replace(/"[^"]*"/g, '')) ? Math.round(Math.abs(v) * 100 * 1e6) / 1e6 : Math.abs(v);
  let digits = false;
  return part.replace(/"([^"]*)"|([#,0.]+)/g, (_m, lit: string | undefined) => {
    if (lit !== undefined) return lit;
    if (digits) return '';
    digits = true;
    return groupDigits(shown, decimals);
  });
}

describe.each(EXAMPLES)('example %s', (name) => {
  it('prints its headings and computed figures in HTML and in the workbook', () => {
    const b = built.get(name)!;
    for (const [id, headings] of Object.entries(EXPECT[name].tables)) {
      const text = squash(b.html[id]);
      for (const h of headings) expect(text, `${id}: ${h}`).toContain(squash(h));
    }
    for (const [id, figures] of Object.entries(EXPECT[name].figures)) {
      const html = squash(b.html[id]);
      const label = b.manifest.tables.find((t: any) => t.id === id).label;
      const cells = squash(sheetTexts(b.workbook.getWorksheet(label)!).join('\n'));
      for (const f of figures) {
        expect(html, `${id} HTML: ${f}`).toContain(squash(f));
        if (!f.includes('四半期')) expect(cells, `${id} workbook: ${f}`).toContain(squash(f));
      }
    }
  });

  it('shows every text and number of its YAML in each output', () => {
    const b = built.get(name)!;
    const html = squash(Object.values(b.html).join('\n'));
    const cells = squash(b.workbook.worksheets.map((ws) => sheetTexts(ws).join('\n')).join('\n'));
    const open = squash([...b.openData.values()].join('\n'));
    for (const doc of b.docs) {
      for (const t of yamlTexts(doc)) {
        expect(html, `HTML: ${t}`).toContain(squash(t));
        expect(cells, `workbook: ${t}`).toContain(squash(t));
      }
      for (const t of yamlTexts(doc, true)) expect(open, `open data: ${t}`).toContain(squash(t));
      for (const n of yamlNumbers(doc)) {
        expect(html, `HTML: ${n}`).toContain(printed(n));
        expect(cells, `workbook: ${n}`).toContain(printed(n));
        // Open data keeps the number as a number (in a CSV field, or a JSON value, the last of its row too).
        expect(open, `open data: ${n}`).toMatch(
          new RegExp(`(^|[,:\\s])${String(n).replace('.', '\\.')}($|[,\\s}])`, 'm'),
        );
      }
    }
  });

  it('keeps numbers numeric in the workbook (no formulas)', () => {
    const b = built.get(name)!;
    let numbers = 0;
    for (const ws of b.workbook.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((c) => {
          expect(typeof c.value === 'object' && c.value !== null && 'formula' in c.value).toBe(false);
          if (typeof c.value === 'string') expect(c.value).not.toMatch(/^△?[\d,]+(\.\d+)?(千円|%|人|件)$/);
          if (typeof c.value === 'number') numbers++;
        }),
      );
    }
    if (name !== 'ratings') expect(numbers).toBeGreaterThan(5);
  });

  it('publishes open data by the 統一ルール', () => {
    const b = built.get(name)!;
    for (const t of b.manifest.tables) {
      const csv = parseCsv(b.openData.get(`${t.id}.csv`)!);
      const json = JSON.parse(b.openData.get(`${t.id}.json`)!);
      const dict = parseCsv(b.openData.get(`${t.id}-columns.csv`)!);
      const [header, ...rows] = csv;
      expect(dict.slice(1).map((r) => r[0])).toEqual(header);
      expect(rows.length).toBeGreaterThan(0);
      expect(json.rows).toHaveLength(rows.length);
      json.columns.forEach((c: { key: string; name: string; type: string; unit?: string }, k: number) => {
        expect(c.name).toBe(header[k]);
        if (c.unit) expect(c.name).toContain(`（${c.unit}）`);
        for (const r of json.rows) {
          const v = r[c.key];
          if (c.type === 'number' || c.type === 'integer')
            expect(v === null || typeof v === 'number', `${c.key}=${v}`).toBe(true);
          else expect(v === null || typeof v === 'string').toBe(true);
        }
      });
      // Every row names its own 取組, 章 and year: nothing left blank as "same as above".
      for (const key of ['number', 'title', 'section', 'fiscal_year', 'fiscal_year_label']) {
        for (const r of json.rows) expect(r[key], key).not.toBeNull();
      }
      for (const r of json.rows) expect(r.fiscal_year_label).toMatch(/^(令和|平成)/);
      for (const r of json.rows) expect(r.fiscal_year).toBeGreaterThan(1900);
      // Numbers written as plain numbers in the CSV (no △, no unit, no thousands separators).
      json.columns.forEach((c: { type: string }, k: number) => {
        if (c.type !== 'number') return;
        for (const r of rows) expect(r[k]).toMatch(/^(-?\d+(\.\d+)?)?$/);
      });
      // No subtotal or total rows in the data.
      expect(rows.some((r) => r.includes('小計') || r.includes('合計'))).toBe(false);
    }
  });
});

describe('init --example', () => {
  it('starts a new report from an example that validates', async () => {
    const dir = path.join(tmp.dir, 'new-report');
    const r = await runCli(['init', dir, '--example', 'ratings', '--reform', 'file:/x'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    const manifest = await readFile(path.join(dir, 'data', 'report.yaml'), 'utf8');
    expect(manifest.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/manifest.schema.json');
    const v = await runCli(['validate', path.join(dir, 'data')], { cwd: tmp.dir });
    expect(v.code, v.stdout).toBe(0);
  });

  it('names the examples when one is unknown', async () => {
    const r = await runCli(['init', path.join(tmp.dir, 'x'), '--example', 'rating'], { cwd: tmp.dir });
    // A wrong value on the command line: exit code 2, as for any usage error.
    expect(r.code).toBe(2);
    expect(existsSync(path.join(tmp.dir, 'x'))).toBe(false);
    expect(r.stderr).toContain('もしかして「ratings」ですか？');
  });
});
