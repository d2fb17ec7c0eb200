/**
 * `reform fmt [dir]`: rewrites the report's YAML files into the canonical form (src/fmt/canonical.ts),
 * keeping comments and never changing the data. `--check` writes nothing, lists the files that
 * would change and exits 1 if there is any. Files with YAML errors, and entries that are not regular
 * files (symbolic links, directories, FIFOs), are reported and left alone (exit 1).
 */
import { visible } from '../diagnostics/visible.js';
import { ExitCode } from '../errors.js';
import { defineMessages, t } from '../i18n.js';
import { formatText } from '../validate/format.js';
import { formatReportDir } from '../fmt/files.js';
import type { CommandSpec } from './spec.js';

defineMessages({
  ja: {
    'fmt-changed': (p) => `整形しました: ${p.file}`,
    'fmt-would-change': (p) => `整形が必要です: ${p.file}`,
    'fmt-annotation': () => 'このファイルは決まった書き方（reform fmt の形）になっていません。reform fmt を実行してからコミットしてください。',
    'fmt-skipped': (p) => `上の誤りがあるため、${p.count} ファイルは整形していません。メッセージに従って直してから、もう一度実行してください。`,
    'fmt-summary-written': (p) => `${p.files} ファイルのうち ${p.changed} ファイルを整形しました。`,
    'fmt-summary-clean': (p) => `${p.files} ファイルとも整形済みです。`,
    'fmt-summary-check': (p) => `${p.files} ファイルのうち ${p.changed} ファイルが整形されていません。reform fmt で整形できます。`,
    'fmt-refused': (p) => `${p.file} は整形すると内容が変わってしまうため、書き換えていません（reform の不具合です）。詳細: ${p.detail}`,
    'fmt-unstable': (p) => `${p.file} は整形するたびに結果が変わってしまうため、書き換えていません（reform の不具合です）。詳細: ${p.detail}`,
  },
  en: {
    'fmt-changed': (p) => `formatted: ${p.file}`,
    'fmt-would-change': (p) => `would reformat: ${p.file}`,
    'fmt-annotation': () => 'This file is not in the canonical form. Run reform fmt and commit the result.',
    'fmt-skipped': (p) => `${p.count} ${Number(p.count) === 1 ? 'file was' : 'files were'} not formatted because of the errors above. Fix them as the messages say and run again.`,
    'fmt-summary-written': (p) => `${p.changed} of ${p.files} files formatted.`,
    'fmt-summary-clean': (p) => `All ${p.files} files are already formatted.`,
    'fmt-summary-check': (p) => `${p.changed} of ${p.files} files are not formatted. Run reform fmt to format them.`,
    'fmt-refused': (p) => `${p.file} was not rewritten: formatting would change its content (a bug in reform). Detail: ${p.detail}`,
    'fmt-unstable': (p) => `${p.file} was not rewritten: formatting it again would change it again (a bug in reform). Detail: ${p.detail}`,
  },
});

export const fmtCommand: CommandSpec = {
  name: 'fmt',
  summary: {
    ja: 'YAML を決まった書き方に整える（項目の順、字下げ、複数行の文章）。コメントと内容はそのまま',
    en: 'rewrite the YAML files in the canonical form (key order, indentation, multi-line texts), keeping comments and data',
  },
  setup(cmd, lang) {
    const ja = lang === 'ja';
    cmd
      .argument('[dir]', ja ? '報告書のフォルダ' : 'report directory', 'data')
      .option('--check', ja ? '書き換えずに、整形が必要なファイルを表示する（あれば終了コード 1）' : 'write nothing; list the files that would change (exit 1 if any)');
  },
  async run(ctx, [dir], opts) {
    const check = Boolean(opts.check);
    const results = await formatReportDir(dir ?? 'data', { cwd: ctx.cwd, check });

    const errors = results.filter((r) => r.status === 'error');
    if (errors.length > 0) {
      const sources = new Map<string, string>();
      for (const r of errors) if (r.text !== undefined) sources.set(r.file, r.text);
      ctx.stderr.write(formatText(errors.flatMap((r) => r.diagnostics ?? []), ctx.lang, sources, ctx.color) + '\n');
    }
    const internal = results.filter((r) => r.status === 'internal');
    for (const r of internal) ctx.stderr.write(`${t(ctx.lang, r.reason === 'unstable' ? 'fmt-unstable' : 'fmt-refused', { file: visible(r.file), detail: visible(r.detail ?? '') })}\n`);

    const changed = results.filter((r) => r.status === 'changed');
    const github = ctx.env.GITHUB_ACTIONS === 'true';
    for (const r of changed) {
      ctx.stdout.write(`${t(ctx.lang, check ? 'fmt-would-change' : 'fmt-changed', { file: visible(r.file) })}\n`);
      if (check && github) ctx.stdout.write(`::error file=${visible(r.file).split('\\').join('/').replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C')},line=1::${t(ctx.lang, 'fmt-annotation')}\n`);
    }
    if (errors.length > 0) ctx.stderr.write(`${t(ctx.lang, 'fmt-skipped', { count: errors.length })}\n`);
    const counts = { files: results.length, changed: changed.length };
    const summary = changed.length === 0 ? 'fmt-summary-clean' : check ? 'fmt-summary-check' : 'fmt-summary-written';
    if (!(changed.length === 0 && (errors.length > 0 || internal.length > 0))) ctx.stdout.write(`${t(ctx.lang, summary, counts)}\n`);

    if (internal.length > 0) return ExitCode.internal;
    if (errors.length > 0) return ExitCode.userError;
    return check && changed.length > 0 ? ExitCode.userError : ExitCode.ok;
  },
};
