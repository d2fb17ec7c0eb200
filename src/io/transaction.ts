/**
 * Writing several files as one: every new content goes to a temporary file beside its target
 * first; only when all are written are they renamed over the targets. If a rename fails, the
 * targets already replaced get their previous bytes back (read before anything was written) and a
 * target that did not exist is removed again. Every error names the file it is about, never a
 * temporary one. (A crash of the machine between two renames can still leave some files new: that
 * is what a version-controlled report directory is for.)
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface PlannedWrite {
  /** Absolute path of the target. */
  abs: string;
  data: string | Uint8Array;
}

/** A failed write: `file` is the target (absolute), `cause` the file-system error. */
export class WriteFailure extends Error {
  constructor(
    readonly file: string,
    override readonly cause: NodeJS.ErrnoException,
    /** True when every target was put back as it was. */
    readonly restored: boolean,
  ) {
    super(`${file}: ${cause.code ?? cause.message}`);
  }
}

const tempOf = (target: string) =>
  path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

/** The file-system functions, replaceable in tests (a disk that fills up in the middle). */
export interface TransactionFs {
  writeFile: (p: string, d: string | Uint8Array) => Promise<void>;
  rename: (a: string, b: string) => Promise<void>;
}
const realFs: TransactionFs = { writeFile: (p, d) => writeFile(p, d), rename };

export async function writeAll(writes: readonly PlannedWrite[], fs: TransactionFs = realFs): Promise<void> {
  const previous = new Map<string, Buffer | undefined>();
  for (const w of writes) previous.set(w.abs, await readFile(w.abs).catch(() => undefined));
  const temps: { temp: string; target: string }[] = [];
  const cleanup = () => Promise.all(temps.map((t) => rm(t.temp, { force: true }).catch(() => undefined)));
  for (const w of writes) {
    const temp = tempOf(w.abs);
    temps.push({ temp, target: w.abs });
    try {
      await fs.writeFile(temp, w.data);
    } catch (e) {
      await cleanup();
      throw new WriteFailure(w.abs, e as NodeJS.ErrnoException, true);
    }
  }
  const done: string[] = [];
  for (const { temp, target } of temps) {
    try {
      await fs.rename(temp, target);
      done.push(target);
    } catch (e) {
      let restored = true;
      for (const t of done) {
        const old = previous.get(t);
        try {
          if (old === undefined) await rm(t, { force: true });
          else {
            const back = tempOf(t);
            await writeFile(back, old);
            await rename(back, t);
          }
        } catch {
          restored = false;
        }
      }
      await cleanup();
      throw new WriteFailure(target, e as NodeJS.ErrnoException, restored);
    }
  }
}
