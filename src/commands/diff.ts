/**
 * `reform diff <base> [<head>]`: what changed between two versions of a report, per initiative and
 * per printed field. Each side is a directory or a git revision (read through git); head defaults
 * to the working tree. Exit 0 when there is no difference (and says so); with --exit-code, 1 when
 * there is one. Invalid data on either side: the diagnostics, exit 1.
 */
import { Option } from 'commander';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import type { Context } from '../context.js';
import { isInside } from '../io/outdir.js';
import { t } from '../messages/index.js';
import { writeFileAtomic } from '../io/atomic.js';
import { formatText } from '../diagnostics/format.js';
import { compareReports } from '../diff/compare.js';
import { formatDiffJson, formatDiffMarkdown, formatDiffText, sideLabel, type DiffFormat } from '../diff/format.js';
import { loadSide, resolveSide } from '../diff/sides.js';
import { defineCommand } from './spec.js';

export interface DiffCommandOptions {
  dir: string;
  format: DiffFormat;
  out?: string;
  exitCode?: boolean;
}

export const diffCommand = defineCommand<DiffCommandOptions>({
  name: 'diff',
  summary: {
    ja: '2つの版（フォルダまたは git のリビジョン）の違いを、取組と印刷される項目ごとに示す',
    en: 'show what changed between two versions (directories or git revisions), per initiative and printed field',
  },
  setup(cmd, lang) {
    const ja = lang === 'ja';
    cmd
      .argument('<base>', ja ? '比べる元: フォルダ、または git のリビジョン（例: origin/main）' : 'base: a directory or a git revision (e.g. origin/main)')
      .argument('[head]', ja ? '比べる先（省略すると作業中のファイル）' : 'head (default: the working tree)')
      .option('--dir <dir>', ja ? 'リポジトリの中の報告書のフォルダ' : 'report directory inside the repository', 'data')
      .addOption(new Option('--format <format>', ja ? '出力の形式' : 'output format').choices(['text', 'markdown', 'json', 'html']).default('text'))
      .option('--out <file>', ja ? '結果をこのファイルに書く（省略すると画面に表示）' : 'write the result to this file (default: standard output)')
      .option('--exit-code', ja ? '違いがあれば終了コード 1 で終わる' : 'exit with 1 when there are differences');
  },
  async run(ctx, [baseSpec, headSpec], opts) {
    const sideOpts = { cwd: ctx.cwd, dir: String(opts.dir ?? 'data') };
    const format = (opts.format ?? 'text') as DiffFormat;
    const baseInfo = await resolveSide(baseSpec, sideOpts);
    const headInfo = await resolveSide(headSpec, sideOpts);
    const [base, head] = [await loadSide(baseInfo, sideOpts), await loadSide(headInfo, sideOpts)];

    let invalid = false;
    for (const side of [base, head]) {
      if (side.loaded.report) continue;
      invalid = true;
      const errors = side.loaded.diagnostics.filter((d) => d.severity === 'error');
      ctx.stderr.write(formatText(errors, ctx.lang, side.loaded.texts, ctx.color) + '\n');
      ctx.stderr.write(`${t(ctx.lang, 'diff-invalid', { side: sideLabel(side.info, ctx.lang) })}\n`);
    }
    if (invalid || !base.loaded.report || !head.loaded.report) return ExitCode.userError;

    const diff = compareReports(base.loaded.report, head.loaded.report);
    let output: string;
    if (format === 'json') output = formatDiffJson(diff, base.info, head.info, ctx.lang);
    else if (format === 'markdown') output = formatDiffMarkdown(diff, base.info, head.info, ctx.lang);
    else if (format === 'html') output = await (await import('../diff/html.js')).formatDiffHtml(diff, base.loaded.report, head.loaded.report, base.info, head.info, ctx.lang);
    else output = formatDiffText(diff, base.info, head.info, ctx.lang, ctx.color && !opts.out);

    if (opts.out !== undefined) {
      const target = await safeOutFile(ctx, String(opts.out), [base, head].filter((s) => s.info.kind !== 'git').map((s) => s.loaded.dir));
      await writeFileAtomic(target, output);
      if (diff.identical) ctx.stdout.write(`${t(ctx.lang, 'diff-none', { base: sideLabel(base.info, ctx.lang), head: sideLabel(head.info, ctx.lang) })}\n`);
    } else {
      ctx.stdout.write(output);
    }
    return !diff.identical && opts.exitCode ? ExitCode.userError : ExitCode.ok;
  },
});

/**
 * The file `--out` names, refused when writing it could destroy data: an empty name, an existing
 * directory, a YAML file, or anything inside a report directory being compared.
 */
async function safeOutFile(ctx: Context, out: string, reportDirs: string[]): Promise<string> {
  const target = path.resolve(ctx.cwd, out);
  const info = await lstat(target).catch(() => undefined);
  const inReport = reportDirs.some((d) => target === d || isInside(d, target));
  if (out.trim() === '' || info?.isDirectory() || /\.ya?ml$/i.test(target) || inReport) throw new UserError('diff-out-unsafe', { out });
  return target;
}
