// The text of every output of a built report: each HTML page's visible text, each PDF page's text
// (pdftotext), each sheet's cells and each open-data file, line by line. test/examples-golden.test.ts
// builds every example of examples/ and compares this with test/fixtures/examples-outputs.json, made by
// this script from the previous version, so that a change to an example's outputs is always deliberate:
// `npm run build:ts && node scripts/examples-golden.mjs > test/fixtures/examples-outputs.json`.
// File sizes (the index's links, which also depend on the fonts' subsets) are masked; bytes are not compared.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { htmlVisibleText } from './sample-golden.mjs';

const lines = (s) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Every file under dir, relative, sorted. */
async function listFiles(dir, prefix = '') {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(path.join(dir, e.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

/** The texts of the outputs in a build's output directory, keyed by file (and page or sheet). */
export async function outputTexts(outDir) {
  const out = { files: [] };
  for (const name of await listFiles(outDir)) {
    // The fonts are the shipped ones subset per build: their bytes are not text. The build's record of
    // what it wrote (.reform-build.json, with digests of the PDFs) is not an output.
    if (name.startsWith('fonts/') || name.startsWith('.')) continue;
    out.files.push(name);
    const file = path.join(outDir, name);
    if (name.endsWith('.html')) {
      const text = htmlVisibleText(await readFile(file, 'utf8'));
      out[name] = lines(name === 'index.html' ? text.replace(/\d+(\.\d+)?\s?(KB|MB|B)）/g, '#KB）') : text);
    } else if (name.endsWith('.pdf')) {
      const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
      pages.forEach((p, i) => {
        if (i < pages.length - 1 || p.trim()) out[`${name}#${i + 1}`] = lines(p);
      });
    } else if (name.endsWith('.xlsx')) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await readFile(file));
      wb.eachSheet((ws) => {
        const cells = [];
        ws.eachRow((row, r) =>
          row.eachCell((c, k) => {
            if (c.value !== null && c.value !== '') cells.push(`${r},${k}: ${JSON.stringify(c.value)}`);
          }),
        );
        out[`${name}#${ws.name}`] = cells;
      });
    } else if (name.endsWith('.csv') || name.endsWith('.json')) {
      out[name] = (await readFile(file, 'utf8')).split(/\r?\n/);
    }
  }
  return out;
}

/** The example reports: every directory of examples/ with a report.yaml. */
export async function exampleNames(root) {
  const names = [];
  for (const e of await readdir(path.join(root, 'examples'), { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const has = await readFile(path.join(root, 'examples', e.name, 'report.yaml')).then(
      () => true,
      () => false,
    );
    if (has) names.push(e.name);
  }
  return names.sort();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { main } = await import(pathToFileURL(path.join(root, 'dist/cli.js')).href);
  const tmp = await mkdtemp(path.join(tmpdir(), 'reform-golden-'));
  const quiet = { write: () => {}, isTTY: false };
  const result = {};
  try {
    for (const name of await exampleNames(root)) {
      const dir = path.join(tmp, name);
      await cp(path.join(root, 'examples', name), dir, { recursive: true });
      const code = await main(['build', dir, '--out', path.join(tmp, `${name}-out`)], {
        cwd: tmp,
        env: {},
        stdout: quiet,
        stderr: process.stderr,
        color: false,
      });
      if (code !== 0) throw new Error(`examples/${name} does not build (exit code ${code})`);
      result[name] = await outputTexts(path.join(tmp, `${name}-out`));
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
