/** `reform validate [dir]`: every YAML, schema and cross-file error of a report directory, in one run. */
import { ExitCode } from '../errors.js';
import { t } from '../i18n.js';
import { loadReport } from '../validate/index.js';
import { formatGithub, formatJson, formatText, type DiagnosticFormat } from '../validate/format.js';
import type { CommandRun } from './spec.js';
import type { Context } from '../context.js';
import type { LoadedReport } from '../validate/index.js';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';

export function defaultFormat(ctx: Context): DiagnosticFormat {
  return ctx.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text';
}

/** Prints diagnostics in the chosen format and the one-line summary; shared by validate and build. */
export async function reportDiagnostics(ctx: Context, loaded: LoadedReport, format: DiagnosticFormat): Promise<void> {
  const { diagnostics, stats } = loaded;
  if (format === 'json') {
    ctx.stdout.write(formatJson(diagnostics, ctx.lang, stats));
    return;
  }
  if (format === 'github') {
    ctx.stdout.write(formatGithub(diagnostics, ctx.lang));
  } else if (diagnostics.length > 0) {
    const sources = new Map<string, string>();
    for (const file of new Set(diagnostics.map((d) => d.file))) {
      // Only regular files get a code frame: a symbolic link may point anywhere, a FIFO would hang.
      const abs = path.resolve(ctx.cwd, file);
      if (!(await lstat(abs).catch(() => undefined))?.isFile()) continue;
      const text = await readFile(abs, 'utf8').catch(() => undefined);
      // Binary or mis-encoded files get no code frame.
      if (text !== undefined && !text.includes('\uFFFD')) sources.set(file, text);
    }
    ctx.stderr.write(formatText(diagnostics, ctx.lang, sources, ctx.color) + '\n');
  }
  const summary = t(ctx.lang, 'summary', { ...stats });
  const verdict = stats.errors === 0 ? t(ctx.lang, 'summary-ok') : t(ctx.lang, 'summary-errors', { errors: stats.errors });
  ctx.stdout.write(`${summary}: ${verdict}\n`);
}

export const run: CommandRun = async (ctx, [dir], opts) => {
  const loaded = await loadReport(dir ?? 'data', { cwd: ctx.cwd });
  await reportDiagnostics(ctx, loaded, (opts.format as DiagnosticFormat | undefined) ?? defaultFormat(ctx));
  return loaded.stats.errors === 0 ? ExitCode.ok : ExitCode.userError;
};
