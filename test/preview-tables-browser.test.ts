/**
 * `reform preview` in the real browser (puppeteer-core with the Chromium the build prints with) on every
 * example of examples/ and on the sample: the tables the one table decision makes (the declared tables, or
 * 別表1・別表2) are what the page shows, by their title and a figure read from the page (innerText and the
 * accessibility tree); an edit of a figure written to the YAML file shows after save, without a reload by
 * hand; a broken YAML shows the error banner over the last good tables; the print view (the page's PDF
 * link) is that table's PDF, read back with pdftotext. Waits poll the page for the text, never sleep.
 */
import { execFileSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type SerializedAXNode } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultFinderDeps, findBrowser } from '../src/browser/find.js';
import type { Context } from '../src/context.js';
import { startPreview, type RunningPreview } from '../src/preview/run.js';
import { tableName } from '../src/model/tables.js';
import { repoRoot, sampleDir, tempDir } from './helpers.js';
import { PREVIEW_CASES, SAMPLE_CASE, type PreviewCase } from './preview-cases.js';
// @ts-expect-error: a plain ES module without types, shared with the script that makes the golden fixture
import { exampleNames } from '../scripts/examples-golden.mjs';

const found = findBrowser(undefined, defaultFinderDeps(process.env)).found;
const examples: string[] = await exampleNames(repoRoot);
const quiet: Context['stdout'] = { write: () => undefined };
/** Generous: the machine may be loaded; the waits end as soon as the page shows the text. */
const WAIT = 90_000;

function fetchBytes(url: string): Promise<{ status: number; type: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

/** Every name in the accessibility tree. */
function axNames(node: SerializedAXNode | null, out: string[] = []): string[] {
  if (!node) return out;
  if (node.name) out.push(node.name);
  for (const c of node.children ?? []) axNames(c, out);
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, '');

let browser: Browser;
beforeAll(async () => {
  if (!found) return;
  // The writer's own browser (scripts on, loopback reachable), not reform's sealed renderer.
  browser = await puppeteer.launch({
    executablePath: found.path,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

it('has a case for every example of examples/', () => {
  expect(Object.keys(PREVIEW_CASES).sort()).toEqual(examples);
});

const subjects: { name: string; source: string; c: PreviewCase }[] = [
  ...examples
    .filter((e) => PREVIEW_CASES[e])
    .map((e) => ({ name: e, source: path.join(repoRoot, 'examples', e), c: PREVIEW_CASES[e] })),
  { name: 'data (the sample)', source: sampleDir, c: SAMPLE_CASE },
];

describe.skipIf(!found).each(subjects)('reform preview in the browser: $name', ({ source, c }) => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let preview: RunningPreview;
  let page: Page;
  let file: string;
  let original: string;
  /** The table whose page prints the case's figure. */
  let shown: { page: string; name: string };
  const bodyText = () => page.evaluate(() => document.body.innerText);
  const waitForText = (text: string, present = true) =>
    page.waitForFunction(
      (t, p) => document.body.innerText.replace(/\s+/g, '').includes(t) === p,
      { timeout: WAIT, polling: 200 },
      squash(text),
      present,
    );

  beforeAll(async () => {
    tmp = await tempDir('reform-preview-tables-');
    await cp(source, path.join(tmp.dir, 'report'), { recursive: true });
    file = path.join(tmp.dir, 'report', c.file);
    original = await readFile(file, 'utf8');
    const ctx: Context = {
      cwd: tmp.dir,
      env: { ...process.env },
      lang: 'ja',
      color: false,
      stdout: quiet,
      stderr: quiet,
    };
    const started = await startPreview(ctx, 'report', { watch: true });
    if (typeof started === 'number') throw new Error(`preview exited with ${started}`);
    preview = started;
    page = await browser.newPage();
  }, 120_000);
  afterAll(async () => {
    await page?.close();
    await preview?.stop();
    await tmp?.cleanup();
  });

  it("shows the decided tables: titles on the index, a figure and its table's title on its page", async () => {
    // The tables the preview took from the one table decision.
    const tables = preview.session.site!.tables.tables;
    expect(tables.length).toBeGreaterThan(0);
    await page.goto(preview.url, { waitUntil: 'load' });
    const index = squash(await bodyText());
    for (const t of tables) expect(index).toContain(squash(t.title));
    for (const t of tables) {
      await page.goto(`${preview.url}${t.page}`, { waitUntil: 'load' });
      if (squash(await bodyText()).includes(squash(c.figure))) {
        shown = { page: t.page, name: tableName(t) };
        break;
      }
    }
    expect(shown, `no table page shows ${c.figure}`).toBeDefined();
    const text = squash(await bodyText());
    expect(text).toContain(squash(shown.name.split(' ').pop()!));
    // The table is named for assistive technology by its caption (別表1 令和6年度 財政効果額…).
    const names = axNames(await page.accessibility.snapshot({ interestingOnly: false }));
    expect(names.map(squash).some((n) => n.includes(squash(shown.name.split(' ').pop()!)))).toBe(true);
    expect(await page.$('#reform-errors')).toBeNull();
  }, 120_000);

  it('shows the edited figure once the YAML file is saved', async () => {
    await writeFile(file, original.replace(c.from, c.to));
    await waitForText(c.after);
    await waitForText(c.before, false);
    expect(squash(await bodyText())).toContain(squash(c.after));
  }, 120_000);

  it('shows the error banner over the last good tables when the YAML breaks, and drops it once fixed', async () => {
    await writeFile(file, `${original.replace(c.from, c.to)}\n  : [\n`);
    await page.waitForSelector('#reform-errors', { timeout: WAIT });
    const banner = await page.$eval('#reform-errors', (e) => (e as HTMLElement).innerText);
    expect(banner).toContain(path.basename(c.file));
    expect(banner).toContain('エラー');
    // The last good table, with the edit, is still under the banner.
    expect(squash(await bodyText())).toContain(squash(c.after));
    expect(await page.$('table.sheet')).not.toBeNull();
    await writeFile(file, original.replace(c.from, c.to));
    await page.waitForFunction(() => document.querySelector('#reform-errors') === null, { timeout: WAIT });
    expect(squash(await bodyText())).toContain(squash(c.after));
  }, 120_000);

  it("links its print view, the table's PDF with the edited figure", async () => {
    const href = await page.$$eval('a', (as) =>
      as.map((a) => a.getAttribute('href') ?? '').find((h) => h.endsWith('.pdf')),
    );
    expect(href).toBe(shown.page.replace(/\.html$/, '.pdf'));
    const pdf = await fetchBytes(`${preview.url}${href}`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const out = path.join(tmp.dir, 'print.pdf');
    await writeFile(out, pdf.body);
    const text = squash(execFileSync('pdftotext', ['-raw', out, '-'], { encoding: 'utf8' }));
    expect(text).toContain(squash(shown.name.split(' ').pop()!));
    expect(text).toContain(squash(c.after));
    expect(text).not.toContain(squash(c.before));
  }, 300_000);
});
