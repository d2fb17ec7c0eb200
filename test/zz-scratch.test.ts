import { it } from 'vitest';
import ExcelJS from 'exceljs';
import { runCli } from './helpers.js';
it('x', async () => {
  await runCli(['next', 'e2'], { cwd: '/tmp/ex19' });
  console.log((await runCli(['forms', 'e2', '--out', 'e2f'], { cwd: '/tmp/ex19' })).stdout);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile('/tmp/ex19/e2f/総務部税務課.xlsx');
  for (const ws of wb.worksheets)
    ws.eachRow((row, r) => console.log(ws.name, r, JSON.stringify(row.values), row.getCell(2).protection));
});
