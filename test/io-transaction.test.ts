/**
 * Writing several files as one (src/io/transaction.ts): a failure in the middle — the disk full on
 * the third temporary file, or a rename refused after two files were already replaced — leaves
 * every file as it was (new files removed again, no temporary left), and the error names the file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAll, WriteFailure } from '../src/io/transaction.js';
import { tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('reform-tx-'));
  for (const f of ['01.yaml', '02.yaml', '03.yaml']) await writeFile(path.join(dir, f), `old ${f}\n`);
});
afterEach(() => cleanup());

const files = ['01.yaml', '02.yaml', '03.yaml', '04.yaml'];
const writes = () => files.map((f) => ({ abs: path.join(dir, f), data: `new ${f}\n` }));
const errno = (code: string) => Object.assign(new Error(code), { code });

async function expectUnchanged(): Promise<void> {
  expect((await readdir(dir)).sort()).toEqual(['01.yaml', '02.yaml', '03.yaml']);
  for (const f of ['01.yaml', '02.yaml', '03.yaml'])
    expect(await readFile(path.join(dir, f), 'utf8')).toBe(`old ${f}\n`);
}

describe('writeAll', () => {
  it('writes every file', async () => {
    await writeAll(writes());
    for (const f of files) expect(await readFile(path.join(dir, f), 'utf8')).toBe(`new ${f}\n`);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a full disk on the third file: nothing replaced, the error names 03.yaml', async () => {
    let n = 0;
    const err = await writeAll(writes(), {
      writeFile: async (p, d) => {
        if (++n === 3) throw errno('ENOSPC');
        await writeFile(p, d);
      },
      rename,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(WriteFailure);
    expect(err.file).toBe(path.join(dir, '03.yaml'));
    expect(err.cause.code).toBe('ENOSPC');
    expect(err.restored).toBe(true);
    await expectUnchanged();
  });

  it('a rename refused after two files were replaced: both get their bytes back', async () => {
    let n = 0;
    const err = await writeAll(writes(), {
      writeFile: (p, d) => writeFile(p, d),
      rename: async (a, b) => {
        if (++n === 3) throw errno('EACCES');
        await rename(a, b);
      },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(WriteFailure);
    expect(err.file).toBe(path.join(dir, '03.yaml'));
    expect(err.restored).toBe(true);
    await expectUnchanged();
  });
});
