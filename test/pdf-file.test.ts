/**
 * render/pdf-file.ts reads objects of any size: the head of an object is read in growing pieces (issue 22), so a
 * dictionary longer than the first piece, or than 8 KB, is read whole, and a short one is read from its own bytes.
 */
import { describe, expect, it } from 'vitest';
import { appendUpdate, readObject, readXref } from '../src/render/pdf-file.js';

/** A PDF of the given object bodies (numbered from 1), with a classic xref table, as Chromium writes it. */
function pdfOf(bodies: string[]): Uint8Array {
  let text = '%PDF-1.7\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(Buffer.byteLength(text, 'latin1'));
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(text, 'latin1');
  text += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f\r\n`;
  for (const o of offsets) text += `${String(o).padStart(10, '0')} 00000 n\r\n`;
  text += `trailer\n<</Size ${bodies.length + 1}\n/Root 1 0 R>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

describe('readObject', () => {
  const nums = (n: number) => Array.from({ length: n }, (_, i) => `${i} ${i + 3} 0 R`).join(' ');
  const small = '<</Type /Catalog /Lang (ja)>>';
  const medium = `<</Type /ParentTree /Nums [${nums(200)}]>>`;
  const large = `<</Type /ParentTree /Nums [${nums(3000)}] /Note (a >> in a string)>>`;
  const array = `[${nums(3000)}]`;
  const pdf = pdfOf([small, medium, large, array]);
  const xref = readXref(pdf)!;

  it('reads dictionaries shorter and longer than the first piece, and longer than 8 KB, whole', () => {
    expect(medium.length).toBeGreaterThan(512);
    expect(large.length).toBeGreaterThan(8192);
    expect(readObject(pdf, xref, 1)?.dict).toBe(small.slice(2, -2));
    expect(readObject(pdf, xref, 2)?.dict).toBe(medium.slice(2, -2));
    expect(readObject(pdf, xref, 3)?.dict).toBe(large.slice(2, -2));
    expect(readObject(pdf, xref, 4)?.dict.trim()).toBe(array);
  });

  it('replaces a large dictionary by an incremental update that reads back', () => {
    const dict = `${large.slice(2, -2)} /Extra true`;
    const updated = appendUpdate(pdf, xref, [{ num: 3, gen: 0, dict }]);
    const again = readXref(updated)!;
    expect(readObject(updated, again, 3)?.dict).toBe(dict);
    expect(readObject(updated, again, 2)?.dict).toBe(medium.slice(2, -2));
  });
});

describe('readXref', () => {
  /** A classic xref section of these subsections, each `[first, entries]`, with `eol` ending each entry. */
  const withTable = (subsections: [number, string[]][], eol: string) => {
    let text = '%PDF-1.7\n';
    const xrefAt = text.length;
    text += 'xref\n';
    for (const [first, entries] of subsections) text += `${first} ${entries.length}\n${entries.join(eol)}${eol}`;
    text += `trailer\n<</Size 9 /Root 1 0 R>>\nstartxref\n${xrefAt}\n%%EOF\n`;
    return new Uint8Array(Buffer.from(text, 'latin1'));
  };
  const table: [number, string[]][] = [
    [0, ['0000000000 65535 f', '0000000017 00000 n']],
    [5, ['0000001234 00002 n', '0000000000 00001 f', '0000009999 00000 n']],
  ];
  const expected = new Map([
    [1, { offset: 17, gen: 0 }],
    [5, { offset: 1234, gen: 2 }],
    [7, { offset: 9999, gen: 0 }],
  ]);

  it('reads entries of several subsections, in use only, with either end of line of the standard or one byte', () => {
    for (const eol of ['\r\n', ' \n', ' \r', '\n']) expect(readXref(withTable(table, eol))?.offsets).toEqual(expected);
  });

  it('stops at an entry that is not well formed (what comes before it is kept)', () => {
    const broken: [number, string[]][] = [[0, ['0000000000 65535 f', '0000000017 00000 n', '00000x0018 00000 n']]];
    expect(readXref(withTable(broken, '\r\n'))?.offsets).toEqual(new Map([[1, { offset: 17, gen: 0 }]]));
  });

  it('lets a newer section win over an older one (the /Prev chain)', () => {
    const pdf = withTable(table, '\r\n');
    const xref = readXref(pdf)!;
    const updated = appendUpdate(pdf, xref, [{ num: 5, gen: 2, dict: '/Type /Catalog' }]);
    const again = readXref(updated)!;
    expect(again.offsets.get(5)?.offset).toBeGreaterThan(pdf.length - 1);
    expect(again.offsets.get(7)).toEqual({ offset: 9999, gen: 0 });
  });
});
