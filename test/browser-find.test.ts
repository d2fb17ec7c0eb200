/**
 * The browser finder with an injected platform, environment and file system; the offline URL filter; output paths;
 * the PDF Info update.
 */
import { describe, expect, it } from 'vitest';
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { findBrowser, installCandidates, needsNoSandbox, type FinderDeps } from '../src/browser/find.js';
import { isAllowedUrl } from '../src/browser/launch.js';
import { OutputDir } from '../src/io/outdir.js';
import { checkOutDir } from '../src/publish/index.js';
import { noBrowserMessage } from '../src/browser/advice.js';
import { countPdfPages, setPdfInfo } from '../src/render/pdf.js';
import { tempDir } from './helpers.js';

function deps(platform: NodeJS.Platform, existing: string[], env: Record<string, string> = {}): FinderDeps {
  const set = new Set(existing);
  return {
    platform,
    env,
    homedir: platform === 'darwin' ? '/Users/kanri' : '/home/kanri',
    isExecutable: (p) => set.has(p),
  };
}

describe('findBrowser', () => {
  it('takes --browser first, and does not fall back when it is missing', () => {
    const d = deps('linux', ['/usr/bin/chromium', '/opt/my/chrome']);
    expect(findBrowser('/opt/my/chrome', d).found).toMatchObject({ source: 'option', path: '/opt/my/chrome' });
    const missing = findBrowser('/opt/none/chrome', d);
    expect(missing.found).toBeUndefined();
    expect(missing).toMatchObject({ explicitMissing: { via: '--browser', path: '/opt/none/chrome' } });
  });

  it(
    'then REFORM_BROWSER (strict), then CHROME_PATH and ' +
      'PUPPETEER_EXECUTABLE_PATH (skipped when they point nowhere)',
    () => {
      const d = deps('linux', ['/usr/bin/chromium', '/x/reform', '/x/chrome', '/x/pptr'], {
        REFORM_BROWSER: '/x/reform',
        CHROME_PATH: '/x/chrome',
        PUPPETEER_EXECUTABLE_PATH: '/x/pptr',
      });
      expect(findBrowser(undefined, d).found).toMatchObject({ via: 'REFORM_BROWSER', path: '/x/reform' });
      d.env.REFORM_BROWSER = '/nonexistent';
      expect(findBrowser(undefined, d)).toMatchObject({ explicitMissing: { via: 'REFORM_BROWSER' } });
      delete d.env.REFORM_BROWSER;
      expect(findBrowser(undefined, d).found).toMatchObject({ via: 'CHROME_PATH', path: '/x/chrome' });
      d.env.CHROME_PATH = '/gone';
      expect(findBrowser(undefined, d).found).toMatchObject({ via: 'PUPPETEER_EXECUTABLE_PATH', path: '/x/pptr' });
      delete d.env.PUPPETEER_EXECUTABLE_PATH;
      const r = findBrowser(undefined, d);
      expect(r.found).toMatchObject({ source: 'install', via: 'Chromium', path: '/usr/bin/chromium' });
      expect(r.tried[0]).toMatchObject({ via: 'CHROME_PATH', path: '/gone' });
    },
  );

  it('looks in the install places of Chrome, Edge and Chromium on Linux, then on PATH', () => {
    expect(findBrowser(undefined, deps('linux', ['/opt/google/chrome/chrome', '/usr/bin/chromium'])).found?.path).toBe(
      '/opt/google/chrome/chrome',
    );
    expect(findBrowser(undefined, deps('linux', ['/opt/microsoft/msedge/msedge'])).found?.via).toBe('Microsoft Edge');
    const onPath = findBrowser(
      undefined,
      deps('linux', ['/home/kanri/bin/chromium'], { PATH: '/usr/local/bin:/home/kanri/bin' }),
    );
    expect(onPath.found).toMatchObject({ source: 'path', path: '/home/kanri/bin/chromium' });
    const none = findBrowser(undefined, deps('linux', []));
    expect(none.found).toBeUndefined();
    expect(none.tried.map((c) => c.path)).toEqual(
      expect.arrayContaining([
        '/usr/bin/google-chrome-stable',
        '/usr/bin/chromium',
        '/snap/bin/chromium',
        '/opt/microsoft/msedge/msedge',
      ]),
    );
  });

  it('finds Edge on Windows where Chrome is absent, under Program Files (x86) or the user profile', () => {
    const env = {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\kanri\\AppData\\Local',
    };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser(undefined, deps('win32', [edge], env)).found).toMatchObject({
      via: 'Microsoft Edge',
      path: edge,
    });
    const chrome = 'C:\\Users\\kanri\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser(undefined, deps('win32', [edge, chrome], env)).found?.path).toBe(chrome);
    // no PATH search on Windows; the defaults of Program Files apply without the variables
    expect(installCandidates({ platform: 'win32', env: {}, homedir: 'C:\\Users\\kanri' }).map((c) => c.path)).toContain(
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    );
  });

  it('finds the apps on macOS, in /Applications or ~/Applications, and accepts an .app bundle', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser(undefined, deps('darwin', [chrome])).found?.path).toBe(chrome);
    const userEdge = '/Users/kanri/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowser(undefined, deps('darwin', [userEdge])).found?.path).toBe(userEdge);
    const d = {
      ...deps('darwin', [chrome]),
      resolveAppBundle: (p: string) => (p.endsWith('.app') ? `${p}/Contents/MacOS/Google Chrome` : undefined),
    };
    expect(findBrowser('/Applications/Google Chrome.app', d).found?.path).toBe(chrome);
  });

  it('explains a failed search: where it looked and how to install a browser', () => {
    const msg = noBrowserMessage(findBrowser(undefined, deps('linux', [], { CHROME_PATH: '/x/gone' })), 'ja', true);
    expect(msg).toContain('PDF を作るためのブラウザ');
    expect(msg).toContain('HTML（と Excel）は書き出してあります');
    expect(msg).toContain('  /x/gone  (CHROME_PATH)');
    expect(msg).toContain('  /usr/bin/chromium  (Chromium)');
    expect(msg).toContain('sudo apt-get install chromium');
    expect(msg).toContain('Microsoft Edge が入っていれば自動で使います');
    expect(msg).toContain('--no-pdf');
    const en = noBrowserMessage(findBrowser(undefined, deps('win32', [], {})), 'en', false);
    expect(en).toContain('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe  (Microsoft Edge)');
    expect(en).not.toContain('have been written');
  });

  it('turns the sandbox off only for root or in containers', () => {
    const none = () => false;
    expect(needsNoSandbox({ uid: 1000, env: {}, fileExists: none })).toBe(false);
    expect(needsNoSandbox({ uid: 0, env: {}, fileExists: none })).toBe(true);
    expect(needsNoSandbox({ uid: 1000, env: { container: 'podman' }, fileExists: none })).toBe(true);
    expect(needsNoSandbox({ uid: 1000, env: {}, fileExists: (p) => p === '/.dockerenv' })).toBe(true);
  });
});

