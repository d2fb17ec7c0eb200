/**
 * `reform build` end to end with the real browser: one shared build of the sample (with markup slipped
 * into its texts) into a temporary directory, read back with poppler (pdftotext, pdfinfo, pdffonts).
 * The other cases (no browser, --no-pdf, unsafe output paths, invalid data) need no browser.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copySample, normalizeForCompare, runCli, seedPhrases, tempDir, type CliResult } from './helpers.js';
import { main } from '../src/cli.js';
import { htmlText } from './html-text.js';
import * as opendata from '../src/render/opendata.js';

vi.mock('../src/render/opendata.js', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../src/render/opendata.js')>();
  return { ...orig, renderOpenData: vi.fn(orig.renderOpenData) };
});

const XSS_PLAN = '<img src=x onerror=alert(1)>を含む計画';
const XSS_RESULT = '<script>alert("x")</script>と書いた実績';

let tmp: { dir: string; cleanup: () => Promise<void> };
let out: string;
let result: CliResult;
const pdfs = ['progress.pdf', 'verification.pdf'];

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
/**
 * The text of a PDF in the order it was drawn (-raw): cell by cell, as Chromium paints the table.
 * The default (physical layout) mode interleaves the lines of cells that sit side by side.
 */
const pdfText = (file: string) => run('pdftotext', ['-raw', file, '-']);
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
const pageText = (file: string, page: number) =>
  run('pdftotext', ['-raw', '-f', String(page), '-l', String(page), file, '-']);

beforeAll(async () => {
  tmp = await tempDir('reform-build-');
  const data = await copySample(tmp.dir);
  // at the end of the cells of 11, so that the seed's phrases stay whole
  const file = path.join(data, 'initiatives', '11.yaml');
  let text = await readFile(file, 'utf8');
  text = text.replace(
    '    ・訓練計画書に基づく訓練の実施(1月～2月)\n',
    `    ・訓練計画書に基づく訓練の実施(1月～2月)\n    ${XSS_PLAN}\n`,
  );
  text = text.replace(
    '      ・情報システムに関する業務継続計画の確認・見直し(6月～7月)\n',
    `      ・情報システムに関する業務継続計画の確認・見直し(6月～7月)\n      ${XSS_RESULT}\n`,
  );
  expect(text).toContain(XSS_PLAN);
  expect(text).toContain(XSS_RESULT);
  await writeFile(file, text);
  out = path.join(tmp.dir, 'out');
  result = await runCli(['build'], { cwd: tmp.dir });
}, 180_000);
afterAll(() => tmp?.cleanup());

