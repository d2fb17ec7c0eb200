/**
 * Reading an .xlsx from outside with bounded memory (src/load/xlsx-read.ts): a zip bomb (1 GiB of
 * zeros in a 1 MB file, with an honest or a lying size header) and a sheet of a million rows are
 * refused before exceljs sees them, with a plain message, and the test process's own peak memory
 * (its resource usage) stays under 300 MB. Runs in its own worker, so the peak is this file's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import { checkXlsx, countSheet, zipParts } from '../src/load/xlsx-read.js';
import { copySample, runCli, tempDir } from './helpers.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir('reform-xlsx-read-');
  await copySample(tmp.dir);
});
afterAll(() => tmp?.cleanup());

/** A zip of one stored-or-deflated entry per part, with the sizes given (which may lie). */
function zip(parts: { name: string; data: Buffer; size: number; method?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.method ?? 8, 8);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(p.method ?? 8, 10);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(p.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    centrals.push(central, name);
    offset += 30 + name.length + p.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** 1 GiB of zeros, deflated without ever holding them (1 MiB at a time). */
async function deflatedZeros(bytes: number): Promise<Buffer> {
  const out: Buffer[] = [];
  const z = createDeflateRaw({ level: 9 });
  z.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => z.on('end', resolve));
  const chunk = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < bytes; written += chunk.length) {
    if (!z.write(chunk)) await new Promise((resolve) => z.once('drain', resolve));
  }
  z.end();
  await done;
  return Buffer.concat(out);
}

const GiB = 1024 * 1024 * 1024;

describe('reading an .xlsx with bounded memory', () => {
  it('refuses a zip bomb, honest or lying about its size, and a sheet of a million rows, under 300 MB', async () => {
    const bomb = await deflatedZeros(GiB);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const honest = zip([{ name: 'xl/worksheets/sheet1.xml', data: bomb, size: GiB }]);
    const lying = zip([{ name: 'xl/worksheets/sheet1.xml', data: bomb, size: 100 }]);
    const xml = Buffer.from(`<sheetData>${'<row/>'.repeat(1_000_000)}</sheetData>`);
    const million = zip([{ name: 'xl/worksheets/sheet1.xml', data: deflateRawSync(xml), size: xml.length }]);

    expect(checkXlsx(honest, 'h.xlsx')).toMatchObject({ problem: 'too-large', limit: 'partBytes' });
    expect(checkXlsx(lying, 'l.xlsx')).toMatchObject({ problem: 'too-large', limit: 'partBytes' });
    expect(checkXlsx(million, 'm.xlsx')).toMatchObject({ problem: 'too-large', limit: 'sheetRows', value: 1_000_000 });

    for (const [name, bytes] of [
      ['honest.xlsx', honest],
      ['lying.xlsx', lying],
      ['million.xlsx', million],
    ] as const) {
      await writeFile(path.join(tmp.dir, name), bytes);
      const r = await runCli(['import', name], { cwd: tmp.dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${name}: ファイルが大きすぎるため読みません`);
      expect(r.stderr).not.toMatch(/Invalid string length|at .*\.[jt]s:\d+/);
    }
    // maxRSS is in kilobytes: the peak of this whole worker, bomb making included.
    expect(process.resourceUsage().maxRSS / 1024).toBeLessThan(300);
  }, 120_000);

  it('reads the central directory without inflating, and counts rows and cells on the bytes', () => {
    const data = deflateRawSync(Buffer.from('<row r="1"><c r="A1"/><c r="B1"><v>1</v></c></row><cols/>'));
    const z = zip([{ name: 'xl/worksheets/sheet1.xml', data, size: 58 }]);
    expect(zipParts(z)).toMatchObject([{ name: 'xl/worksheets/sheet1.xml', method: 8, size: 58 }]);
    expect(countSheet(Buffer.from('<row r="1"><c r="A1"/><c r="B1"><v>1</v></c></row><cols/>'))).toEqual({
      rows: 1,
      cells: 2,
    });
    expect(checkXlsx(Buffer.from('a,b\n'), 'x.csv')).toEqual({ problem: 'not-xlsx', kind: 'CSV' });
    expect(checkXlsx(Buffer.from('PK\u0003\u0004'), 'x.xlsx')).toMatchObject({ problem: 'corrupt' });
  });
});
