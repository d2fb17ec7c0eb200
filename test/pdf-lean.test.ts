/**
 * The lean rewrite of the PDFs (render/pdf.ts leanPdf): object streams and a compressed xref stream, and
 * nothing else changed. The sample's tables are printed by the real browser as Chromium writes them, then
 * rewritten; both are read back with qpdf (the whole object graph from the trailer, dumped without object
 * numbers) and pdftotext. Also checks that `reform build` writes the lean form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli, sampleDir, tempDir } from './helpers.js';
import { defaultFinderDeps, findBrowser } from '../src/browser/find.js';
import { launchBrowser } from '../src/browser/launch.js';
import { amendPdf, leanPdf, printRawPdf } from '../src/render/pdf.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** qpdf's JSON of a PDF: every object by "N G R", and the trailer. */
function qpdfObjects(file: string): Record<string, Json> {
  const text = execFileSync(
    'qpdf',
    ['--json=2', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=generalized', file],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    },
  );
  const objects = (JSON.parse(text).qpdf[1] ?? {}) as Record<string, Json>;
  return objects;
}

/**
 * The document as a tree from the trailer's /Root and /Info, references followed (a reference seen before
 * becomes "#n", n its order of first visit), stream data by its hash (decoded), lengths and filters left out:
 * two PDFs with the same objects in another file layout give the same dump.
 */
interface Dump {
  root: Json;
  info: Json;
  objStm: number;
  xrefStream: boolean;
  structTypes: Set<string>;
  /** An object of the file by reference, one level deep. */
  get(ref: Json): Record<string, any>;
}

function structureDump(file: string): Dump {
  const objects = qpdfObjects(file);
  const trailer = (objects.trailer as { value: Record<string, Json> }).value;
  const seen = new Map<string, number>();
  const walk = (v: Json): Json => {
    if (typeof v === 'string' && /^\d+ \d+ R$/.test(v)) {
      if (seen.has(v)) return `#${seen.get(v)}`;
      seen.set(v, seen.size);
      const obj = objects[`obj:${v}`] as
        | { value?: Json; stream?: { dict: Record<string, Json>; data?: string } }
        | undefined;
      if (!obj) return null;
      if (obj.stream) {
        const { '/Length': _l, '/Filter': _f, '/DecodeParms': _d, ...dict } = obj.stream.dict;
        return {
          stream: walk(dict),
          sha1: createHash('sha1')
            .update(obj.stream.data ?? '')
            .digest('hex'),
        };
      }
      return walk(obj.value ?? null);
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, walk(v[k])]),
      );
    return v;
  };
  const root = walk(trailer['/Root']);
  const info = walk(trailer['/Info']);
  const objStm = Object.values(objects).filter((o) => (o as any)?.stream?.dict?.['/Type'] === '/ObjStm').length;
  // The structure types (/S) of the structure elements, e.g. Table, TR, TH, TD.
  const structTypes = new Set(
    Object.values(objects)
      .map((o) => (o as any)?.value)
      .filter((v) => v?.['/Type'] === '/StructElem' && typeof v['/S'] === 'string')
      .map((v) => String(v['/S']).slice(1)),
  );
  const get = (ref: Json) => (objects[`obj:${ref}`] as { value: Record<string, any> }).value;
  return {
    root,
    info,
    objStm,
    xrefStream: trailer['/Type'] === '/XRef',
    structTypes,
    get: (ref) => (ref === 'trailer' ? trailer : get(ref)),
  };
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });

let tmp: { dir: string; cleanup: () => Promise<void> };
const files: Record<string, { before: string; after: string; built: string }> = {};

beforeAll(async () => {
  tmp = await tempDir('reform-lean-');
  const out = path.join(tmp.dir, 'out');
  const result = await runCli(['build', sampleDir, '--out', out], { cwd: tmp.dir });
  expect(result.code, result.stderr).toBe(0);
  const found = findBrowser(undefined, defaultFinderDeps(process.env));
  if (!found.found) throw new Error('no browser');
  const browser = await launchBrowser({ executablePath: found.found.path, env: process.env, allowDirs: [out] });
  try {
    for (const name of ['progress', 'verification']) {
      const before = amendPdf(await printRawPdf(browser, path.join(out, `${name}.html`)), { author: '三重県' });
      const after = (await leanPdf(before)).data;
      files[name] = {
        before: path.join(tmp.dir, `${name}-before.pdf`),
        after: path.join(tmp.dir, `${name}-after.pdf`),
        built: path.join(out, `${name}.pdf`),
      };
      await writeFile(files[name].before, before);
      await writeFile(files[name].after, after);
    }
  } finally {
    await browser.close();
  }
}, 240_000);
afterAll(() => tmp?.cleanup());

describe('lean PDFs', () => {
  for (const name of ['progress', 'verification']) {
    it(`${name}: the same document in object streams and a compressed xref stream`, () => {
      const { before, after } = files[name];
      const a = structureDump(before);
      const b = structureDump(after);
      expect(a.objStm).toBe(0);
      expect(b.objStm).toBeGreaterThan(0);
      expect(b.xrefStream).toBe(true);
      // Every object reachable from the catalog and the Info dictionary, in meaning.
      expect(b.root).toEqual(a.root);
      expect(b.info).toEqual(a.info);
      // What matters most, spelled out: tags, outline, language, title, author.
      const root = b.get(b.get('trailer')['/Root']);
      expect(root['/MarkInfo']['/Marked']).toBe(true);
      expect(root['/Lang']).toBe('u:ja');
      expect([...b.structTypes]).toEqual(expect.arrayContaining(['Table', 'TR', 'TH', 'TD']));
      expect(b.get(root['/StructTreeRoot'])['/ParentTree']).toBeTruthy();
      expect(b.get(root['/Outlines'])['/Count']).toBeGreaterThan(0);
      const info = b.get(b.get('trailer')['/Info']);
      expect(info['/Title']).toMatch(/^u:別表/);
      expect(info['/Author']).toBe('u:三重県');
      // The text read back is the same.
      expect(pdfText(after)).toBe(pdfText(before));
      expect(pdfText(after)).toContain('担当課');
    });

    it(`${name}: reform build writes the lean form`, () => {
      const built = structureDump(files[name].built);
      expect(built.objStm).toBeGreaterThan(0);
      expect(built.xrefStream).toBe(true);
      expect(pdfText(files[name].built)).toBe(pdfText(files[name].before));
    });
  }
});
