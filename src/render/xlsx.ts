/** The Excel workbook of both tables (別表1, 別表2). PLACEHOLDER: replaced by the workbook module. */
import type { Report } from '../model/report.js';

export async function renderWorkbook(_report: Report): Promise<Uint8Array | undefined> {
  return undefined;
}
