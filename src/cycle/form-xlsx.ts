/**
 * The form (照会様式) sent to one 課: an instructions sheet (記入のしかた) with the deadline, a
 * sheet 実績 with the 課's initiatives (別表1: fixed columns locked and grey, the cells to fill
 * unlocked and yellow, previous answers pre-filled), a sheet 検証 with its verification rows
 * (別表2, 区分 as a drop-down from the legend), and the hidden identifier sheet (form-id.ts).
 * Sheets are protected without a password (so that nothing is typed into a fixed column by
 * mistake; the import checks the locked cells anyway). A4 landscape, fit to width, header rows
 * repeated on every page. Deterministic: fixed dates, fixed zip entry times.
 */
import ExcelJS from 'exceljs';
import type { Initiative, Manifest } from '../model/schema-types.js';
import { METRICS, roundHeight, textHeightPt } from '../render/xlsx/measure.js';

const columnWidthToPx = (width: number): number => Math.round(width * METRICS.pxPerWidthUnit);
import { normalizeZipTimestamps } from '../render/xlsx/zip.js';
import { editionDate } from '../render/xlsx.js';
import { digest, ID_SHEET, identityRows, reportKey, type FillCell, type LockedCell } from './form-id.js';
import { cellTextOf } from './normalise.js';
import {
  editionKey,
  editionLabel,
  progressFields,
  verificationFields,
  type AnswerField,
  type DivisionKey,
  type LooseInitiative,
} from './model.js';

export const SHEET_GUIDE = '記入のしかた';
export const SHEET_PROGRESS = '実績';
export const SHEET_VERIFICATION = '検証';
/** First data row of 実績 and 検証 (rows 1–3: title, note, header). */
export const FIRST_ROW = 4;

const FONT = 'BIZ UDPゴシック';
const SIZE = 10;
const GREY = 'FFEDEDED';
const HEADER = 'FFD9D9D9';
const YELLOW = 'FFFFF2B3';
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const TEXT_PROMPT =
  '1行に1項目。箇条書きは行頭に「・」。小見出しは＜見出し＞だけの行。セル内の改行は Alt+Enter。行頭の全角スペース1つ（半角2つ）で1段下げ。';

export interface FormInput {
  manifest: Manifest;
  division: DivisionKey;
  initiatives: readonly LooseInitiative[];
  /** 提出期限, as typed (e.g. 2019-10-15); printed on the guide. */
  due?: string;
}

/** The file name of a 課's form: 部 and 課, e.g. 総務部人事課.xlsx. */
export const formFileName = (d: DivisionKey): string =>
  `${d.department}${d.division}.xlsx`.replace(/[\\/:*?"<>|]/g, '_');

/** The initiatives and verification rows of a 課 (by the initiative's 担当課, or the row's own). */
export function rowsOf(input: FormInput): {
  progress: LooseInitiative[];
  verification: { i: LooseInitiative; index: number }[];
} {
  const ref = `${input.division.department}/${input.division.division}`;
  const sorted = [...input.initiatives].sort((a, b) => a.data.number - b.data.number);
  const progress = sorted.filter((i) => i.data.division === ref);
  const verification = sorted.flatMap((i) =>
    (Array.isArray(i.data.verification) ? i.data.verification : []).flatMap((row, index) =>
      (row.division ?? i.data.division) === ref ? [{ i, index }] : [],
    ),
  );
  return { progress, verification };
}

function itemsText(data: Initiative): string {
  return (data.items ?? []).map((it) => `${it.checkbox === false ? '' : '□'}${it.label}`).join('\n');
}

interface Column {
  header: string;
  width: number;
}

/** Height (pt) for a row whose cells hold these texts in these columns. */
function rowHeight(texts: readonly (string | undefined)[], columns: readonly Column[], min: number): number {
  let h = min;
  texts.forEach((text, c) => {
    if (!text) return;
    h = Math.max(h, textHeightPt(text, { widthPx: columnWidthToPx(columns[c].width), fontSizePt: SIZE }));
  });
  return roundHeight(Math.min(h, 409));
}

/** 2020-04-15 → 2020年4月15日（水）; anything else as typed. */
export function dueLabel(due: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(due.trim());
  if (!m) return due;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.getUTCMonth() !== Number(m[2]) - 1) return due;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日（${'日月火水木金土'[date.getUTCDay()]}）`;
}

export async function renderForm(input: FormInput): Promise<Uint8Array> {
  const m = input.manifest;
  const wb = new ExcelJS.Workbook();
  const when = editionDate({ edition: { fiscalYear: m.edition.fiscalYear, period: m.edition.period } } as never);
  wb.created = when;
  wb.modified = when;
  wb.creator = 'reform';
  const id = {
    report: reportKey(m),
    edition: editionKey(m.edition),
    division: `${input.division.department}/${input.division.division}`,
  };
  wb.keywords = `${id.report}#${id.edition}#${id.division}`;
  wb.title = `${m.title} ${editionLabel(m.edition)} 照会（${input.division.department}${input.division.division}）`;
  const fills: FillCell[] = [];
  const locked: LockedCell[] = [];
  const { progress, verification } = rowsOf(input);

  addGuide(wb, input, progress.length, verification.length);
  addProgress(wb, input, progress, fills, locked);
  addVerification(wb, input, verification, fills, locked);

  for (const ws of wb.worksheets) await protect(ws);
  const idSheet = wb.addWorksheet(ID_SHEET, { state: 'hidden' });
  for (const r of identityRows(id, fills, locked)) idSheet.addRow(r);
  await idSheet.protect('', { selectLockedCells: true });

  const buffer = await wb.xlsx.writeBuffer({ useStyles: true, useSharedStrings: true });
  return normalizeZipTimestamps(new Uint8Array(buffer as ArrayBuffer), when);
}

function baseStyle(cell: ExcelJS.Cell, fill: string | undefined, wrap = true): void {
  cell.font = { name: FONT, size: SIZE };
  cell.alignment = { vertical: 'top', wrapText: wrap };
  cell.border = BORDER;
  if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
}

function setupPrint(ws: ExcelJS.Worksheet, titleRows?: string): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
  ws.headerFooter = { oddFooter: '&P / &N' };
}

