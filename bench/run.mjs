// npm run bench [-- --quick] [-- --sizes 11,100,300,1000] [-- --runs N] [-- --modes cold,warm] [-- --cases a,b]
// [-- --out out/bench.json]
// Measures reform as a user feels it. Cold: each run a fresh process (`node bin/reform.js …`), median, min
// and max of --runs runs (10 by default), peak memory (PSS) of the whole process tree, browser included.
// Warm: the same steps repeated inside one process after a warm-up (bench/case.mjs). Each case is compared
// with its floor, the minimal work for the same output (bench/floors/), measured in the same run.
// Sizes: 11 is the sample (data/) itself; others are generated (bench/generate.mjs). Writes out/bench.json.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { generateReport } from './generate.mjs';

const execFileP = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/reform.js');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (opt('--sizes') ?? (quick ? '11' : '11,100,300,1000')).split(',').map(Number);
const modes = (opt('--modes') ?? (quick ? 'cold' : 'cold,warm')).split(',');
const onlyCases = opt('--cases')?.split(',');
const HEAVY = new Set(['build', 'floor:print', 'floor:xlsx', 'build-no-pdf', 'rebuild']);
/** ≥ 10 cold runs; --quick runs the light cases 3 times and the browser cases once, to stay under a minute. */
const runsFor = (name) => Number(opt('--runs') ?? (quick ? (HEAVY.has(name) ? 1 : 3) : 10));
const want = (c) => !onlyCases || onlyCases.includes(c);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, digits = 3) => (x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/** PSS (kB) of a process and all its descendants, from /proc: shared pages counted once. 0 without /proc. */
function treePssKb(pid) {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      total += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

/** One fresh process: wall time from spawn to exit, peak PSS of its tree (sampled every 50 ms). */
function once(argv, cwd = root) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakKb = 0;
    const timer = setInterval(() => (peakKb = Math.max(peakKb, treePssKb(child.pid))), 50);
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`${argv.join(' ')} exited with ${code}\n${stderr}`));
      resolve({ seconds, peakMb: peakKb / 1024 });
    });
  });
}

/** `runs` fresh processes of the same command. */
async function cold(name, argv, before) {
  const times = [];
  let peak = 0;
  for (let i = 0; i < runsFor(name); i++) {
    await before?.(i);
    const r = await once(typeof argv === 'function' ? argv(i) : argv);
    times.push(r.seconds);
    peak = Math.max(peak, r.peakMb);
  }
  return { seconds: median(times), min: Math.min(...times), max: Math.max(...times), peakMb: peak, runs: times.length };
}

/** The warm in-process figures of a step (bench/case.mjs), with the tree's peak memory. */
async function warm(name, dir, work, preparedFile) {
  const runs = Math.max(3, Math.min(10, runsFor(name)));
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'bench/case.mjs'), name, dir, String(runs), work, preparedFile],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let stdout = '';
    let peakKb = 0;
    const timer = setInterval(() => (peakKb = Math.max(peakKb, treePssKb(child.pid))), 100);
    child.stdout.on('data', (d) => (stdout += d));
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`warm case ${name} exited with ${code}`));
      const { seconds } = JSON.parse(stdout.trim().split('\n').at(-1));
      resolve({
        seconds: median(seconds),
        min: Math.min(...seconds),
        max: Math.max(...seconds),
        peakMb: peakKb / 1024,
        runs: seconds.length,
      });
    });
  });
}

const escapeHtml = (s) =>
  String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const cell = (tag, s) => `<${tag}>${escapeHtml(s).replace(/\n/g, '<br>')}</${tag}>`;

/**
 * The floor's HTML: the texts of both tables as plain <table>s (header cells, one row per item), section
 * headings as <h1> for the outline, the same font files (reform's fonts.css), no reform template or CSS.
 */
