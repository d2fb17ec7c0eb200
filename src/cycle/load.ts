/**
 * The report as the cycle commands read it, from the one loader (pipeline/load-report.ts): the
 * manifest must pass the schema (its edition, plan period and 部・課 drive everything); initiatives
 * are taken leniently (missing answers are the point of the cycle; any initiative with 番号,
 * 具体的取組 and 担当課 is used), their other problems are validate's to report.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source.js';
import type { Manifest } from '../model/schema-types.js';
import { loadReport } from '../pipeline/load-report.js';
import { isUsable, type LooseInitiative } from './model.js';

export interface CycleReport {
  dir: string;
  manifest?: { source: SourceFile; data: Manifest };
  initiatives: (LooseInitiative & { source: SourceFile })[];
  /** Errors that stop the command (manifest unreadable or invalid). */
  diagnostics: Diagnostic[];
}

export async function loadCycleReport(dir: string, cwd: string): Promise<CycleReport> {
  const loaded = await loadReport(dir, { cwd });
  // Only the manifest's problems stop the cycle commands; those of initiatives are validate's to report.
  const diagnostics = loaded.manifest
    ? []
    : loaded.diagnostics.filter((d) => d.severity === 'error' && /(^|[\\/])report\.yaml$/.test(d.file));
  const initiatives = loaded.initiativeSources.flatMap((s) =>
    isUsable(s.value) ? [{ file: s.displayPath, data: s.value, source: s }] : [],
  );
  return { dir: loaded.dir, ...(loaded.manifest ? { manifest: loaded.manifest } : {}), initiatives, diagnostics };
}
