/**
 * Reading a returned form: only .xlsx (an .xls of Excel 97–2003, a CSV or anything else is refused
 * with advice), checked part by part before it is inflated (load/xlsx-read.ts), then its token and
 * the value of any cell. Excel and LibreOffice may store a cell as shared or inline strings, rich
 * text (a word made bold), a number or a formula's saved result: all come back as the value shown.
 * A formula without a saved result (written by a tool that does not calculate) has no value to take.
 */
import type ExcelJS from 'exceljs';
import { readXlsx, type XlsxProblem } from '../load/xlsx-read.js';
import { FORM_MAGIC, ID_SHEET } from './form-id.js';

/** What a cell holds, as import sees it. */
export type CellRead =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'formula-without-result' }
  | { kind: 'error'; text: string };

export interface ReadForm {
  /** The token of the hidden sheet, when it has the shape of one. */
  token?: string;
  /** Names of the sheets. */
  sheets: string[];
  /** A cell; undefined when the sheet is missing. */
  cell(sheet: string, address: string): CellRead | undefined;
}

export type FormProblem = XlsxProblem;

function readValue(v: ExcelJS.CellValue): CellRead {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'string') return v === '' ? { kind: 'empty' } : { kind: 'text', text: v };
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v, text: String(v) } : empty;
  if (typeof v === 'boolean') return { kind: 'text', text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return { kind: 'text', text: v.toISOString().slice(0, 10) };
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText))
      return readValue(v.richText.map((r) => (typeof r?.text === 'string' ? r.text : '')).join(''));
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: ExcelJS.CellValue }).result;
      if (result === undefined || result === null) return { kind: 'formula-without-result' };
      return readValue(result);
    }
    if ('error' in v) return { kind: 'error', text: String((v as { error: unknown }).error) };
    if ('text' in v && typeof (v as { text: unknown }).text === 'string')
      return readValue((v as { text: string }).text);
  }
  return { kind: 'error', text: '?' };
}
const empty: CellRead = { kind: 'empty' };

/** A1 addresses only (a cell of the form's own layout); anything else is not looked up. */
const ADDRESS = /^[A-Z]{1,2}[1-9]\d{0,4}$/;

export async function readForm(bytes: Uint8Array, name: string): Promise<ReadForm | FormProblem> {
  const wb = await readXlsx(bytes, name);
  if ('problem' in wb) return wb;
  let token: string | undefined;
  const idSheet = wb.getWorksheet(ID_SHEET);
  if (idSheet) {
    // Exactly what forms wrote: A1 the magic word, A2 'token', B2 the token; any other cell means the
    // sheet was edited, and the form is not taken.
    let others = 0;
    idSheet.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (c, col) => {
        const at = `${r}:${col}`;
        if (!['1:1', '1:2', '2:1', '2:2'].includes(at) && readValue(c.value).kind !== 'empty') others++;
      });
    });
    const magic = readValue(idSheet.getCell('A1').value);
    const key = readValue(idSheet.getCell('A2').value);
    const value = readValue(idSheet.getCell('B2').value);
    if (
      others === 0 &&
      magic.kind === 'text' &&
      magic.text === FORM_MAGIC &&
      key.kind === 'text' &&
      key.text === 'token' &&
      value.kind === 'text' &&
      /^[0-9a-f]{32}$/.test(value.text)
    )
      token = value.text;
  }
  return {
    ...(token ? { token } : {}),
    sheets: wb.worksheets.map((w) => w.name),
    cell(sheet, address) {
      const ws = wb.getWorksheet(sheet);
      if (!ws || !ADDRESS.test(address)) return undefined;
      return readValue(ws.getCell(address).value);
    },
  };
}
