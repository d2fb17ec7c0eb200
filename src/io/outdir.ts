/**
 * The output directory of a build: every file is written atomically (io/atomic.ts), and only inside
 * the directory. A name that resolves outside it (../x, an absolute path, a symbolic link inside the
 * directory that points elsewhere) is refused before anything is written.
 */
import { lstat, mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic.js';
import { UserError } from '../errors.js';

export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

export interface WrittenFile {
  /** Name relative to the output directory, with forward slashes. */
  name: string;
  path: string;
  bytes: number;
}

export class OutputDir {
  private constructor(
    /** As given (resolved). */
    readonly root: string,
    /** With symbolic links resolved. */
    readonly realRoot: string,
  ) {}

  static async open(root: string): Promise<OutputDir> {
    await mkdir(root, { recursive: true });
    return new OutputDir(root, await realpath(root));
  }

  /** The absolute path for `name`, or a UserError when it would leave the directory. */
  async target(name: string): Promise<string> {
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
    return { name: name.split(path.sep).join('/'), path: target, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength };
  }
}
