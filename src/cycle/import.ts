/**
 * The import workflow (`reform import FILES… [--dir dir] [--dry-run]`): reads returned forms
 * (.xlsx, size-checked before anything is inflated), finds each form's token in the ledger, and
 * writes the answers the report asks of that 課 into the initiatives' YAML files (only those fields;
 * every other byte stays: yaml-edit.ts). A form with any problem is refused whole (messages name
 * file!sheet!cell); the others are imported, all files at once or none (io/transaction.ts).
 * `--dry-run` writes nothing and prints what would change as `reform diff` does. After writing,
 * validate runs; a message about a field that came from a form names the form's cell and makes
 * the exit code 1. Every text from a form is printed through visible().
 */
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { Context } from '../context.js';
import { pathToString } from '../diagnostics/diagnostic.js';
import { formatText } from '../diagnostics/format.js';
import { visible } from '../diagnostics/visible.js';
import { compareReports } from '../diff/compare.js';
import { formatDiffText } from '../diff/format.js';
import { ExitCode } from '../errors.js';
import { writeAll, WriteFailure } from '../io/transaction.js';
import { readRegularFile } from '../load/read.js';
import { DEFAULT_XLSX_LIMITS, type XlsxProblem } from '../load/xlsx-read.js';
import { isMessageKey, type MessageKey, type Params, t } from '../messages/index.js';
import { buildReport } from '../model/report.js';
import type { Initiative, Manifest } from '../model/schema-types.js';
import { loadReport } from '../pipeline/load-report.js';
import { readForm } from './form-read.js';
import { ID_SHEET } from './form-id.js';
import { planImport, type PlannedEdit, type Problem } from './import-plan.js';
import { LEDGER_FILE, parseLedger, type LedgerEntry } from './ledger.js';
import { type CycleReport, loadCycleReport } from './load.js';
import { setFields } from './yaml-edit.js';

export interface ImportOptions {
  dir: string;
  dryRun: boolean;
}

interface FormOutcome {
  file: string;
  division?: string;
  edits?: PlannedEdit[];
  warnings: Problem[];
  problems: Problem[];
}

/** One message on one line, every parameter made visible (a cell may hold escape sequences). */
function say(out: Context['stdout'], ctx: Context, key: MessageKey, params: Params = {}): void {
  const safe: Params = {};
  for (const [k, v] of Object.entries(params)) safe[k] = typeof v === 'string' ? visible(v) : v;
  out.write(`${t(ctx.lang, key, safe)}\n`);
}

/** The ledger of the report (no ledger: no form can be imported). */
async function readLedger(dir: string): Promise<LedgerEntry[]> {
  const read = await readRegularFile(path.join(dir, LEDGER_FILE));
  return 'bytes' in read ? parseLedger(read.bytes.toString('utf8')) : [];
}

const XLSX_LIMIT_WORDS: Record<string, string> = {
  fileBytes: 'bytes',
  parts: 'parts',
  partBytes: 'bytes',
  totalBytes: 'bytes',
  sheetRows: 'rows',
  sheetCells: 'cells',
};

function xlsxProblem(file: string, p: XlsxProblem): Problem {
  if (p.problem === 'not-xlsx') return { key: 'import-not-xlsx', params: { file, kind: p.kind } };
  if (p.problem === 'corrupt') return { key: 'import-unreadable', params: { file, detail: p.detail } };
  return {
    key: 'import-too-large',
    params: { file, part: p.part, what: XLSX_LIMIT_WORDS[p.limit], value: p.value, max: p.max },
  };
}

/** Reads and plans one form. */
async function planForm(
  ctx: Context,
  file: string,
  m: Manifest,
  report: CycleReport,
  ledger: LedgerEntry[],
): Promise<FormOutcome> {
  const abs = path.resolve(ctx.cwd, file);
  const name = path.basename(file);
  const refuse = (p: Problem): FormOutcome => ({ file, warnings: [], problems: [p] });
  const info = await lstat(abs).catch(() => undefined);
  if (!info) return refuse({ key: 'import-no-file', params: { file } });
  if (!info.isFile()) return refuse({ key: 'import-not-regular', params: { file } });
  if (info.size > DEFAULT_XLSX_LIMITS.fileBytes)
    return refuse({
      key: 'import-too-large',
      params: { file, part: '', what: 'bytes', value: info.size, max: DEFAULT_XLSX_LIMITS.fileBytes },
    });
  const read = await readRegularFile(abs, DEFAULT_XLSX_LIMITS.fileBytes);
  if (!('bytes' in read)) return refuse({ key: 'import-not-regular', params: { file } });
  // A workbook that exceljs chokes on after the checks is a bad file, not a bug of reform.
  const form = await readForm(read.bytes, name).catch(
    (e: unknown): XlsxProblem => ({ problem: 'corrupt', detail: String((e as Error)?.message ?? e).slice(0, 200) }),
  );
  if ('problem' in form) return refuse(xlsxProblem(file, form));
  if (!form.token) return refuse({ key: 'import-no-id', params: { file, sheet: ID_SHEET } });
  const entry = ledger.find((e) => e.token === form.token);
  const ledgerShown = path.join(path.relative(ctx.cwd, report.dir) || '.', LEDGER_FILE);
  if (!entry) return refuse({ key: 'import-unknown-token', params: { file, ledger: ledgerShown } });
  if (entry.revoked)
    return {
      ...refuse({ key: 'import-revoked-token', params: { file, division: entry.division.replace('/', '') } }),
    };
  const plan = planImport(form, name, m, report.initiatives, entry);
  return plan.ok
    ? { file, division: plan.division, edits: plan.edits, warnings: plan.warnings, problems: [] }
    : { file, division: plan.division, warnings: [], problems: plan.problems };
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
  // Without colour, so that every escape sequence left is one from a form, and is shown as ␛.
  const text = formatDiffText(compareReports(base, head), side(dir), side(`${dir} (import)`), ctx.lang, false);
  return visible(text, { keepNewlines: true, keepTabs: true });
}