async function plainPages(dir, fontsCss, outDir) {
  const names = (await readdir(path.join(dir, 'initiatives'))).filter((n) => n.endsWith('.yaml')).sort();
  const manifest = parseDocument(await readFile(path.join(dir, 'report.yaml'), 'utf8')).toJS();
  const initiatives = await Promise.all(
    names.map(async (n) => parseDocument(await readFile(path.join(dir, 'initiatives', n), 'utf8')).toJS()),
  );
  initiatives.sort((a, b) => a.number - b.number);
  const page = (title, head, rows) =>
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<link rel="stylesheet" href="${fontsCss}"><style>body{font-family:'BIZ UDPGothic';font-size:9pt}` +
    `table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;vertical-align:top}</style></head><body>` +
    manifest.sections
      .map((s) => {
        const own = initiatives.filter((i) => i.section === s.id);
        return (
          `<h1>${escapeHtml(`${s.mark} ${s.title}`)}</h1>` +
          `<table><thead><tr>${head.map((h) => cell('th', h)).join('')}</tr></thead>` +
          `<tbody>${own.flatMap(rows).join('')}</tbody></table>`
        );
      })
      .join('') +
    '</body></html>';
  const plans = (i) => Object.values(i.plans ?? {}).join('\n');
  const results = (i) =>
    Object.values(i.results ?? {})
      .flatMap((r) => Object.values(r))
      .join('\n');
  const progress = page(
    manifest.progressTable.title,
    ['番号', '具体的取組', '取組項目', '工程', '年次計画', '実績', '担当課'],
    (i) =>
      i.items.map((item, k) => {
        const cells = [
          k === 0 ? i.number : '',
          k === 0 ? i.title : '',
          item.label,
          item.schedule.flatMap((l) => l.phases.map((p) => p.label)).join(' '),
          k === 0 ? plans(i) : '',
          k === 0 ? results(i) : '',
          item.division ?? i.division,
        ];
        return `<tr>${cells.map((v) => cell('td', v)).join('')}</tr>`;
      }),
  );
  const verification = page(
    manifest.verificationTable.title,
    ['取組項目', '内容', '実績・効果', '区分', '理由', '担当課'],
    (i) =>
      (i.verification ?? []).map((v) => {
        const cells = [v.item, v.content, v.outcome, v.direction, v.reason, v.division ?? i.division];
        return `<tr>${cells.map((x) => cell('td', x)).join('')}</tr>`;
      }),
  );
  const files = [path.join(outDir, 'plain-progress.html'), path.join(outDir, 'plain-verification.html')];
  await writeFile(files[0], progress);
  await writeFile(files[1], verification);
  return files;
}

/** reform's workbook dumped as cells, styles, merges, widths and heights for the exceljs floor. */
async function dumpWorkbook(xlsxFile, target) {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsxFile);
  const sheets = wb.worksheets.map((ws) => {
    const cells = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) =>
      row.eachCell({ includeEmpty: true }, (c, col) => {
        if (c.isMerged && c.master !== c) return;
        cells.push({ row: rowNumber, col, value: c.value, style: JSON.parse(JSON.stringify(c.style)) });
      }),
    );
    const heights = [];
    for (let i = 1; i <= ws.rowCount; i++) heights.push(ws.getRow(i).height);
    return {
      name: ws.name,
      widths: ws.columns.map((c) => c.width),
      cells,
      heights,
      merges: [...(ws.model.merges ?? [])],
    };
  });
  await writeFile(target, JSON.stringify(sheets));
}

const findBrowser = async () => (await import(path.join(root, 'dist/browser/find.js'))).findBrowser;

const tmp = await mkdtemp(path.join(tmpdir(), 'reform-bench-'));
const rows = [];
const started = Date.now();
const load0 = loadavg()[0];
try {
  const { defaultFinderDeps } = await import(path.join(root, 'dist/browser/find.js'));
  const found = (await findBrowser())(undefined, defaultFinderDeps(process.env));
  if (!found.found) throw new Error('no browser for the PDF cases (see `reform doctor`)');
  const browser = found.found.path;
  console.log(
    `reform benchmark: sizes ${sizes.join(', ')}; modes ${modes.join(', ')}; ${cpus().length} cores, ` +
      `Node ${process.version}, load ${load0.toFixed(1)}`,
  );

  const add = (row) => {
    rows.push(row);
    const f =
      row.floorSeconds !== null
        ? `  floor ${row.floorSeconds.toFixed(3)} s  ` +
          `ratio ${row.ratio.toFixed(2)}${row.target ? ` (target ≤ ${row.target})` : ''}`
        : '';
    console.log(
      `${String(row.initiatives ?? '-').padStart(5)} ${row.mode.padEnd(4)} ${row.case.padEnd(13)}` +
        ` ${row.seconds.toFixed(3).padStart(8)} s ` +
        `[${row.min.toFixed(3)}–${row.max.toFixed(3)}] ${String(row.peakRssMb).padStart(5)} MB${f}`,
    );
  };
  const row = (c, n, mode, m, floor, target, more = {}) => ({
    case: c,
    initiatives: n,
    mode,
    seconds: round(m.seconds),
    min: round(m.min),
    max: round(m.max),
    runs: m.runs,
    peakRssMb: Math.round(m.peakMb),
    floorSeconds: floor ? round(floor.seconds) : null,
    floorPeakRssMb: floor ? Math.round(floor.peakMb) : null,
    ratio: floor ? round(m.seconds / floor.seconds, 2) : null,
    target: target ?? null,
    ...more,
  });

  // Size-independent: start-up.
  if (modes.includes('cold') && want('version')) {
    const nodeOnly = await cold('node', ['-e', '0']);
    add(row('version', null, 'cold', await cold('version', [bin, '--version']), nodeOnly, 2));
  }

  for (const n of sizes) {
    const dir =
      n === 11
        ? path.join(root, 'data')
        : await generateReport(path.join(root, 'data'), path.join(tmp, `report-${n}`), n);
    const work = path.join(tmp, `work-${n}`);
    await mkdir(work, { recursive: true });
    // Prepared once, not timed: reform's HTML and workbook (for the warm PDF case and the workbook dump),
    // the plain HTML of the print floor, the cells of the workbook floor.
    // Only the cases that print or write a workbook need them (a validate-only run skips this).
    const needsPrepared = modes.includes('warm') || want('build') || want('build-no-pdf') || want('rebuild');
    const html = path.join(work, 'html');
    const cells = path.join(work, 'cells.json');
    const preparedFile = path.join(work, 'prepared.json');
    let plain = [];
    if (needsPrepared) {
      await execFileP(process.execPath, [bin, 'build', dir, '--no-pdf', '--out', html], { cwd: root });
      const xlsxName = readdirSync(html).find((f) => f.endsWith('.xlsx'));
      await dumpWorkbook(path.join(html, xlsxName), cells);
      plain = await plainPages(dir, './html/fonts/fonts.css', work);
      const pages = ['progress.html', 'verification.html'].map((p) => path.join(html, p));
      await writeFile(preparedFile, JSON.stringify({ browser, html, cells, pages, plainPages: plain }));
    }

    if (modes.includes('cold')) {
      const parse = await cold('floor:parse', [path.join(root, 'bench/floors/parse.mjs'), dir]);
      const floorDir = path.join(work, 'floor-out');
      await mkdir(floorDir, { recursive: true });
      const wantBuild = want('build') || want('build-no-pdf') || want('rebuild');
      const xlsx = wantBuild
        ? await cold('floor:xlsx', [path.join(root, 'bench/floors/xlsx.mjs'), cells, path.join(floorDir, 'floor.xlsx')])
        : undefined;
      const print = want('build')
        ? await cold('floor:print', [path.join(root, 'bench/floors/print.mjs'), browser, floorDir, ...plain])
        : undefined;
      if (want('validate'))
        add(row('validate', n, 'cold', await cold('validate', [bin, 'validate', dir]), parse, n >= 1000 ? 1.5 : 2));
      if (want('fmt')) add(row('fmt --check', n, 'cold', await cold('fmt', [bin, 'fmt', '--check', dir]), parse, 2));
      const sum = (...ms) => ({
        seconds: ms.reduce((s, m) => s + m.seconds, 0),
        peakMb: Math.max(...ms.map((m) => m.peakMb)),
      });
      const clean = (d) => async () => rm(d, { recursive: true, force: true });
      let noPdf;
      if (want('build-no-pdf') || want('rebuild')) {
        const out = path.join(work, 'build-no-pdf');
        noPdf = await cold('build-no-pdf', [bin, 'build', dir, '--no-pdf', '--out', out], clean(out));
        add(row('build --no-pdf', n, 'cold', noPdf, sum(parse, xlsx), null));
      }
      if (want('rebuild')) {
        // A second build with nothing changed, into the --out of a full build made beforehand (not timed):
        // the PDFs are reused, so its floor is the --no-pdf build of the same report.
        const out = path.join(work, 'rebuild');
        await execFileP(process.execPath, [bin, 'build', dir, '--out', out], { cwd: root });
        add(row('rebuild', n, 'cold', await cold('rebuild', [bin, 'build', dir, '--out', out]), noPdf, 1.2));
      }
      if (want('build')) {
        const out = path.join(work, 'build');
        const m = await cold('build', [bin, 'build', dir, '--out', out], clean(out));
        const bytes = Object.fromEntries(
          ['progress.pdf', 'verification.pdf'].map((f) => [f, statSync(path.join(out, f)).size]),
        );
        const floorBytes = Object.fromEntries(
          ['plain-progress.pdf', 'plain-verification.pdf'].map((f) => [f, statSync(path.join(floorDir, f)).size]),
        );
        const pdfKb = Math.round((bytes['progress.pdf'] + bytes['verification.pdf']) / 1024);
        add(
          row('build', n, 'cold', m, sum(parse, xlsx, print), 1.3, {
            pdfBytes: bytes,
            floorPdfBytes: floorBytes,
            pdfKb,
          }),
        );
        // The floors themselves, for the record.
        add(row('floor:print', n, 'cold', print, null, null));
        add(row('floor:xlsx', n, 'cold', xlsx, null, null));
      }
      add(row('floor:parse', n, 'cold', parse, null, null));
    }

    if (modes.includes('warm')) {
      const w = (c) => warm(c, dir, path.join(work, `warm-${c.replace(':', '-')}`), preparedFile);
      if (want('validate')) add(row('validate', n, 'warm', await w('validate'), await w('floor:parse'), null));
      if (want('workbook')) add(row('workbook', n, 'warm', await w('workbook'), await w('floor:xlsx'), null));
      if (want('pdf')) add(row('pdf', n, 'warm', await w('pdf'), await w('floor:print'), null));
    }
    await rm(work, { recursive: true, force: true });
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}

// The issue's targets, judged on the cold rows.
const targets = [];
const find = (c, n) => rows.find((r) => r.case === c && r.initiatives === n && r.mode === 'cold');
const check = (what, value, limit, unit = '×') =>
  value !== undefined &&
  value !== null &&
  targets.push({ check: `${what} ≤ ${limit}${unit}`, value, ok: value <= limit });
check('reform --version / node -e 0', find('version', null)?.ratio, 2);
check('validate on the sample / bare parse', find('validate', 11)?.ratio, 2);
check('validate at 1,000 / bare parse', find('validate', 1000)?.ratio, 1.5);
for (const n of sizes) check(`fmt --check at ${n} / bare parse`, find('fmt --check', n)?.ratio, 2);
for (const n of sizes) check(`whole build at ${n} / sum of its floors`, find('build', n)?.ratio, 1.3);
for (const n of sizes) check(`second build, nothing changed, at ${n} / build --no-pdf`, find('rebuild', n)?.ratio, 1.2);
check("the sample's two PDFs together (KB)", find('build', 11)?.pdfKb, 400, ' KB');
for (const n of [300]) {
  const b = find('build', n);
  if (b)
    for (const [f, bytes] of Object.entries(b.pdfBytes))
      check(`${f} at ${n} (MB)`, round(bytes / 1024 / 1024, 2), 3, ' MB');
}
for (const [n, mb] of [
  [300, 1024],
  [1000, 1536],
]) {
  const b = find('build', n);
  if (b) check(`peak memory of the build at ${n}, browser included (MB)`, b.peakRssMb, mb, ' MB');
}
console.log(`\ntargets${quick ? ' (--quick: indicative; the full run judges them)' : ''}:`);
for (const t of targets) console.log(`  ${t.ok ? 'met   ' : 'MISSED'}  ${t.check}: ${t.value}`);

const outFile = path.resolve(root, opt('--out') ?? 'out/bench.json');
await mkdir(path.dirname(outFile), { recursive: true });
const report = {
  date: new Date().toISOString(),
  node: process.version,
  cores: cpus().length,
  loadAverageAtStart: round(load0, 2),
  loadAverageAtEnd: round(loadavg()[0], 2),
  durationSeconds: Math.round((Date.now() - started) / 1000),
  quick,
  sizes,
  modes,
  rows,
  targets,
};
await writeFile(outFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwrote ${path.relative(root, outFile)} (${rows.length} rows, ${report.durationSeconds} s)`);
