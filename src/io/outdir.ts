/**
 * The output directory of a build: every file is written atomically (io/atomic.ts), and only inside
 * the directory. A name that resolves outside it (../x, an absolute path, a symbolic link inside the
 * directory that points elsewhere) is refused before anything is written.
 */
import { constants } from 'node:fs';
import { access, lstat, mkdir, realpath, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from './atomic.js';
import { UserError } from '../errors.js';

export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

export type OutDirProblem =
  | 'build-out-is-report'
  | 'build-out-contains-report'
  | 'build-out-is-root'
  | 'build-out-system'
  | 'build-out-home'
  | 'build-out-not-dir';

/** Special file systems and the system's configuration: never an output directory, nor anything inside them. */
const SYSTEM_TREES = ['/proc', '/sys', '/dev', '/etc', '/boot'];
/** Folders that hold everyone's folders: never an output directory themselves. */
const SYSTEM_DIRS = [
  '/usr',
  '/var',
  '/run',
  '/tmp',
  '/bin',
  '/sbin',
  '/lib',
  '/home',
  '/root',
  '/opt',
  '/srv',
  '/mnt',
  '/media',
];

/**
 * What is wrong with writing into `out` (both paths real, symbolic links resolved): the report
 * directory itself, inside it or around it (`--out .`, `--out ..`), a root, a system folder, or the
 * home directory itself (a build would scatter index.html, fonts/, opendata/ into it).
 */
export function outDirProblem(out: string, report: string, home: string | undefined): OutDirProblem | undefined {
  if (path.parse(out).root === out) return 'build-out-is-root';
  if (out === report || isInside(report, out)) return 'build-out-is-report';
  if (isInside(out, report)) return 'build-out-contains-report';
  if (path.sep === '/' && (SYSTEM_TREES.some((d) => out === d || isInside(d, out)) || SYSTEM_DIRS.includes(out)))
    return 'build-out-system';
  if (home && out === home) return 'build-out-home';
  return undefined;
}

/**
 * The real path of `p`, even when it does not exist yet: the real path of its deepest existing parent, plus the
 * rest.
 */
export async function realPathOf(p: string): Promise<string> {
  const rest: string[] = [];
  let probe = path.resolve(p);
  for (;;) {
    try {
      return path.join(await realpath(probe), ...rest.reverse());
    } catch {
      const parent = path.dirname(probe);
      if (parent === probe) return path.join(probe, ...rest.reverse());
      rest.push(path.basename(probe));
      probe = parent;
    }
  }
}

/** Checks the output directory before anything is created or written (refusal as a problem key). */
export async function checkOutputDir(
  out: string,
  reportDir: string,
  home: string | undefined,
): Promise<OutDirProblem | undefined> {
  const [realOut, realReport, realHome] = await Promise.all([
    realPathOf(out),
    realPathOf(reportDir),
    home ? realPathOf(home) : undefined,
  ]);
  // Both spellings: the path as given (a system folder named through a link) and the real one.
  const problem =
    outDirProblem(realOut, realReport, realHome) ?? outDirProblem(path.resolve(out), path.resolve(reportDir), home);
  if (problem) return problem;
  const info = await stat(realOut).catch(() => undefined);
  if (info && !info.isDirectory()) return 'build-out-not-dir';
  return undefined;
}

/**
 * The one `--out` guard of build, preview and forms: refuses an empty name, and every problem of
 * outDirProblem on the path as given and on the real paths (before anything is created). Throws a
 * UserError `build-out-unsafe` naming the directory as the user typed it.
 */
export async function guardOutputDir(
  typed: string,
  cwd: string,
  reportDir: string,
  env: Record<string, string | undefined>,
): Promise<string> {
  if (typed.trim() === '') throw new UserError('build-out-unsafe', { out: "''", why: 'build-out-empty' });
  const out = path.resolve(cwd, typed);
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  const problem = await checkOutputDir(out, reportDir, home);
  if (problem) throw new UserError('build-out-unsafe', { out: typed, why: problem });
  return out;
}

/**
 * The same guard for a single output file (`diff --out`): refused when writing it could destroy data —
 * an empty name, an existing directory, a YAML file, anything inside a report directory being read, or
 * a place outDirProblem refuses for its folder (a system folder…). Throws `diff-out-unsafe`.
 */
export async function guardOutputFile(typed: string, cwd: string, reportDirs: readonly string[]): Promise<string> {
  const target = path.resolve(cwd, typed);
  const refuse = () => new UserError('diff-out-unsafe', { out: typed });
  if (typed.trim() === '' || /\.ya?ml$/i.test(target)) throw refuse();
  const info = await lstat(target).catch(() => undefined);
  if (info?.isDirectory()) throw refuse();
  const real = await realPathOf(target);
  for (const dir of reportDirs) {
    const realDir = await realPathOf(dir);
    if (target === dir || isInside(dir, target) || real === realDir || isInside(realDir, real)) throw refuse();
  }
  const folder = path.dirname(real);
  if (path.sep === '/' && SYSTEM_TREES.some((d) => folder === d || isInside(d, folder))) throw refuse();
  return target;
}

/** How long creating the output directory may take: Node's recursive mkdir can loop forever on special file systems. */
const MKDIR_TIMEOUT_MS = 15_000;

export interface WrittenFile {
  /** Name relative to the output directory, with forward slashes. */
  name: string;
  path: string;
  bytes: number;
}

/**
 * Why `mkdir -p root` failed, named after the folder: Node's recursive mkdir reports ENOENT where the real cause is
 * a read-only disk or a missing permission on the deepest folder that exists; ask that folder.
 */
async function whyNotCreated(root: string, e: unknown): Promise<unknown> {
  const err = e as NodeJS.ErrnoException;
  if (!err || typeof err !== 'object' || !('code' in err)) return e;
  if (err.code === 'ENOENT') {
    let probe = path.dirname(root);
    while (!(await lstat(probe).catch(() => undefined)) && path.dirname(probe) !== probe) probe = path.dirname(probe);
    const cause = await access(probe, constants.W_OK).then(
      () => undefined,
      (a: NodeJS.ErrnoException) => a,
    );
    if (cause?.code) err.code = cause.code;
  }
  err.path = root;
  return err;
}

export class OutputDir {
  private constructor(
    /** As given (resolved). */
    readonly root: string,
    /** With symbolic links resolved. */
    readonly realRoot: string,
  ) {}

  static async open(root: string): Promise<OutputDir> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new UserError('build-out-timeout', { out: root })), MKDIR_TIMEOUT_MS);
      timer.unref();
    });
    try {
      await Promise.race([mkdir(root, { recursive: true }), timeout]);
    } catch (e) {
      throw await whyNotCreated(root, e);
    } finally {
      clearTimeout(timer);
    }
    return new OutputDir(root, await realpath(root));
  }

  /** The absolute path for `name`, or a UserError when it would leave the directory. */
  async target(name: string): Promise<string> {
    // The folder removed while the build runs is not an escape from it: say what happened.
    if (!(await lstat(this.root).catch(() => undefined))) throw new UserError('build-out-vanished', { out: this.root });
    const refuse = () => new UserError('build-outside', { name, out: this.root });
    if (name.includes('\0') || path.isAbsolute(name) || path.win32.isAbsolute(name)) throw refuse();
    const target = path.resolve(this.root, name);
    if (!isInside(this.root, target)) throw refuse();
    // The deepest part of the path that exists must be inside the real directory (no symlink escape).
    let probe = path.dirname(target);
    while (isInside(this.root, probe) || probe === this.root) {
      try {
        await lstat(probe);
        break;
      } catch {
        probe = path.dirname(probe);
      }
    }
    const realProbe = await realpath(probe);
    if (realProbe !== this.realRoot && !isInside(this.realRoot, realProbe)) throw refuse();
    try {
      // An existing symbolic link at the target itself would be replaced by rename, not followed; still refuse it.
      if ((await lstat(target)).isSymbolicLink()) throw refuse();
    } catch (e) {
      if (e instanceof UserError) throw e;
    }
    return target;
  }

  async write(name: string, data: string | Uint8Array): Promise<WrittenFile> {
    const target = await this.target(name);
    await writeFileAtomic(target, data);
    return {
      name: name.split(path.sep).join('/'),
      path: target,
      bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength,
    };
  }
}
