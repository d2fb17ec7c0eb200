// One benchmark case in a fresh process, so that its peak RSS is its own.
// Usage: node bench/case.mjs <case> <reportDir> <runs> <workDir>
// Prints one JSON line: { case, seconds: [..per run..], peakRssMb }.
import { readFile, readdir, rm, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { pathToFileURL } from 'node:url';

// Loaded only by the cases that use them: every case starts a fresh process.
const excel = async () => (await import('exceljs')).default;
const puppeteerCore = async () => (await import('puppeteer-core')).default;

const [, , name, reportDir, runsArg, workDir] = process.argv;
const runs = Number(runsArg);
const dist = new URL('../dist/', import.meta.url);
const load = (m) => import(new URL(m, dist).href);

async function yamlFiles(dir) {
  const names = (await readdir(path.join(dir, 'initiatives'))).filter((n) => n.endsWith('.yaml'));
  return [path.join(dir, 'report.yaml'), ...names.map((n) => path.join(dir, 'initiatives', n))];
}

async function report() {
  const { loadReport } = await load('pipeline/load-report.js');
  const loaded = await loadReport(reportDir, { cwd: process.cwd() });
  if (!loaded.report) throw new Error(`invalid benchmark data: ${JSON.stringify(loaded.diagnostics.slice(0, 3))}`);
  return loaded.report;
}

/** Each case: optional setup (not timed), then the timed body. */
const cases = {
  async validate() {
    const { loadReport } = await load('pipeline/load-report.js');
    return { run: async () => void (await loadReport(reportDir, { cwd: process.cwd() })) };
  },
  /** Floor of validate: read the same files and parse them with the yaml package alone. */
  async 'floor:parse'() {
    const files = await yamlFiles(reportDir);
    return { run: async () => void (await Promise.all(files.map(async (f) => parseDocument(await readFile(f, 'utf8')).toJS()))) };
  },
};

/** The sample built once without PDF into the work directory, so the PDF cases print the same HTML. */
async function prebuilt() {
  // The orchestrator may have built it once for all cases of this size.
  let out = process.env.BENCH_PREBUILT;
  if (!out) {
    const { main } = await load('cli.js');
    out = path.join(workDir, 'html');
    const quiet = { write() {} };
    const code = await main(['build', reportDir, '--no-pdf', '--out', out], { cwd: process.cwd(), stdout: quiet, stderr: quiet });
    if (code !== 0) throw new Error(`build --no-pdf failed with ${code}`);
  }
  const { PAGES } = await load('render/html.js');
  const { findBrowser, defaultFinderDeps } = await load('browser/find.js');
  const found = findBrowser(undefined, defaultFinderDeps(process.env));
  if (!found.found) throw new Error('no browser for the PDF benchmark');
  const pages = [PAGES.progress, PAGES.verification].map((n) => path.join(out, n));
  return { out, pages, executablePath: found.found.path };
}

Object.assign(cases, {
  /** Model → HTML strings of both tables (templates compiled inside, as a build does). */
  async html() {
    const r = await report();
    const { renderHtmlPages } = await load('render/html.js');
    return { run: async () => void renderHtmlPages(r) };
  },
  /** Our PDF step: start the browser, print both tables, close it. */
  async pdf() {
    const { out, pages, executablePath } = await prebuilt();
    const { launchBrowser } = await load('browser/launch.js');
    const { printPdf } = await load('render/pdf.js');
    return {
      run: async () => {
        const browser = await launchBrowser({ executablePath, env: process.env, allowDirs: [out] });
        try {
          for (const p of pages) await printPdf(browser, p, { author: 'bench' });
        } finally {
          await browser.close();
        }
      },
    };
  },
  /** Floor of the PDF step: puppeteer-core alone, one browser, one page, the same HTML files. */
  async 'floor:print'() {
    const { pages, executablePath } = await prebuilt();
    return {
      run: async () => {
        const puppeteer = await puppeteerCore();
        const browser = await puppeteer.launch({ executablePath, headless: true, pipe: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
        try {
          const page = await browser.newPage();
          for (const p of pages) {
            await page.goto(pathToFileURL(p).href, { waitUntil: 'load' });
            await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true, timeout: 0 });
          }
        } finally {
          await browser.close();
        }
      },
    };
  },
  /** Our workbook step: the layout of both sheets and the xlsx bytes. */
  async workbook() {
    const r = await report();
    const { renderWorkbook } = await load('render/xlsx.js');
    return { run: async () => void (await renderWorkbook(r)) };
  },
  /**
   * Floor of the workbook: the same cells written with exceljs alone — the same values, the same
   * styles (font, borders, alignment), column widths and row heights, read back from our workbook —
   * without our layout work (grid, text measurement). Merges are left out: exceljs's own
   * mergeCells is quadratic in the number of merges (see src/render/xlsx.ts), which would flatter us.
   */
  async 'floor:xlsx'() {
    const r = await report();
    const { renderWorkbook } = await load('render/xlsx.js');
    const ExcelJS = await excel();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await renderWorkbook(r));
    const sheets = wb.worksheets.map((ws) => {
      const cells = [];
      ws.eachRow({ includeEmpty: false }, (row, rowNumber) =>
        row.eachCell({ includeEmpty: true }, (cell, col) => cells.push({ row: rowNumber, col, value: cell.value, style: JSON.parse(JSON.stringify(cell.style)) })),
      );
      const heights = [];
      for (let i = 1; i <= ws.rowCount; i++) heights.push(ws.getRow(i).height);
      return { name: ws.name, widths: ws.columns.map((c) => c.width), cells, heights };
    });
    return {
      run: async () => {
        const out = new ExcelJS.Workbook();
        for (const s of sheets) {
          const ws = out.addWorksheet(s.name);
          ws.columns = s.widths.map((width) => ({ width }));
          for (const c of s.cells) {
            const cell = ws.getCell(c.row, c.col);
            cell.style = c.style;
            if (c.value !== null && c.value !== undefined) cell.value = c.value;
          }
          s.heights.forEach((h, i) => h && (ws.getRow(i + 1).height = h));
        }
        await out.xlsx.writeBuffer();
      },
    };
  },
  /** The whole `reform build` (validate, HTML, workbook, open data, PDF), as a user runs it. */
  async build() {
    const { main } = await load('cli.js');
    const quiet = { write() {} };
    return {
      run: async (i) => {
        let out = '';
        const stdout = { write: (s) => void (out += s) };
        const code = await main(['build', reportDir, '--lang', 'en', '--out', path.join(workDir, `build-${i}`)], { cwd: process.cwd(), stdout, stderr: quiet });
        if (code !== 0) throw new Error(`build failed with ${code}`);
        // The build's own timing of its PDF step ("Time: … / PDF 4.22 s (total …)"), for --quick.
        const pdf = /PDF ([\d.]+) s/.exec(out);
        if (pdf) (steps.pdf ??= []).push(Number(pdf[1]));
      },
    };
  },
});

/** Timings of steps inside a case, reported beside the case's own (the build's PDF step). */
const steps = {};
const make = cases[name];
if (!make) throw new Error(`unknown case ${name}`);
await mkdir(workDir, { recursive: true });
const { run, dispose } = await make();
const seconds = [];
try {
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await run(i);
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
} finally {
  await dispose?.();
}
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ case: name, seconds, peakRssMb, steps }) + '\n');
