/**
 * `reform fmt [dir]`: rewrites the report's YAML files into the canonical form (src/fmt/canonical.ts),
 * keeping comments and never changing the data. `--check` writes nothing, lists the files that
 * would change and exits 1 if there is any. Files with YAML errors, and entries that are not regular
 * files (symbolic links, directories, FIFOs), are reported and left alone (exit 1).
 */
import { Option } from 'commander';
import { ExitCode } from '../errors.js';
import { t } from '../messages/index.js';
import { diagnosticMessage, formatGithub, formatText, githubAnnotation, type DiagnosticFormat } from '../diagnostics/format.js';
import { defaultFormat } from '../diagnostics/print.js';
import { formatReportDir } from '../fmt/files.js';
import { defineCommand, DIAGNOSTIC_FORMATS } from './spec.js';

export const fmtCommand = defineCommand<{ check?: boolean; format?: DiagnosticFormat }>({
  name: 'fmt',
  summary: {
    ja: 'YAML を決まった書き方に整える（項目の順、字下げ、複数行の文章）。コメントと内容はそのまま',
    en: 'rewrite the YAML files in the canonical form (key order, indentation, multi-line texts), keeping comments and data',
  },
  setup(cmd, lang) {
    const ja = lang === 'ja';
    cmd
      .argument('[dir]', ja ? '報告書のフォルダ' : 'report directory', 'data')
      .option('--check', ja ? '書き換えずに、整形が必要なファイルを表示する（あれば終了コード 1）' : 'write nothing; list the files that would change (exit 1 if any)')
      .addOption(
        new Option(
          '--format <format>',
          ja ? '出力の形式（GitHub Actions では github が既定）' : 'output format (github by default on GitHub Actions)',
        ).choices(DIAGNOSTIC_FORMATS),
      );
  },
  async run(ctx, [dir], opts) {
    const check = Boolean(opts.check);
    const format = opts.format ?? defaultFormat(ctx);
    const results = await formatReportDir(dir ?? 'data', { cwd: ctx.cwd, check });
    const errors = results.filter((r) => r.status === 'error');
    const internal = results.filter((r) => r.status === 'internal');
    const changed = results.filter((r) => r.status === 'changed');
    const exitCode = internal.length > 0 ? ExitCode.internal : errors.length > 0 || (check && changed.length > 0) ? ExitCode.userError : ExitCode.ok;
    const diagnostics = errors.flatMap((r) => r.diagnostics ?? []);

    if (format === 'json') {
      const files = results.map((r) => ({ file: r.file, status: r.status, ...(r.reason ? { reason: r.reason } : {}) }));
      const diags = diagnostics.map((d) => ({ ...d, message: diagnosticMessage(d, ctx.lang) }));
      ctx.stdout.write(`${JSON.stringify({ ok: exitCode === ExitCode.ok, check, files, diagnostics: diags }, null, 2)}\n`);
      return exitCode;
    }

    if (errors.length > 0) {
      const texts = new Map<string, string>();
      for (const r of errors) if (r.text !== undefined) texts.set(r.file, r.text);
      ctx.stderr.write(formatText(diagnostics, ctx.lang, texts, ctx.color) + '\n');
      if (format === 'github') ctx.stdout.write(formatGithub(diagnostics, ctx.lang));
    }
    for (const r of internal) {
      ctx.stderr.write(`${t(ctx.lang, r.reason === 'unstable' ? 'fmt-unstable' : 'fmt-refused', { file: r.file, detail: r.detail ?? '' })}\n`);
    }
    for (const r of changed) {
      ctx.stdout.write(`${t(ctx.lang, check ? 'fmt-would-change' : 'fmt-changed', { file: r.file })}\n`);
      if (check && format === 'github') ctx.stdout.write(githubAnnotation('error', { file: r.file, line: 1 }, t(ctx.lang, 'fmt-annotation')));
    }
    if (errors.length > 0) ctx.stderr.write(`${t(ctx.lang, 'fmt-skipped', { count: errors.length })}\n`);
    const counts = { files: results.length, changed: changed.length };
    const summary = changed.length === 0 ? 'fmt-summary-clean' : check ? 'fmt-summary-check' : 'fmt-summary-written';
    if (!(changed.length === 0 && (errors.length > 0 || internal.length > 0))) ctx.stdout.write(`${t(ctx.lang, summary, counts)}\n`);
    return exitCode;
  },
});
