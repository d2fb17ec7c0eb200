/**
 * Reading a returned form: only .xlsx (an .xls of Excel 97–2003, a CSV or anything else is refused
 * with advice), its identifier sheet, and the text of any cell. Excel and LibreOffice may store a
 * cell as shared or inline strings, rich text (a word made bold), a number or a formula's result:
 * all come back as the text shown.
 */
import ExcelJS from 'exceljs';
import { ID_SHEET, parseIdentityRows, type ParsedIdentity } from './form-id.js';

export interface ReadForm {
  identity?: ParsedIdentity;
  /** Text of a cell, '' when empty; undefined when the sheet is missing. */
  text(sheet: string, address: string): string | undefined;
}

export type FormProblem = { key: 'import-not-xlsx'; kind: string } | { key: 'import-unreadable'; detail: string };

function cellString(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellString((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v) return String((v as { text: unknown }).text ?? '');
    if ('error' in v) return String((v as { error: unknown }).error);
  }
  return String(v);
}

/** What the bytes are, when they are not an .xlsx (a zip). */
export function notXlsx(bytes: Uint8Array, name: string): string | undefined {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) return undefined;
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'Excel 97-2003 (.xls)';
  if (/\.csv$/i.test(name)) return 'CSV';
  return '';
}

export async function readForm(bytes: Uint8Array, name: string): Promise<ReadForm | FormProblem> {
  const kind = notXlsx(bytes, name);
  if (kind !== undefined) return { key: 'import-not-xlsx', kind };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as never);
  } catch (e) {
    return { key: 'import-unreadable', detail: (e as Error).message.split('\n')[0].slice(0, 200) };
  }
  const idSheet = wb.getWorksheet(ID_SHEET);
  let identity: ParsedIdentity | undefined;
  if (idSheet) {
    const rows: string[][] = [];
    idSheet.eachRow({ includeEmpty: false }, (row) => {
      const values: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) values.push(cellString(row.getCell(c).value));
      rows.push(values);
    });
    identity = parseIdentityRows(rows);
  }
  return {
    ...(identity ? { identity } : {}),
    text(sheet, address) {
      const ws = wb.getWorksheet(sheet);
      if (!ws) return undefined;
      return cellString(ws.getCell(address).value);
    },
  };
}
