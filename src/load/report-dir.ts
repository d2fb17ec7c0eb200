/** Finds and reads the files of a report directory: report.yaml and initiatives/*.yaml. */
import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { readSource, type SourceFile } from './source.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

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
  /** The text of every file that could be read, by the path shown in messages (also when it does not parse). */
  texts: Map<string, string>;
}

export interface LoadOptions {
  /** Paths in messages are relative to this directory. */
  cwd: string;
}

const isYaml = (name: string) => /\.ya?ml$/i.test(name) && !name.startsWith('.');

export interface ListedFile {
  abs: string;
  kind: 'manifest' | 'initiative';
  /** Path as shown to the user. */
  file: string;
  /** False for a symbolic link, a directory, a FIFO…: reported, never followed or opened. */
  regular: boolean;
}

/**
 * How a path is shown: relative to cwd when it is inside cwd; otherwise as the user typed the
 * report directory, followed by the path inside it (never "../../etc/passwd").
 */
function displayer(cwd: string, typed: string, reportDir: string): (abs: string) => string {
  return (abs) => {
    const rel = path.relative(cwd, abs);
    if (rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel)) return rel;
    const inside = path.relative(reportDir, abs);
    return inside === '' ? typed : path.join(typed, inside);
  };
}

/**
 * The files of a report directory, as validate and fmt read them: report.yaml and every initiatives/*.yaml entry,
 * whatever its type (lstat / file types from readdir: a symbolic link is never followed, a FIFO never opened).
 */
export async function listReportFiles(dir: string, cwd: string): Promise<ListedFile[]> {
  const abs = path.resolve(cwd, dir);
  const show = displayer(cwd, dir, abs);
  const info = await stat(abs).catch(() => undefined);
  if (!info) throw new UserError('no-report-dir', { dir: show(abs) });
  if (!info.isDirectory()) throw new UserError('not-a-report-dir', { dir: show(abs) });
  const manifest = path.join(abs, MANIFEST_FILE);
  const manifestInfo = await lstat(manifest).catch(() => undefined);
  if (!manifestInfo) throw new UserError('no-manifest', { dir: show(abs), file: MANIFEST_FILE });
  const initiativesDir = path.join(abs, INITIATIVES_DIR);
  const entries = (await readdir(initiativesDir, { withFileTypes: true }).catch(() => []))
    .filter((e) => isYaml(e.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  if (entries.length > MAX_INITIATIVE_FILES)
    throw new UserError('too-many-files', {
      dir: show(initiativesDir),
      count: entries.length,
      limit: MAX_INITIATIVE_FILES,
    });
  const initiatives = entries.map((e) => {
    const p = path.join(initiativesDir, e.name);
    return { abs: p, kind: 'initiative' as const, file: show(p), regular: e.isFile() };
  });
  return [{ abs: manifest, kind: 'manifest', file: show(manifest), regular: manifestInfo.isFile() }, ...initiatives];
}

export async function readReportFiles(dir: string, opts: LoadOptions): Promise<ReportFiles> {
  const abs = path.resolve(opts.cwd, dir);
  const listed = await listReportFiles(dir, opts.cwd);
  const results = await Promise.all(listed.map((f) => readSource(f.abs, f.file, undefined, { keepDoc: false })));
  const diagnostics = results.flatMap((r) => r.diagnostics);
  const [manifestResult, ...initiativeResults] = results;
  return {
    dir: abs,
    manifest: manifestResult.source,
    initiatives: initiativeResults.flatMap((r) => (r.source ? [r.source] : [])),
    fileCount: listed.length,
    unreadableInitiatives: initiativeResults.filter((r) => !r.source).length,
    diagnostics,
    texts: new Map(results.flatMap((r, i) => (r.text === undefined ? [] : [[listed[i].file, r.text] as const]))),
  };
}