async function protect(ws: ExcelJS.Worksheet): Promise<void> {
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatRows: true, formatColumns: true });
}

/** Height of a row of the instructions sheet, whose text sits in its wide second column. */
function instructionHeight(text: string): number {
  return rowHeight(
    ['', text],
    [
      { header: '', width: 18 },
      { header: '', width: 100 },
    ],
    20,
  );
}

function addGuide(wb: ExcelJS.Workbook, input: FormInput, progressCount: number, verificationCount: number): void {
  const m = input.manifest;
  const ws = wb.addWorksheet(SHEET_GUIDE, { views: [{ showGridLines: false }] });
  ws.columns = [{ width: 18 }, { width: 100 }];
  const e = editionLabel(m.edition);
  const title = ws.addRow([`${m.title} ${e} 照会`]);
  title.getCell(1).font = { name: FONT, size: 14, bold: true };
  ws.mergeCells(1, 1, 1, 2);
  title.height = 24;
  const info: [string, string][] = [
    ['報告書', `${m.organisation} ${m.title}`],
    ['版', e],
    ['部', input.division.department],
    ['課', input.division.division],
    ['提出期限', input.due ? dueLabel(input.due) : '（報告書の担当からの連絡のとおり）'],
  ];
  ws.addRow([]);
  for (const [k, v] of info) {
    const row = ws.addRow([k, v]);
    baseStyle(row.getCell(1), HEADER);
    baseStyle(row.getCell(2), undefined);
    row.getCell(1).font = { name: FONT, size: SIZE + 1, bold: true };
    row.getCell(2).font = { name: FONT, size: SIZE + 1, bold: k === '提出期限' };
    row.height = 20;
  }
  ws.addRow([]);
  const steps = [
    `1. シート「${SHEET_PROGRESS}」（${progressCount} 件）と「${SHEET_VERIFICATION}」（${verificationCount} 件）の` +
      '黄色のセルに記入してください。灰色のセルは変更できません。',
    '2. 前回までの記入があるセルには、その内容が入っています。変更がなければそのままで構いません。',
    '3. 文章は1行に1項目で書きます。セルの中で改行するときは Alt+Enter を押します。',
    '4. 箇条書きは行頭に「・」を付けます。小見出しは＜見出し＞のように、その行だけに書きます。行頭の全角スペース1つで1段下げます。',
    `5. 「区分」はセルを選ぶと出る一覧（▼）から選んでください。区分の意味は下の表のとおりです。`,
    '6. 行や列、シートを追加・削除したり、シートの名前を変えたりしないでください。ファイルは .xlsx のまま保存してください（.xls や CSV では取り込めません）。',
    '7. 記入が済んだら、ファイル名を変えずに提出期限までに返送してください。',
  ];
  for (const s of steps) {
    const row = ws.addRow(['', s]);
    row.getCell(2).font = { name: FONT, size: SIZE + 1 };
    row.getCell(2).alignment = { vertical: 'top', wrapText: true };
    row.height = instructionHeight(s) + 2;
  }
  ws.addRow([]);
  const legendHead = ws.addRow(['区分', '今後の取組方向']);
  legendHead.eachCell((c) => {
    baseStyle(c, HEADER);
    c.font = { name: FONT, size: SIZE + 1, bold: true };
  });
  for (const d of m.directions ?? []) {
    const text = `${d.label}\n${d.description}`;
    const row = ws.addRow([d.code, text]);
    baseStyle(row.getCell(1), undefined);
    baseStyle(row.getCell(2), undefined);
    row.getCell(1).alignment = { vertical: 'top', horizontal: 'center' };
    row.getCell(1).font = { name: FONT, size: SIZE + 1, bold: true };
    row.getCell(2).font = { name: FONT, size: SIZE + 1 };
    row.height = instructionHeight(text) + 4;
  }
  setupPrint(ws);
  ws.pageSetup.orientation = 'landscape';
}