describe('offline pages', () => {
  it('allow only data: and files inside the output directory', () => {
    const dirs = ['/work/out'];
    expect(isAllowedUrl('file:///work/out/progress.html', dirs)).toBe(true);
    expect(isAllowedUrl('file:///work/out/fonts/a.woff2', dirs)).toBe(true);
    expect(isAllowedUrl('data:font/woff2;base64,AAAA', dirs)).toBe(true);
    expect(isAllowedUrl('file:///etc/passwd', dirs)).toBe(false);
    expect(isAllowedUrl('file:///work/out/../secret', dirs)).toBe(false);
    expect(isAllowedUrl('https://example.com/x.css', dirs)).toBe(false);
    expect(isAllowedUrl('http://127.0.0.1:8080/', dirs)).toBe(false);
    expect(isAllowedUrl('ws://localhost/', dirs)).toBe(false);
  });
});

describe('the output directory', () => {
  it('refuses names that leave it, also through a symbolic link', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const out = await OutputDir.open(path.join(dir, 'out'));
      await expect(out.target('../evil.html')).rejects.toMatchObject({ key: 'build-outside' });
      await expect(out.target('a/../../evil.html')).rejects.toMatchObject({ key: 'build-outside' });
      await expect(out.target('/etc/evil')).rejects.toMatchObject({ key: 'build-outside' });
      await expect(out.target('')).rejects.toMatchObject({ key: 'build-outside' });
      await mkdir(path.join(dir, 'elsewhere'));
      await symlink(path.join(dir, 'elsewhere'), path.join(dir, 'out', 'link'));
      await expect(out.target('link/evil.html')).rejects.toMatchObject({ key: 'build-outside' });
      expect(await out.target('opendata/schedule.csv')).toBe(path.join(dir, 'out', 'opendata', 'schedule.csv'));
      const w = await out.write('fonts/x.css', 'a{}');
      expect(w).toMatchObject({ name: 'fonts/x.css', bytes: 3 });
    } finally {
      await cleanup();
    }
  });

  it('must not be the report directory, inside it, or a root', () => {
    expect(checkOutDir('/r/data', '/r/data')).toBe('build-out-is-report');
    expect(checkOutDir('/r/data/out', '/r/data')).toBe('build-out-is-report');
    expect(checkOutDir('/', '/r/data')).toBe('build-out-is-root');
    expect(checkOutDir('/r/out-not-yet', '/r/data')).toBeUndefined();
  });
});

