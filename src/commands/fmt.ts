/**
 * `reform fmt [dir]`: rewrites the report's YAML files into the canonical form (src/fmt/canonical.ts),
 * keeping comments and never changing the data. `--check` writes nothing, lists the files that
 * would change and exits 1 if there is any. Files with YAML errors, and entries that are not regular
 * files (symbolic links, directories, FIFOs), are reported and left alone (exit 1).
 */
import { escapeJsonText, visible } from '../diagnostics/visible.js';
import { ExitCode } from '../errors.js';
import { t } from '../messages/index.js';
import {
  diagnosticMessage,
  formatGithub,
  formatText,
  githubAnnotation,
  type DiagnosticFormat,
} from '../diagnostics/format.js';
import { defaultFormat } from '../diagnostics/print.js';
import { formatReportDir } from '../fmt/files.js';
import { reportDirOf, type CommandRun } from './spec.js';

export type FmtCommandOptions = { check?: boolean; format?: DiagnosticFormat };

export const run: CommandRun<FmtCommandOptions> = async (ctx, [dir], opts) => {
  const check = Boolean(opts.check);
  const format = opts.format ?? defaultFormat(ctx);
  const results = await formatReportDir(reportDirOf(dir, ctx.cwd), { cwd: ctx.cwd, check });
  const errors = results.filter((r) => r.status === 'error');
  const internal = results.filter((r) => r.status === 'internal');
  const changed = results.filter((r) => r.status === 'changed');
  const exitCode =
    internal.length > 0
      ? ExitCode.internal
      : errors.length > 0 || (check && changed.length > 0)
        ? ExitCode.userError
        : ExitCode.ok;
  const diagnostics = errors.flatMap((r) => r.diagnostics ?? []);

  if (format === 'json') {
    const files = results.map((r) => ({ file: r.file, status: r.status, ...(r.reason ? { reason: r.reason } : {}) }));
    const diags = diagnostics.map((d) => ({ ...d, message: diagnosticMessage(d, ctx.lang) }));
    const report = { ok: exitCode === ExitCode.ok, check, files, diagnostics: diags };
    ctx.stdout.write(`${escapeJsonText(JSON.stringify(report, null, 2))}\n`);
    return exitCode;
  }

  if (errors.length > 0) {
    const texts = new Map<string, string>();
    for (const r of errors) if (r.text !== undefined) texts.set(r.file, r.text);
    ctx.stderr.write(formatText(diagnostics, ctx.lang, texts, ctx.color) + '\n');
    if (format === 'github') ctx.stdout.write(formatGithub(diagnostics, ctx.lang));
  }
  for (const r of internal) {
    const key = r.reason === 'unstable' ? 'fmt-unstable' : 'fmt-refused';
    ctx.stderr.write(`${t(ctx.lang, key, { file: visible(r.file), detail: visible(r.detail ?? '') })}\n`);
  }
  for (const r of changed) {
    ctx.stdout.write(`${t(ctx.lang, check ? 'fmt-would-change' : 'fmt-changed', { file: visible(r.file) })}\n`);
    if (check && format === 'github')
      ctx.stdout.write(githubAnnotation('error', { file: visible(r.file), line: 1 }, t(ctx.lang, 'fmt-annotation')));
  }
  if (errors.length > 0) ctx.stderr.write(`${t(ctx.lang, 'fmt-skipped', { count: errors.length })}\n`);
  const counts = { files: results.length, changed: changed.length };
  const summary = changed.length === 0 ? 'fmt-summary-clean' : check ? 'fmt-summary-check' : 'fmt-summary-written';
  if (!(changed.length === 0 && (errors.length > 0 || internal.length > 0)))
    ctx.stdout.write(`${t(ctx.lang, summary, counts)}\n`);
  return exitCode;
};
