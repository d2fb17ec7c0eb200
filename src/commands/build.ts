/**
 * `reform build [dir] --out DIR`: validates the report, then writes into DIR
 *   index.html, progress.html (別表1), verification.html (別表2), style.css, fonts/ (the font slices used),
 *   the workbook and open data (render/xlsx.ts, render/opendata.ts),
 *   progress.pdf and verification.pdf (one PDF per table, printed by one browser for the whole build).
 * Every file is written atomically and only inside DIR. Without a browser, everything else is still
 * written, then the command explains where it looked and exits 1; --no-pdf skips the PDFs on purpose.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import { ExitCode, UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import type { Context } from '../context.js';
import type { CommandSpec } from './spec.js';
import { loadReport } from '../validate/index.js';
import type { DiagnosticFormat } from '../validate/format.js';
import { defaultFormat, reportDiagnostics } from './validate.js';
import { pdfNameOf, readStylesheet, renderHtmlPages, type HtmlPage } from '../render/html.js';
import { buildFonts, codePointsOf } from '../render/fonts.js';
import { renderWorkbook, WORKBOOK_FILE } from '../render/xlsx.js';
import { renderOpenData } from '../render/opendata.js';
import { printPdf } from '../render/pdf.js';
import { defaultFinderDeps, findBrowser, type Candidate, type FindResult } from '../browser/find.js';
import { launchBrowser, type RunningBrowser } from '../browser/launch.js';
import { isInside, OutputDir, type WrittenFile } from '../io/outdir.js';
import type { Report } from '../model/report.js';
import '../messages/build.js';

export const FONTS_DIR = 'fonts';

export interface BuildOptions {
  out: string;
  templates?: string;
  browser?: string;
  pdf: boolean;
  format?: DiagnosticFormat;
}

interface Written extends WrittenFile {
  pages?: number;
}

export const buildCommand: CommandSpec = {
  name: 'build',
  summary: {
    ja: '別表1・別表2 を HTML・PDF・Excel に組版して出力先に書き出す',
    en: 'typeset 別表1 and 別表2 as HTML, PDF and Excel into the output directory',
  },
  setup(cmd, lang) {
    const ja = lang === 'ja';
    cmd
      .argument('[dir]', ja ? '報告書のフォルダ' : 'report directory', 'data')
      .option('-o, --out <dir>', ja ? '出力先のフォルダ' : 'output directory', 'out')
      .option('--templates <dir>', ja ? '自分用のテンプレートのフォルダ（無いファイルは標準のものを使う）' : 'your own templates (missing files fall back to the built-in ones)')
      .option('--browser <path>', ja ? 'PDF の作成に使うブラウザ（Chrome、Edge、Chromium）の実行ファイル' : 'browser executable (Chrome, Edge, Chromium) for the PDFs')
      .option('--no-pdf', ja ? 'PDF を作らない' : 'do not make PDFs')
      .addOption(
        new Option('--format <format>', ja ? 'エラーの出力形式（GitHub Actions では github が既定）' : 'format of errors (github by default on GitHub Actions)').choices([
          'text',
          'json',
          'github',
        ]),
      );
  },
  async run(ctx, [dir], opts) {
    return build(ctx, dir ?? 'data', {
      out: opts.out ?? 'out',
      templates: opts.templates,
      browser: opts.browser,
      pdf: opts.pdf !== false,
      format: opts.format,
    });
  },
};

const now = () => performance.now();

function show(ctx: Context, p: string): string {
  const rel = path.relative(ctx.cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** The output directory must not be the report directory (or inside it), a file, or a root. */
export function checkOutDir(out: string, reportDir: string): 'build-out-is-report' | 'build-out-is-root' | 'build-out-not-dir' | undefined {
  if (path.parse(out).root === out) return 'build-out-is-root';
  if (out === reportDir || isInside(reportDir, out)) return 'build-out-is-report';
  if (existsSync(out) && !statSync(out).isDirectory()) return 'build-out-not-dir';
  return undefined;
}

