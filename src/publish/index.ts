/**
 * The build core: validated report → every output file, written atomically and only inside the
 * output directory:
 *   index.html, progress.html (別表1), verification.html (別表2), style.css, fonts/ (the font slices used),
 *   the workbook and open data (render/xlsx.ts, render/opendata.ts),
 *   progress.pdf and verification.pdf (one PDF per table, printed by one browser for the whole build).
 * A PDF whose content key (render/pdf-key.ts: its page, style, fonts, printer) is the one recorded for the PDF an
 * earlier build left unchanged in the output directory is reused, not printed again (unless `force`); when every
 * PDF is reused, no browser is started. A font subset is reused the same way (render/fonts.ts: its key is the
 * characters it is cut to), so that a rebuild of unchanged text loads no subsetter.
 * It prints nothing: it returns what it wrote, how long each step took and what went wrong with the
 * PDFs; commands/build.ts prints. Without a browser everything else is still written.
 */
import { existsSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { MessageKey, Params } from '../messages/index.js';
import { loadReport, type LoadedReport } from '../pipeline/load-report.js';
import { pdfNameOf, type HtmlPage, type OutputLinks } from '../render/html.js';
import { readPagesStylesheet, renderPages } from '../render/pages.js';
import { buildFonts, codePointsOf } from '../render/fonts.js';
import { OUTPUTS, outputLinks } from '../render/outputs.js';
import { decideTables, type ReportTables } from '../render/report-tables.js';
import type { OutputFile } from '../render/output.js';
import { defaultFinderDeps, findBrowser, type FindResult } from '../browser/find.js';
import type { RunningBrowser } from '../browser/launch.js';
import { visible } from '../diagnostics/visible.js';
import { guardOutputDir, isInside, OutputDir, type OutDirProblem, type WrittenFile } from '../io/outdir.js';
import {
  digest,
  isAsRecorded,
  MANIFEST_FILE,
  readManifest,
  removeStale,
  serializeManifest,
  type ManifestEntry,
  type Sweep,
} from '../io/manifest.js';
import type { Report } from '../model/report.js';
import { pdfContentKey } from '../render/pdf-key.js';
import { pdfFontProblem, shippedFontDirs } from '../fonts/shipped.js';

export const FONTS_DIR = 'fonts';

export interface BuildOptions {
  /** The output directory (relative to cwd). */
  out: string;
  templates?: string;
  browser?: string;
  pdf: boolean;
  /** Print every PDF again, even those whose inputs have not changed since the last build. */
  force?: boolean;
}

export interface BuildEnv {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Told as each step starts (the command shows it on a terminal). */
  progress?: (key: MessageKey, params?: Params) => void;
}

export interface Written extends WrittenFile {
  pages?: number;
  /** A PDF of an earlier build, kept because what it is printed from has not changed. */
  reused?: boolean;
}

export type PdfOutcome =
  | { status: 'printed' }
  | { status: 'skipped' }
  | { status: 'no-browser'; search: FindResult }
  | { status: 'failed'; browser: string; detail: string }
  /** A PDF without text, or without the shipped fonts: not published. */
  | { status: 'blank'; file: string; problem: 'no-text' | 'no-shipped-font'; fonts: string[] };

/** A printed PDF that fails the font check (pdfFontProblem). */
class BadPdfFonts extends Error {
  constructor(
    readonly file: string,
    readonly problem: 'no-text' | 'no-shipped-font',
    readonly fonts: string[],
  ) {
    super(`${file}: ${problem}`);
  }
}

export type StepKey = 'build-step-validate' | 'build-step-workbook' | 'build-step-html' | 'build-step-pdf';

export type BuildResult =
  | { kind: 'invalid'; loaded: LoadedReport }
  | {
      kind: 'built';
      loaded: LoadedReport;
      outDir: string;
      /** Pages, workbook, open data and PDFs, index first. */
      written: Written[];
      /** The font files (listed as one line). */
      fontFiles: Written[];
      /** Characters no bundled font has. */
      uncovered: string[];
      /** Characters printed with the fallback font (Noto Sans JP). */
      fallback: string[];
      pdf: PdfOutcome;
      /** Files of an earlier build that this one does not produce: removed, or kept because changed since. */
      stale: Sweep;
      /** Milliseconds per step, in order (a step may appear twice). */
      timings: [StepKey, number][];
      totalMs: number;
    };

/**
 * The output directory must not be the report directory (or inside it), a file, or a root, as given;
 * checkOutputDir (io/outdir.ts) compares the real paths.
 */
export function checkOutDir(out: string, reportDir: string): OutDirProblem | undefined {
  if (path.parse(out).root === out) return 'build-out-is-root';
  if (out === reportDir || isInside(reportDir, out)) return 'build-out-is-report';
  if (existsSync(out) && !statSync(out).isDirectory()) return 'build-out-not-dir';
  return undefined;
}

/**
 * The files of the HTML edition and of every output with a renderer (the workbook, open data…: the list
 * of render/outputs.ts), in memory, from the report's tables decided once (no PDFs: they need a browser).
 */
export async function renderOutputs(
  report: Report,
  opts: { templatesDir?: string; pdf: boolean },
  /** Called with the pages before the other files are made (build: the browser starts meanwhile). */
  pagesReady?: (pages: HtmlPage[], css: string) => Promise<void>,
): Promise<{ tables: ReportTables; pages: HtmlPage[]; css: string; files: OutputFile[]; links: OutputLinks }> {
  const tables = decideTables(report);
  const css = readPagesStylesheet(report, opts.templatesDir, tables);
  const links = outputLinks(tables, { pdf: opts.pdf });
  const pages = renderPages(report, { templatesDir: opts.templatesDir, outputs: links, tables });
  await pagesReady?.(pages, css);
  const files: OutputFile[] = [];
  for (const output of OUTPUTS) if (output.render) files.push(...(await output.render(report, tables)));
  return { tables, pages, css, files, links };
}

const now = () => performance.now();

/** A path as shown: relative to cwd when inside it. */
function show(cwd: string, p: string): string {
  const rel = path.relative(cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

/** A browser started before it is needed, and whether printPdfs took it over (then it closes it). */
interface EarlyBrowser {
  launching?: Promise<RunningBrowser>;
  handedOver: boolean;
}

export async function runBuild(dir: string, opts: BuildOptions, env: BuildEnv): Promise<BuildResult> {
  const early: EarlyBrowser = { handedOver: false };
  try {
    return await build(dir, opts, env, early);
  } finally {
    // Closed whatever happens between its start and the PDFs (a refused target, a failed write…).
    if (early.launching && !early.handedOver) await (await early.launching.catch(() => undefined))?.close();
  }
}

async function build(dir: string, opts: BuildOptions, env: BuildEnv, early: EarlyBrowser): Promise<BuildResult> {
  const progress = env.progress ?? (() => undefined);
  const timings: [StepKey, number][] = [];
  const started = now();
  let mark = started;
  const step = (key: StepKey) => {
    const at = now();
    timings.push([key, at - mark]);
    mark = at;
  };

  // 1. Validate: on errors, write nothing.
  progress('build-progress-validate', { dir });
  const loaded = await loadReport(dir, { cwd: env.cwd });
  if (loaded.stats.errors > 0 || !loaded.report) return { kind: 'invalid', loaded };
  const report = loaded.report;
  step('build-step-validate');

  // 2. Where to write, with what.
  // An empty --out, the report directory, a root, a system folder…: refused before anything is created (io/outdir.ts).
  const outPath = await guardOutputDir(opts.out, env.cwd, loaded.dir, env.env);
  const templatesDir = opts.templates ? path.resolve(env.cwd, opts.templates) : undefined;
  if (templatesDir && !existsSync(templatesDir))
    throw new UserError('build-templates-missing', { dir: show(env.cwd, templatesDir) });
  const explicitBrowser = opts.browser ? path.resolve(env.cwd, opts.browser) : undefined;
  const search = opts.pdf ? findBrowser(explicitBrowser, defaultFinderDeps(env.env)) : undefined;

  const out = await OutputDir.open(outPath);
  // What an earlier build wrote here, and what this one writes (with each file's digest): .reform-build.json.
  const previous = await readManifest(out);
  const customStyle = templatesDir !== undefined && existsSync(path.join(templatesDir, 'style.css'));
  /** The tables' PDFs, each reused when its key and file are as the last build recorded them (and no --force). */
  const pdfJobs = async (tablePages: HtmlPage[], css: string, browserPath: string): Promise<PdfJob[]> => {
    const jobs: PdfJob[] = [];
    for (const page of tablePages) {
      const name = pdfNameOf(page.name);
      const key = pdfContentKey({
        html: page.data,
        css,
        browser: browserPath,
        author: report.organisation,
        customStyle,
      });
      const job: PdfJob = { page, name, key };
      const before = previous.files[name];
      if (!opts.force && before?.key === key && (await isAsRecorded(out, name, before))) {
        job.reused = { name, path: await out.target(name), bytes: before.bytes, reused: true };
        if (before.pages !== undefined) job.reused.pages = before.pages;
      }
      jobs.push(job);
    }
    return jobs;
  };

  // 3. The HTML, then the workbook and open data (in memory). When a PDF is to be printed, the browser starts
  // (in its own processes, on the other core) while the workbook is made.
  progress('build-progress-workbook');
  /** Decided when the HTML is made (the browser starts then); none without a browser or with --no-pdf. */
  let jobs: PdfJob[] = [];
  const rendered = await renderOutputs(report, { templatesDir, pdf: Boolean(search?.found) }, async (pages, css) => {
    const browserPath = opts.pdf ? search?.found?.path : undefined;
    if (!browserPath) return;
    jobs = await pdfJobs(pages.slice(1), css, browserPath);
    if (jobs.some((j) => !j.reused)) early.launching = startBrowser(env, browserPath, out);
  });
  const { pages, css, files } = rendered;
  step('build-step-workbook');
  progress('build-progress-html');
  const record = new Map<string, ManifestEntry>();
  const write = async (
    name: string,
    data: string | Uint8Array,
    /** A PDF's or a font subset's content key (and a PDF's page count). */
    keyed?: { key: string; pages?: number },
  ): Promise<WrittenFile> => {
    const w = await out.write(name, data);
    record.set(w.name, { bytes: w.bytes, sha256: digest(data), ...keyed });
    return w;
  };
  // A subset an earlier build cut from the same characters (same key) and left unchanged is kept, not cut again.
  const reuseSubset = async (name: string, key: string): Promise<boolean> => {
    const before = previous.files[`${FONTS_DIR}/${name}`];
    return !opts.force && before?.key === key && (await isAsRecorded(out, `${FONTS_DIR}/${name}`, before));
  };
  const fonts = await buildFonts(codePointsOf([...pages.map((p) => p.data), css]), reuseSubset);
  const written: Written[] = [];
  // Check every target before writing anything.
  const names = [
    ...fonts.files.map((f) => `${FONTS_DIR}/${f.name}`),
    'style.css',
    ...pages.map((p) => p.name),
    ...files.map((f) => f.name),
  ];
  for (const name of names) await out.target(name);

  const fontFiles: Written[] = [];
  for (const name of fonts.reused) {
    const entry = previous.files[`${FONTS_DIR}/${name}`];
    record.set(`${FONTS_DIR}/${name}`, entry);
    fontFiles.push({
      name: `${FONTS_DIR}/${name}`,
      path: await out.target(`${FONTS_DIR}/${name}`),
      bytes: entry.bytes,
    });
  }
  for (const f of fonts.files) {
    const key = fonts.keys.get(f.name);
    fontFiles.push(await write(`${FONTS_DIR}/${f.name}`, f.data, key ? { key } : undefined));
  }
  written.push(await write('style.css', css));
  // The tables first, the index last (step 5).
  const [indexPage, ...tablePages] = pages;
  for (const p of tablePages) written.push(await write(p.name, p.data));
  step('build-step-html');
  for (const f of files) written.push(await write(f.name, f.data));
  step('build-step-workbook');
  // 4. PDFs: one browser for the whole build, closed whatever happens.
  let pdf: PdfOutcome;
  if (!opts.pdf) {
    pdf = { status: 'skipped' };
  } else if (!search?.found) {
    pdf = { status: 'no-browser', search: search ?? { tried: [] } };
  } else {
    const printed: Written[] = [];
    const reused: Written[] = [];
    try {
      for (const job of jobs) {
        if (!job.reused) continue;
        record.set(job.name, previous.files[job.name]);
        reused.push(job.reused);
      }
      const toPrint = jobs.filter((j) => !j.reused);
      if (toPrint.length > 0) {
        const launching = early.launching ?? startBrowser(env, search.found.path, out);
        early.handedOver = true;
        await printPdfs(env, launching, out, report, toPrint, write, printed, customStyle);
      }
      // In table order, reused or printed.
      for (const job of jobs) {
        const w = job.reused ?? printed.find((p) => p.name === job.name);
        if (w) written.push(w);
      }
      step('build-step-pdf');
      pdf = { status: 'printed' };
    } catch (e) {
      // The index will link no PDF: the PDFs of this build's failed step are not left behind either (a reused
      // one, no longer recorded as this build's, is removed below as an earlier build's file).
      for (const w of printed) {
        await rm(w.path, { force: true });
        record.delete(w.name);
      }
      for (const w of reused) record.delete(w.name);
      if (e instanceof UserError) throw e;
      if (e instanceof BadPdfFonts) pdf = { status: 'blank', file: e.file, problem: e.problem, fonts: e.fonts };
      else pdf = { status: 'failed', browser: search.found.path, detail: visible((e as Error).message.split('\n')[0]) };
    }
  }

  // 5. The index last: it links what exists (no PDF that was not made) and says how large each file is.
  const sizes = Object.fromEntries(written.map((w) => [w.name, w.bytes]));
  const links = { ...rendered.links, pdf: pdf.status === 'printed', sizes };
  const index =
    renderPages(report, { templatesDir, outputs: links, tables: rendered.tables, indexOnly: true })[0] ?? indexPage;
  written.unshift(await write(index.name, index.data));
  // 6. What an earlier build wrote and this one did not is removed (if unchanged since); then the new record.
  // A file changed since is the user's now: kept, said once, and no longer recorded.
  const stale = await removeStale(out, previous, record.keys());
  await out.write(MANIFEST_FILE, serializeManifest({ files: Object.fromEntries(record) }));
  return {
    kind: 'built',
    loaded,
    outDir: outPath,
    written,
    fontFiles,
    uncovered: fonts.uncovered,
    fallback: fonts.fallback,
    pdf,
    stale,
    timings,
    totalMs: now() - started,
  };
}

/** A table's PDF: the page it is printed from, its name and content key; what an earlier build left, if reused. */
interface PdfJob {
  page: HtmlPage;
  name: string;
  key: string;
  reused?: Written;
}

/** Starts the build's browser: offline, allowed to read the output directory, with the shipped fonts. */
function startBrowser(env: BuildEnv, executablePath: string, out: OutputDir): Promise<RunningBrowser> {
  env.progress?.('build-progress-browser', { path: executablePath });
  const launching = import('../browser/launch.js').then(({ launchBrowser }) =>
    launchBrowser({
      executablePath,
      env: env.env,
      allowDirs: [out.root, out.realRoot],
      fontDirs: shippedFontDirs(),
    }),
  );
  // Awaited later (printPdfs or runBuild's cleanup); a failure is reported there, not as an unhandled rejection.
  launching.catch(() => undefined);
  return launching;
}

async function printPdfs(
  env: BuildEnv,
  launching: Promise<RunningBrowser>,
  out: OutputDir,
  report: Report,
  jobs: PdfJob[],
  write: (name: string, data: Uint8Array, key: { key: string; pages: number }) => Promise<WrittenFile>,
  /** Filled as each PDF is written (the caller removes them when a later one fails). */
  written: Written[],
  customStyle: boolean,
): Promise<void> {
  let browser: RunningBrowser | undefined;
  // puppeteer-core and pdf-lib only when PDFs are made (not for --no-pdf).
  const { printPages, finishPdf } = await import('../render/pdf.js');
  const pages: { job: PdfJob; printed: Awaited<ReturnType<typeof printPages>> }[] = [];
  try {
    browser = await launching;
    for (const job of jobs) {
      env.progress?.('build-progress-pdf', { title: job.page.title });
      await out.target(job.name);
      pages.push({ job, printed: await printPages(browser, path.join(out.root, job.page.name)) });
    }
  } finally {
    await browser?.close();
  }
  // Amended, joined and written once the browser is closed: pdf-lib's work (~500 MB at 1,000 initiatives) is
  // then never on top of the browser's memory.
  for (let next = pages.shift(); next; next = pages.shift()) {
    const { job } = next;
    const printed = await finishPdf(next.printed, { author: report.organisation });
    next = undefined; // the browser's output is let go before the next one is amended
    // A PDF with no text (the browser found no font) or in other fonts than reform's is not published.
    const problem = pdfFontProblem(printed.fonts, { customStyle });
    if (problem) throw new BadPdfFonts(job.name, problem, printed.fonts);
    written.push({
      ...(await write(job.name, printed.data, { key: job.key, pages: printed.pages })),
      pages: printed.pages,
    });
  }
}
