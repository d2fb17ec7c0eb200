/** Finds and reads the files of a report directory: report.yaml and initiatives/*.yaml. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { readSource, type SourceFile } from './source.js';
import type { Diagnostic } from '../validate/diagnostic.js';

export const MANIFEST_FILE = 'report.yaml';
export const INITIATIVES_DIR = 'initiatives';
/** A report of a whole prefecture has hundreds of initiatives; more than this is not a report directory. */
export const MAX_INITIATIVE_FILES = 5000;

export interface ReportFiles {
  dir: string;
  manifest?: SourceFile;
  initiatives: SourceFile[];
  /** Every file looked at, readable or not. */
  fileCount: number;
  /** Initiative files that could not be read or parsed. */
  unreadableInitiatives: number;
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** Paths in messages are relative to this directory. */
  cwd: string;
}

const isYaml = (name: string) => /\.ya?ml$/i.test(name) && !name.startsWith('.');

export async function readReportFiles(dir: string, opts: LoadOptions): Promise<ReportFiles> {
  const abs = path.resolve(opts.cwd, dir);
  const show = (p: string) => path.relative(opts.cwd, p) || p;
  const info = await stat(abs).catch(() => undefined);
  if (!info?.isDirectory()) throw new UserError('no-report-dir', { dir: show(abs) });
  const manifestPath = path.join(abs, MANIFEST_FILE);
  const manifestInfo = await stat(manifestPath).catch(() => undefined);
  if (!manifestInfo?.isFile()) throw new UserError('no-manifest', { dir: show(abs), file: MANIFEST_FILE });

  const initiativesDir = path.join(abs, INITIATIVES_DIR);
  const names = (await readdir(initiativesDir).catch(() => [] as string[])).filter(isYaml).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (names.length > MAX_INITIATIVE_FILES) throw new UserError('too-many-files', { dir: show(initiativesDir), count: names.length, limit: MAX_INITIATIVE_FILES });

  const paths = [manifestPath, ...names.map((n) => path.join(initiativesDir, n))];
  const results = await Promise.all(paths.map((p) => readSource(p, show(p))));
  const diagnostics = results.flatMap((r) => r.diagnostics);
  const [manifestResult, ...initiativeResults] = results;
  return {
    dir: abs,
    manifest: manifestResult.source,
    initiatives: initiativeResults.flatMap((r) => (r.source ? [r.source] : [])),
    fileCount: paths.length,
    unreadableInitiatives: initiativeResults.filter((r) => !r.source).length,
    diagnostics,
  };
}
