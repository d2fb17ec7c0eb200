/**
 * `reform fmt` over a report directory: finds report.yaml and initiatives/*.yaml (the files that
 * validate reads, with the same limits), decides each file's `$schema` path, canonicalises and
 * (unless checking) writes the changed files atomically.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { decodeText, MAX_FILE_BYTES } from '../load/source.js';
import { INITIATIVES_DIR, MANIFEST_FILE, MAX_INITIATIVE_FILES } from '../load/report-dir.js';
import type { Diagnostic } from '../validate/diagnostic.js';
import type { SchemaName } from '../validate/schema.js';
import { canonicalize, schemaCommentOf } from './canonical.js';

export interface FmtFileResult {
  /** Path as shown to the user. */
  file: string;
  status: 'unchanged' | 'changed' | 'error' | 'internal';
  diagnostics?: Diagnostic[];
  /** The text as read (for code frames). */
  text?: string;
  detail?: string;
}

export interface FmtOptions {
  cwd: string;
  /** Only report; write nothing. */
  check: boolean;
}

const isYaml = (name: string) => /\.ya?ml$/i.test(name) && !name.startsWith('.');
const toPosix = (p: string) => p.split(path.sep).join('/');

/** The nearest `schema/` folder holding both schemas: the report directory's own, or an ancestor's (up to 4 levels). */
export function findSchemaDir(reportDir: string): string | undefined {
  let dir = path.resolve(reportDir);
  for (let i = 0; i <= 4; i++) {
    const candidate = path.join(dir, 'schema');
    if (existsSync(path.join(candidate, 'manifest.schema.json')) && existsSync(path.join(candidate, 'initiative.schema.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/**
 * The `$schema` path for a file: an existing URL, or an existing relative path that points at the
 * right schema file, is kept; otherwise the path to the nearest schema/ folder; otherwise the
 * file's existing line; otherwise ../schema beside the report directory (the layout of reform init).
 */
export function schemaRefFor(file: string, kind: SchemaName, reportDir: string, existing: string | undefined): string {
  const name = `${kind}.schema.json`;
  if (existing && /^[a-z][a-z0-9+.-]+:/i.test(existing)) return existing;
  if (existing && path.posix.basename(existing) === name && existsSync(path.resolve(path.dirname(file), existing))) return existing;
  const found = findSchemaDir(reportDir);
  if (found) return toPosix(path.relative(path.dirname(file), path.join(found, name)));
  if (existing) return existing;
  return toPosix(path.relative(path.dirname(file), path.join(reportDir, '..', 'schema', name)));
}

async function listFiles(dir: string, cwd: string): Promise<{ abs: string; kind: SchemaName }[]> {
  const abs = path.resolve(cwd, dir);
  const show = (p: string) => path.relative(cwd, p) || p;
  const info = await stat(abs).catch(() => undefined);
  if (!info?.isDirectory()) throw new UserError('no-report-dir', { dir: show(abs) });
  const manifest = path.join(abs, MANIFEST_FILE);
  if (!(await stat(manifest).catch(() => undefined))?.isFile()) throw new UserError('no-manifest', { dir: show(abs), file: MANIFEST_FILE });
  const initiativesDir = path.join(abs, INITIATIVES_DIR);
  const names = (await readdir(initiativesDir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isFile() && isYaml(e.name))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (names.length > MAX_INITIATIVE_FILES) throw new UserError('too-many-files', { dir: show(initiativesDir), count: names.length, limit: MAX_INITIATIVE_FILES });
  return [{ abs: manifest, kind: 'manifest' }, ...names.map((n) => ({ abs: path.join(initiativesDir, n), kind: 'initiative' as const }))];
}

export async function formatFile(abs: string, kind: SchemaName, reportDir: string, opts: FmtOptions): Promise<FmtFileResult> {
  const file = path.relative(opts.cwd, abs) || abs;
  const at = { line: 1, column: 1 };
  const info = await stat(abs);
  if (info.size > MAX_FILE_BYTES) {
    const params = { size: Math.round(info.size / 1024), limit: Math.round(MAX_FILE_BYTES / 1024) };
    return { file, status: 'error', diagnostics: [{ severity: 'error', code: 'file-too-large', file, start: at, params }] };
  }
  const decoded = decodeText(await readFile(abs));
  if (decoded.text === undefined) return { file, status: 'error', diagnostics: [{ severity: 'error', code: decoded.code!, file, start: at, params: {} }] };
  const text = decoded.text;
  const ref = schemaRefFor(abs, kind, reportDir, schemaCommentOf(text.replace(/^\uFEFF/, '')));
  const result = canonicalize(text, kind, file, ref);
  if (!result.ok) {
    if (result.reason === 'yaml') return { file, status: 'error', diagnostics: result.diagnostics, text: text.replace(/^\uFEFF/, '') };
    return { file, status: 'internal', detail: `${result.reason}: ${result.detail}` };
  }
  if (!result.changed) return { file, status: 'unchanged' };
  if (!opts.check) await writeFileAtomic(abs, result.text);
  return { file, status: 'changed' };
}

/** Formats (or checks) every file of a report directory. */
export async function formatReportDir(dir: string, opts: FmtOptions): Promise<FmtFileResult[]> {
  const reportDir = path.resolve(opts.cwd, dir);
  const files = await listFiles(dir, opts.cwd);
  const results: FmtFileResult[] = [];
  for (const { abs, kind } of files) results.push(await formatFile(abs, kind, reportDir, opts));
  return results;
}
