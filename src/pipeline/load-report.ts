/**
 * The pipeline's entry, load → validate → model: reads a report directory (load/), checks every file
 * against the schema and the cross-file rules (validate/), and builds the merged report (model/)
 * when there are no errors. The files' texts stay with the result, for code frames. It is the one
 * loader of a report: the cycle commands (src/cycle/load.ts) take its manifest and its initiatives'
 * sources, and `diff` may ask for the model of a report in the middle of a cycle, whose only errors
 * are the edition's unanswered fields (returned apart, as a note).
 */
import type { Diagnostic, ValidationStats } from '../diagnostics/diagnostic.js';
import { readReportFiles, type LoadOptions } from '../load/report-dir.js';
import type { SourceFile } from '../load/source.js';
import type { Initiative, Manifest } from '../model/schema-types.js';
import { buildReport, type Report } from '../model/report.js';
import { checkSchema } from '../validate/check-schema.js';
import type { Checked } from '../validate/rule.js';
import { runRules } from '../validate/run.js';

export type { ValidationStats } from '../diagnostics/diagnostic.js';
export type { LoadOptions } from '../load/report-dir.js';

export interface LoadedReport {
  dir: string;
  diagnostics: Diagnostic[];
  stats: ValidationStats;
  /** The text of every file read, by the path shown in messages. */
  texts: Map<string, string>;
  /** Present when there is no error (or only unanswered fields, with `unansweredIsNote`). */
  report?: Report;
  /** The manifest, when it passed the schema. */
  manifest?: Checked<Manifest>;
  /** Every initiative file that could be read and parsed, valid or not. */
  initiativeSources: SourceFile[];
  /** With `unansweredIsNote`: the edition's unanswered fields, which then do not stop the model. */
  unanswered: Diagnostic[];
}

/** Errors that only say an answer of the edition is still missing (the state between `next` and `import`). */
export const UNANSWERED_CODES: ReadonlySet<string> = new Set(['rule-missing-plan', 'rule-missing-result']);

export interface LoadReportOptions extends LoadOptions {
  /** Build the model although the edition's answers are missing (diff across a cycle). */
  unansweredIsNote?: boolean;
}

export async function loadReport(dir: string, opts: LoadReportOptions): Promise<LoadedReport> {
  const files = await readReportFiles(dir, opts);
  const diagnostics = [...files.diagnostics];

  let manifest: Checked<Manifest> | undefined;
  if (files.manifest) {
    const errs = checkSchema('manifest', files.manifest);
    diagnostics.push(...errs);
    if (errs.length === 0) manifest = { source: files.manifest, data: files.manifest.value as Manifest };
  }

  const initiatives: Checked<Initiative>[] = [];
  for (const source of files.initiatives) {
    const errs = checkSchema('initiative', source);
    diagnostics.push(...errs);
    if (errs.length === 0) initiatives.push({ source, data: source.value as Initiative });
  }
  diagnostics.push(
    ...runRules({
      ...(manifest ? { manifest } : {}),
      initiatives,
      initiativeFiles: files.initiatives,
      unreadable: files.unreadableInitiatives,
    }),
  );
  if (files.initiatives.length === 0 && files.unreadableInitiatives === 0 && files.manifest) {
    diagnostics.push({
      severity: 'error',
      code: 'no-initiatives',
      file: files.manifest.displayPath,
      start: { line: 1, column: 1 },
      params: {},
    });
  }

  diagnostics.sort((a, b) =>
    a.file === b.file
      ? a.start.line - b.start.line || a.start.column - b.start.column
      : a.file.localeCompare(b.file, 'en', { numeric: true }),
  );
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const stats: ValidationStats = {
    files: files.fileCount,
    initiatives: files.initiatives.length,
    items: files.initiatives.reduce(
      (n, s) =>
        n +
        (Array.isArray((s.value as { items?: unknown[] })?.items) ? (s.value as { items: unknown[] }).items.length : 0),
      0,
    ),
    errors,
    warnings: diagnostics.length - errors,
  };
  const unanswered = opts.unansweredIsNote
    ? diagnostics.filter((d) => d.severity === 'error' && UNANSWERED_CODES.has(d.code))
    : [];
  const report =
    errors - unanswered.length === 0 && manifest
      ? buildReport(
          manifest.data,
          initiatives.map((i) => ({ data: i.data, file: i.source.displayPath })),
        )
      : undefined;
  return {
    dir: files.dir,
    diagnostics,
    stats,
    texts: files.texts,
    ...(report ? { report } : {}),
    ...(manifest ? { manifest } : {}),
    initiativeSources: files.initiatives,
    unanswered,
  };
}
