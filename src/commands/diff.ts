/**
 * `reform diff <base> [<head>]`: what changed between two versions of a report, per initiative and
 * per printed field. Each side is a directory or a git revision (read through git); head defaults
 * to the working tree. Exit 0 when there is no difference (and says so); with --exit-code, 1 when
 * there is one. Invalid data on either side: the diagnostics, exit 1.
 */
import { escapeJsonText, visible } from '../diagnostics/visible.js';
import { ExitCode } from '../errors.js';
import { guardOutputFile } from '../io/outdir.js';
import { t } from '../messages/index.js';
import { writeFileAtomic } from '../io/atomic.js';
import { formatText } from '../diagnostics/format.js';
import { compareReports } from '../diff/compare.js';
import { formatDiffJson, formatDiffMarkdown, formatDiffText, sideLabel, type DiffFormat } from '../diff/format.js';
import { loadSide, resolveSide } from '../diff/sides.js';
import { reportDirOf, type CommandRun } from './spec.js';

export interface DiffCommandOptions {
  dir: string;
  format: DiffFormat;
  out?: string;
  exitCode?: boolean;
}

export const run: CommandRun<DiffCommandOptions> = async (ctx, [baseSpec, headSpec], opts) => {
  const sideOpts = { cwd: ctx.cwd, dir: reportDirOf(opts.dir, ctx.cwd) };
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
  // A state in the middle of a cycle (after `next`, before every answer is in) is compared too.
  for (const side of [base, head]) {
    const files = new Set(side.loaded.unanswered.map((d) => d.file));
    if (files.size > 0)
      ctx.stderr.write(
        `${t(ctx.lang, 'diff-unanswered', {
          side: sideLabel(side.info, ctx.lang),
          count: side.loaded.unanswered.length,
          files: files.size,
        })}\n`,
      );
  }

  const diff = compareReports(base.loaded.report, head.loaded.report);
  let output: string;
  if (format === 'json') output = formatDiffJson(diff, base.info, head.info, ctx.lang);
  else if (format === 'markdown') output = formatDiffMarkdown(diff, base.info, head.info, ctx.lang);
  else if (format === 'html')
    output = await (await import('../diff/html.js')).formatDiffHtml(
      diff,
      base.loaded.report,
      head.loaded.report,
      base.info,
      head.info,
      ctx.lang,
    );
  else output = formatDiffText(diff, base.info, head.info, ctx.lang, ctx.color && !opts.out);

  if (opts.out !== undefined) {
    const target = await guardOutputFile(
      String(opts.out),
      ctx.cwd,
      [base, head].filter((s) => s.info.kind !== 'git').map((s) => s.loaded.dir),
    );
    await writeFileAtomic(target, output);
    if (diff.identical)
      ctx.stdout.write(
        `${t(ctx.lang, 'diff-none', { base: sideLabel(base.info, ctx.lang), head: sideLabel(head.info, ctx.lang) })}\n`,
      );
  } else {
    // Invisible characters from the data (bidi controls, zero-width spaces pass validation as warnings) are
    // shown as escapes on the terminal; the only ESC sequences left are reform's own colours.
    const shown =
      format === 'json'
        ? escapeJsonText(output)
        : format === 'html'
          ? output
          : output
              .split(/(\x1b\[[0-9;]*m)/)
              .map((part, i) => (i % 2 === 1 ? part : visible(part, { keepNewlines: true, keepTabs: true })))
              .join('');
    ctx.stdout.write(shown);
  }
  return !diff.identical && opts.exitCode ? ExitCode.userError : ExitCode.ok;
};
