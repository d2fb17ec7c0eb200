/**
 * No blank page (issue 21). On a machine with no system font at all (fontconfig with no font folder) Chromium
 * drew no text, web fonts included, and the build published empty PDFs with exit 0. The browser now gets a font
 * configuration of its own (the user's plus the shipped fonts' folders), and every printed PDF is checked for
 * text in the shipped fonts: a PDF without is not written and the build says why and what to do.
 * The compiled CLI runs in a child process so that FONTCONFIG_FILE reaches the browser as on such a machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copySample, normalizeForCompare, repoRoot, seedPhrases, tempDir } from './helpers.js';
import { pdfFontProblem } from '../src/fonts/shipped.js';
import { fontConfigXml, userFontConfig } from '../src/browser/fontconfig.js';
import { defaultFinderDeps, findBrowser } from '../src/browser/find.js';

describe('the font check and the browser font configuration (pure)', () => {
  it('fails a PDF with no font, or with none of the shipped ones unless the stylesheet is custom', () => {
    expect(pdfFontProblem([], { customStyle: false })).toBe('no-text');
    expect(pdfFontProblem([], { customStyle: true })).toBe('no-text');
    expect(pdfFontProblem(['DejaVuSans'], { customStyle: false })).toBe('no-shipped-font');
    expect(pdfFontProblem(['DejaVuSans'], { customStyle: true })).toBeUndefined();
    expect(pdfFontProblem(['BIZUDPGothic-Regular', 'BIZUDPGothic-Bold'], { customStyle: false })).toBeUndefined();
    expect(pdfFontProblem(['NotoSansJP-Regular'], { customStyle: false })).toBeUndefined();
  });

  it("includes the user's configuration and adds the shipped fonts' folders, escaped", () => {
    expect(userFontConfig({})).toBe(path.join('/etc/fonts', 'fonts.conf'));
    expect(userFontConfig({ FONTCONFIG_FILE: '/x/my.conf' })).toBe('/x/my.conf');
    expect(userFontConfig({ FONTCONFIG_PATH: '/y' })).toBe(path.join('/y', 'fonts.conf'));
    const xml = fontConfigXml('/etc/fonts/fonts.conf', ['/a&b/<fonts>'], '/c');
    expect(xml).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
    expect(xml).toContain('<dir>/a&amp;b/&lt;fonts&gt;</dir>');
    expect(xml).toContain('<cachedir>/c</cachedir>');
  });
});

const browser = findBrowser(undefined, defaultFinderDeps(process.env)).found;
const built = existsSync(path.join(repoRoot, 'dist', 'cli.js'));

describe.skipIf(process.platform !== 'linux' || !browser || !built)('a machine with no system font', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let env: NodeJS.ProcessEnv;
  const cli = (args: string[]) =>
    spawnSync(process.execPath, [path.join(repoRoot, 'bin/reform.js'), ...args], {
      cwd: tmp.dir,
      env,
      encoding: 'utf8',
      timeout: 240_000,
    });

  beforeAll(async () => {
    tmp = await tempDir('reform-nofont-');
    await copySample(tmp.dir);
    // A font configuration with no font folder at all, as in a minimal container.
    await mkdir(path.join(tmp.dir, 'fc'));
    const conf = path.join(tmp.dir, 'fc', 'fonts.conf');
    await writeFile(conf, `<?xml version="1.0"?>\n<fontconfig><cachedir>${tmp.dir}/fc/cache</cachedir></fontconfig>\n`);
    env = { ...process.env, FONTCONFIG_FILE: conf, REFORM_LANG: 'en' };
  });
  afterAll(() => tmp?.cleanup());

  it('draws the text in the shipped fonts', () => {
    const r = cli(['build', 'data', '--out', 'out']);
    expect(r.status, r.stderr).toBe(0);
    const out = path.join(tmp.dir, 'out');
    const fonts = execFileSync('pdffonts', [path.join(out, 'progress.pdf')], { encoding: 'utf8' });
    expect(fonts).toMatch(/BIZUDPGothic-Regular/);
    const text = normalizeForCompare(
      ['progress.pdf', 'verification.pdf']
        .map((f) => execFileSync('pdftotext', ['-raw', path.join(out, f), '-'], { encoding: 'utf8' }))
        .join('\n'),
    );
    const missing = seedPhrases().filter((p) => !text.includes(normalizeForCompare(p)));
    expect(missing, `missing from the PDF text: ${missing.join(' | ')}`).toEqual([]);
  }, 240_000);

  it('fails, writes no PDF and says why when a PDF comes out without text', async () => {
    // A stylesheet that hides every character (page numbers included): the PDFs would be blank.
    const style = await readFile(path.join(repoRoot, 'templates', 'style.css'), 'utf8');
    await mkdir(path.join(tmp.dir, 'blank'));
    await writeFile(
      path.join(tmp.dir, 'blank', 'style.css'),
      `${style}\nbody { visibility: hidden; }\n@page { @bottom-center { content: none; } }\n`,
    );
    const r = cli(['build', 'data', '--out', 'out-blank', '--templates', 'blank']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('came out with no text at all (the browser found no font)');
    expect(r.stderr).toContain('reform doctor');
    const files = await readdir(path.join(tmp.dir, 'out-blank'));
    expect(files.filter((f) => f.endsWith('.pdf'))).toEqual([]);
    expect(files).toContain('index.html');
    const index = await readFile(path.join(tmp.dir, 'out-blank', 'index.html'), 'utf8');
    expect(index).not.toContain('.pdf"');
  }, 240_000);
});