/** A data path as validate prints it and as the edits hold it, the same once compared. */
const samePath = (p: string) => p.replace(/\[(\d+)\]/g, '.$1');

export async function runImport(ctx: Context, files: readonly string[], opts: ImportOptions): Promise<number> {
  const report = await loadCycleReport(opts.dir, ctx.cwd);
  if (!report.manifest) {
    ctx.stderr.write(`${formatText(report.diagnostics, ctx.lang, new Map(), ctx.color)}\n`);
    say(ctx.stderr, ctx, 'cycle-manifest-invalid');
    return ExitCode.userError;
  }
  const m = report.manifest.data;
  const ledger = await readLedger(report.dir);

  const outcomes: FormOutcome[] = [];
  for (const file of files) outcomes.push(await planForm(ctx, file, m, report, ledger));
  // Two forms of the same 課: neither is taken (which one is right is for a person to decide).
  for (const o of outcomes) {
    if (!o.division || o.problems.length > 0) continue;
    const other = outcomes.find((x) => x !== o && x.division === o.division && x.problems.length === 0);
    if (other) {
      o.edits = undefined;
      o.problems.unshift({
        key: 'import-duplicate',
        params: { cell: o.file, division: o.division.replace('/', ''), other: other.file },
      });
      other.edits = undefined;
      other.problems.unshift({
        key: 'import-duplicate',
        params: { cell: other.file, division: o.division.replace('/', ''), other: o.file },
      });
    }
  }

  let refused = 0;
  for (const o of outcomes.filter((x) => x.problems.length > 0)) {
    refused++;
    for (const p of o.problems) say(ctx.stderr, ctx, isMessageKey(p.key) ? p.key : 'import-unreadable', p.params);
    say(ctx.stderr, ctx, 'import-refused', { file: o.file });
    ctx.stderr.write('\n');
  }
  const accepted = outcomes.flatMap((o) =>
    o.problems.length === 0 && o.edits && o.division ? [{ ...o, edits: o.edits, division: o.division }] : [],
  );
  const edits = accepted.flatMap((o) => o.edits);
  for (const o of accepted) {
    const division = o.division.replace('/', '');
    if (o.edits.length === 0) say(ctx.stdout, ctx, 'import-nothing', { file: o.file, division });
    else say(ctx.stdout, ctx, 'import-file', { file: o.file, division, count: o.edits.length });
    for (const e of o.edits) {
      const yaml = `${e.file} ${pathToString(e.path)}`;
      say(ctx.stdout, ctx, 'import-field', { cell: e.cell, yaml, label: e.label });
    }
    for (const w of o.warnings) say(ctx.stderr, ctx, w.key, w.params);
  }

  const texts = await newTexts(report, edits);
  if (opts.dryRun) {
    if (edits.length === 0) say(ctx.stdout, ctx, 'import-dry-run-none');
    else ctx.stdout.write(`${t(ctx.lang, 'import-dry-run')}\n${dryRunDiff(ctx, report, m, texts)}`);
    return refused > 0 ? ExitCode.userError : ExitCode.ok;
  }
  try {
    await writeAll([...texts.values()].map((x) => ({ abs: x.abs, data: x.text })));
  } catch (e) {
    if (!(e instanceof WriteFailure)) throw e;
    const shown = [...texts].find(([, x]) => x.abs === e.file)?.[0] ?? e.file;
    const code = e.cause.code ?? '';
    const reason = isMessageKey(`fs-${code}`) ? t(ctx.lang, `fs-${code}` as MessageKey) : code || e.cause.message;
    say(ctx.stderr, ctx, 'import-write-failed', { file: shown, reason, restored: e.restored ? 'yes' : 'no' });
    return ExitCode.userError;
  }
  for (const [file, { rewritten }] of texts) if (rewritten) say(ctx.stderr, ctx, 'import-rewritten', { file });
  if (edits.length > 0) say(ctx.stdout, ctx, 'import-written', { files: texts.size, fields: edits.length });

  // validate, naming the form's cell where a message is about a field that came from a form.
  const loaded = await loadReport(opts.dir, { cwd: ctx.cwd });
  ctx.stdout.write(`\n${t(ctx.lang, 'import-validate')}\n`);
  const origin = edits.map((e) => ({ file: e.file, at: samePath(pathToString(e.path)), cell: e.cell }));
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
    const at = samePath(d.path ?? '');
    const cell = origin.find(
      (o) => o.file === d.file && (at === o.at || at.startsWith(`${o.at}.`) || at.startsWith(`${o.at}[`)),
    )?.cell;
    if (cell) {
      if (d.severity === 'error') fromForms++;
      ctx.stderr.write(`  ${visible(t(ctx.lang, 'import-from-form', { cell }))}\n\n`);
    } else ctx.stderr.write('\n');
  }
  if (elsewhere > 0) say(ctx.stdout, ctx, 'import-errors-elsewhere', { errors: elsewhere });
  const verdict =
    loaded.stats.errors === 0
      ? t(ctx.lang, 'summary-ok')
      : t(ctx.lang, 'summary-errors', { errors: loaded.stats.errors });
  ctx.stdout.write(`${t(ctx.lang, 'summary', { ...loaded.stats })}: ${verdict}\n`);
  return refused > 0 || fromForms > 0 ? ExitCode.userError : ExitCode.ok;
}
