/**
 * `reform build [dir] --out DIR`: parses the options, runs the build core (src/publish/) and prints
 * the diagnostics, what was written (a PDF reused from the last build is marked) and how long it
 * took. Without a browser, everything else is still written, then the command explains where it
 * looked and exits 1; --no-pdf skips the PDFs.
 */
import { visible } from '../diagnostics/visible.js';
import path from 'node:path';
import { ExitCode } from '../errors.js';
import { t } from '../messages/index.js';
import type { Context } from '../context.js';
import { reportDirOf, type CommandRun } from './spec.js';
import { defaultFormat, printDiagnostics } from '../diagnostics/print.js';
import type { DiagnosticFormat } from '../diagnostics/format.js';
import type { BuildResult } from '../publish/index.js';
import { noBrowserMessage } from '../browser/advice.js';

export interface BuildCommandOptions {
  out: string;
  templates?: string;
  browser?: string;
  pdf: boolean;
  force?: boolean;
  format?: DiagnosticFormat;
}

export const run: CommandRun<BuildCommandOptions> = async (ctx, [dir], opts) => {
  const progress = ctx.stderr.isTTY
    ? (key: Parameters<typeof t>[1], params = {}) => ctx.stderr.write(`${visible(t(ctx.lang, key, params))}\n`)
    : undefined;
  // Loaded on use: the build core brings the browser driver, the workbook writer and the templates.
  const { runBuild, FONTS_DIR } = await import('../publish/index.js');
  const result = await runBuild(
    reportDirOf(dir, ctx.cwd),
    {
      out: opts.out ?? 'out',
      templates: opts.templates,
      browser: opts.browser,
      pdf: opts.pdf !== false,
      force: opts.force === true,
    },
    {
      cwd: ctx.cwd,
      env: ctx.env,
      progress,
    },
  );
  const { loaded } = result;
  if (loaded.diagnostics.length > 0 || result.kind === 'invalid')
    printDiagnostics(ctx, loaded, opts.format ?? defaultFormat(ctx));
  if (result.kind === 'invalid') return ExitCode.userError;
  return printBuilt(ctx, result, FONTS_DIR);
};

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

function show(ctx: Context, p: string): string {
  const rel = path.relative(ctx.cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

/** What was written, how long each step took, and what became of the PDFs. */
function printBuilt(ctx: Context, result: Extract<BuildResult, { kind: 'built' }>, fontsDir: string): number {
  const lang = ctx.lang;
  const { written, fontFiles } = result;
  if (result.fallback.length > 0)
    ctx.stderr.write(`${t(lang, 'build-font-fallback', { chars: visible(result.fallback.join(' ')) })}
`);
  if (result.uncovered.length > 0)
    ctx.stderr.write(`${t(lang, 'build-font-uncovered', { chars: visible(result.uncovered.join(' ')) })}
`);
  const lines = [t(lang, 'build-wrote', { out: show(ctx, result.outDir) })];
  const nameWidth = Math.max(...written.map((w) => w.name.length), fontsDir.length + 1);
  for (const w of written) {
    const extra = w.pages !== undefined ? `${t(lang, 'build-pages', { pages: w.pages })}  ` : '';
    const reused = w.reused ? `  ${t(lang, 'build-reused')}` : '';
    lines.push(`  ${w.name.padEnd(nameWidth)}  ${extra}${formatSize(w.bytes)}${reused}`);
  }
  const fontBytes = fontFiles.reduce((n, f) => n + f.bytes, 0);
  lines.push(
    `  ${`${fontsDir}/`.padEnd(nameWidth)}` +
      `  ${t(lang, 'build-files', { count: fontFiles.length })}  ${formatSize(fontBytes)}`,
  );
  const merged = new Map<(typeof result.timings)[number][0], number>();
  for (const [k, ms] of result.timings) merged.set(k, (merged.get(k) ?? 0) + ms);
  const seconds = (ms: number) => t(lang, 'build-seconds', { s: (ms / 1000).toFixed(2) });
  const steps = [...merged].map(([k, ms]) => `${t(lang, k)} ${seconds(ms)}`).join(' / ');
  lines.push(t(lang, 'build-timing', { steps, total: seconds(result.totalMs) }));
  ctx.stdout.write(`${lines.join('\n')}\n`);

  const { removed, kept } = result.stale;
  if (removed.length > 0)
    ctx.stderr.write(`${t(lang, 'build-stale-removed', { names: visible(removed.join(', ')) })}\n`);
  if (kept.length > 0) ctx.stderr.write(`${t(lang, 'build-stale-kept', { names: visible(kept.join(', ')) })}\n`);
  const pdf = result.pdf;
  if (pdf.status === 'skipped') ctx.stderr.write(`${t(lang, 'build-no-pdf')}\n`);
  if (pdf.status === 'no-browser') ctx.stderr.write(`${noBrowserMessage(pdf.search, lang, true)}\n`);
  if (pdf.status === 'failed')
    ctx.stderr.write(`${t(lang, 'build-pdf-failed', { browser: pdf.browser, detail: pdf.detail })}\n`);
  if (pdf.status === 'blank')
    ctx.stderr.write(
      `${t(lang, 'build-pdf-blank', { file: pdf.file, problem: pdf.problem, fonts: visible(pdf.fonts.join(', ')) })}\n`,
    );
  return pdf.status === 'printed' || pdf.status === 'skipped' ? ExitCode.ok : ExitCode.userError;
}
