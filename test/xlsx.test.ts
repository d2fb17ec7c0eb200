/**
 * The workbook read back as a person's Excel would read it: with exceljs, and as raw XML from the
 * zip. Layout (merges), text (every phrase of the seed), print setup, no formulas, row heights that
 * fit the text (by an estimate independent of the implementation's), reproducible bytes.
 */
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildReport, type Report } from '../src/model/report.js';
import type { Initiative, Manifest } from '../src/model/schema-types.js';
import { renderWorkbook, WORKBOOK_FILE } from '../src/render/xlsx.js';
import { loadReport } from '../src/pipeline/load-report.js';
import { normalizeForCompare, repoRoot, seedPhrases } from './helpers.js';

// ---------------------------------------------------------------------------------------------
// Reading the file back

/** The entries of a zip (stored or deflated), read with node:zlib only. */
function unzip(bytes: Uint8Array): Map<string, { data: Buffer; dosDate: number; dosTime: number }> {
  const buf = Buffer.from(bytes);
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, { data: Buffer; dosDate: number; dosTime: number }>();
  for (let n = 0; n < count; n++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const dosTime = buf.readUInt16LE(p + 12);
    const dosDate = buf.readUInt16LE(p + 14);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    expect(buf.readUInt16LE(local + 10), `${name}: local time = central time`).toBe(dosTime);
    expect(buf.readUInt16LE(local + 12), `${name}: local date = central date`).toBe(dosDate);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + compressed);
    out.set(name, { data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw), dosDate, dosTime });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  throw new Error(`${cell.address}: unexpected value ${JSON.stringify(v)}`);
}

