/**
 * `reform preview` end to end in the real browser: the built CLI (dist/) serves a temporary copy of
 * the sample; the page follows edits of the YAML without a manual reload, shows an error banner (with
 * file and line, over the last good table) when the YAML breaks, and drops it once fixed. Ctrl+C
 * (SIGINT) stops the server and the command exits with 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { copySample, repoRoot, tempDir } from './helpers.js';
import { defaultFinderDeps, findBrowser } from '../src/browser/find.js';

const OLD = '・情報システムに関する業務継続計画の確認・見直し(6月～7月)';
const NEW = '・プレビューで書き換えた実績の文(8月～9月)';

let tmp: { dir: string; cleanup: () => Promise<void> };
let file: string;
let child: ChildProcess;
let stdout = '';
let stderr = '';
let url: string;
// The writer's own browser (scripts on, loopback reachable), not reform's sealed renderer.
let browser: Browser;
let page: Page;
let other: Page;
const violations: string[] = [];
let exitCode: Promise<number | null>;

const bodyText = () => page.evaluate(() => document.body.innerText);

beforeAll(async () => {
  tmp = await tempDir('reform-preview-e2e-');
  const data = await copySample(tmp.dir);
  file = path.join(data, 'initiatives', '11.yaml');
  child = spawn(process.execPath, [path.join(repoRoot, 'bin/reform.js'), 'preview', 'data'], {
    cwd: tmp.dir,
    env: { ...process.env, REFORM_LANG: 'ja', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  exitCode = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
  url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (b: Buffer) => {
      stdout += b.toString('utf8');
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
      if (m) resolve(m[0]);
    });
    child.once('exit', () => reject(new Error(`preview exited: ${stderr}`)));
  });
  const found = findBrowser(undefined, defaultFinderDeps(process.env)).found;
  if (!found) throw new Error('no browser for the preview test');
  browser = await puppeteer.launch({
    executablePath: found.path,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  page = await browser.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await tmp?.cleanup();
});

describe('reform preview in the browser', () => {
  it('shows the tables, then the new 実績 text after the YAML is saved, without a manual reload', async () => {
    await page.goto(`${url}progress.html`, { waitUntil: 'load' });
    expect(await bodyText()).toContain(OLD);
    expect(await page.$('#reform-errors')).toBeNull();
    // 別表2 does not print 実績: its tab must not reload. A mark set in the page survives only if it does not.
    other = await browser.newPage();
    await other.goto(`${url}verification.html`, { waitUntil: 'load' });
    await other.evaluate(() => {
      (window as unknown as { mark: number }).mark = 42;
    });
    // The page's script is the only one and runs: it opened the event stream (marked by the server's hashes).
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(OLD, NEW));
    await page.waitForFunction((s) => document.body.innerText.includes(s), { timeout: 15_000 }, NEW);
    expect(await bodyText()).not.toContain(OLD);
    expect(await other.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(42);
    // The page's script (allowed by its nonce) ran, and the CSP blocked nothing the page needs.
    expect(violations).toEqual([]);
  }, 30_000);

  it('shows an error banner with file and line over the last good table when the YAML breaks', async () => {
    const text = await readFile(file, 'utf8');
    // A YAML syntax error: the same key twice.
    const broken = text.replace('title: 情報システム', 'title: 二度目の表題\ntitle: 情報システム');
    const line = broken.split('\n').findIndex((l) => l.startsWith('title: 情報システム')) + 1;
    await writeFile(file, broken);
    await page.waitForSelector('#reform-errors', { timeout: 15_000 });
    const banner = await page.$eval('#reform-errors', (e) => (e as HTMLElement).innerText);
    expect(banner).toMatch(new RegExp(`data[/\\\\]initiatives[/\\\\]11\\.yaml:${line}:\\d+`));
    expect(banner).toContain('エラー');
    // The code frame of the broken line, as `reform validate` prints it.
    expect(banner).toContain(`> ${line} | title: 情報システム`);
    expect(banner).toContain('同じキー');
    // The last good table is still there, with the edit made before the error.
    expect(await bodyText()).toContain(NEW);
    expect(await page.$('table.sheet')).not.toBeNull();
    // The terminal says the same.
    expect(stderr).toMatch(new RegExp(`data[/\\\\]initiatives[/\\\\]11\\.yaml:${line}:\\d+`));
  }, 30_000);

  it('drops the banner once the YAML is fixed', async () => {
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('title: 二度目の表題\n', ''));
    await page.waitForFunction(() => document.querySelector('#reform-errors') === null, { timeout: 15_000 });
    expect(await bodyText()).toContain(NEW);
    await page.screenshot({ path: path.join(tmp.dir, 'fixed.png') });
  }, 30_000);

  it('stops cleanly on Ctrl+C with exit code 0', async () => {
    child.kill('SIGINT');
    expect(await exitCode).toBe(0);
    expect(stderr).toContain('プレビューを終了しました');
  }, 30_000);
});
