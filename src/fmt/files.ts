/**
 * `reform fmt` over a report directory: finds report.yaml and initiatives/*.yaml (the files that
 * validate reads, with the same limits), decides each file's `$schema` path, canonicalises and
 * (unless checking) writes the changed files atomically. An entry that is not a regular file (a
 * symbolic link, a directory named x.yaml, a FIFO) is reported as an error, as validate does, and
 * never followed or opened.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { decodeDiagnostic, decodeText, MAX_FILE_BYTES, readRegularFile } from '../load/read.js';
import { listReportFiles, type ListedFile } from '../load/report-dir.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SchemaName } from '../validate/schema.js';
import { canonicalize, schemaCommentOf } from './canonical.js';

export interface FmtFileResult {
  /** Path as shown to the user. */
  file: string;
  status: 'unchanged' | 'changed' | 'error' | 'internal';
  /** For 'internal': why the file was left alone (see CanonicalResult). */
  reason?: 'data-changed' | 'comment-lost' | 'unstable';
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

const toPosix = (p: string) => p.split(path.sep).join('/');

/** The nearest `schema/` folder holding both schemas: the report directory's own, or an ancestor's (up to 4 levels). */
export function findSchemaDir(reportDir: string): string | undefined {
  let dir = path.resolve(reportDir);
  for (let i = 0; i <= 4; i++) {
    const candidate = path.join(dir, 'schema');
    if (
      existsSync(path.join(candidate, 'manifest.schema.json')) &&
      existsSync(path.join(candidate, 'initiative.schema.json'))
    )
      return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

// One look-up per report directory, not one per file.
const schemaDirs = new Map<string, string | undefined>();
function schemaDirOf(reportDir: string): string | undefined {
  if (!schemaDirs.has(reportDir)) schemaDirs.set(reportDir, findSchemaDir(reportDir));
  return schemaDirs.get(reportDir);
}

/**
 * The `$schema` path for a file: an existing URL, or an existing relative path that points at the
 * right schema file, is kept; otherwise the path to the nearest schema/ folder; otherwise the
 * file's existing line; otherwise ../schema beside the report directory (the layout of reform init).
 */
export function schemaRefFor(file: string, kind: SchemaName, reportDir: string, existing: string | undefined): string {
  const name = `${kind}.schema.json`;
  if (existing && /^[a-z][a-z0-9+.-]+:/i.test(existing)) return existing;
  if (existing && path.posix.basename(existing) === name && existsSync(path.resolve(path.dirname(file), existing)))
    return existing;
  const found = schemaDirOf(reportDir);
  if (found) return toPosix(path.relative(path.dirname(file), path.join(found, name)));
  if (existing) return existing;
  return toPosix(path.relative(path.dirname(file), path.join(reportDir, '..', 'schema', name)));
}

const fileError = (file: string, code: 'not-a-regular-file' | 'file-vanished'): FmtFileResult => ({
  file,
  status: 'error',
  diagnostics: [{ severity: 'error', code, file, start: { line: 1, column: 1 }, params: { file } }],
});

export async function formatFile(listed: ListedFile, reportDir: string, opts: FmtOptions): Promise<FmtFileResult> {
  const { abs, kind, file } = listed;
  if (!listed.regular) return fileError(file, 'not-a-regular-file');
  const at = { line: 1, column: 1 };
  const read = await readRegularFile(abs);
  if ('error' in read) return fileError(file, read.error);
  if ('tooLarge' in read) {
    const params = { size: Math.round(read.tooLarge / 1024), limit: Math.round(MAX_FILE_BYTES / 1024) };
    return {
      file,
      status: 'error',
      diagnostics: [{ severity: 'error', code: 'file-too-large', file, start: at, params }],
    };
  }
  const decoded = decodeText(read.bytes);
  if (decoded.text === undefined) return { file, status: 'error', diagnostics: [decodeDiagnostic(decoded, file)] };
  const text = decoded.text;
  const ref = schemaRefFor(abs, kind, reportDir, schemaCommentOf(text.replace(/^\uFEFF/, '')));
  const result = canonicalize(text, kind, file, ref);
  if (!result.ok) {
    if (result.reason === 'yaml')
      return { file, status: 'error', diagnostics: result.diagnostics, text: text.replace(/^\uFEFF/, '') };
    return { file, status: 'internal', reason: result.reason, detail: `${result.reason}: ${result.detail}` };
  }
  if (!result.changed) return { file, status: 'unchanged' };
  if (!opts.check) await writeFileAtomic(abs, result.text);
  return { file, status: 'changed' };
}

/** Formats (or checks) every file of a report directory. */
export async function formatReportDir(dir: string, opts: FmtOptions): Promise<FmtFileResult[]> {
  const reportDir = path.resolve(opts.cwd, dir);
  const files = await listReportFiles(dir, opts.cwd);
  // A few files in flight at once: one file's read overlaps another's formatting (the reads were a fifth of the time
  // at 1,000 files). Results keep the listing's order.
  const results: FmtFileResult[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await formatFile(files[i], reportDir, opts);
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, files.length) }, worker));
  return results;
}