/** All cells of the used range, row by row. */
function allCells(ws: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  for (let r = 1; r <= ws.rowCount; r++) for (let c = 1; c <= ws.columnCount; c++) cells.push(ws.getCell(r, c));
  return cells;
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const COL = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
function parseRange(ref: string): Range {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad range ${ref}`);
  return { left: COL(m[1]), top: Number(m[2]), right: COL(m[3]), bottom: Number(m[4]) };
}
const letter = (c: number) => String.fromCharCode(64 + c);
const ref = (r: Range) => `${letter(r.left)}${r.top}:${letter(r.right)}${r.bottom}`;

function merges(ws: ExcelJS.Worksheet): Range[] {
  return (ws.model.merges as string[]).map(parseRange);
}

/** The merges whose top row lies in [from, to], as A1 references, sorted. */
function mergesInRows(ws: ExcelJS.Worksheet, from: number, to: number): string[] {
  return merges(ws)
    .filter((m) => m.top >= from && m.top <= to)
    .map(ref)
    .sort();
}

/** The first row whose column A holds `number`. */
function rowOfNumber(ws: ExcelJS.Worksheet, number: number): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === number) return r;
  throw new Error(`no row with 番号 ${number} on ${ws.name}`);
}

// ---------------------------------------------------------------------------------------------

let report: Report;
let bytes: Uint8Array;
let wb: ExcelJS.Workbook;
let progress: ExcelJS.Worksheet;
let verification: ExcelJS.Worksheet;

beforeAll(async () => {
  const loaded = await loadReport('data', { cwd: repoRoot });
  expect(loaded.report).toBeDefined();
  report = loaded.report!;
  const out = await renderWorkbook(report);
  expect(out).toBeInstanceOf(Uint8Array);
  bytes = out!;
  wb = await readWorkbook(bytes);
  progress = wb.getWorksheet('別表1')!;
  verification = wb.getWorksheet('別表2')!;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('workbook', () => {
  it('is named reform.xlsx and has the sheets 別表1 and 別表2, in that order', () => {
    expect(WORKBOOK_FILE).toBe('reform.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['別表1', '別表2']);
  });

  it('holds every phrase of the seed in its cells', () => {
    const text = normalizeForCompare(
      wb.worksheets
        .flatMap((ws) => allCells(ws))
        .filter((c) => !c.isMerged || c.master === c)
        .map(cellText)
        .join('\n'),
    );
    const phrases = seedPhrases();
    expect(phrases.length).toBeGreaterThan(200);
    const missing = phrases.filter((p) => !text.includes(normalizeForCompare(p)));
    expect(missing, `phrases of the seed missing from the workbook:\n${missing.join('\n')}`).toEqual([]);
  });

  it('has the two-row header of 別表1 with 工程 over 取組項目 and the fiscal years', () => {
    expect(cellText(progress.getCell('A2'))).toBe('番号');
    expect(cellText(progress.getCell('C2'))).toBe('工程');
    expect(cellText(progress.getCell('C3'))).toBe('取組項目');
    expect(['D3', 'E3', 'F3', 'G3'].map((a) => cellText(progress.getCell(a)))).toEqual([
      '28年度',
      '29年度',
      '30年度',
      '元年度',
    ]);
    expect(cellText(progress.getCell('H2'))).toBe('令和元年度 年次計画');
    expect(cellText(progress.getCell('I2'))).toBe('上半期実績(4月～9月)');
    expect(cellText(progress.getCell('J2'))).toBe('担当課');
    expect(mergesInRows(progress, 2, 3)).toEqual(['A2:A3', 'B2:B3', 'C2:G2', 'H2:H3', 'I2:I3', 'J2:J3']);
  });

  it('merges initiative 4 of 別表1 over its three items, with the phases merged across their years', () => {
    const r = rowOfNumber(progress, 4);
    expect(mergesInRows(progress, r, r + 2)).toEqual(
      [
        `A${r}:A${r + 2}`,
        `B${r}:B${r + 2}`,
        `H${r}:H${r + 2}`,
        `I${r}:I${r + 2}`,
        `J${r}:J${r + 2}`,
        `D${r}:G${r}`,
        `E${r + 1}:G${r + 1}`,
        `D${r + 2}:G${r + 2}`,
      ].sort(),
    );
    expect(cellText(progress.getCell(`B${r}`))).toBe('① 機動的で柔軟かつ弾力的な働き方改革の推進');
    expect([0, 1, 2].map((i) => cellText(progress.getCell(`C${r + i}`)))).toEqual([
      '□効率的で機動的な業務遂行が可能となる組織体制・運営の検討',
      '□効率的で機動的な運用に向けたみえ成果向上サイクルの見直し',
      '□弾力的な勤務形態の検討',
    ]);
    expect(cellText(progress.getCell(`D${r}`))).toBe('← 随時実施 →');
    expect(cellText(progress.getCell(`D${r + 1}`))).toBe('← 検討 →');
    expect(cellText(progress.getCell(`E${r + 1}`))).toBe('← 実施 →');
    // The achieved note is the first line of the 年次計画; the 担当課 has a heading per item.
    expect(cellText(progress.getCell(`H${r}`)).split('\n')[0]).toBe('(H29年度達成済)');
    expect(cellText(progress.getCell(`J${r}`)).split('\n')).toEqual([
      '<組織体制・運営の検討>',
      '総務部総務課',
      '<みえ成果向上サイクルの見直し>',
      '総務部行財政改革推進課',
      '<弾力的な勤務形態の検討>',
      '総務部人事課',
    ]);
    // The next initiative starts right below.
    expect(progress.getCell(`A${r + 3}`).value).toBe(5);
  });

  it('gives the two lanes of initiative 8 two rows, the item merged over them', () => {
    const r = rowOfNumber(progress, 8);
    expect(mergesInRows(progress, r, r + 1)).toEqual(
      [
        `A${r}:A${r + 1}`,
        `B${r}:B${r + 1}`,
        `C${r}:C${r + 1}`,
        `H${r}:H${r + 1}`,
        `I${r}:I${r + 1}`,
        `J${r}:J${r + 1}`,
      ].sort(),
    );
    expect(cellText(progress.getCell(`C${r}`))).toBe('□MMKの利用環境整備');
    expect(cellText(progress.getCell(`D${r}`))).toBe('実施');
    expect(cellText(progress.getCell(`D${r + 1}`))).toBe('周知');
    expect(progress.getCell(`A${r + 2}`).value).toBe(9);
  });

  it('prints the rich text as text: bullets, <見出し> lines, nesting as full-width spaces, the centred arrow', () => {
    const r5 = rowOfNumber(progress, 5);
    const result5 = cellText(progress.getCell(`I${r5}`)).split('\n');
    expect(result5[0]).toBe('<「三重県財政の健全化に向けた集中取組」>');
    expect(result5).toContain('・ネーミングライツ対象施設の拡大(通年)');
    expect(result5).toContain('\u3000歩道橋:7施設');
    const r8 = rowOfNumber(progress, 8);
    const result8 = cellText(progress.getCell(`I${r8}`)).split('\n');
    const arrow = result8.find((l) => l.trim() === '↓');
    expect(arrow, 'the centred ↓ line').toBeDefined();
    expect(arrow!.startsWith('\u3000\u3000')).toBe(true);
    expect(cellText(progress.getCell(`I${r8}`))).not.toContain('^');
  });

  it('has the legend above 別表2 and its two-row header with 今後の取組方向 over 区分 and 区分の理由', () => {
    const top = allCells(verification)
      .slice(0, 8 * 8)
      .map(cellText)
      .join('\n');
    expect(top).toContain('現行の「三重県行財政改革取組」の検証');
    expect(top).toContain('・今後の取組方向は、次のとおり区分しています。');
    expect(top).toContain('A：現在の取組を基本的に継続するもの');
    expect(top).toContain('B：現在の取組の見直しやさらなる進化・変革・注力が必要なもの');
    const [from, to] = verification.pageSetup.printTitlesRow!.split(':').map(Number);
    expect(to).toBe(from + 1);
    expect(cellText(verification.getCell(from, 6))).toBe('今後の取組方向');
    expect(cellText(verification.getCell(to, 6))).toBe('区分');
    expect(cellText(verification.getCell(to, 7))).toBe('区分の理由');
    expect(mergesInRows(verification, from, to)).toEqual(
      [
        `A${from}:A${to}`,
        `B${from}:B${to}`,
        `C${from}:C${to}`,
        `D${from}:D${to}`,
        `E${from}:E${to}`,
        `F${from}:G${from}`,
        `H${from}:H${to}`,
      ].sort(),
    );
  });

  it('does not merge the single verification row of initiative 5', () => {
    const r = rowOfNumber(verification, 5);
    expect(mergesInRows(verification, r, r)).toEqual([]);
    expect(cellText(verification.getCell(`F${r}`))).toBe('B');
    expect(cellText(verification.getCell(`H${r}`))).toBe('財政課');
    expect(verification.getCell(`A${r + 1}`).value).not.toBe(5);
  });

  it('merges the 区分の理由 that rows of initiatives 7 and 9 share', () => {
    const r7 = rowOfNumber(verification, 7);
    expect(mergesInRows(verification, r7, r7 + 2)).toEqual(
      [`A${r7}:A${r7 + 2}`, `B${r7}:B${r7 + 2}`, `G${r7}:G${r7 + 1}`].sort(),
    );
    expect(cellText(verification.getCell(`G${r7}`))).toMatch(/^職員が業務・職場環境の改善・改革に意欲的に取り組む/);
    expect(cellText(verification.getCell(`G${r7 + 2}`))).toMatch(/^今後も継続して労働安全衛生法/);
    expect(['F', 'H'].map((c) => cellText(verification.getCell(`${c}${r7 + 2}`)))).toEqual(['A', '福利厚生課']);

    const r9 = rowOfNumber(verification, 9);
    expect(mergesInRows(verification, r9, r9 + 1)).toEqual(
      [`A${r9}:A${r9 + 1}`, `B${r9}:B${r9 + 1}`, `G${r9}:G${r9 + 1}`].sort(),
    );
    expect(cellText(verification.getCell(`G${r9}`))).toMatch(/^みえ公共施設等総合管理基本方針もふまえ/);
  });

  it('starts each section with a section row, and a new page before every section but the first', () => {
    for (const ws of [progress, verification]) {
      const sectionRows: number[] = [];
      for (let r = 1; r <= ws.rowCount; r++) {
        const t = cellText(ws.getCell(r, 1));
        if (report.sections.some((s) => t === `${s.mark} ${s.title}`)) sectionRows.push(r);
      }
      expect(sectionRows.map((r) => cellText(ws.getCell(r, 1)))).toEqual(
        report.sections.map((s) => `${s.mark} ${s.title}`),
      );
      for (const r of sectionRows) expect(mergesInRows(ws, r, r)).toEqual([`A${r}:${letter(ws.columnCount)}${r}`]);
      const breaks = rowBreaks(ws);
      for (const r of sectionRows.slice(1))
        expect(breaks, `${ws.name}: break before section row ${r}`).toContain(r - 1);
      expect(breaks).not.toContain(sectionRows[0] - 1);
    }
  });

  it('prints on A4 landscape, one page wide, with the header rows on every page and page numbers', () => {
    expect(progress.pageSetup.printTitlesRow).toBe('2:3');
    for (const ws of [progress, verification]) {
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.orientation).toBe('landscape');
      expect(ws.pageSetup.fitToPage).toBe(true);
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.fitToHeight).toBe(0);
      expect(ws.headerFooter.oddFooter).toContain('&P');
      expect(ws.headerFooter.oddFooter).toContain('&N');
    }
    const workbookXml = unzip(bytes).get('xl/workbook.xml')!.data.toString('utf8');
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;別表1&apos;!$2:$3</definedName>`,
    );
    expect(workbookXml).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;別表2&apos;!\$\d+:\$\d+<\/definedName>/,
    );
  });

  it('sets the font BIZ UDPゴシック on every cell of the tables, with borders on the table cells', () => {
    for (const ws of [progress, verification]) {
      for (const cell of allCells(ws)) {
        expect(cell.font?.name, `${ws.name}!${cell.address}`).toBe('BIZ UDPゴシック');
        expect(cell.font?.size).toBeGreaterThanOrEqual(9);
      }
    }
    const r = rowOfNumber(progress, 4);
    for (const a of [`A${r}`, `C${r}`, `E${r + 1}`, `J${r + 2}`]) {
      const b = progress.getCell(a).border;
      expect(b?.top?.style && b?.bottom?.style && b?.left?.style && b?.right?.style, a).toBe('thin');
      expect(progress.getCell(a).alignment?.wrapText).toBe(true);
    }
    expect(progress.getCell(`H${r}`).alignment?.vertical).toBe('top');
  });

  it('holds no formula anywhere', () => {
    for (const ws of wb.worksheets)
      for (const cell of allCells(ws))
        expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
    for (const [name, entry] of unzip(bytes)) {
      if (name.startsWith('xl/worksheets/')) expect(entry.data.toString('utf8'), name).not.toMatch(/<f[ >]/);
    }
  });

  it('gives every row the height its wrapped text needs (independent estimate)', () => {
    for (const ws of [progress, verification]) {
      const problems = heightProblems(ws);
      expect(problems, `${ws.name}: cells taller than their rows:\n${problems.join('\n')}`).toEqual([]);
    }
  });

  it('is byte-for-byte the same when written again, at another time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-02-03T04:05:06Z'));
    const again = await renderWorkbook(report);
    vi.setSystemTime(new Date('2025-12-31T23:59:58Z'));
    const third = await renderWorkbook(report);
    vi.useRealTimers();
    expect(Buffer.compare(Buffer.from(again!), Buffer.from(bytes))).toBe(0);
    expect(Buffer.compare(Buffer.from(third!), Buffer.from(bytes))).toBe(0);
    // Entries dated 30 September 2019, the end of the edition's period.
    for (const [name, e] of unzip(bytes))
      expect([name, e.dosDate, e.dosTime]).toEqual([name, ((2019 - 1980) << 9) | (9 << 5) | 30, 0]);
    const core = unzip(bytes).get('docProps/core.xml')!.data.toString('utf8');
    expect(core).toContain('2019-09-30T00:00:00Z');
  });
});

