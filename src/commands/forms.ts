/**
 * `reform forms [dir] --out DIR [--due DATE]`: one Excel form (照会様式) per 課 of the current
 * edition, with what the report's tables ask that 課 (src/cycle/asked.ts, laid out by
 * src/cycle/form-xlsx.ts), and the ledger of issued forms (src/cycle/ledger.ts) written beside
 * report.yaml. The forms go to temporary files first and the ledger is written last, so that a
 * form on disk always has its token in the ledger.
 */
import path from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { guardOutputDir } from '../io/outdir.js';
import { writeAll } from '../io/transaction.js';
import { readRegularFile } from '../load/read.js';
import { formatText } from '../diagnostics/format.js';
import { visible } from '../diagnostics/visible.js';
import { askedOf, hasRows, layoutDigest } from '../cycle/asked.js';
import { reportKey } from '../cycle/form-id.js';
import { formFileName, parseDue, renderForm } from '../cycle/form-xlsx.js';
import { issue, LEDGER_FILE, parseLedger, printLedger } from '../cycle/ledger.js';
import { loadCycleReport } from '../cycle/load.js';
import { editionKey, editionLabel } from '../cycle/model.js';
import { say } from '../cycle/say.js';
import { reportDirOf, type CommandRun } from './spec.js';

export type FormsCommandOptions = Record<string, unknown>;

export const run: CommandRun<FormsCommandOptions> = async (ctx, [dir], opts) => {
  const due = opts.due === undefined ? undefined : String(opts.due);
  if (due !== undefined && !parseDue(due)) throw new UserError('forms-bad-due', { value: visible(due) });
  const report = await loadCycleReport(reportDirOf(dir, ctx.cwd), ctx.cwd);
  if (!report.manifest) {
    ctx.stderr.write(`${formatText(report.diagnostics, ctx.lang, new Map(), ctx.color)}\n`);
    say(ctx.stderr, ctx.lang, 'cycle-manifest-invalid');
    return ExitCode.userError;
  }
  const out = await guardOutputDir(String(opts.out ?? ''), ctx.cwd, report.dir, ctx.env);
  const m = report.manifest.data;
  const ledgerPath = path.join(report.dir, LEDGER_FILE);
  const read = await readRegularFile(ledgerPath);
  let entries = 'bytes' in read ? parseLedger(read.bytes.toString('utf8')) : [];
  let changed = !('bytes' in read);

  const forms: { abs: string; data: Uint8Array; division: string; sheets: string }[] = [];
  const names = new Set<string>();
  for (const dep of m.departments) {
    for (const div of dep.divisions) {
      const division = `${dep.name}/${div}`;
      const asked = askedOf(m, report.initiatives, division);
      if (!hasRows(asked)) continue;
      const issued = issue(entries, {
        division,
        edition: editionKey(m.edition),
        report: reportKey(m),
        layout: layoutDigest(asked),
      });
      entries = issued.entries;
      changed ||= issued.changed;
      let file = formFileName({ department: dep.name, division: div });
      // Two 課 whose names differ only in characters a file name cannot hold: number the second.
      for (let n = 2; names.has(file.toLowerCase()); n++) file = file.replace(/(\(\d+\))?\.xlsx$/, `(${n}).xlsx`);
      names.add(file.toLowerCase());
      forms.push({
        abs: path.join(out, file),
        data: await renderForm({
          manifest: m,
          division: { department: dep.name, division: div },
          asked,
          token: issued.token,
          ...(due ? { due } : {}),
        }),
        division: `${dep.name}${div}`,
        sheets: asked.sheets
          .map((s) => (ctx.lang === 'en' ? `${s.name} ${s.rows.length}` : `${s.name} ${s.rows.length} 件`))
          .join(ctx.lang === 'en' ? ', ' : '、'),
      });
    }
  }
  if (forms.length === 0) {
    say(ctx.stderr, ctx.lang, 'forms-none');
    return ExitCode.userError;
  }
  const { mkdir } = await import('node:fs/promises');
  await mkdir(out, { recursive: true });
  await writeAll(forms.map((f) => ({ abs: f.abs, data: f.data })));
  if (changed) await writeFileAtomic(ledgerPath, printLedger(entries));
  for (const f of forms) {
    const shown = path.relative(ctx.cwd, f.abs) || f.abs;
    say(ctx.stdout, ctx.lang, 'forms-written', { file: visible(shown), division: visible(f.division), rows: f.sheets });
  }
  say(ctx.stdout, ctx.lang, 'forms-summary', {
    count: forms.length,
    dir: path.relative(ctx.cwd, out) || out,
    edition: editionLabel(m.edition, ctx.lang),
  });
  if (changed) say(ctx.stdout, ctx.lang, 'forms-ledger', { file: path.relative(ctx.cwd, ledgerPath) || ledgerPath });
  return ExitCode.ok;
};
