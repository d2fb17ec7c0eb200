/**
 * The Excel workbook: a sheet per table of the report's one table decision (render/report-tables.ts: the
 * declared tables, or the seed's 別表1 and 別表2 as built-in declarations), all drawn by one sheet engine
 * (xlsx/declared-sheet.ts, xlsx/blocks.ts), laid out like the published tables, with row heights
 * computed from the text (xlsx/measure.ts, xlsx/grid.ts) because neither Excel nor LibreOffice grows
 * a merged, wrapped cell by itself. A4 landscape, one page wide, header rows repeated on every page,
 * page numbers in the footer, a page break before each section.
 *
 * Every value is a plain string or number: a text beginning with = + - @ is stored as a string,
 * never as a formula. The bytes are reproducible: fixed document dates derived from the edition
 * and fixed zip entry dates (xlsx/zip.ts).
 */
import type ExcelJS from 'exceljs';
import type { RowBreak } from 'exceljs';
import Workbook from 'exceljs/lib/doc/workbook.js';
import type { Report } from '../model/report.js';
import { computeRowHeights, PAGE_MARGINS, paginate, PRINTABLE, type SheetModel } from './xlsx/grid.js';
import { pxToColumnWidth } from './xlsx/measure.js';
import { safeSheetName } from './xlsx/sheet-name.js';
import { excelStyle } from './xlsx/styles.js';
import { normalizeZipTimestamps } from './xlsx/zip.js';
import { printedTildes } from './tilde.js';
import { buildDeclaredSheet } from './xlsx/declared-sheet.js';
import { decideTables, type ReportTables } from './report-tables.js';

/** File name of the workbook in the output directory. */
export const WORKBOOK_FILE = 'reform.xlsx';

/** The fixed "as of" moment of an edition: the last day of its period (30 September or 31 March), 00:00 UTC. */
export function editionDate(report: Report): Date {
  const { fiscalYear, period } = report.edition;
  return period === 'firstHalf' ? new Date(Date.UTC(fiscalYear, 8, 30)) : new Date(Date.UTC(fiscalYear + 1, 2, 31));
}

export { PAGE_MARGINS } from './xlsx/grid.js';

/** A sheet per table of the one decision (the declared tables, or the seed's 別表1 and 別表2), laid out. */
export function buildSheets(report: Report, tables: ReportTables = decideTables(report)): SheetModel[] {
  const used = new Set<string>();
  return tables.views.map((t, i) => {
    const name = safeSheetName(t.label, used, `表${i + 1}`);
    used.add(name);
    const sheet = buildDeclaredSheet(t, name);
    computeRowHeights(sheet);
    paginate(sheet, PRINTABLE);
    return sheet;
  });
}

export async function renderWorkbook(report: Report, tables?: ReportTables): Promise<Uint8Array> {
  const when = editionDate(report);
  const wb = new Workbook();
  wb.creator = report.organisation;
  wb.lastModifiedBy = report.organisation;
  wb.title = report.title;
  wb.created = when;
  wb.modified = when;

  for (const sheet of buildSheets(report, tables)) writeSheet(wb, sheet);

  const buffer = await wb.xlsx.writeBuffer({ useStyles: true, useSharedStrings: true });
  return normalizeZipTimestamps(new Uint8Array(buffer as ArrayBuffer), when);
}

function writeSheet(wb: ExcelJS.Workbook, model: SheetModel): void {
  const ws = wb.addWorksheet(model.name, {
    properties: { defaultRowHeight: 15 },
    views: [
      model.freezeRows > 0
        ? {
            state: 'frozen',
            ySplit: model.freezeRows,
            xSplit: 0,
            topLeftCell: `A${model.freezeRows + 1}`,
            showGridLines: false,
            zoomScale: 100,
          }
        : { state: 'normal', showGridLines: false, zoomScale: 100 },
    ],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { ...PAGE_MARGINS },
      printTitlesRow: `${model.printTitleRows[0]}:${model.printTitleRows[1]}`,
    },
    headerFooter: { oddFooter: '&C&P / &N', evenFooter: '&C&P / &N' },
  });
  ws.columns = model.columnsPx.map((px) => ({ width: pxToColumnWidth(px) }));

  // Styles first on every cell of every range (borders of merged cells are drawn from all of their
  // cells), then values on the top-left cells, then the merges.
  for (const cell of model.cells) {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) ws.getCell(r, c).style = excelStyle(cell.style);
    }
  }
  for (const cell of model.cells) {
    if (cell.value === undefined || cell.value === '') continue;
    // A string is always written as a string (a shared string), whatever it starts with; exceljs
    // makes a formula only from an object with a `formula` key, which we never create.
    ws.getCell(cell.row, cell.col).value =
      typeof cell.value === 'number' ? cell.value : printedTildes(String(cell.value));
    if (cell.numFmt) ws.getCell(cell.row, cell.col).numFmt = cell.numFmt;
    if (cell.comment) ws.getCell(cell.row, cell.col).note = printedTildes(cell.comment);
  }
  // exceljs checks each new merge against every earlier one (quadratic: 1,000 initiatives spent most
  // of their time there). The grid's merges are disjoint by construction, so each merge is checked
  // against an empty index and then added to the sheet's.
  const sheet = ws as unknown as { _merges: Record<string, unknown> };
  const merges = sheet._merges;
  try {
    for (const cell of model.cells) {
      if (cell.rowSpan > 1 || cell.colSpan > 1) {
        sheet._merges = {};
        ws.mergeCellsWithoutStyle(cell.row, cell.col, cell.row + cell.rowSpan - 1, cell.col + cell.colSpan - 1);
        Object.assign(merges, sheet._merges);
      }
    }
  } finally {
    sheet._merges = merges;
  }
  model.rowHeights.forEach((h, i) => {
    ws.getRow(i + 1).height = h;
  });
  for (const before of model.pageBreaksBefore) {
    // A break after the row above (exceljs's addPageBreak writes max=16838, not Excel's 16383).
    (ws as unknown as { rowBreaks: Omit<RowBreak, 'min'>[] }).rowBreaks.push({ id: before - 1, max: 16383, man: 1 });
  }
}