function rowBreaks(ws: ExcelJS.Worksheet): number[] {
  const xml = unzipSheetXml(ws);
  return [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
}

function unzipSheetXml(ws: ExcelJS.Worksheet): string {
  const index = wb.worksheets.indexOf(ws) + 1;
  return unzip(bytes).get(`xl/worksheets/sheet${index}.xml`)!.data.toString('utf8');
}

/**
 * Cells whose text needs more height than their rows have, by a deliberately simple estimate:
 * full-width characters 1 em, others half an em, the column width less 8 px of margins, lines of
 * 1.0 em (BIZ UDPゴシック's ascent + descent) and 2 pt of padding.
 */
function heightProblems(ws: ExcelJS.Worksheet): string[] {
  const spans = new Map<string, Range>();
  for (const m of merges(ws)) spans.set(`${m.top}:${m.left}`, m);
  const problems: string[] = [];
  for (const cell of allCells(ws)) {
    if (cell.isMerged && cell.master !== cell) continue;
    const text = cellText(cell);
    if (!text || !cell.alignment?.wrapText) continue;
    const row = Number(cell.row);
    const col = Number(cell.col);
    const span = spans.get(`${row}:${col}`) ?? { top: row, left: col, bottom: row, right: col };
    let widthPx = 0;
    for (let c = span.left; c <= span.right; c++) widthPx += (ws.getColumn(c).width ?? 8.43) * 7;
    const size = cell.font?.size ?? 11;
    const emPerLine = ((widthPx - 8) * 0.75) / size;
    let lines = 0;
    for (const para of text.split('\n')) {
      const em = [...para].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 1 : 0.5), 0);
      lines += Math.max(1, Math.ceil(em / emPerLine));
    }
    const need = lines * size * 1.0 + 2;
    let have = 0;
    for (let r = span.top; r <= span.bottom; r++) {
      const h = ws.getRow(r).height;
      expect(h, `${ws.name} row ${r} has an explicit height`).toBeGreaterThan(0);
      expect(h).toBeLessThanOrEqual(409);
      have += h;
    }
    if (have < need) problems.push(`${cell.address} (${lines} lines): ${have.toFixed(1)} pt < ${need.toFixed(1)} pt`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// A small report built in memory: formulas, huge texts, odd sheet names.

function inlineManifest(overrides: Partial<Manifest> = {}): Manifest {
  return {
    title: 'テスト報告',
    organisation: 'テスト県',
    planPeriod: { from: 2018, to: 2020 },
    edition: { fiscalYear: 2020, period: 'fullYear' },
    progressTable: { label: '別表1', title: '進捗' },
    verificationTable: { label: '別表2', title: '検証', legendIntro: '・区分' },
    sections: [{ id: 'I', mark: 'Ⅰ', title: '=章' }],
    directions: [
      { code: 'A', label: '継続', description: '続ける' },
      { code: 'B', label: '見直し', description: '見直す' },
    ],
    departments: [{ name: '総務部', divisions: ['人事課'] }],
    ...overrides,
  };
}

function inlineInitiative(overrides: Partial<Initiative> = {}): Initiative {
  return {
    number: 1,
    section: 'I',
    title: '=1+1',
    division: '総務部/人事課',
    items: [{ label: '+項目', schedule: [{ phases: [{ label: '-実施', from: 2018, to: 2020 }] }] }],
    plans: { '2020': '=SUM(A1:A3)\n+5\n-3\n@IMPORT\n・=HYPERLINK("http://example.com","x")' },
    results: { '2020': { fullYear: '@実績' } },
    verification: [{ item: '=A1', content: '+内容', outcome: '-効果', direction: 'A', reason: '@理由' }],
    ...overrides,
  };
}

describe('workbook from a report built in memory', () => {
  it('stores text beginning with = + - @ as text, never as a formula', async () => {
    const r = buildReport(inlineManifest(), [{ data: inlineInitiative(), file: 'x.yaml' }]);
    const out = await renderWorkbook(r);
    const book = await readWorkbook(out!);
    const texts: string[] = [];
    for (const ws of book.worksheets) {
      for (const cell of allCells(ws)) {
        expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') texts.push(cell.value);
      }
    }
    expect(texts).toContain('① =1+1');
    expect(texts).toContain('□+項目');
    expect(texts).toContain('=SUM(A1:A3)\n+5\n-3\n@IMPORT\n・=HYPERLINK("http://example.com","x")');
    expect(texts).toContain('@実績');
    expect(texts).toContain('=A1');
    expect(texts).toContain('+内容');
    expect(texts).toContain('-効果');
    expect(texts).toContain('@理由');
    expect(texts).toContain('Ⅰ =章');
    for (const [name, entry] of unzip(out!)) {
      if (name.startsWith('xl/worksheets/')) expect(entry.data.toString('utf8'), name).not.toMatch(/<f[ >]/);
    }
    expect(book.getWorksheet('別表1')!.getCell('C2').value).toBe('工程');
    expect(book.getWorksheet('別表1')!.getCell('F3').value).toBe('2年度');
  });

  it('gives a text taller than Excel’s tallest row more rows, each at most 409 pt', async () => {
    const long = Array.from(
      { length: 120 },
      (_, i) => `・とても長い年次計画の${i + 1}行目で、折り返しが必要になるほど長い文章を書いておく`,
    ).join('\n');
    const r = buildReport(inlineManifest(), [
      {
        data: inlineInitiative({
          plans: { '2020': long },
          verification: [{ item: '項目', content: long, outcome: '効果', direction: 'B', reason: '理由' }],
        }),
        file: 'x.yaml',
      },
    ]);
    const book = await readWorkbook((await renderWorkbook(r))!);
    for (const ws of book.worksheets) {
      expect(heightProblems(ws), ws.name).toEqual([]);
      for (let row = 1; row <= ws.rowCount; row++) expect(ws.getRow(row).height).toBeLessThanOrEqual(409);
    }
    // Taller than a printed page: several blocks, each with its own merged 年次計画 cell, 具体的取組 marked （続き）.
    const ws = book.getWorksheet('別表1')!;
    let planCol = 0;
    ws.getRow(2).eachCell((c, col) => {
      if (String(c.value).includes('年次計画')) planCol = col;
    });
    const plans = merges(ws).filter((m) => m.left === planCol && m.top > 3);
    expect(plans.length).toBeGreaterThan(2);
    // every block's 年次計画 cell (a block of one row has no merge)
    const cells: string[] = [];
    for (let row = 4; row <= ws.rowCount; row++) {
      const c = ws.getCell(row, planCol);
      if (!c.isMerged || c.master === c) cells.push(String(c.value ?? ''));
    }
    const text = cells.join('\n');
    expect(text.replace(/\n/g, '')).toContain(long.replace(/\n/g, ''));
    expect(String(ws.getCell(plans[1].top, 2).value)).toMatch(/（続き）$/);
  });

  it('makes sheet names safe from the table labels', async () => {
    const r = buildReport(
      inlineManifest({
        progressTable: { label: "別表[1]: 'x'/y?*", title: '進捗' },
        verificationTable: { label: "別表[1]: 'x'/y?*", title: '検証', legendIntro: '・' },
      }),
      [{ data: inlineInitiative(), file: 'x.yaml' }],
    );
    const book = await readWorkbook((await renderWorkbook(r))!);
    const names = book.worksheets.map((w) => w.name);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    for (const n of names) {
      expect(n).not.toMatch(/[[\]:*?/\\']/);
      expect(n.length).toBeLessThanOrEqual(31);
    }
  });
});
