/**
 * Typesetting of a report unlike the sample (test/fixtures/city: 平成→令和, a full-year edition, an
 * initiative taller than two pages, long unbroken strings, full-width numbers, half-width kana, 𠮷,
 * two 総務課), built by the compiled CLI on a machine whose only font is a Latin one (fontconfig
 * pointed at DejaVu Sans): everything printed must come from the shipped fonts. Chromium draws no
 * text at all when fontconfig exposes no font whatever, web fonts included, so one Latin font stays.
 * Read back with poppler (pdftotext per page, pdffonts) and exceljs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeForCompare, repoRoot, tempDir } from './helpers.js';
import { printedText } from './html-text.js';

const fixture = path.join(repoRoot, 'test/fixtures/city');
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const pdfs = ['progress.pdf', 'verification.pdf'];

let tmp: { dir: string; cleanup: () => Promise<void> };
let out: string;
let sampleOut: string;
let stderr = '';

interface FixtureInitiative {
  number: number;
  title: string;
  /** Every printed line of its texts. */
  phrases: string[];
}
const initiatives: FixtureInitiative[] = [];

function linesOf(value: unknown): string[] {
  if (typeof value === 'string')
    return value
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
  if (Array.isArray(value)) return value.flatMap(linesOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(linesOf);
  return [];
}

beforeAll(async () => {
  tmp = await tempDir('reform-typeset-');
  const fontDir = path.join(tmp.dir, 'fontconfig');
  await mkdir(path.join(fontDir, 'fonts'), { recursive: true });
  await cp('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', path.join(fontDir, 'fonts', 'DejaVuSans.ttf'));
  const conf = path.join(fontDir, 'fonts.conf');
  await writeFile(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM ` +
      `"fonts.dtd">\n<fontconfig><dir>${fontDir}/fonts</dir><cachedir>${fontDir}/cache</cachedir></fontconfig>\n`,
  );
  await cp(fixture, path.join(tmp.dir, 'city'), { recursive: true });
  await cp(path.join(repoRoot, 'data'), path.join(tmp.dir, 'data'), { recursive: true });
  out = path.join(tmp.dir, 'out');
  sampleOut = path.join(tmp.dir, 'sample-out');
  const env = { ...process.env, FONTCONFIG_FILE: conf };
  const cli = (args: string[]) =>
    execFileSync(process.execPath, [path.join(repoRoot, 'bin/reform.js'), ...args], {
      cwd: tmp.dir,
      env,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  // stderr of a successful run is only available through spawnSync; the fallback note goes there.
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin/reform.js'), 'build', 'city', '--out', 'out'], {
    cwd: tmp.dir,
    env,
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  stderr = r.stderr;
  cli(['build', 'data', '--out', 'sample-out']);
  for (const f of ['01', '02', '03', '04', '05', '06', '07', '08']) {
    const data = parse(await readFile(path.join(fixture, 'initiatives', `${f}.yaml`), 'utf8'));
    const phrases = [
      data.title,
      ...data.items.map((i: { label: string }) => i.label),
      ...linesOf(data.plans),
      ...linesOf(data.results),
    ];
    // verification rows: the texts (division and direction are references, printed otherwise)
    for (const v of data.verification) phrases.push(...linesOf([v.item, v.content, v.outcome, v.reason ?? '']));
    initiatives.push({ number: data.number, title: data.title, phrases: [...new Set(phrases)] });
  }
}, 240_000);
afterAll(() => tmp?.cleanup());

const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
const pageText = (file: string, page: number) =>
  run('pdftotext', ['-raw', '-f', String(page), '-l', String(page), file, '-']);

/** How far down the page its lowest text reaches (0 to 1), page numbers in the bottom margin left out. */
function pageFill(file: string, page: number): number {
  const bbox = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(bbox)![1]);
  const bottoms = [...bbox.matchAll(/yMax="([\d.]+)">([^<]*)</g)]
    .map((m) => Number(m[1]))
    .filter((y) => y < height - 34);
  return Math.max(...bottoms) / height;
}

describe('a second report, on a machine with no Japanese font', () => {
  it('prints every character from the shipped fonts: BIZ UDPGothic, Noto Sans JP for 𠮷, no Type 3', () => {
    expect(stderr).toContain('同梱の Noto Sans JP で印刷します: 𠮷');
    for (const dir of [out, sampleOut]) {
      for (const pdf of pdfs) {
        const lines = run('pdffonts', [path.join(dir, pdf)])
          .trim()
          .split('\n')
          .slice(2);
        const names = lines.map((l) =>
          l
            .trim()
            .split(/\s+/)[0]
            .replace(/^[A-Z]{6}\+/, ''),
        );
        for (const l of lines) expect(l).not.toMatch(/Type 3/);
        for (const n of names) expect(n).toMatch(/^(BIZUDPGothic|NotoSansJP)-(Regular|Bold)$/);
        // at most two fonts (main and fallback) per weight; the sample needs no fallback
        for (const w of ['Regular', 'Bold'])
          expect(names.filter((n) => n.endsWith(w)).length).toBeLessThanOrEqual(dir === out ? 2 : 1);
      }
    }
  });

  it('puts every phrase of the report into the PDF text, the HTML and the workbook', async () => {
    const phrases = [...new Set(initiatives.flatMap((i) => i.phrases))];
    expect(phrases.length).toBeGreaterThan(250);
    const pdf = normalizeForCompare(pdfs.map((f) => run('pdftotext', ['-raw', path.join(out, f), '-'])).join('\n'));
    const html = normalizeForCompare(
      (await Promise.all(['progress.html', 'verification.html'].map((f) => readFile(path.join(out, f), 'utf8'))))
        .map(printedText)
        .join('\n'),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'reform.xlsx'));
    const cells: string[] = [];
    // Merged cells other than the master carry no value of their own.
    wb.eachSheet((s) =>
      s.eachRow((r) => r.eachCell((c) => void (c.isMerged && c.master !== c ? undefined : cells.push(String(c.text))))),
    );
    const book = normalizeForCompare(cells.join('\n'));
    for (const [name, text] of [
      ['PDF', pdf],
      ['HTML', html],
      ['workbook', book],
    ] as const) {
      const missing = phrases.filter((p) => !text.includes(normalizeForCompare(p)));
      expect(missing, `missing from the ${name}: ${missing.join(' | ')}`).toEqual([]);
    }
    for (const ch of ['𠮷', '２，３８１千円', '９４．２％']) expect(pdf).toContain(normalizeForCompare(ch));
  });

  it('names, on every page, 番号 and 具体的取組 of each initiative printed there', () => {
    for (const pdf of pdfs) {
      const file = path.join(out, pdf);
      const n = pageCount(file);
      let seen = 0;
      for (let p = 1; p <= n; p++) {
        const raw = pageText(file, p);
        const text = normalizeForCompare(raw);
        for (const i of initiatives) {
          const own = i.phrases.filter((ph) => ph !== i.title && [...ph].length >= 12);
          if (!own.some((ph) => text.includes(normalizeForCompare(ph)))) continue;
          seen++;
          expect(raw, `${pdf} page ${p}: 番号 ${i.number}`).toMatch(new RegExp(`(^|\\n)${i.number} `));
          expect(text, `${pdf} page ${p}: 具体的取組 of ${i.number}`).toContain(normalizeForCompare(i.title));
        }
      }
      expect(seen).toBeGreaterThan(initiatives.length);
    }
  });

  it('splits the tall initiative over pages without leaving the page before it half empty', () => {
    for (const pdf of pdfs) {
      const file = path.join(out, pdf);
      const n = pageCount(file);
      const texts = Array.from({ length: n }, (_, k) => normalizeForCompare(pageText(file, k + 1)));
      let splits = 0;
      for (const i of initiatives) {
        const own = i.phrases.filter((ph) => ph !== i.title && [...ph].length >= 12).map(normalizeForCompare);
        const pages = texts.map((t, k) => (own.some((ph) => t.includes(ph)) ? k + 1 : 0)).filter((k) => k > 0);
        if (pages.length < 2) continue;
        splits++;
        const first = pages[0];
        // It starts on a page where other initiatives of its section came before it…
        const before = initiatives.filter(
          (o) => o.number < i.number && o.phrases.some((ph) => texts[first - 1].includes(normalizeForCompare(ph))),
        );
        const sameSectionBefore = first > 1 && texts[first - 1].includes(normalizeForCompare('（続き）'));
        // …or, when it opens a page of its own section, the page before it is at least half full.
        if (before.length === 0 && sameSectionBefore)
          expect(pageFill(file, first - 1), `${pdf}: initiative ${i.number}`).toBeGreaterThan(0.5);
      }
      if (pdf === 'progress.pdf') expect(splits).toBeGreaterThanOrEqual(1);
    }
    // the tall one takes more than two pages, each with its continuation mark
    const file = path.join(out, 'progress.pdf');
    const tall = initiatives.find((i) => i.number === 3)!;
    const onPages = Array.from({ length: pageCount(file) }, (_, k) => k + 1).filter((p) =>
      normalizeForCompare(pageText(file, p)).includes(normalizeForCompare(tall.title)),
    );
    expect(onPages.length).toBeGreaterThan(2);
    for (const p of onPages.slice(1))
      expect(normalizeForCompare(pageText(file, p))).toContain(normalizeForCompare(`${tall.title}（続き）`));
  });

  it("breaks the workbook's pages between rows only, never inside a merged range, with rows tall enough", async () => {
    const { textHeightPt, METRICS } = await import('../src/render/xlsx/measure.js');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'reform.xlsx'));
    // the sheet XML itself: <rowBreaks> (a break after row id) against <mergeCells>
    const { execFileSync: x } = await import('node:child_process');
    let checked = 0;
    for (const [n, ws] of wb.worksheets.entries()) {
      const xml = x('unzip', ['-p', path.join(out, 'reform.xlsx'), `xl/worksheets/sheet${n + 1}.xml`], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
      const merges = [...xml.matchAll(/<mergeCell ref="[A-Z]+(\d+):[A-Z]+(\d+)"/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      expect(merges.length).toBeGreaterThan(10);
      for (const b of breaks)
        for (const [a, z] of merges)
          expect(b < a || b >= z, `sheet ${n + 1}: break after row ${b} inside rows ${a}-${z}`).toBe(true);
      if (n === 0) expect(breaks.length).toBeGreaterThan(3);
      // every cell's text fits the height of its rows at the measured widths
      const span = new Map<string, [number, number, number, number]>();
      for (const ref of (ws.model as { merges: string[] }).merges) {
        const [a, b] = ref.split(':').map((r) => ws.getCell(r));
        span.set(a.address, [Number(a.row), Number(a.col), Number(b.row), Number(b.col)]);
      }
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.isMerged && cell.master !== cell) return;
          const text = String(cell.text ?? '');
          if (!text || !cell.alignment?.wrapText) return;
          const [r1, c1, r2, c2] = span.get(cell.address) ?? [
            Number(cell.row),
            Number(cell.col),
            Number(cell.row),
            Number(cell.col),
          ];
          let widthPx = 0;
          for (let c = c1; c <= c2; c++) widthPx += (ws.getColumn(c).width ?? 8) * METRICS.pxPerWidthUnit;
          let height = 0;
          for (let r = r1; r <= r2; r++) height += ws.getRow(r).height ?? 15;
          const need = textHeightPt(text, {
            widthPx,
            fontSizePt: cell.font?.size ?? 9,
            indent: cell.alignment?.indent,
          });
          expect(height + 0.01, `${ws.name}!${cell.address}`).toBeGreaterThanOrEqual(
            Math.min(need, 409 * (r2 - r1 + 1)),
          );
          checked++;
        }),
      );
    }
    expect(checked).toBeGreaterThan(100);
    // 別表2: the two 総務課 printed with their 部, other 課 alone
    const v = wb.worksheets[1];
    const divisions: string[] = [];
    v.eachRow((r) => {
      const c = r.getCell(8);
      if (!c.isMerged || c.master === c) divisions.push(String(c.value ?? ''));
    });
    expect(divisions).toContain('市民協働部総務課');
    expect(divisions).toContain('総務部総務課');
    expect(divisions).toContain('財政課');
  });

  it('keeps the HTML one table per section (pagination is for print only)', async () => {
    const html = await readFile(path.join(out, 'progress.html'), 'utf8');
    expect(html.match(/<table class="sheet progress"/g)).toHaveLength(2);
    expect(html).not.toContain('（続き）');
    expect(existsSync(path.join(out, 'fonts', 'noto-sans-jp-400.woff'))).toBe(true);
  });
});
