/**
 * Writes a file so that readers never see half of it: write a temporary file beside the target,
 * then rename it over the target (atomic on the same filesystem). A failed write leaves the
 * previous file as it was.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, data);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    // Name the file the user asked for, not the temporary one; a failed write (ENOSPC) names no file at all.
    if (e && typeof e === 'object' && 'code' in e) (e as NodeJS.ErrnoException).path = target;
    throw e;
  }
}
