/**
 * `reform forms [dir] --out DIR [--due DATE]`: one Excel form (照会様式) per 課 of the current
 * edition, with only that 課's rows (src/cycle/form-xlsx.ts).
 */
import path from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { isInside } from '../io/outdir.js';
import { formatText } from '../diagnostics/format.js';
import { loadCycleReport } from '../cycle/load.js';
import { editionLabel } from '../cycle/model.js';
import { formFileName, renderForm, rowsOf } from '../cycle/form-xlsx.js';
import { say } from '../cycle/say.js';
import { reportDirOf, type CommandRun } from './spec.js';

export type FormsCommandOptions = Record<string, unknown>;

export const run: CommandRun<FormsCommandOptions> = async (ctx, [dir], opts) => {
  const report = await loadCycleReport(reportDirOf(dir), ctx.cwd);
  if (!report.manifest) {
    ctx.stderr.write(`${formatText(report.diagnostics, ctx.lang, new Map(), ctx.color)}\n`);
    say(ctx.stderr, ctx.lang, 'cycle-manifest-invalid');
    return ExitCode.userError;
  }
  const out = path.resolve(ctx.cwd, String(opts.out));
  if (isInside(report.dir, out)) throw new UserError('forms-out-inside', { dir: String(opts.out) });
  const m = report.manifest.data;
  let count = 0;
  for (const dep of m.departments) {
    for (const div of dep.divisions) {
      const input = {
        manifest: m,
        division: { department: dep.name, division: div },
        initiatives: report.initiatives,
        due: opts.due as string | undefined,
      };
      const rows = rowsOf(input);
      if (rows.progress.length === 0 && rows.verification.length === 0) continue;
      const file = path.join(out, formFileName(input.division));
      await writeFileAtomic(file, await renderForm(input));
      count++;
      const shown = path.relative(ctx.cwd, file) || file;
      say(ctx.stdout, ctx.lang, 'forms-written', {
        file: shown,
        division: `${dep.name}${div}`,
        progress: rows.progress.length,
        verification: rows.verification.length,
      });
    }
  }
  if (count === 0) {
    say(ctx.stderr, ctx.lang, 'forms-none');
    return ExitCode.userError;
  }
  say(ctx.stdout, ctx.lang, 'forms-summary', {
    count,
    dir: path.relative(ctx.cwd, out) || out,
    edition: editionLabel(m.edition, ctx.lang),
  });
  return ExitCode.ok;
};
