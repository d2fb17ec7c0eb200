/**
 * The two sides of `reform diff`: a report directory on disk, or a git revision whose report
 * directory is read through git (`git ls-tree`, `git cat-file --batch`) into a temporary directory
 * and loaded like any other, with the same limits (file count, file size: an oversized blob is
 * never read, it is reported as too large).
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, open, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { INITIATIVES_DIR, MANIFEST_FILE, MAX_INITIATIVE_FILES } from '../load/report-dir.js';
import { MAX_FILE_BYTES } from '../load/read.js';
import { loadReport, type LoadedReport } from '../pipeline/load-report.js';

export interface SideInfo {
  kind: 'dir' | 'git' | 'worktree';
  /** As given on the command line (the revision, or the directory). */
  spec: string;
  /** Full commit id of a git side. */
  commit?: string;
  /** The report directory: as shown (relative to the working directory), or inside the repository. */
  dir: string;
}

export interface LoadedSide {
  info: SideInfo;
  /** The loaded report; its `texts` (for code frames) are named as its diagnostics name the files. */
  loaded: LoadedReport;
}

export interface SideOptions {
  cwd: string;
  /** The report directory inside a project or revision (default `data`). */
  dir: string;
}

const isYaml = (name: string) => /\.ya?ml$/i.test(name) && !name.startsWith('.');
const toPosix = (p: string) => p.split(path.sep).join('/');

interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs git without a shell; `input` goes to its standard input. */
export function git(args: string[], cwd: string, input?: string): Promise<GitResult> {
  return new Promise((resolve) => {
    const child = spawn('git', args, {
      cwd,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
    child.on('error', (e) => resolve({ code: -1, stdout: Buffer.alloc(0), stderr: String(e) }));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: err }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

/** The commit a revision names in the repository of `cwd`, or undefined (no git, no repository, no such revision). */
export async function resolveRevision(rev: string, cwd: string): Promise<string | undefined> {
  if (rev.startsWith('-') || rev.includes('\0')) return undefined;
  const r = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], cwd);
  const id = r.stdout.toString('utf8').trim();
  return r.code === 0 && /^[0-9a-f]{40,64}$/.test(id) ? id : undefined;
}

async function isDirectory(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
}

/** Decides what a command-line side is: an existing directory, else a git revision. */
export async function resolveSide(spec: string | undefined, opts: SideOptions): Promise<SideInfo> {
  if (spec === undefined) return { kind: 'worktree', spec: '', dir: opts.dir };
  const abs = path.resolve(opts.cwd, spec);
  if (await isDirectory(abs)) {
    // A project folder (with data/ inside) is accepted for its report folder.
    const own = (await stat(path.join(abs, MANIFEST_FILE)).catch(() => undefined))?.isFile();
    const nested = path.join(abs, opts.dir);
    const dir = !own && (await stat(path.join(nested, MANIFEST_FILE)).catch(() => undefined))?.isFile() ? nested : abs;
    return { kind: 'dir', spec, dir: path.relative(opts.cwd, dir) || '.' };
  }
  const commit = await resolveRevision(spec, opts.cwd);
  if (commit) return { kind: 'git', spec, commit, dir: opts.dir };
  // Say why git could not help when it is not the revision's fault (no git, not a repository, unsafe directory…).
  const repo = await git(['rev-parse', '--git-dir'], opts.cwd);
  const why =
    repo.code === 0 ? '' : (repo.stderr.split('\n').find((l) => l.trim()) ?? '').replace(/^fatal:\s*/, '').trim();
  throw new UserError('diff-bad-side', { spec, detail: why });
}

export async function loadSide(info: SideInfo, opts: SideOptions): Promise<LoadedSide> {
  if (info.kind !== 'git') {
    // The loader keeps the texts it read: nothing is read again (a FIFO named in a diagnostic would hang).
    return { info, loaded: await loadReport(info.dir, { cwd: opts.cwd, unansweredIsNote: true }) };
  }
  return loadRevision(info, opts);
}

interface TreeEntry {
  mode: string;
  type: string;
  id: string;
  size: number;
  /** Path inside the report directory: report.yaml or initiatives/NAME. */
  rel: string;
}

async function loadRevision(info: SideInfo, opts: SideOptions): Promise<LoadedSide> {
  const commit = info.commit!;
  const top = await git(['rev-parse', '--show-toplevel'], opts.cwd);
  if (top.code !== 0) throw new UserError('diff-bad-side', { spec: info.spec });
  const toplevel = top.stdout.toString('utf8').trim();
  const here = await realpath(opts.cwd).catch(() => opts.cwd);
  const repoRel = toPosix(path.relative(toplevel, path.resolve(here, opts.dir)));
  if (repoRel.startsWith('..') || path.isAbsolute(repoRel)) throw new UserError('diff-dir-outside', { dir: opts.dir });
  const shown = `${info.spec}:${repoRel || '.'}`;

  const tree = await git(
    ['ls-tree', '-r', '-z', '-l', '--full-tree', commit, '--', repoRel === '' ? '.' : repoRel],
    toplevel,
  );
  if (tree.code !== 0) throw new UserError('diff-git-failed', { detail: tree.stderr.split('\n')[0] });
  const entries: TreeEntry[] = [];
  const prefix = repoRel === '' ? '' : `${repoRel}/`;
  for (const record of tree.stdout.toString('utf8').split('\0')) {
    const m = /^(\d{6}) (\w+) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(record);
    if (!m) continue;
    const [, mode, type, id, size, file] = m;
    if (!file.startsWith(prefix)) continue;
    const rel = file.slice(prefix.length);
    const parts = rel.split('/');
    const wanted =
      (parts.length === 1 && rel === MANIFEST_FILE) ||
      (parts.length === 2 && parts[0] === INITIATIVES_DIR && isYaml(parts[1]));
    // Only regular files: no symbolic links (they could point anywhere), no submodules.
    if (!wanted || type !== 'blob' || (mode !== '100644' && mode !== '100755')) continue;
    entries.push({ mode, type, id, size: Number(size), rel });
  }
  if (!entries.some((e) => e.rel === MANIFEST_FILE))
    throw new UserError('no-manifest', { dir: shown, file: MANIFEST_FILE });
  const initiativeCount = entries.length - 1;
  if (initiativeCount > MAX_INITIATIVE_FILES) {
    throw new UserError('too-many-files', {
      dir: `${shown}/${INITIATIVES_DIR}`,
      count: initiativeCount,
      limit: MAX_INITIATIVE_FILES,
    });
  }

  const temp = await mkdtemp(path.join(tmpdir(), 'reform-diff-'));
  try {
    const root = path.join(temp, ...repoRel.split('/').filter(Boolean));
    await mkdir(path.join(root, INITIATIVES_DIR), { recursive: true });
    const small = entries.filter((e) => e.size <= MAX_FILE_BYTES);
    const blobs = await readBlobs(
      small.map((e) => e.id),
      toplevel,
    );
    for (const e of entries) {
      const target = path.join(root, ...e.rel.split('/'));
      if (e.size > MAX_FILE_BYTES) {
        // Never read: a sparse file of the same size makes the loader report it as too large.
        const handle = await open(target, 'w');
        await handle.truncate(e.size);
        await handle.close();
      } else {
        await writeFile(target, blobs.get(e.id) ?? Buffer.alloc(0));
      }
    }
    const loaded = await loadReport(root, { cwd: temp, unansweredIsNote: true });
    // Files are named by revision: `origin/main:data/report.yaml`.
    const named = (file: string) => `${info.spec}:${toPosix(file)}`;
    for (const d of loaded.diagnostics) d.file = named(d.file);
    const texts = new Map([...loaded.texts].map(([file, text]) => [named(file), text]));
    if (loaded.report) for (const v of loaded.report.initiatives) v.file = named(v.file);
    return { info: { ...info, dir: repoRel || '.' }, loaded: { ...loaded, dir: shown, texts } };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** Reads blobs by id with one `git cat-file --batch`. */
async function readBlobs(ids: string[], cwd: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (ids.length === 0) return out;
  const unique = [...new Set(ids)];
  const r = await git(['cat-file', '--batch'], cwd, unique.map((id) => `${id}\n`).join(''));
  if (r.code !== 0) throw new UserError('diff-git-failed', { detail: r.stderr.split('\n')[0] });
  const buf = r.stdout;
  let pos = 0;
  while (pos < buf.length) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) break;
    const header = buf.subarray(pos, nl).toString('utf8');
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!m) break;
    const size = Number(m[3]);
    out.set(m[1], buf.subarray(nl + 1, nl + 1 + size));
    pos = nl + 1 + size + 1;
  }
  return out;
}
