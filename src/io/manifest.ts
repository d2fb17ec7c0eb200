/**
 * The record of what reform wrote in an output directory (`.reform-build.json`), so that a build can remove
 * what an earlier build wrote and this one does not (PDFs after --no-pdf or a failed PDF step, the pages of a
 * table no longer declared) and nothing else: a file is removed only when the record names it and its content
 * is still the one reform wrote (same SHA-256); a file changed since, or never written by reform, stays.
 *
 * The record is a small JSON object with one entry per file, by name. A PDF's entry also holds the content key of
 * what it was printed from and its page count, so that the next build reuses it when the key is the same
 * (publish/index.ts). It is read as untrusted input: a name that would leave the directory is refused by
 * OutputDir.target, an entry of the wrong shape is ignored, a key or page count of the wrong shape is dropped.
 */
import { createHash } from 'node:crypto';
import { lstat, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { OutputDir } from './outdir.js';

export const MANIFEST_FILE = '.reform-build.json';
const FORMAT = 1;

export interface ManifestEntry {
  bytes: number;
  sha256: string;
  /** A PDF's content key (render/pdf-key.ts). */
  key?: string;
  /** A PDF's page count. */
  pages?: number;
}

export interface Manifest {
  files: Record<string, ManifestEntry>;
}

const HEX64 = /^[0-9a-f]{64}$/;

export const digest = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The record as JSON: names sorted, so that two builds of the same report write the same bytes. */
export function serializeManifest(manifest: Manifest): string {
  const files = Object.fromEntries(
    Object.keys(manifest.files)
      .sort()
      .map((k) => [k, manifest.files[k]]),
  );
  return `${JSON.stringify({ reform: FORMAT, files }, null, 2)}\n`;
}

/** The entries of a record's text; an unreadable or foreign record is an empty one (nothing will be removed). */
export function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { files: {} };
  }
  const files: Record<string, ManifestEntry> = {};
  const raw = (json as { files?: unknown } | null)?.files;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { files };
  for (const [name, e] of Object.entries(raw as Record<string, unknown>)) {
    const entry = e as Partial<ManifestEntry> | null;
    if (typeof entry?.sha256 !== 'string' || !HEX64.test(entry.sha256) || typeof entry.bytes !== 'number') continue;
    files[name] = { bytes: entry.bytes, sha256: entry.sha256 };
    if (typeof entry.key === 'string' && HEX64.test(entry.key)) files[name].key = entry.key;
    if (Number.isSafeInteger(entry.pages) && (entry.pages as number) >= 0) files[name].pages = entry.pages;
  }
  return { files };
}

/** Names an earlier build recorded that this build did not write: the candidates for removal. */
export function staleNames(previous: Manifest, current: Iterable<string>): string[] {
  const now = new Set(current);
  return Object.keys(previous.files)
    .filter((name) => !now.has(name) && name !== MANIFEST_FILE)
    .sort();
}

export async function readManifest(out: OutputDir): Promise<Manifest> {
  try {
    const file = await out.target(MANIFEST_FILE);
    if (!(await lstat(file)).isFile()) return { files: {} };
    return parseManifest(await readFile(file, 'utf8'));
  } catch {
    return { files: {} };
  }
}

export interface Sweep {
  /** Files of an earlier build removed. */
  removed: string[];
  /** Files of an earlier build that were changed since: left in place. */
  kept: string[];
}

/**
 * Removes the files of `previous` that this build did not write (`current`) and that are still as reform wrote
 * them; then removes the folders that this left empty (inside the output directory only).
 */
export async function removeStale(out: OutputDir, previous: Manifest, current: Iterable<string>): Promise<Sweep> {
  const sweep: Sweep = { removed: [], kept: [] };
  const emptied = new Set<string>();
  for (const name of staleNames(previous, current)) {
    let file: string;
    try {
      file = await out.target(name);
    } catch {
      continue; // a name outside the directory: never reform's
    }
    const info = await lstat(file).catch(() => undefined);
    if (!info) continue; // already gone
    if (!info.isFile()) continue;
    const data = await readFile(file).catch(() => undefined);
    if (!data || digest(data) !== previous.files[name].sha256) {
      sweep.kept.push(name);
      continue;
    }
    await rm(file, { force: true });
    sweep.removed.push(name);
    for (let dir = path.dirname(file); dir !== out.root && dir.startsWith(out.root); dir = path.dirname(dir))
      emptied.add(dir);
  }
  // Deepest first; rmdir removes only empty folders.
  for (const dir of [...emptied].sort((a, b) => b.length - a.length)) await rmdir(dir).catch(() => undefined);
  return sweep;
}

/**
 * Whether the file `name` is still as the record says reform wrote it: a regular file with the recorded digest
 * (not removed, not replaced, not edited since).
 */
export async function isAsRecorded(out: OutputDir, name: string, entry: ManifestEntry): Promise<boolean> {
  try {
    const file = await out.target(name);
    const info = await lstat(file);
    if (!info.isFile() || info.size !== entry.bytes) return false;
    return digest(await readFile(file)) === entry.sha256;
  } catch {
    return false;
  }
}
