// The text of every output of the sample report (data/), as fingerprints: the visible text of each
// HTML page, the cell values of each sheet of the workbook, the bytes of each open-data file.
// test/sample-golden.test.ts compares them with test/fixtures/sample-outputs.json, made by this script
// from the previous version, so that a change to the sample's outputs is always deliberate.
// `node scripts/sample-golden.mjs` (after `npm run build:ts`) prints the fingerprints of this checkout.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';

const sha = (s) => createHash('sha256').update(s).digest('hex');

export function htmlVisibleText(html) {
  return (
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
      // Inline marks of line breaking (spans that keep a number together, <wbr> between 部 and 課) are not text.
      .replace(/<\/?(span|wbr)\b[^>]*>/gi, '')
      .replace(/<[^>]+>/g, '\n')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n')
  );
}

/** Fingerprints of the sample's outputs, made with the given pipeline functions. */
export async function sampleFingerprints({ loadReport, renderPages, renderWorkbook, renderOpenData }, dataDir) {
  const loaded = await loadReport(dataDir, { cwd: dataDir });
  if (!loaded.report) throw new Error('the sample does not validate');
  const report = loaded.report;
  const out = {};
  const outputs = { pdf: true, workbook: 'reform.xlsx', openData: renderOpenData(report).map((f) => f.name) };
  for (const p of renderPages(report, { outputs })) out[p.name] = sha(htmlVisibleText(p.data ?? p.html));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await renderWorkbook(report)));
  wb.eachSheet((ws) => {
    const cells = [];
    ws.eachRow((row, r) =>
      row.eachCell((c, k) => cells.push(`${r},${k}:${typeof c.value === 'number' ? c.value : String(c.value)}`)),
    );
    out[`reform.xlsx#${ws.name}`] = sha(cells.join('\n'));
  });
  for (const f of renderOpenData(report)) out[f.name] = sha(typeof f.data === 'string' ? f.data : Buffer.from(f.data));
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dist = (p) => import(pathToFileURL(path.join(root, 'dist', p)).href);
  const [{ loadReport }, { renderPages }, { renderWorkbook }, { renderOpenData }] = await Promise.all([
    dist('pipeline/load-report.js').catch(() => dist('validate/index.js')),
    dist('render/pages.js'),
    dist('render/xlsx.js'),
    dist('render/opendata.js'),
  ]);
  const fp = await sampleFingerprints(
    { loadReport, renderPages, renderWorkbook, renderOpenData },
    path.join(root, 'data'),
  );
  process.stdout.write(JSON.stringify(fp, null, 2) + '\n');
}