describe('reform build with a browser', () => {
  it('writes HTML, PDF, CSS and fonts into out/ and says what it wrote and how long it took', async () => {
    expect(result.stderr).not.toMatch(/ブラウザ.*見つからない/);
    expect(result.code, result.stderr).toBe(0);
    const files = await readdir(out);
    for (const f of ['index.html', 'progress.html', 'verification.html', 'style.css', 'fonts', ...pdfs])
      expect(files).toContain(f);
    for (const pdf of pdfs)
      expect(result.stdout).toMatch(
        new RegExp(`${pdf.replace('.', '\\.')}\\s+${pageCount(path.join(out, pdf))} ページ\\s+[\\d.]+ KB`),
      );
    expect(result.stdout).toMatch(/所要時間: 検査 [\d.]+ 秒 .*PDF [\d.]+ 秒（合計 [\d.]+ 秒）/);
    // no temporary files left behind
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const index = await readFile(path.join(out, 'index.html'), 'utf8');
    for (const href of ['progress.html', 'progress.pdf', 'verification.html', 'verification.pdf'])
      expect(index).toContain(`href="${href}"`);
  });

  it('writes one subset font per weight, with a CSS that points at them', async () => {
    const fonts = await readdir(path.join(out, 'fonts'));
    const css = await readFile(path.join(out, 'fonts', 'fonts.css'), 'utf8');
    const urls = [...css.matchAll(/url\(\.\/([^)]+)\)/g)].map((m) => m[1]);
    expect(urls).toEqual(['biz-udpgothic-400.woff', 'biz-udpgothic-700.woff']);
    for (const u of urls) expect(fonts).toContain(u);
    expect(fonts).toContain('LICENSE.txt');
    expect(css).toMatch(/font-weight: 700/);
  });

  it('puts every phrase of the seed into the HTML and into the text of the PDFs', async () => {
    const phrases = seedPhrases();
    expect(phrases.length).toBeGreaterThan(300);
    const html = normalizeForCompare(
      (await Promise.all(['progress.html', 'verification.html'].map((f) => readFile(path.join(out, f), 'utf8'))))
        .map(htmlText)
        .join('\n'),
    );
    const missingHtml = phrases.filter((p) => !html.includes(normalizeForCompare(p)));
    expect(missingHtml, `missing from the HTML: ${missingHtml.join(' | ')}`).toEqual([]);
    const text = normalizeForCompare(pdfs.map((f) => pdfText(path.join(out, f))).join('\n'));
    const missingPdf = phrases.filter((p) => !text.includes(normalizeForCompare(p)));
    expect(missingPdf, `missing from the PDF text: ${missingPdf.join(' | ')}`).toEqual([]);
  });

  it('prints markup from YAML as text in the HTML and in the PDF', async () => {
    const html = await readFile(path.join(out, 'progress.html'), 'utf8');
    expect(html).not.toMatch(/<img|<script/i);
    // (spans that keep numbers or break long Latin runs split the text: compare without the breaks)
    expect(normalizeForCompare(htmlText(html))).toContain(normalizeForCompare(XSS_PLAN));
    expect(normalizeForCompare(htmlText(html))).toContain(normalizeForCompare(XSS_RESULT));
    const text = normalizeForCompare(pdfText(path.join(out, 'progress.pdf')));
    expect(text).toContain(normalizeForCompare(XSS_PLAN));
    expect(text).toContain(normalizeForCompare(XSS_RESULT));
  });

  it('prints A4 landscape pages, tagged, with title, author and language', async () => {
    const titles = {
      'progress.pdf': '別表1 三重県行財政改革取組 令和元年度上半期の取組状況',
      'verification.pdf': '別表2 現行の「三重県行財政改革取組」の検証',
    };
    for (const pdf of pdfs) {
      const file = path.join(out, pdf);
      const n = pageCount(file);
      const info = run('pdfinfo', ['-f', '1', '-l', String(n), file]);
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      expect(sizes).toHaveLength(n);
      // A4 landscape is 841.89 x 595.28 pt; Chromium rounds the page to whole CSS pixels.
      for (const [w, h] of sizes) {
        expect(Math.abs(w - 841.89)).toBeLessThan(1);
        expect(Math.abs(h - 595.28)).toBeLessThan(1);
      }
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toContain(`Title:           ${titles[pdf as keyof typeof titles]}`);
      expect(info).toMatch(/Author:\s+三重県/);
      // The catalog sits in an object stream (the lean rewrite): read it with qpdf.
      const objects = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', file])).qpdf[1];
      const catalog = objects[`obj:${objects.trailer.value['/Root']}`].value;
      expect(catalog['/Lang']).toBe('u:ja');
      expect(catalog['/MarkInfo']['/Marked']).toBe(true);
    }
  });

  it('embeds the shipped font only, one per weight', () => {
    for (const pdf of pdfs) {
      const lines = run('pdffonts', [path.join(out, pdf)])
        .trim()
        .split('\n')
        .slice(2);
      expect(lines.length).toBe(2);
      expect(lines.some((l) => l.includes('BIZUDPGothic'))).toBe(true);
      for (const line of lines) {
        // name type... encoding emb sub uni object ID: emb is the 5th column from the end
        const cols = line.trim().split(/\s+/);
        expect(cols.at(-5), line).toBe('yes');
        // Only the shipped fonts: nothing taken from the machine.
        expect(cols[0], line).toMatch(/^[A-Z]{6}\+(BIZUDPGothic|NotoSansJP)-/);
        expect(cols[1], line).not.toBe('Type');
      }
    }
  });

  it('repeats the header row on every page, numbers the pages and starts each section on a new page', () => {
    const heads = {
      'progress.pdf': [
        '番号',
        '具体的取組',
        '工程',
        '取組項目',
        '28年度',
        '元年度',
        '令和元年度年次計画',
        '上半期実績(4月~9月)',
        '担当課',
      ],
      'verification.pdf': [
        '番号',
        '具体的取組',
        '取組項目',
        '内容',
        '実績・効果',
        '今後の取組方向',
        '区分の理由',
        '担当課',
      ],
    };
    for (const pdf of pdfs) {
      const file = path.join(out, pdf);
      const n = pageCount(file);
      expect(n).toBeGreaterThanOrEqual(3);
      for (let p = 1; p <= n; p++) {
        const text = normalizeForCompare(pageText(file, p));
        for (const h of heads[pdf as keyof typeof heads])
          expect(text, `${pdf} page ${p}`).toContain(normalizeForCompare(h));
        expect(text, `${pdf} page ${p}: page number`).toContain(`${p}/${n}`);
      }
      // The page that opens section Ⅱ holds nothing of section Ⅰ (initiative 3 is its last).
      const pages = Array.from({ length: n }, (_, i) => normalizeForCompare(pageText(file, i + 1)));
      const second = pages.findIndex((t) => t.includes('機動的で柔軟かつ弾力的な行財政運営に向けて'));
      const third = pages.findIndex((t) => t.includes('残された課題への的確な対応に向けて'));
      expect(second).toBeGreaterThan(0);
      expect(third).toBeGreaterThan(second);
      expect(pages[second]).not.toContain('現場インターン');
      expect(pages[third]).not.toContain('機動的な財政運営の確保');
    }
  });

  it('draws the 工程 phases as bars whose text reads ← label →', () => {
    const text = normalizeForCompare(pdfText(path.join(out, 'progress.pdf')));
    for (const p of ['← 随時実施 →', '← 検討 →', '← 実施 →', '検討 → 順次実施', '← 貸付公募の実施 →'])
      expect(text).toContain(normalizeForCompare(p));
  });
});

