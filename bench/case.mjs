// Warm mode: one step of reform (or its floor) repeated inside one Node process, after one untimed warm-up
// run (imports, compiled templates and JIT warm), as a long-lived process or a test runner sees it. This is
// NOT what a user feels: see the cold rows (bench/run.mjs), each a fresh process.
// Usage: node bench/case.mjs <case> <reportDir> <runs> <workDir> <prepared.json>
// Prints one JSON line: { case, seconds: [..per timed run..] }.
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { pathToFileURL } from 'node:url';

const [, , name, reportDir, runsArg, workDir, preparedFile] = process.argv;
const runs = Number(runsArg);
const prepared = JSON.parse(await readFile(preparedFile, 'utf8'));
const dist = new URL('../dist/', import.meta.url);
const load = (m) => import(new URL(m, dist).href);

async function report() {
  const { loadReport } = await load('pipeline/load-report.js');
  const loaded = await loadReport(reportDir, { cwd: process.cwd() });
  if (!loaded.report) throw new Error(`invalid benchmark data: ${JSON.stringify(loaded.diagnostics.slice(0, 3))}`);
  return loaded.report;
}

const cases = {
  async validate() {
    const { loadReport } = await load('pipeline/load-report.js');
    return async () => void (await loadReport(reportDir, { cwd: process.cwd() }));
  },
  async 'floor:parse'() {
    const names = (await readdir(path.join(reportDir, 'initiatives'))).filter((n) => n.endsWith('.yaml'));
    const files = [path.join(reportDir, 'report.yaml'), ...names.map((n) => path.join(reportDir, 'initiatives', n))];
    return async () =>
      void (await Promise.all(files.map(async (f) => parseDocument(await readFile(f, 'utf8')).toJS())));
  },
  async workbook() {
    const r = await report();
    const { renderWorkbook } = await load('render/xlsx.js');
    return async () => void (await renderWorkbook(r));
  },
  async 'floor:xlsx'() {
    const ExcelJS = (await import('exceljs')).default;
    const sheets = JSON.parse(await readFile(prepared.cells, 'utf8'));
    return async () => {
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
      await wb.xlsx.writeBuffer();
    };
  },
  /** reform's PDF step on its prebuilt HTML: start the browser, print both tables (lean), close it. */
  async pdf() {
    const { launchBrowser } = await load('browser/launch.js');
    const { printPdf } = await load('render/pdf.js');
    return async (i) => {
      const browser = await launchBrowser({
        executablePath: prepared.browser,
        env: process.env,
        allowDirs: [prepared.html],
      });
      try {
        for (const p of prepared.pages) {
          const pdf = await printPdf(browser, p, { author: 'bench' });
          await writeFile(path.join(workDir, `${i}-${path.basename(p)}.pdf`), pdf.data);
        }
      } finally {
        await browser.close();
      }
    };
  },
  /** Floor: the plain tables (same texts, same fonts, tagged), one browser. */
  async 'floor:print'() {
    const puppeteer = (await import('puppeteer-core')).default;
    return async (i) => {
      const args = [
        '--disable-gpu',
        '--disable-background-networking',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ];
      const browser = await puppeteer.launch({ executablePath: prepared.browser, headless: true, pipe: true, args });
      try {
        for (const p of prepared.plainPages) {
          const page = await browser.newPage();
          await page.goto(pathToFileURL(p).href, { waitUntil: 'load', timeout: 0 });
          const pdf = await page.pdf({
            format: 'A4',
            landscape: true,
            printBackground: true,
            tagged: true,
            outline: true,
            timeout: 0,
          });
          await writeFile(path.join(workDir, `${i}-${path.basename(p)}.pdf`), pdf);
          await page.close();
        }
      } finally {
        await browser.close();
      }
    };
  },
};

const make = cases[name];
if (!make) throw new Error(`unknown case ${name}`);
await mkdir(workDir, { recursive: true });
const run = await make();
await run(-1);
const seconds = [];
for (let i = 0; i < runs; i++) {
  const t0 = process.hrtime.bigint();
  await run(i);
  seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
process.stdout.write(`${JSON.stringify({ case: name, seconds })}\n`);
