/**
 * "A YAML error in one file keeps the rest working": when the report does not validate, the preview
 * builds it once more with each file that has an error replaced by its last good version (the text
 * it had at the last valid build), in a temporary copy of the report directory. So an edit of
 * another file still shows while one file is broken. A file that never was good is left out.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listReportFiles } from '../load/report-dir.js';
import { loadReport, type LoadedReport } from '../pipeline/load-report.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The texts of a report directory's regular files, by path inside the directory. */
export type Snapshot = Map<string, Buffer>;

export async function snapshotReport(dir: string, cwd: string): Promise<Snapshot> {
  const root = path.resolve(cwd, dir);
  const snap: Snapshot = new Map();
  for (const f of await listReportFiles(dir, cwd)) {
    if (!f.regular) continue;
    const data = await readFile(f.abs).catch(() => undefined);
    if (data) snap.set(path.relative(root, f.abs), data);
  }
  return snap;
}

export interface Patched {
  loaded: LoadedReport;
  /** Files shown as they were at the last valid build (as the diagnostics name them). */
  replaced: string[];
  /** Files left out (they have errors and were never good). */
  omitted: string[];
}

/** The report with its erroneous files replaced by their last good version; undefined when that fails too. */
export async function loadPatched(
  dir: string,
  cwd: string,
  diagnostics: readonly Diagnostic[],
  lastGood: Snapshot,
): Promise<Patched | undefined> {
  const root = path.resolve(cwd, dir);
  const bad = new Map<string, string>();
  for (const d of diagnostics)
    if (d.severity === 'error') bad.set(path.relative(root, path.resolve(cwd, d.file)), d.file);
  // An error outside the report's files (no manifest, a directory) cannot be patched.
  if ([...bad.keys()].some((rel) => rel.startsWith('..') || path.isAbsolute(rel))) return undefined;
  const current = await snapshotReport(dir, cwd).catch(() => undefined);
  if (!current) return undefined;
  const temp = await mkdtemp(path.join(tmpdir(), 'reform-preview-patch-'));
  try {
    const replaced: string[] = [];
    const omitted: string[] = [];
    for (const [rel, data] of current) {
      const shown = bad.get(rel);
      let text: Buffer | undefined = data;
      if (shown !== undefined) {
        text = lastGood.get(rel);
        (text ? replaced : omitted).push(shown);
      }
      if (!text) continue;
      const target = path.join(temp, rel);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    }
    if (replaced.length === 0 && omitted.length === 0) return undefined;
    const loaded = await loadReport(temp, { cwd: temp });
    return loaded.report ? { loaded, replaced, omitted } : undefined;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
