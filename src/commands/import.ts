/**
 * `reform import FILES… [--dir dir] [--dry-run]`: reads returned forms (.xlsx), checks that each
 * belongs to this report, edition and a known 課, and writes the answered cells into the
 * initiatives' YAML files (only those fields; every other byte stays: src/cycle/yaml-edit.ts).
 * A form with any problem is refused whole (messages name file!sheet!cell); the others are
 * imported. `--dry-run` writes nothing and prints what would change as `reform diff` does. After
 * writing, validate runs; a message about a field that came from a form names the form's cell.
 */
import { lstat, readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import type { Initiative, Manifest } from '../model/schema-types.js';
import path from 'node:path';
import { ExitCode } from '../errors.js';
import { t } from '../messages/index.js';
import { writeFileAtomic } from '../io/atomic.js';
import { buildReport } from '../model/report.js';
import { compareReports } from '../diff/compare.js';
import { formatDiffText } from '../diff/format.js';
import { loadReport } from '../pipeline/load-report.js';
import { formatText } from '../diagnostics/format.js';
import { pathToString } from '../diagnostics/diagnostic.js';
import { loadCycleReport, type CycleReport } from '../cycle/load.js';
import { readForm } from '../cycle/form-read.js';
import { cellRef, GUIDE_CELLS, planImport, type PlannedEdit, type Problem } from '../cycle/import-plan.js';
import { SHEET_GUIDE } from '../cycle/form-xlsx.js';
import { setFields } from '../cycle/yaml-edit.js';
import type { Context } from '../context.js';
import { say } from '../cycle/say.js';
import { reportDirOf, type CommandRun } from './spec.js';

interface FormOutcome {
  file: string;
  name: string;
  division?: string;
  edits?: PlannedEdit[];
  problems: Problem[];
}

/** New texts of the YAML files the accepted forms change (file as shown → text). */
async function newTexts(
  report: CycleReport,
  edits: PlannedEdit[],
): Promise<Map<string, { abs: string; text: string; rewritten: boolean }>> {
  const byFile = new Map<string, PlannedEdit[]>();
  for (const e of edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  const out = new Map<string, { abs: string; text: string; rewritten: boolean }>();
  for (const [file, list] of byFile) {
    const source = report.initiatives.find((i) => i.file === file)?.source;
    if (!source) continue;
    const text = await readFile(source.path, 'utf8');
    const result = setFields(
      text,
      list.map((e) => ({ path: e.path, value: e.value })),
      'initiative',
    );
    out.set(file, { abs: source.path, ...result });
  }
  return out;
}

function dryRunDiff(
  ctx: Context,
  report: CycleReport,
  m: Manifest,
  texts: Map<string, { abs: string; text: string }>,
): string {
  // The base may lack answers (that is why there are forms): the model is built from the data as it is.
  const base = buildReport(m, report.initiatives);
  const head = buildReport(
    m,
    report.initiatives.map((i) => {
      const changed = texts.get(i.file);
      return changed ? { file: i.file, data: parseDocument(changed.text).toJS() as Initiative } : i;
    }),
  );
  const dir = path.relative(ctx.cwd, report.dir) || '.';
  const side = (label: string) => ({ kind: 'dir' as const, spec: label, dir: label });
  return formatDiffText(compareReports(base, head), side(dir), side(`${dir} (import)`), ctx.lang, ctx.color);
}

export type ImportCommandOptions = { dir?: string; dryRun?: boolean };

export const run: CommandRun<ImportCommandOptions> = async (ctx, args, opts) => {
  const files = (args[0] as unknown as string[] | undefined) ?? [];
  const report = await loadCycleReport(reportDirOf(opts.dir), ctx.cwd);
  if (!report.manifest) {
    ctx.stderr.write(`${formatText(report.diagnostics, ctx.lang, new Map(), ctx.color)}\n`);
    say(ctx.stderr, ctx.lang, 'cycle-manifest-invalid');
    return ExitCode.userError;
  }
  const m = report.manifest.data;

  const outcomes: FormOutcome[] = [];
  for (const file of files) {
    const abs = path.resolve(ctx.cwd, file);
    const name = path.basename(file);
    const info = await lstat(abs).catch(() => undefined);
    if (!info) {
      outcomes.push({ file, name, problems: [{ key: 'import-no-file', params: { file } }] });
      continue;
    }
    if (!info.isFile()) {
      outcomes.push({ file, name, problems: [{ key: 'not-a-regular-file', params: { file } }] });
      continue;
    }
    const form = await readForm(await readFile(abs), name);
    if ('key' in form) {
      outcomes.push({
        file,
        name,
        problems: [
          { key: form.key, params: { file, ...('kind' in form ? { kind: form.kind } : { detail: form.detail }) } },
        ],
      });
      continue;
    }
    const plan = planImport(form, name, m, report.initiatives);
    outcomes.push({
      file,
      name,
      division: plan.division,
      ...(plan.ok ? { edits: plan.edits, problems: [] } : { problems: plan.problems }),
    });
  }
  // Two forms of the same 課: neither is taken (which one is right is for a person to decide).
  for (const o of outcomes) {
    if (!o.division || o.problems.some((p) => p.key === 'import-other-report' || p.key === 'import-other-edition'))
      continue;
    const other = outcomes.find(
      (x) =>
        x !== o &&
        x.division === o.division &&
        !x.problems.some((p) => p.key === 'import-other-report' || p.key === 'import-other-edition'),
    );
    if (other) {
      o.edits = undefined;
      o.problems.unshift({
        key: 'import-duplicate',
        params: {
          cell: cellRef(o.name, SHEET_GUIDE, GUIDE_CELLS.division),
          division: o.division.replace('/', ''),
          other: other.file,
        },
      });
    }
  }

  let refused = 0;
  for (const o of outcomes.filter((x) => x.problems.length > 0)) {
    refused++;
    for (const p of o.problems) say(ctx.stderr, ctx.lang, p.key, p.params);
    ctx.stderr.write(`${t(ctx.lang, 'import-refused', { file: o.file })}\n\n`);
  }
  const accepted = outcomes.flatMap((o) =>
    o.problems.length === 0 && o.edits && o.division ? [{ ...o, edits: o.edits, division: o.division }] : [],
  );
  const edits = accepted.flatMap((o) => o.edits);
  for (const o of accepted) {
    const division = o.division.replace('/', '');
    if (o.edits.length === 0) say(ctx.stdout, ctx.lang, 'import-nothing', { file: o.file, division });
    else say(ctx.stdout, ctx.lang, 'import-file', { file: o.file, division, count: o.edits.length });
    for (const e of o.edits) {
      const yaml = `${e.file} ${pathToString(e.path)}`;
      say(ctx.stdout, ctx.lang, 'import-field', { cell: e.cell, yaml, label: e.label });
    }
  }

  const texts = await newTexts(report, edits);
  if (opts.dryRun) {
    if (edits.length === 0) say(ctx.stdout, ctx.lang, 'import-dry-run-none');
    else ctx.stdout.write(`${t(ctx.lang, 'import-dry-run')}\n${dryRunDiff(ctx, report, m, texts)}`);
    return refused > 0 ? ExitCode.userError : ExitCode.ok;
  }
  for (const [file, { abs, text, rewritten }] of texts) {
    await writeFileAtomic(abs, text);
    if (rewritten) say(ctx.stderr, ctx.lang, 'import-rewritten', { file });
  }
  if (edits.length > 0) say(ctx.stdout, ctx.lang, 'import-written', { files: texts.size, fields: edits.length });

  // validate, naming the form's cell where a message is about a field that came from a form.
  const loaded = await loadReport(reportDirOf(opts.dir), { cwd: ctx.cwd });
  ctx.stdout.write(`\n${t(ctx.lang, 'import-validate')}\n`);
  const origin = new Map(edits.map((e) => [`${e.file}\u0000${pathToString(e.path)}`, e.cell]));
  const touched = new Set(edits.map((e) => e.file));
  let fromForms = 0;
  let elsewhere = 0;
  for (const d of loaded.diagnostics) {
    // The files this import wrote are shown in full; the rest (other 課 still to answer…) only counted.
    if (!touched.has(d.file)) {
      if (d.severity === 'error') elsewhere++;
      continue;
    }
    ctx.stderr.write(`${formatText([d], ctx.lang, loaded.texts, ctx.color)}\n`);
    const cell = [...origin].find(([k]) => {
      const [file, p] = k.split('\u0000');
      const at = d.path ?? '';
      return file === d.file && (at === p || at.startsWith(`${p}.`) || at.startsWith(`${p}[`));
    })?.[1];
    if (cell) {
      fromForms++;
      ctx.stderr.write(`  ${t(ctx.lang, 'import-from-form', { cell })}\n\n`);
    } else ctx.stderr.write('\n');
  }
  if (elsewhere > 0) say(ctx.stdout, ctx.lang, 'import-errors-elsewhere', { errors: elsewhere });
  const verdict =
    loaded.stats.errors === 0
      ? t(ctx.lang, 'summary-ok')
      : t(ctx.lang, 'summary-errors', { errors: loaded.stats.errors });
  ctx.stdout.write(`${t(ctx.lang, 'summary', { ...loaded.stats })}: ${verdict}\n`);
  return refused > 0 || fromForms > 0 ? ExitCode.userError : ExitCode.ok;
};
