// One benchmark case in a fresh process, so that its peak RSS is its own.
// Usage: node bench/case.mjs <case> <reportDir> <runs> <workDir>
// Prints one JSON line: { case, seconds: [..per run..], peakRssMb }.
import { readFile, readdir, rm, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';

const [, , name, reportDir, runsArg, workDir] = process.argv;
const runs = Number(runsArg);
const dist = new URL('../dist/', import.meta.url);
const load = (m) => import(new URL(m, dist).href);

async function yamlFiles(dir) {
  const names = (await readdir(path.join(dir, 'initiatives'))).filter((n) => n.endsWith('.yaml'));
  return [path.join(dir, 'report.yaml'), ...names.map((n) => path.join(dir, 'initiatives', n))];
}

async function report() {
  const { loadReport } = await load('validate/index.js');
  const loaded = await loadReport(reportDir, { cwd: process.cwd() });
  if (!loaded.report) throw new Error(`invalid benchmark data: ${JSON.stringify(loaded.diagnostics.slice(0, 3))}`);
  return loaded.report;
}

/** Each case: optional setup (not timed), then the timed body. */
const cases = {
  async validate() {
    const { loadReport } = await load('validate/index.js');
    return { run: async () => void (await loadReport(reportDir, { cwd: process.cwd() })) };
  },
  /** Floor of validate: read the same files and parse them with the yaml package alone. */
  async 'floor:parse'() {
    const files = await yamlFiles(reportDir);
    return { run: async () => void (await Promise.all(files.map(async (f) => parseDocument(await readFile(f, 'utf8')).toJS()))) };
  },
};

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
process.stdout.write(JSON.stringify({ case: name, seconds, peakRssMb }) + '\n');
