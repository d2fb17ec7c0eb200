/**
 * `reform preview` on every example serves its declared tables (the one table decision): the index links
 * each table's page, its print view (PDF) and its open data by their real names; each page shows the table's
 * title and a computed figure; an edited figure shows after the next rebuild; a broken YAML keeps the last
 * good tables under the banner. (The real-browser checks of the preview are in test/preview-browser.test.ts.)
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Context } from '../src/context.js';
import { startPreview, type RunningPreview } from '../src/preview/run.js';
import { repoRoot, tempDir } from './helpers.js';
import { PREVIEW_CASES } from './preview-cases.js';
// @ts-expect-error: a plain ES module without types, shared with the script that makes the golden fixture
import { exampleNames } from '../scripts/examples-golden.mjs';

function get(port: number, p: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: p }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The page's text as read: tags removed (a figure is printed in runs that keep it on one line). */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

const quiet: Context['stdout'] = { write: () => undefined };
const CASES = PREVIEW_CASES;

const examples: string[] = await exampleNames(repoRoot);

it('has a case for every example of examples/', () => {
  expect(Object.keys(CASES).sort()).toEqual(examples);
});

describe.each(examples.filter((e) => CASES[e]))('reform preview on example %s', (name) => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let preview: RunningPreview;
  let tables: { id: string; title: string }[];

  beforeAll(async () => {
    tmp = await tempDir('reform-preview-declared-');
    await cp(path.join(repoRoot, 'examples', name), path.join(tmp.dir, name), { recursive: true });
    tables = parse(await readFile(path.join(tmp.dir, name, 'report.yaml'), 'utf8')).tables;
    const ctx: Context = { cwd: tmp.dir, env: {}, lang: 'ja', color: false, stdout: quiet, stderr: quiet };
    const started = await startPreview(ctx, name, { watch: false });
    if (typeof started === 'number') throw new Error(`preview exited with ${started}`);
    preview = started;
  }, 60_000);
  afterAll(async () => {
    await preview?.stop();
    await tmp?.cleanup();
  });

  it('serves every declared table with its title, and the index links them', async () => {
    const index = await get(preview.port, '/');
    expect(index.status).toBe(200);
    const pages = await Promise.all(tables.map((t) => get(preview.port, `/${t.id}.html`)));
    tables.forEach((t, i) => {
      expect(index.body).toContain(`href="${t.id}.html"`);
      expect(index.body).toContain(`href="${t.id}.pdf"`);
      expect(pages[i].status).toBe(200);
      expect(pages[i].body).toContain(t.title);
    });
    expect(textOf(pages.map((p) => p.body).join(''))).toContain(CASES[name].figure);
    // The seed's pages are not this report's.
    expect((await get(preview.port, '/progress.html')).status).toBe(404);
    // What the preview makes on demand is named as the build names it.
    expect(preview.session.isExport(`${tables[0].id}.pdf`)).toBe(true);
    expect(preview.session.isExport(`opendata/${tables[0].id}.csv`)).toBe(true);
    expect(preview.session.isExport('opendata/initiatives.csv')).toBe(false);
    expect(preview.session.isExport('reform.xlsx')).toBe(true);
  });

  it('shows an edit after the rebuild, and the last good tables under the banner when the YAML breaks', async () => {
    const c = CASES[name];
    const file = path.join(tmp.dir, name, c.file);
    const text = await readFile(file, 'utf8');
    expect(text).toContain(c.from);
    await writeFile(file, text.replace(c.from, c.to));
    const r = await preview.session.rebuild();
    expect(r.ok).toBe(true);
    const pages = await Promise.all(tables.map((t) => get(preview.port, `/${t.id}.html`)));
    const shown = pages.findIndex((p) => textOf(p.body).includes(c.after));
    expect(shown).toBeGreaterThanOrEqual(0);
    expect(r.changed).toContain(`${tables[shown].id}.html`);
    expect(textOf(pages[shown].body)).not.toContain(c.before);
    // A broken YAML: the banner over the last good table.
    await writeFile(file, `${text.replace(c.from, c.to)}\n  : [\n`);
    expect((await preview.session.rebuild()).ok).toBe(false);
    const stale = await get(preview.port, `/${tables[shown].id}.html`);
    expect(textOf(stale.body)).toContain(c.after);
    expect(stale.body).toContain('<section id="reform-errors" class="reform-banner" role="alert">');
    expect(textOf(stale.body)).toContain(c.file.split('/').pop());
  });
});
