/**
 * `reform status [dir]`: per 部 and 課, which initiatives have the current edition's answers
 * (年次計画 and 実績 of the period) and which are missing; text, markdown (for a pull-request
 * comment) or JSON. `--exit-code`: 1 while something is missing.
 */
import { ExitCode } from '../errors.js';
import { t, type Lang } from '../messages/index.js';
import { formatText } from '../diagnostics/format.js';
import { loadCycleReport } from '../cycle/load.js';
import { answersByDivision, type DivisionAnswers } from '../cycle/asked.js';
import { editionKey, editionLabel, type Edition } from '../cycle/model.js';
import { say } from '../cycle/say.js';
import { reportDirOf, type CommandRun } from './spec.js';

const mdEscape = (s: string) => s.replace(/[\\|*_`<>[\]]/g, (c) => `\\${c}`);

function totals(divisions: DivisionAnswers[]) {
  const answered = divisions.reduce((n, d) => n + d.answered.length, 0);
  const missing = divisions.reduce((n, d) => n + d.missing.length, 0);
  return { answered, missing, total: answered + missing };
}

export function statusText(divisions: DivisionAnswers[], edition: Edition, lang: Lang): string {
  const lines = [t(lang, 'status-head', { edition: editionLabel(edition, lang), ...totals(divisions) })];
  let dep = '';
  for (const d of divisions) {
    if (d.department !== dep) {
      dep = d.department;
      lines.push(t(lang, 'status-department', { department: dep }));
    }
    lines.push(
      t(lang, 'status-division', {
        division: d.division,
        answered: d.answered.length,
        missing: d.missing.length,
        total: d.answered.length + d.missing.length,
      }),
    );
    for (const i of d.missing)
      lines.push(t(lang, 'status-missing', { number: i.number, title: i.title, fields: i.fields.join('、') }));
  }
  return `${lines.join('\n')}\n`;
}

export function statusMarkdown(divisions: DivisionAnswers[], edition: Edition, lang: Lang): string {
  const ja = lang === 'ja';
  const out = [
    `### ${mdEscape(t(lang, 'status-head', { edition: editionLabel(edition, lang), ...totals(divisions) }))}`,
    '',
  ];
  out.push(
    ja ? '| 部 | 課 | 回答済み | 未回答 |' : '| Department | Division | Answered | Missing |',
    '|---|---|---:|---|',
  );
  for (const d of divisions) {
    const missing = d.missing.map((i) => `${i.number} ${mdEscape(i.title)}`).join('<br>') || (ja ? 'なし' : 'none');
    const answered = `${d.answered.length}/${d.answered.length + d.missing.length}`;
    out.push(`| ${mdEscape(d.department)} | ${mdEscape(d.division)} | ${answered} | ${missing} |`);
  }
  return `${out.join('\n')}\n`;
}

export type StatusCommandOptions = Record<string, unknown>;

export const run: CommandRun<StatusCommandOptions> = async (ctx, [dir], opts) => {
  const report = await loadCycleReport(reportDirOf(dir, ctx.cwd), ctx.cwd);
  if (!report.manifest) {
    ctx.stderr.write(`${formatText(report.diagnostics, ctx.lang, new Map(), ctx.color)}\n`);
    say(ctx.stderr, ctx.lang, 'cycle-manifest-invalid');
    return ExitCode.userError;
  }
  const m = report.manifest.data;
  const divisions = answersByDivision(m, report.initiatives);
  const format = String(opts.format ?? 'text');
  if (format === 'json') {
    const json = {
      edition: { ...m.edition, key: editionKey(m.edition), label: editionLabel(m.edition, ctx.lang) },
      ...totals(divisions),
      divisions,
    };
    ctx.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else if (format === 'markdown') ctx.stdout.write(statusMarkdown(divisions, m.edition, ctx.lang));
  else ctx.stdout.write(statusText(divisions, m.edition, ctx.lang));
  return opts.exitCode && totals(divisions).missing > 0 ? ExitCode.userError : ExitCode.ok;
};
