/**
 * The form (照会様式) sent to one 課: an instructions sheet (記入のしかた) with the deadline, one sheet
 * per table that asks the 課 something (what is asked: asked.ts; for the seed's tables 実績 and 検証),
 * fixed columns locked and grey, the cells to fill unlocked and yellow with previous answers
 * pre-filled, choices as drop-downs, texts with a length limit and numbers as Excel data validation
 * with an input message, and a hidden sheet with the token the ledger recorded (ledger.ts). Nothing
 * else of the file is read back: import derives the rows and cells again from the report. Sheets are
 * protected without a password (so that nothing is typed into a fixed column by mistake). A4
 * landscape, fit to width, header rows repeated on every page. Deterministic: fixed dates, fixed zip
 * entry times (the same token for the same layout).
 */
import type ExcelJS from 'exceljs';
import Workbook from 'exceljs/lib/doc/workbook.js';
import type { Manifest } from '../model/schema-types.js';
import { METRICS, roundHeight, textHeightPt } from '../render/xlsx/measure.js';
import { normalizeZipTimestamps } from '../render/xlsx/zip.js';
import { editionDate } from '../render/xlsx.js';
import type { Ask, Asked } from './asked.js';
import { FORM_MAGIC, FORM_VERSION, ID_SHEET } from './form-id.js';
import { cellTextOf } from './normalise.js';
import { editionKey, editionLabel, type DivisionKey } from './model.js';

const columnWidthToPx = (width: number): number => Math.round(width * METRICS.pxPerWidthUnit);

export const SHEET_GUIDE = '記入のしかた';
/** First data row of 実績 and 検証 (rows 1–3: title, note, header). */
export const FIRST_ROW = 4;

const FONT = 'BIZ UDPゴシック';
const SIZE = 10;
const GREY = 'FFEDEDED';
const HEADER = 'FFD9D9D9';
const YELLOW = 'FFFFF2B3';
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export interface FormInput {
  manifest: Manifest;
  division: DivisionKey;
  /** What the 課 is asked (asked.ts). */
  asked: Asked;
  /** The ledger's token for this form. */
  token: string;
  /** 提出期限, a date (YYYY-MM-DD, checked by the command); printed on the guide in 和暦. */
  due?: string;
}

/** Longest file name part (UTF-8 bytes) before .xlsx: file systems allow 255 bytes. */
const MAX_NAME_BYTES = 120;

/**
 * The file name of a 課's form: 部 and 課, e.g. 総務部人事課.xlsx; characters Windows refuses become _,
 * and a name too long for a file system is cut (the full name is inside the form) with a short
 * digest so that two long names stay two files.
 */
export function formFileName(d: DivisionKey): string {
  const name = `${d.department}${d.division}`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '_');
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return `${name}.xlsx`;
  let cut = '';
  for (const ch of name) {
    if (Buffer.byteLength(cut + ch) > MAX_NAME_BYTES - 10) break;
    cut += ch;
  }
  let h = 0;
  for (const ch of name) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return `${cut}~${h.toString(36).slice(0, 6)}.xlsx`;
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

/** A date typed as YYYY-MM-DD, or undefined when it is not a real date. */
export function parseDue(due: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due.trim());
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) return undefined;
  return date;
}

