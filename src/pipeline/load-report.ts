/**
 * The pipeline's entry, load → validate → model: reads a report directory (load/), checks every file
 * against the schema and the cross-file rules (validate/), and builds the merged report (model/)
 * when there are no errors. The files' texts stay with the result, for code frames.
 */
import type { Diagnostic, ValidationStats } from '../diagnostics/diagnostic.js';
import { readReportFiles, type LoadOptions } from '../load/report-dir.js';
import type { Initiative, Manifest } from '../model/schema-types.js';
import { buildReport, type Report } from '../model/report.js';
import { checkSchema } from '../validate/check-schema.js';
import {
  checkInitiative,
  checkManifest,
  checkNumbers,
  checkWaveDash,
  missingDivision,
  type Checked,
} from '../validate/rules.js';
import { checkInitiativeFormat, checkManifestFormat } from '../validate/format-rules.js';

export type { ValidationStats } from '../diagnostics/diagnostic.js';
export type { LoadOptions } from '../load/report-dir.js';

export interface LoadedReport {
  dir: string;
  diagnostics: Diagnostic[];
  stats: ValidationStats;
  /** The text of every file read, by the path shown in messages. */
  texts: Map<string, string>;
  /** Present when there is no error. */
  report?: Report;
}

export async function loadReport(dir: string, opts: LoadOptions): Promise<LoadedReport> {
  const files = await readReportFiles(dir, opts);
  const diagnostics = [...files.diagnostics];

  let manifest: Checked<Manifest> | undefined;
  if (files.manifest) {
    const errs = checkSchema('manifest', files.manifest);
    diagnostics.push(...errs);
    if (errs.length === 0) {
      manifest = { source: files.manifest, data: files.manifest.value as Manifest };
      diagnostics.push(
        ...checkManifest(manifest),
        ...checkManifestFormat(manifest),
        ...checkWaveDash('manifest', files.manifest, manifest.data),
      );
    }
  }

  const initiatives: Checked<Initiative>[] = [];
  for (const source of files.initiatives) {
    const errs = checkSchema('initiative', source);
    diagnostics.push(...errs);
    if (errs.length === 0) {
      initiatives.push({ source, data: source.value as Initiative });
      diagnostics.push(...checkWaveDash('initiative', source, source.value));
    } else if (manifest) diagnostics.push(...missingDivision(source, manifest.data));
  }
  diagnostics.push(...checkNumbers(files.initiatives, files.unreadableInitiatives));
  if (manifest)
    for (const i of initiatives)
      diagnostics.push(...checkInitiative(i, manifest.data), ...checkInitiativeFormat(i, manifest.data));
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
  const report =
    errors === 0 && manifest
      ? buildReport(
          manifest.data,
          initiatives.map((i) => ({ data: i.data, file: i.source.displayPath })),
        )
      : undefined;
  return { dir: files.dir, diagnostics, stats, texts: files.texts, ...(report ? { report } : {}) };
}