describe('PDF Info update', () => {
  function miniPdf(): Uint8Array {
    const objs = [
      '<</Title (T)\n/Producer (Skia/PDF m1)>>',
      '<</Type /Catalog /Pages 3 0 R /Lang (ja)>>',
      '<</Type /Pages /Kids [4 0 R] /Count 1>>',
      '<</Type /Page /Parent 3 0 R /MediaBox [0 0 842 595]>>',
    ];
    let body = '%PDF-1.4\n';
    const offsets: number[] = [];
    objs.forEach((o, i) => {
      offsets.push(body.length);
      body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    });
    const xref = body.length;
    body +=
      `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` +
      `${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    body += `trailer\n<</Size ${objs.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
    return new Uint8Array(Buffer.from(body, 'latin1'));
  }

  it('appends an Info object with the author and keeps the original bytes', () => {
    const pdf = miniPdf();
    const out = setPdfInfo(pdf, { Author: '三重県' });
    expect(Buffer.from(out.subarray(0, pdf.length)).equals(Buffer.from(pdf))).toBe(true);
    const tail = Buffer.from(out.subarray(pdf.length)).toString('latin1');
    expect(tail).toContain('/Author <FEFF4E0991CD770C>');
    expect(tail).toContain('/Title (T)');
    expect(tail).toMatch(/\/Prev \d+>>\nstartxref\n\d+\n%%EOF\n$/);
    // the new xref entry points at the new object
    const entry = /xref\n1 1\n(\d{10}) 00000 n\r\n/.exec(tail)!;
    expect(
      Buffer.from(out)
        .toString('latin1')
        .slice(Number(entry[1]), Number(entry[1]) + 7),
    ).toBe('1 0 obj');
    expect(countPdfPages(out)).toBe(1);
    // a second update replaces the author instead of adding another
    const again = Buffer.from(setPdfInfo(out, { Author: 'B' })).toString('latin1');
    expect(again.slice(out.length).match(/\/Author/g)).toHaveLength(1);
  });

  it('leaves a PDF it does not understand as it is', () => {
    const odd = new Uint8Array(Buffer.from('%PDF-1.7\n% xref stream only\nstartxref\n9\n%%EOF', 'latin1'));
    expect(setPdfInfo(odd, { Author: 'x' })).toBe(odd);
  });
});