describe('reform build without a browser, or without PDF', () => {
  let data: string;
  beforeAll(async () => {
    data = await copySample(path.join(tmp.dir, 'nb'));
  });

  it('still writes the HTML, then explains where it looked and how to install a browser, exit 1', async () => {
    const r = await runCli(['build', data, '--out', 'out-nb'], {
      cwd: tmp.dir,
      env: { REFORM_BROWSER: path.join(tmp.dir, 'no-such-browser') },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('REFORM_BROWSER');
    expect(r.stderr).toContain('no-such-browser');
    expect(r.stderr).toContain('sudo apt-get install chromium');
    expect(r.stderr).toContain('Microsoft Edge');
    expect(r.stderr).toContain('--browser');
    const files = await readdir(path.join(tmp.dir, 'out-nb'));
    expect(files).toEqual(
      expect.arrayContaining(['index.html', 'progress.html', 'verification.html', 'style.css', 'fonts']),
    );
    expect(files.filter((f) => f.endsWith('.pdf'))).toEqual([]);
    expect(await readFile(path.join(tmp.dir, 'out-nb', 'index.html'), 'utf8')).not.toContain('.pdf"');
  });

  it('in English too', async () => {
    const r = await runCli(['build', data, '--out', 'out-nb-en', '--lang', 'en', '--browser', 'nowhere/chrome'], {
      cwd: tmp.dir,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/The browser given by --browser, ".*nowhere\/chrome", does not exist/);
    expect(r.stderr).toContain('The HTML (and workbook) have been written.');
  });

  it('skips the PDFs on purpose with --no-pdf', async () => {
    const r = await runCli(['build', data, '--out', 'out-np', '--no-pdf'], {
      cwd: tmp.dir,
      env: { REFORM_BROWSER: '/nonexistent' },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('--no-pdf');
    expect(r.stderr).not.toContain('apt-get');
    const files = await readdir(path.join(tmp.dir, 'out-np'));
    expect(files).toContain('progress.html');
    expect(files.filter((f) => f.endsWith('.pdf'))).toEqual([]);
  });

  it('refuses an output directory that is the report directory or inside it', async () => {
    for (const o of [data, path.join(data, 'initiatives')]) {
      const r = await runCli(['build', data, '--out', o, '--no-pdf'], { cwd: tmp.dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('には書き出せません');
    }
    expect(existsSync(path.join(data, 'index.html'))).toBe(false);
  });

  it('refuses an output that would leave the output directory, before writing anything', async () => {
    vi.mocked(opendata.renderOpenData).mockReturnValueOnce([{ name: '../escaped.csv', data: 'x' }]);
    const r = await runCli(['build', data, '--out', 'out-esc', '--no-pdf'], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('../escaped.csv');
    expect(existsSync(path.join(tmp.dir, 'escaped.csv'))).toBe(false);
    expect(existsSync(path.join(tmp.dir, 'out-esc', 'index.html'))).toBe(false);
  });

  it('writes nothing when the data has errors, and prints them like validate', async () => {
    const bad = await copySample(path.join(tmp.dir, 'bad'));
    const file = path.join(bad, 'initiatives', '03.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('section: I\n', 'section: IX\n'));
    const r = await runCli(['build', bad, '--out', 'out-bad'], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('IX');
    expect(r.stdout).toMatch(/エラー 1 件/);
    expect(existsSync(path.join(tmp.dir, 'out-bad'))).toBe(false);
  });

  it('says so when the browser fails to print, and still writes the HTML and workbook', async () => {
    const r = await runCli(['build', data, '--out', 'out-fail', '--browser', '/bin/false'], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PDF を作れませんでした（ブラウザ: /bin/false）');
    const files = await readdir(path.join(tmp.dir, 'out-fail'));
    expect(files).toEqual(expect.arrayContaining(['index.html', 'progress.html', 'verification.html']));
    expect(files.filter((f) => f.endsWith('.pdf') || f.endsWith('.tmp'))).toEqual([]);
    expect(await readFile(path.join(tmp.dir, 'out-fail', 'index.html'), 'utf8')).not.toContain('.pdf"');
  });

  it('shows progress only on a terminal', async () => {
    let stderr = '';
    const code = await main(['build', data, '--out', 'out-tty', '--no-pdf'], {
      cwd: tmp.dir,
      env: {},
      stdout: { write: () => undefined, isTTY: true },
      stderr: {
        write: (s) => {
          stderr += s;
        },
        isTTY: true,
      },
      color: false,
    });
    expect(code).toBe(0);
    expect(stderr).toContain('HTML を書き出しています');
    const quiet = await runCli(['build', data, '--out', 'out-tty', '--no-pdf'], { cwd: tmp.dir });
    expect(quiet.stderr).not.toContain('HTML を書き出しています');
  });
});

describe('reform doctor', () => {
  it('prints the browser it would use with its version, and the font', async () => {
    const r = await runCli(['doctor'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ブラウザ: \S+/);
    expect(r.stdout).toMatch(/バージョン: \S*(Chrome|Edg)\S*\/\d+/);
    expect(r.stdout).toContain('BIZ UDPGothic（@expo-google-fonts/biz-udpgothic');
  });

  it('exits 1 and explains when there is no browser', async () => {
    const r = await runCli(['doctor', '--lang', 'en'], {
      cwd: tmp.dir,
      env: { REFORM_BROWSER: '/nonexistent/chrome' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The browser given by REFORM_BROWSER, "/nonexistent/chrome", does not exist');
    expect(r.stdout).toContain('Font: BIZ UDPGothic');
  });
});