function sheetHead(ws: ExcelJS.Worksheet, columns: Column[], title: string, note: string): void {
  ws.columns = columns.map((c) => ({ width: c.width }));
  const t = ws.getRow(1);
  t.getCell(1).value = title;
  t.getCell(1).font = { name: FONT, size: 12, bold: true };
  t.height = 20;
  const n = ws.getRow(2);
  n.getCell(1).value = note;
  n.getCell(1).font = { name: FONT, size: SIZE };
  n.height = 16;
  const h = ws.getRow(3);
  columns.forEach((c, i) => {
    const cell = h.getCell(i + 1);
    cell.value = c.header;
    baseStyle(cell, HEADER);
    cell.font = { name: FONT, size: SIZE, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  h.height = rowHeight(
    columns.map((c) => c.header),
    columns,
    20,
  );
  ws.views = [{ state: 'frozen', ySplit: 3, xSplit: 0, topLeftCell: 'A4', activeCell: 'A4' }];
}

function fillCell(cell: ExcelJS.Cell, f: AnswerField, prompt: string, directions?: string[]): void {
  cell.value = cellTextOf(f.current);
  baseStyle(cell, YELLOW);
  cell.protection = { locked: false };
  if (directions) {
    cell.alignment = { vertical: 'top', horizontal: 'center' };
    cell.dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${directions.join(',')}"`],
      showInputMessage: true,
      promptTitle: '区分',
      prompt: prompt.slice(0, 255),
      showErrorMessage: true,
      errorTitle: '区分',
      error: `一覧（${directions.join('、')}）から選んでください。`,
    };
  } else {
    cell.dataValidation = {
      type: 'any',
      allowBlank: true,
      showInputMessage: true,
      promptTitle: f.label.slice(0, 32),
      prompt: prompt.slice(0, 255),
    } as never;
  }
}

function lockedCell(cell: ExcelJS.Cell, value: string | number, sheet: string, locked: LockedCell[]): void {
  cell.value = value;
  baseStyle(cell, GREY);
  locked.push({ sheet, cell: cell.address, digest: digest(String(value)) });
}

function addProgress(
  wb: ExcelJS.Workbook,
  input: FormInput,
  rows: LooseInitiative[],
  fills: FillCell[],
  locked: LockedCell[],
): void {
  const m = input.manifest;
  const ws = wb.addWorksheet(SHEET_PROGRESS);
  const sample = rows[0]?.data ?? ({ plans: {}, results: {} } as unknown as Initiative);
  const shape = progressFields(sample, m.edition, m.planPeriod.to);
  const columns: Column[] = [
    { header: '番号', width: 6 },
    { header: '具体的取組', width: 24 },
    { header: '取組項目', width: 26 },
    ...shape.fixed.map((f) => ({ header: `${f.label}\n（公表済み）`, width: 36 })),
    ...shape.fill.map((f) => ({ header: `${f.label}\n${f.required ? '【記入】' : '【記入（任意）】'}`, width: 46 })),
  ];
  sheetHead(
    ws,
    columns,
    `${editionLabel(m.edition)}の取組状況（別表1）　${input.division.department}${input.division.division}`,
    '黄色のセルに記入してください。灰色のセルは変更できません。',
  );
  rows.forEach((i, n) => {
    const r = FIRST_ROW + n;
    const row = ws.getRow(r);
    const { fixed, fill } = progressFields(i.data, m.edition, m.planPeriod.to);
    const texts: string[] = [String(i.data.number), i.data.title, itemsText(i.data)];
    lockedCell(row.getCell(1), i.data.number, SHEET_PROGRESS, locked);
    row.getCell(1).alignment = { vertical: 'top', horizontal: 'center' };
    lockedCell(row.getCell(2), i.data.title, SHEET_PROGRESS, locked);
    lockedCell(row.getCell(3), itemsText(i.data), SHEET_PROGRESS, locked);
    fixed.forEach((f, k) => {
      const text = cellTextOf(f.current);
      texts.push(text);
      if (f.required && text.trim() === '') {
        // A required field still missing (a 年間 edition without the year's plan) is to fill here.
        const cell = row.getCell(4 + k);
        fillCell(cell, f, `${f.label}: ${TEXT_PROMPT}`);
        fills.push({
          sheet: SHEET_PROGRESS,
          cell: cell.address,
          number: i.data.number,
          title: i.data.title,
          path: f.path,
          rowKey: '',
        });
      } else lockedCell(row.getCell(4 + k), text, SHEET_PROGRESS, locked);
    });
    fill.forEach((f, k) => {
      const cell = row.getCell(4 + fixed.length + k);
      fillCell(cell, f, `${f.label}: ${TEXT_PROMPT}`);
      texts.push(cellTextOf(f.current));
      fills.push({
        sheet: SHEET_PROGRESS,
        cell: cell.address,
        number: i.data.number,
        title: i.data.title,
        path: f.path,
        rowKey: '',
      });
    });
    row.height = rowHeight(texts, columns, 90);
  });
  if (rows.length === 0) ws.getCell(FIRST_ROW, 1).value = 'この課が記入する行はありません。';
  setupPrint(ws, '3:3');
}

function addVerification(
  wb: ExcelJS.Workbook,
  input: FormInput,
  rows: { i: LooseInitiative; index: number }[],
  fills: FillCell[],
  locked: LockedCell[],
): void {
  const m = input.manifest;
  const ws = wb.addWorksheet(SHEET_VERIFICATION);
  const columns: Column[] = [
    { header: '番号', width: 6 },
    { header: '具体的取組', width: 22 },
    { header: '取組項目', width: 24 },
    { header: '内容\n【記入】', width: 38 },
    { header: '実績・効果\n【記入】', width: 38 },
    { header: '区分\n【選択】', width: 8 },
    { header: '区分の理由\n【記入】', width: 38 },
  ];
  sheetHead(
    ws,
    columns,
    `${m.verificationTable?.title ?? ''}（${m.verificationTable?.label ?? ''}）` +
      `　${input.division.department}${input.division.division}`,
    '黄色のセルに記入してください。「区分」は一覧から選びます。灰色のセルは変更できません。',
  );
  const codes = (m.directions ?? []).map((d) => d.code);
  const legend = (m.directions ?? []).map((d) => `${d.code}: ${d.label}`).join('\n');
  rows.forEach(({ i, index }, n) => {
    const r = FIRST_ROW + n;
    const row = ws.getRow(r);
    const v = (i.data.verification ?? [])[index];
    lockedCell(row.getCell(1), i.data.number, SHEET_VERIFICATION, locked);
    row.getCell(1).alignment = { vertical: 'top', horizontal: 'center' };
    lockedCell(row.getCell(2), i.data.title, SHEET_VERIFICATION, locked);
    lockedCell(row.getCell(3), cellTextOf(v.item), SHEET_VERIFICATION, locked);
    const texts = [String(i.data.number), i.data.title, cellTextOf(v.item)];
    const fields = verificationFields(v, index);
    const columnOf: Record<string, number> = { content: 4, outcome: 5, direction: 6, reason: 7 };
    for (const f of fields) {
      const cell = row.getCell(columnOf[f.kind]);
      fillCell(
        cell,
        f,
        f.kind === 'direction' ? `一覧から選んでください。\n${legend}` : `${f.label}: ${TEXT_PROMPT}`,
        f.kind === 'direction' ? codes : undefined,
      );
      texts[columnOf[f.kind] - 1] = cellTextOf(f.current);
      fills.push({
        sheet: SHEET_VERIFICATION,
        cell: cell.address,
        number: i.data.number,
        title: i.data.title,
        path: f.path,
        rowKey: digest(v.item),
      });
    }
    if (!fields.some((f) => f.kind === 'reason'))
      lockedCell(row.getCell(7), '（上の行と共通）', SHEET_VERIFICATION, locked);
    row.height = rowHeight(texts, columns, 60);
  });
  if (rows.length === 0) ws.getCell(FIRST_ROW, 1).value = 'この課が記入する行はありません。';
  setupPrint(ws, '3:3');
}