/** 2020-04-15 → 2020年4月15日（水）; anything that is not a date, as typed (the command refuses it first). */
export function dueLabel(due: string): string {
  const date = parseDue(due);
  if (!date) return due;
  const [y, mo, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return `${eraDate(y, mo, d)}（${y}年${mo}月${d}日・${'日月火水木金土'[date.getUTCDay()]}）`;
}

/** 和暦 of a date: 令和2年4月15日 (元年 for the first year). */
export function eraDate(y: number, mo: number, d: number): string {
  const eras: [string, number, number, number][] = [
    ['令和', 2019, 5, 1],
    ['平成', 1989, 1, 8],
    ['昭和', 1926, 12, 25],
  ];
  const key = y * 10000 + mo * 100 + d;
  const era = eras.find(([, ey, em, ed]) => key >= ey * 10000 + em * 100 + ed);
  if (!era) return `${y}年${mo}月${d}日`;
  const n = y - era[1] + 1;
  return `${era[0]}${n === 1 ? '元' : n}年${mo}月${d}日`;
}

export async function renderForm(input: FormInput): Promise<Uint8Array> {
  const m = input.manifest;
  const wb = new Workbook();
  const when = editionDate({ edition: { fiscalYear: m.edition.fiscalYear, period: m.edition.period } } as never);
  wb.created = when;
  wb.modified = when;
  wb.creator = 'reform';
  wb.keywords = `${FORM_MAGIC}#${editionKey(m.edition)}`;
  wb.title = `${m.title} ${editionLabel(m.edition)} 照会（${input.division.department}${input.division.division}）`;

  addGuide(wb, input);
  for (const sheet of input.asked.sheets) addSheet(wb, input, sheet);

  for (const ws of wb.worksheets) await protect(ws);
  // The token only: the 課, the rows and the cells are the ledger's and the report's.
  const idSheet = wb.addWorksheet(ID_SHEET, { state: 'hidden' });
  idSheet.addRow([FORM_MAGIC, FORM_VERSION]);
  idSheet.addRow(['token', input.token]);
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

function addGuide(wb: ExcelJS.Workbook, input: FormInput): void {
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
    `1. シート${input.asked.sheets.map((x) => `「${x.name}」（${x.rows.length} 件）`).join('と')}の` +
      '黄色のセルに記入してください。灰色のセルは変更できません。',
    '2. 前回までの記入があるセルには、その内容が入っています。変更がなければそのままで構いません。',
    '3. 文章は1行に1項目で書きます。セルの中で改行するときは Alt+Enter を押します。',
    '4. 箇条書きは行頭に「・」を付けます。小見出しは＜見出し＞のように、その行だけに書きます。行頭の全角スペース1つで1段下げます。',
    '5. 「区分」や評価はセルを選ぶと出る一覧（▼）から選んでください。数値の欄には数値だけを書きます。',
    '6. 行や列、シートを追加・削除したり、シートの名前を変えたりしないでください。ファイルは .xlsx のまま保存してください（.xls や CSV では取り込めません）。',
    '7. 記入が済んだら、ファイル名を変えずに提出期限までに返送してください。',
  ];
  for (const s of steps) {
    const row = ws.addRow(['', s]);
    row.getCell(2).font = { name: FONT, size: SIZE + 1 };
    row.getCell(2).alignment = { vertical: 'top', wrapText: true };
    row.height = instructionHeight(s) + 2;
  }
  if (!m.tables) addLegend(ws, m);
  setupPrint(ws);
  ws.pageSetup.orientation = 'landscape';
}

function addLegend(ws: ExcelJS.Worksheet, m: Manifest): void {
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

function fillCell(cell: ExcelJS.Cell, a: Ask): void {
  cell.value =
    a.kind === 'number' ? (typeof a.current === 'number' ? a.current : null) : cellTextOf(String(a.current ?? ''));
  baseStyle(cell, YELLOW);
  cell.protection = { locked: false };
  const title = a.label.replace(/\s+/g, ' ').slice(0, 32);
  const prompt = (a.maxLength ? `${a.prompt}（${a.maxLength}字まで）` : a.prompt).slice(0, 255);
  if (a.kind === 'choice') {
    cell.alignment = { vertical: 'top', horizontal: 'center' };
    const list = (a.choices ?? []).join(',');
    cell.dataValidation = {
      type: 'list',
      allowBlank: true,
      // A list longer than Excel's 255 characters is left to import's check.
      formulae: list.length <= 250 ? [`"${list.replace(/"/g, '')}"`] : [],
      showInputMessage: true,
      promptTitle: title,
      prompt,
      showErrorMessage: list.length <= 250,
      errorTitle: title,
      error: `一覧（${(a.choices ?? []).join('、')}）から選んでください。`.slice(0, 225),
    };
  } else if (a.kind === 'number') {
    cell.alignment = { vertical: 'top', horizontal: 'right' };
    cell.dataValidation = {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [-1e15, 1e15],
      showInputMessage: true,
      promptTitle: title,
      prompt,
      showErrorMessage: true,
      errorTitle: title,
      error: '数値を記入してください。',
    };
  } else {
    cell.dataValidation = {
      type: 'textLength',
      operator: 'lessThanOrEqual',
      allowBlank: true,
      formulae: [a.maxLength ?? 32767],
      showInputMessage: true,
      promptTitle: title,
      prompt,
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: title,
      error: `${a.maxLength}字までにしてください（印刷する欄に収まる長さです）。`,
    };
  }
}

function lockedCell(cell: ExcelJS.Cell, value: string | number): void {
  cell.value = value;
  baseStyle(cell, GREY);
}

function addSheet(wb: ExcelJS.Workbook, input: FormInput, sheet: Asked['sheets'][number]): void {
  const m = input.manifest;
  const ws = wb.addWorksheet(sheet.name);
  const columns: Column[] = sheet.columns;
  const who = `${input.division.department}${input.division.division}`;
  sheetHead(ws, columns, `${sheet.title}　${who}`, sheet.note);
  sheet.rows.forEach((r, n) => {
    const row = ws.getRow(FIRST_ROW + n);
    const texts: string[] = [];
    r.cells.forEach((c, k) => {
      const cell = row.getCell(k + 1);
      if ('ask' in c) {
        fillCell(cell, c.ask);
        texts.push(cellTextOf(String(c.ask.current ?? '')));
      } else {
        // 番号 as a number (as the published table shows it), every other fixed text as text.
        lockedCell(cell, k === 0 && /^\d+$/.test(c.text) ? Number(c.text) : c.text);
        if (k === 0) cell.alignment = { vertical: 'top', horizontal: 'center' };
        texts.push(c.text);
      }
    });
    row.height = rowHeight(texts, columns, sheet.rowsAre === 'initiatives' ? 90 : 45);
  });
  if (sheet.rows.length === 0) ws.getCell(FIRST_ROW, 1).value = 'この課が記入する行はありません。';
  setupPrint(ws, '3:3');
}
