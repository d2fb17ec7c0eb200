// Floor of the workbook: exceljs alone writing the same cells (values and styles), merges, column widths
// and row heights as reform's workbook, read from a JSON dump made beforehand (bench/run.mjs, not timed),
// without reform's layout work. Usage: node bench/floors/xlsx.mjs <cells.json> <out.xlsx>
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';

const [, , cellsFile, outFile] = process.argv;
const sheets = JSON.parse(await readFile(cellsFile, 'utf8'));
const wb = new ExcelJS.Workbook();
for (const s of sheets) {
  const ws = wb.addWorksheet(s.name);
  ws.columns = s.widths.map((width) => ({ width }));
  for (const c of s.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.style = c.style;
    if (c.value !== null && c.value !== undefined) cell.value = c.value;
  }
  s.heights.forEach((h, i) => {
    if (h) ws.getRow(i + 1).height = h;
  });
  for (const range of s.merges) ws.mergeCells(range);
}
await wb.xlsx.writeFile(outFile);