export function describeCandidates(tried: Candidate[], lang: Lang): string {
  const lines = tried.map((c) => `  ${c.path}  (${c.via})`);
  if (tried.length === 0) lines.push(lang === 'ja' ? '  （なし）' : '  (none)');
  return lines.join('\n');
}

/** The message for a failed browser search. */
export function noBrowserMessage(result: FindResult, lang: Lang, written: boolean): string {
  const rest = written ? (lang === 'ja' ? '' : ' ') + t(lang, 'build-written-rest') : '';
  if (!result.found && result.explicitMissing) {
    return t(lang, 'build-browser-missing', { via: result.explicitMissing.via, path: result.explicitMissing.path, written: rest });
  }
  return t(lang, 'build-no-browser', { tried: describeCandidates(result.tried, lang), written: rest });
}

export async function build(ctx: Context, dir: string, opts: BuildOptions): Promise<number> {
  const lang = ctx.lang;
  const progress = (key: string, params: Record<string, string | number> = {}) => {
    if (ctx.stderr.isTTY) ctx.stderr.write(`${t(lang, key, params)}\n`);
  };
  const timings: [string, number][] = [];
  const started = now();
  let mark = started;
  const step = (key: string) => {
    const at = now();
    timings.push([key, at - mark]);
    mark = at;
  };

  // 1. Validate: on errors, print them like `reform validate` and write nothing.
  progress('build-progress-validate', { dir });
  const loaded = await loadReport(dir, { cwd: ctx.cwd });
  if (loaded.diagnostics.length > 0 || !loaded.report) await reportDiagnostics(ctx, loaded, opts.format ?? defaultFormat(ctx));
  if (loaded.stats.errors > 0 || !loaded.report) return ExitCode.userError;
  const report = loaded.report;
  step('build-step-validate');

  // 2. Where to write, with what.
  // An empty --out would write into the working directory (often the repository itself).
  if (opts.out.trim() === '') throw new UserError('build-out-unsafe', { out: "''", why: t(lang, 'build-out-empty') });
  const outPath = path.resolve(ctx.cwd, opts.out);
  const unsafe = checkOutDir(outPath, loaded.dir);
  if (unsafe) throw new UserError('build-out-unsafe', { out: show(ctx, outPath), why: t(lang, unsafe) });
  const templatesDir = opts.templates ? path.resolve(ctx.cwd, opts.templates) : undefined;
  if (templatesDir && !existsSync(templatesDir)) throw new UserError('build-templates-missing', { dir: show(ctx, templatesDir) });
  const search = opts.pdf ? findBrowser(opts.browser ? path.resolve(ctx.cwd, opts.browser) : undefined, defaultFinderDeps(ctx.env)) : undefined;

  // 3. The workbook and open data (in memory), then the HTML that links them.
  progress('build-progress-workbook');
  const workbook = await renderWorkbook(report);
  const openData = renderOpenData(report);
  step('build-step-workbook');
  progress('build-progress-html');
  const css = readStylesheet(templatesDir);
  const outputs = { pdf: Boolean(search?.found), workbook: workbook ? WORKBOOK_FILE : undefined, openData: openData.map((f) => f.name) };
  const pages = renderHtmlPages(report, { templatesDir, outputs });
  const fonts = await buildFonts(codePointsOf([...pages.map((p) => p.html), css]));

  const out = await OutputDir.open(outPath);
  const written: Written[] = [];
  // Check every target before writing anything.
  const names = [
    ...fonts.files.map((f) => `${FONTS_DIR}/${f.name}`),
    'style.css',
    ...pages.map((p) => p.name),
    ...(workbook ? [WORKBOOK_FILE] : []),
    ...openData.map((f) => f.name),
  ];
  for (const name of names) await out.target(name);

  const fontFiles: Written[] = [];
  for (const f of fonts.files) fontFiles.push(await out.write(`${FONTS_DIR}/${f.name}`, f.data));
  written.push(await out.write('style.css', css));
  // The tables first, the index last: it links to what exists.
  const [indexPage, ...tablePages] = pages;
  for (const p of tablePages) written.push(await out.write(p.name, p.html));
  step('build-step-html');
  if (workbook) written.push(await out.write(WORKBOOK_FILE, workbook));
  for (const f of openData) written.push(await out.write(f.name, f.data));
  if (workbook || openData.length > 0) step('build-step-workbook');
  const writeIndex = async (p: HtmlPage) => {
    const w = await out.write(p.name, p.html);
    const i = written.findIndex((x) => x.name === w.name);
    if (i >= 0) written[i] = w;
    else written.unshift(w);
  };
  await writeIndex(indexPage);
  if (fonts.fallback.length > 0) ctx.stderr.write(`${t(lang, 'build-font-fallback', { chars: fonts.fallback.join(' ') })}\n`);
  if (fonts.uncovered.length > 0) ctx.stderr.write(`${t(lang, 'build-font-uncovered', { chars: fonts.uncovered.join(' ') })}\n`);

  // 4. PDFs: one browser for the whole build, closed whatever happens.
  let exitCode: number = ExitCode.ok;
  let pdfMessage: string | undefined;
  if (!opts.pdf) {
    pdfMessage = t(lang, 'build-no-pdf');
  } else if (!search?.found) {
    pdfMessage = noBrowserMessage(search ?? { tried: [] }, lang, true);
    exitCode = ExitCode.userError;
  } else {
    try {
      written.push(...(await printPdfs(ctx, search.found.path, out, report, tablePages, progress)));
      step('build-step-pdf');
    } catch (e) {
      if (e instanceof UserError) throw e;
      pdfMessage = t(lang, 'build-pdf-failed', { browser: search.found.path, detail: (e as Error).message.split('\n')[0] });
      exitCode = ExitCode.userError;
      // The index must not link PDFs that were not made.
      await writeIndex(renderHtmlPages(report, { templatesDir, outputs: { ...outputs, pdf: false } })[0]);
    }
  }

  // 5. What was written, and how long each step took.
  const lines = [t(lang, 'build-wrote', { out: show(ctx, outPath) })];
  const nameWidth = Math.max(...written.map((w) => w.name.length), FONTS_DIR.length + 1);
  for (const w of written) {
    const extra = w.pages !== undefined ? `${t(lang, 'build-pages', { pages: w.pages })}  ` : '';
    lines.push(`  ${w.name.padEnd(nameWidth)}  ${extra}${formatSize(w.bytes)}`);
  }
  const fontBytes = fontFiles.reduce((n, f) => n + f.bytes, 0);
  lines.push(`  ${`${FONTS_DIR}/`.padEnd(nameWidth)}  ${t(lang, 'build-files', { count: fontFiles.length })}  ${formatSize(fontBytes)}`);
  const merged = new Map<string, number>();
  for (const [k, ms] of timings) merged.set(k, (merged.get(k) ?? 0) + ms);
  const seconds = (ms: number) => t(lang, 'build-seconds', { s: (ms / 1000).toFixed(2) });
  const steps = [...merged].map(([k, ms]) => `${t(lang, k)} ${seconds(ms)}`).join(' / ');
  lines.push(t(lang, 'build-timing', { steps, total: seconds(now() - started) }));
  ctx.stdout.write(`${lines.join('\n')}\n`);
  if (pdfMessage) ctx.stderr.write(`${pdfMessage}\n`);
  return exitCode;
}

async function printPdfs(
  ctx: Context,
  executablePath: string,
  out: OutputDir,
  report: Report,
  pages: HtmlPage[],
  progress: (key: string, params?: Record<string, string | number>) => void,
): Promise<Written[]> {
  progress('build-progress-browser', { path: executablePath });
  const written: Written[] = [];
  let browser: RunningBrowser | undefined;
  try {
    browser = await launchBrowser({ executablePath, env: ctx.env, allowDirs: [out.root, out.realRoot] });
    for (const page of pages) {
      progress('build-progress-pdf', { title: page.title });
      const name = pdfNameOf(page.name);
      await out.target(name);
      const pdf = await printPdf(browser, path.join(out.root, page.name), { author: report.organisation });
      written.push({ ...(await out.write(name, pdf.data)), pages: pdf.pages });
    }
  } finally {
    await browser?.close();
  }
  return written;
}

