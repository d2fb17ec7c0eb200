// npm run bench [-- --quick] [-- --sizes 10,100,1000] [-- --runs N]
// Generates synthetic reports shaped like the sample, measures each step of reform and the floors
// (what yaml, puppeteer-core and exceljs need alone for the same work), each case in its own process
// (median time of several runs, peak RSS), prints a table and writes out/bench.json.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir, cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateReport } from './generate.mjs';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (opt('--sizes') ?? (quick ? '10,100' : '10,100,1000')).split(',').map(Number);
// The browser cases take seconds a run: --quick runs them once so that it stays under a minute.
const HEAVY = new Set(['pdf', 'floor:print', 'build']);
const runsFor = (n, name) => Number(opt('--runs') ?? (quick ? (HEAVY.has(name) ? 1 : 3) : n >= 1000 ? 3 : 5));
const only = opt('--cases')?.split(',');

/** Each measured case and the floor it is compared with. */
const CASES = [
  { case: 'validate', floor: 'floor:parse', target: 1.5 },
  { case: 'html' },
  { case: 'pdf', floor: 'floor:print', target: 1.3 },
  { case: 'workbook', floor: 'floor:xlsx', target: 2 },
  { case: 'build' },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Memory of a process and all its descendants (the browser's processes included), from /proc: the
 * sum of their PSS (proportional set size), which shares the pages they map together (Chromium's
 * code, shared memory) between them instead of counting them once per process as RSS would.
 * 0 where there is no /proc.
 */
function treePssKb(pid) {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const rollup = readFileSync(`/proc/${p}/smaps_rollup`, 'utf8');
      total += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
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

function measure(name, dir, runs, work, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bench/case.mjs'), name, dir, String(runs), work], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let treePeakKb = 0;
    const timer = setInterval(() => (treePeakKb = Math.max(treePeakKb, treePssKb(child.pid))), 250);
    child.stdout.on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`bench case ${name} (${dir}) exited with ${code}`));
      const r = JSON.parse(stdout.trim().split('\n').at(-1));
      // The sampled tree peak includes the browser; the process's own maxRSS is exact for Node alone.
      const peakRssMb = Math.max(r.peakRssMb, treePeakKb / 1024);
      resolve({ seconds: median(r.seconds), peakRssMb, steps: Object.fromEntries(Object.entries(r.steps ?? {}).map(([k, v]) => [k, { seconds: median(v), peakRssMb }])) });
    });
  });
}

const tmp = await mkdtemp(path.join(tmpdir(), 'reform-bench-'));
const rows = [];
try {
  console.log(`reform benchmark: ${sizes.join(', ')} initiatives, ${cpus().length} cores, Node ${process.version}`);
  for (const n of sizes) {
    const dir = await generateReport(path.join(root, 'data'), path.join(tmp, `report-${n}`), n);
    // The HTML the PDF cases print, built once for this size.
    const prebuilt = path.join(tmp, `html-${n}`);
    await run(process.execPath, [path.join(root, 'bin/reform.js'), 'build', dir, '--no-pdf', '--out', prebuilt], { cwd: root });
    const env = { BENCH_PREBUILT: prebuilt };
    // --quick times the PDF step inside the whole build instead of printing everything once more.
    let wholeBuild;
    const measureCase = async (name, work) => {
      if (quick && name === 'pdf') {
        wholeBuild ??= await measure('build', dir, runsFor(n, 'build'), `${work}-build`, env);
        return wholeBuild.steps.pdf;
      }
      if (quick && name === 'build' && wholeBuild) return wholeBuild;
      const m = await measure(name, dir, runsFor(n, name), work, env);
      if (name === 'build') wholeBuild = m;
      return m;
    };
    for (const c of CASES.filter((c) => !only || only.includes(c.case))) {
      const work = path.join(tmp, `work-${n}-${c.case}`);
      const m = await measureCase(c.case, work);
      const f = c.floor ? await measure(c.floor, dir, runsFor(n, c.floor), `${work}-floor`, env) : undefined;
      await rm(work, { recursive: true, force: true });
      const row = {
        case: c.case,
        initiatives: n,
        seconds: round(m.seconds),
        peakRssMb: Math.round(m.peakRssMb),
        floorSeconds: f ? round(f.seconds) : null,
        floorPeakRssMb: f ? Math.round(f.peakRssMb) : null,
        ratio: f ? round(m.seconds / f.seconds, 2) : null,
        target: c.target ?? null,
        msPerInitiative: round((m.seconds * 1000) / n, 2),
      };
      rows.push(row);
      console.log(
        `${String(n).padStart(5)}  ${c.case.padEnd(9)} ${row.seconds.toFixed(3).padStart(8)} s  ${String(row.peakRssMb).padStart(5)} MB` +
          (f ? `  floor ${row.floorSeconds.toFixed(3).padStart(8)} s ${String(row.floorPeakRssMb).padStart(5)} MB  ratio ${row.ratio.toFixed(2)}${c.target ? ` (target ≤ ${c.target})` : ''}` : '') +
          `  ${row.msPerInitiative} ms/initiative`,
      );
    }
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}

function round(x, digits = 4) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

// Targets: ratios at the largest size, flat time per initiative from 100 up, memory of the largest build.
const largest = Math.max(...sizes);
const verdicts = [];
for (const c of CASES.filter((c) => c.target)) {
  const r = rows.find((x) => x.case === c.case && x.initiatives === largest);
  if (!r) continue;
  verdicts.push({ check: `${c.case} ≤ ${c.target}× its floor at ${largest}`, value: r.ratio, ok: r.ratio <= c.target });
}
if (sizes.includes(100) && largest > 100) {
  for (const c of CASES) {
    const a = rows.find((x) => x.case === c.case && x.initiatives === 100);
    const b = rows.find((x) => x.case === c.case && x.initiatives === largest);
    if (!a || !b) continue;
    const growth = b.msPerInitiative / a.msPerInitiative;
    verdicts.push({ check: `${c.case}: time per initiative 100 → ${largest} within +25%`, value: round(growth, 2), ok: growth <= 1.25 });
  }
}
const build = rows.find((x) => x.case === 'build' && x.initiatives === largest);
if (build) verdicts.push({ check: `peak memory of the ${largest}-initiative build (browser included) < 1024 MB`, value: build.peakRssMb, ok: build.peakRssMb < 1024 });

console.log(largest < 1000 ? `\ntargets (indicative only: they are judged at 1,000 initiatives by the full run, \`npm run bench\`):` : '\ntargets:');
for (const v of verdicts) console.log(`  ${v.ok ? 'met   ' : 'MISSED'}  ${v.check}: ${v.value}`);

await mkdir(path.join(root, 'out'), { recursive: true });
const report = { date: new Date().toISOString(), node: process.version, cores: cpus().length, quick, sizes, rows, targets: verdicts };
await writeFile(path.join(root, 'out/bench.json'), JSON.stringify(report, null, 2) + '\n');
console.log(`\nwrote out/bench.json (${rows.length} rows)`);
