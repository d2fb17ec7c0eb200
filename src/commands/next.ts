/**
 * `reform next [dir]`: moves report.yaml to the next edition (上半期 → 年間 → next year's 上半期;
 * quarterly editions Q1 → Q2 → Q3 → Q4 → next year's Q1; within the plan period), changing only the
 * edition's lines, and prints per 課 what the new edition asks (src/cycle/asked.ts).
 */
import { readFile } from 'node:fs/promises';
import { ExitCode, UserError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { positionAt } from '../load/locate.js';
import { formatText } from '../diagnostics/format.js';
import { loadCycleReport } from '../cycle/load.js';
import { answersByDivision } from '../cycle/asked.js';
import { editionLabel, nextEdition } from '../cycle/model.js';
import { setScalars } from '../cycle/yaml-edit.js';
import { say } from '../cycle/say.js';
import { reportDirOf, type CommandRun } from './spec.js';

export type NextCommandOptions = Record<string, unknown>;

export const run: CommandRun<NextCommandOptions> = async (ctx, [dir]) => {
  const report = await loadCycleReport(reportDirOf(dir, ctx.cwd), ctx.cwd);
  if (!report.manifest) {
    ctx.stderr.write(`${formatText(report.diagnostics, ctx.lang, new Map(), ctx.color)}\n`);
    say(ctx.stderr, ctx.lang, 'cycle-manifest-invalid');
    return ExitCode.userError;
  }
  const { source, data: m } = report.manifest;
  const from = m.edition;
  const to = nextEdition(from, m.planPeriod.to);
  if (!to)
    throw new UserError('next-after-last', {
      edition: editionLabel(from, ctx.lang),
      from: m.planPeriod.from,
      to: m.planPeriod.to,
    });

  const text = await readFile(source.path, 'utf8');
  const edits: { path: string[]; value: string | number }[] = [];
  if (to.fiscalYear !== from.fiscalYear) edits.push({ path: ['edition', 'fiscalYear'], value: to.fiscalYear });
  if (to.period !== from.period) edits.push({ path: ['edition', 'period'], value: to.period });
  if (to.quarter !== undefined && to.quarter !== from.quarter)
    edits.push({ path: ['edition', 'quarter'], value: to.quarter });
  await writeFileAtomic(source.path, setScalars(text, edits));
  say(ctx.stdout, ctx.lang, 'next-done', {
    file: source.displayPath,
    from: editionLabel(from, ctx.lang),
    to: editionLabel(to, ctx.lang),
  });

  const oldLabel = editionLabel(from);
  if (m.progressTable?.title.includes(oldLabel)) {
    const line = positionAt(source, ['progressTable', 'title']).start.line;
    say(ctx.stderr, ctx.lang, 'next-title-warning', { file: source.displayPath, line, label: oldLabel });
  }

  const divisions = answersByDivision({ ...m, edition: { ...m.edition, ...to } }, report.initiatives);
  const missing = divisions.filter((d) => d.missing.length > 0);
  const count = missing.reduce((n, d) => n + d.missing.length, 0);
  if (count === 0) say(ctx.stdout, ctx.lang, 'next-nothing');
  else {
    say(ctx.stdout, ctx.lang, 'next-needs-head', { edition: editionLabel(to, ctx.lang), count });
    for (const d of missing) {
      say(ctx.stdout, ctx.lang, 'next-needs-division', {
        division: `${d.department}${d.division}`,
        count: d.missing.length,
      });
      const byField = new Map<string, number[]>();
      for (const i of d.missing) for (const f of i.fields) byField.set(f, [...(byField.get(f) ?? []), i.number]);
      for (const [field, numbers] of byField)
        say(ctx.stdout, ctx.lang, 'next-needs-field', { field, numbers: numbers.join(', ') });
    }
  }
  say(ctx.stdout, ctx.lang, 'next-hint');
  return ExitCode.ok;
};
