/**
 * The report as the cycle commands read it: the manifest must be valid (its edition, plan period
 * and 部・課 drive everything), initiatives are taken leniently (missing answers are the point of
 * the cycle; any initiative with 番号, 具体的取組, 担当課 and 取組項目 is used).
 */
import { readReportFiles } from '../load/report-dir.js';
import type { SourceFile } from '../load/source.js';
import type { Manifest } from '../model/schema-types.js';
import { checkSchema } from '../validate/check-schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isUsable, type LooseInitiative } from './model.js';

export interface CycleReport {
  dir: string;
  manifest?: { source: SourceFile; data: Manifest };
  initiatives: (LooseInitiative & { source: SourceFile })[];
  /** Errors that stop the command (manifest unreadable or invalid). */
  diagnostics: Diagnostic[];
}

export async function loadCycleReport(dir: string, cwd: string): Promise<CycleReport> {
  const files = await readReportFiles(dir, { cwd });
  // Only the manifest's problems stop the cycle commands; those of initiatives are validate's to report.
  const diagnostics = files.diagnostics.filter((d) => /(^|[\\/])report\.yaml$/.test(d.file));
  let manifest: CycleReport['manifest'];
  if (files.manifest) {
    const errs = checkSchema('manifest', files.manifest);
    diagnostics.push(...errs);
    if (errs.length === 0) manifest = { source: files.manifest, data: files.manifest.value as Manifest };
  }
  const initiatives = files.initiatives.flatMap((s) =>
    isUsable(s.value) ? [{ file: s.displayPath, data: s.value, source: s }] : [],
  );
  return { dir: files.dir, ...(manifest ? { manifest } : {}), initiatives, diagnostics };
}
