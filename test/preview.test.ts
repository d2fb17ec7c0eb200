/**
 * `reform preview` without a browser: the page injection (pure), the rebuild queue, the watcher, and
 * the server in-process on a temporary copy of the sample: Host header check, 404 for everything but
 * the rendered pages and fonts, loopback only, reload only of pages whose content changed, errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copySample, runCli, tempDir } from './helpers.js';
import { bannerHtml, injectPreview, pageCsp, previewCsp } from '../src/preview/page.js';
import { isAllowedHost, requestedName } from '../src/preview/server.js';
import { recursiveWatchWorks, serialRunner, watchTrees } from '../src/preview/watch.js';
import { openerFor } from '../src/preview/open.js';
import { startPreview, type RunningPreview } from '../src/preview/run.js';
import type { Context } from '../src/context.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw GET: the path is sent as written (no normalisation of ../), the Host header as given. */
function get(port: number, rawPath: string, host: string | null = `127.0.0.1:${port}`, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: rawPath, method, setHost: false, headers: host === null ? {} : { Host: host } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('page injection', () => {
  const page = [
    '<!DOCTYPE html><html><head>',
    `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`,
    '<title>t</title></head><body class="x"><p>table</p></body></html>',
  ].join('\n');

  it('replaces the CSP meta by the header, adds the banner, toolbar and the reload script with the nonce', () => {
    const html = injectPreview(page, {
      nonce: 'abc123',
      page: 'progress.html',
      hash: 'h1',
      toolbar: '<nav>T</nav>',
      banner: '<section>B</section>',
    });
    expect(html).not.toContain('Content-Security-Policy');
    expect(html).toMatch(/<body class="x">\n<nav>T<\/nav>\n<section>B<\/section>/);
    expect(html).toMatch(
      /<script nonce="abc123" data-page="progress\.html" data-hash="h1">[\s\S]*EventSource[\s\S]*<\/script>\n<\/body>/,
    );
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(previewCsp('abc123')).toMatch(/default-src 'none'/);
    expect(previewCsp('abc123')).toContain("script-src 'nonce-abc123'");
    expect(previewCsp('abc123')).not.toMatch(/script-src[^;]*unsafe/);
  });

  it("follows the build's CSP, with the nonce for scripts and connections back to the preview only", () => {
    const html =
      `<!DOCTYPE html>\n<meta content="default-src 'none'; script-src 'none'; style-src 'self' file: ` +
      `'unsafe-inline'; connect-src 'none'" http-equiv="Content-Security-Policy">\n<p>x</p>`;
    const policy = pageCsp(html);
    expect(policy).toBe(
      "default-src 'none'; script-src 'none'; style-src 'self' file: 'unsafe-inline'; connect-src 'none'",
    );
    const header = previewCsp('n0nce', policy);
    expect(header).toBe(
      "default-src 'none'; script-src 'nonce-n0nce'; style-src 'self' file: 'unsafe-inline'; connect-src 'self'; " +
        "frame-ancestors 'none'",
    );
    // Whatever the attribute order, the page's own CSP <meta> is dropped (the header replaces it).
    expect(injectPreview(html, { nonce: 'n', page: 'p', hash: 'h', toolbar: '', banner: '' })).not.toMatch(
      /Content-Security-Policy/i,
    );
  });

  it('escapes everything in the banner', () => {
    const html = bannerHtml(
      { errors: [{ text: 'a.yaml:1:1 <script>alert(1)</script> & "x"' }], stale: true, none: false, errorCount: 1 },
      'en',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(html).toContain('The report has 1 error');
    expect(bannerHtml({ errors: [], stale: false, none: false, errorCount: 0 }, 'ja')).toBe('');
  });
});

describe('request checks', () => {
  it('accepts only this server as Host', () => {
    for (const h of ['127.0.0.1:8080', 'localhost:8080', 'LOCALHOST:8080', '[::1]:8080'])
      expect(isAllowedHost(h, 8080)).toBe(true);
    for (const h of [
      undefined,
      '',
      'evil.example',
      'evil.example:8080',
      '127.0.0.1',
      'localhost',
      '127.0.0.1:8081',
      'localhost.evil.example:8080',
      '10.0.0.1:8080',
    ]) {
      expect(isAllowedHost(h, 8080)).toBe(false);
    }
  });

  it('maps URLs to names and refuses ways out', () => {
    expect(requestedName('/')).toBe('index.html');
    expect(requestedName('/progress.html?x=1')).toBe('progress.html');
    expect(requestedName('/fonts/a.woff2')).toBe('fonts/a.woff2');
    for (const u of [
      '/../data/report.yaml',
      '/%2e%2e/report.yaml',
      '/fonts/../report.yaml',
      '/a%5Cb',
      '/%00',
      '/%E0%A4%A',
      'http://x/',
      '',
    ]) {
      expect(requestedName(u)).toBeUndefined();
    }
  });

  it('opens the browser with the platform opener (never a shell built-in)', () => {
    expect(openerFor('win32')).toBe('explorer.exe');
    expect(openerFor('darwin')).toBe('open');
    expect(openerFor('linux')).toBe('xdg-open');
  });
});

describe('rebuild queue and watcher', () => {
  it('runs once more when asked during a run, and collapses several requests into that one', async () => {
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const runner = serialRunner(async () => {
      runs++;
      if (runs === 1) await gate;
    });
    const first = runner.request();
    void runner.request();
    void runner.request();
    release();
    await first;
    await runner.idle();
    expect(runs).toBe(2);
  });

  it('uses fs.watch recursive where it is reliable, per directory on Linux with Node 20', () => {
    expect(recursiveWatchWorks('win32', '20.11.0')).toBe(true);
    expect(recursiveWatchWorks('darwin', '20.11.0')).toBe(true);
    expect(recursiveWatchWorks('linux', '20.11.0')).toBe(false);
    expect(recursiveWatchWorks('linux', '22.3.0')).toBe(true);
  });

  for (const recursive of new Set([false, recursiveWatchWorks()])) {
    it(`sees changes in subdirectories, also new ones (${recursive ? 'recursive' : 'per directory'})`, async () => {
      const tmp = await tempDir('reform-watch-');
      try {
        await mkdir(path.join(tmp.dir, 'initiatives'));
        let notify: () => void = () => undefined;
        const watcher = await watchTrees([tmp.dir], () => notify(), { recursive, debounceMs: 30 });
        try {
          const next = () => new Promise<void>((r) => (notify = r));
          let seen = next();
          await writeFile(path.join(tmp.dir, 'initiatives', '01.yaml'), 'a: 1\n');
          await seen;
          seen = next();
          await mkdir(path.join(tmp.dir, 'initiatives', 'more'));
          await seen;
          seen = next();
          await writeFile(path.join(tmp.dir, 'initiatives', 'more', 'x.yaml'), 'a: 2\n');
          await seen;
        } finally {
          watcher.close();
        }
      } finally {
        await tmp.cleanup();
      }
    }, 20_000);

    const mode = recursive ? 'recursive' : 'per directory';
    it(`sees edits after a watched folder is deleted and created again (${mode})`, async () => {
      const tmp = await tempDir('reform-watch-');
      const report = path.join(tmp.dir, 'data');
      const initiatives = path.join(report, 'initiatives');
      try {
        await mkdir(initiatives, { recursive: true });
        await writeFile(path.join(initiatives, '01.yaml'), 'a: 1\n');
        let notify: () => void = () => undefined;
        const watcher = await watchTrees([report], () => notify(), { recursive, debounceMs: 30 });
        const next = () => new Promise<void>((r) => (notify = r));
        try {
          // initiatives/ deleted and created again (a branch switch), then an edit in the new folder.
          let seen = next();
          await rm(initiatives, { recursive: true });
          await seen;
          seen = next();
          await mkdir(initiatives);
          await seen;
          seen = next();
          await writeFile(path.join(initiatives, '02.yaml'), 'a: 2\n');
          await seen;
          // The report folder itself deleted and created again (a restore).
          seen = next();
          await rm(report, { recursive: true });
          await seen;
          seen = next();
          await mkdir(initiatives, { recursive: true });
          await seen;
          seen = next();
          await writeFile(path.join(initiatives, '03.yaml'), 'a: 3\n');
          await seen;
          // And a later edit of a file in it.
          seen = next();
          await writeFile(path.join(initiatives, '03.yaml'), 'a: 4\n');
          await seen;
        } finally {
          watcher.close();
        }
      } finally {
        await tmp.cleanup();
      }
    }, 20_000);
  }
});

describe('the preview server on the sample', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let preview: RunningPreview;
  let stderr = '';
  let stdout = '';
  let port: number;

  beforeAll(async () => {
    tmp = await tempDir('reform-preview-');
    await copySample(tmp.dir);
    const ctx: Context = {
      cwd: tmp.dir,
      env: {},
      lang: 'en',
      color: false,
      stdout: {
        write: (s) => {
          stdout += s;
        },
      },
      stderr: {
        write: (s) => {
          stderr += s;
        },
      },
    };
    const started = await startPreview(ctx, 'data', { watch: false });
    if (typeof started === 'number') throw new Error(stderr);
    preview = started;
    port = preview.port;
  }, 60_000);
  afterAll(async () => {
    await preview?.stop();
    await tmp?.cleanup();
  });

  it('listens on the loopback address only, and says where', async () => {
    const address = preview.server.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port });
    expect(stdout).toContain(`http://127.0.0.1:${port}/`);
    // Every other address of this machine refuses the connection.
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && !i.internal && i.family === 'IPv4')
      .map((i) => i!.address);
    for (const addr of others) {
      const outcome = await new Promise<string>((resolve) => {
        const s = connect({ host: addr, port }, () => {
          s.destroy();
          resolve('connected');
        });
        s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      });
      expect(outcome, addr).not.toBe('connected');
    }
  });

  it('serves the pages, the stylesheet and the fonts, with the CSP header and a nonce per response', async () => {
    const a = await get(port, '/progress.html');
    const b = await get(port, '/progress.html');
    expect(a.status).toBe(200);
    expect(a.body).toContain('三重県行財政改革取組');
    const nonce = /script-src 'nonce-([^']+)'/.exec(String(a.headers['content-security-policy']))![1];
    expect(a.body).toContain(`<script nonce="${nonce}"`);
    expect(b.headers['content-security-policy']).not.toContain(nonce);
    expect(a.headers['x-content-type-options']).toBe('nosniff');
    for (const p of [
      '/',
      '/index.html',
      '/verification.html',
      '/style.css',
      '/fonts/fonts.css',
      '/__reform/preview.css',
    ]) {
      expect((await get(port, p)).status, p).toBe(200);
    }
    const fontCss = (await get(port, '/fonts/fonts.css')).body;
    const woff = /url\(\.\/([^)]+\.ttf)\)/.exec(fontCss)![1];
    const font = await get(port, `/fonts/${woff}`);
    expect(font.status).toBe(200);
    expect(font.headers['content-type']).toBe('font/ttf');
    expect((await get(port, '/', 'localhost:' + port)).status).toBe(200);
    expect((await get(port, '/', '[::1]:' + port)).status).toBe(200);
  });

  it('refuses a foreign Host header with 403 (DNS rebinding)', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      `localhost.evil.example:${port}`,
      `0.0.0.0:${port}`,
    ]) {
      const r = await get(port, '/progress.html', host);
      expect(r.status, host).toBe(403);
      expect(r.body).not.toContain('三重県');
    }
    // Another site's page can neither embed nor fetch the preview's resources (a plain link still works).
    const crossSite = (mode: string) =>
      new Promise<number>((resolve, reject) => {
        const headers = { Host: `127.0.0.1:${port}`, 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': mode };
        const req = request({ host: '127.0.0.1', port, path: '/__reform/events', headers }, (res) => {
          resolve(res.statusCode ?? 0);
          res.destroy();
        });
        req.on('error', reject);
        req.end();
      });
    expect(await crossSite('no-cors')).toBe(403);
    expect(await crossSite('cors')).toBe(403);
    // No Host at all: node:http itself answers 400 before reform sees the request.
    expect((await get(port, '/progress.html', null)).status).toBe(400);
  });

  it('answers 404 for anything but the rendered pages and fonts (no files from disk, no listing)', async () => {
    const paths = [
      '/../data/report.yaml',
      '/report.yaml',
      '/data/report.yaml',
      '/initiatives/11.yaml',
      '/data/initiatives/11.yaml',
      '/%2e%2e/data/report.yaml',
      '/..%2fdata%2freport.yaml',
      '/fonts/../data/report.yaml',
      '/schema/initiative.schema.json',
      '/schema/',
      '/fonts/',
      '/fonts',
      '/fonts/400.css',
      '/fonts/../../package.json',
      '/package.json',
      '/templates/layout.hbs',
      '/layout.hbs',
      '/__reform/',
      '/progress.html/',
      '/src/cli.ts',
      '/%00',
    ];
    for (const p of paths) {
      const r = await get(port, p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toMatch(/number:|\$schema|<a href/);
    }
    expect((await get(port, '/progress.html', undefined, 'POST')).status).toBe(405);
  });

  it('reloads only the pages whose content changed, and shows errors on every page until fixed', async () => {
    const file = path.join(tmp.dir, 'data', 'initiatives', '11.yaml');
    const text = await readFile(file, 'utf8');
    const before = preview.session.currentHashes();
    await writeFile(
      file,
      text.replace('・情報システムに関する業務継続計画の確認・見直し(6月～7月)', '・実績を書き換えた'),
    );
    const changed = await preview.session.rebuild();
    expect(changed.changed).toEqual(['progress.html']);
    const after = preview.session.currentHashes();
    expect(after['verification.html']).toBe(before['verification.html']);
    expect(after['progress.html']).not.toBe(before['progress.html']);

    await writeFile(file, text.replace('division: 地域連携部/情報システム課', 'division: 地域連携部/<b>情報</b>'));
    const broken = await preview.session.rebuild();
    expect(broken.ok).toBe(false);
    const page = (await get(port, '/verification.html')).body;
    expect(page).toMatch(/data[/\\]initiatives[/\\]11\.yaml:5:\d+/);
    expect(page).toContain('地域連携部/&lt;b&gt;情報&lt;/b&gt;');
    expect(page).not.toContain('<b>情報</b>');
    expect(page).toContain('class="sheet'); // the last good table
    expect(stderr).toMatch(/data[/\\]initiatives[/\\]11\.yaml:5:\d+/);

    // While 11.yaml is broken, an edit of another file still shows (11 as it was at the last good build).
    const other = path.join(tmp.dir, 'data', 'initiatives', '01.yaml');
    const otherText = await readFile(other, 'utf8');
    expect(otherText).toContain('・職員研修センターのブラッシュアップ研修において');
    await writeFile(
      other,
      otherText.replace('・職員研修センターのブラッシュアップ研修において', '・別のファイルで書き換えた実績'),
    );
    const patched = await preview.session.rebuild();
    expect(patched.ok).toBe(false);
    const progress = (await get(port, '/progress.html')).body;
    expect(progress).toContain('・別のファイルで書き換えた実績');
    expect(progress).toContain('・実績を書き換えた');
    expect(progress).toMatch(/data[/\\]initiatives[/\\]11\.yaml:5:\d+/);
    expect(progress).toMatch(/files with errors \(data[/\\]initiatives[/\\]11\.yaml\)/);
    await writeFile(other, otherText);

    await writeFile(file, text);
    const fixed = await preview.session.rebuild();
    expect(fixed.ok).toBe(true);
    expect((await get(port, '/progress.html')).body).not.toContain('reform-errors');
  });

  it('makes the PDFs (print view), the workbook and open data on demand, with one build', async () => {
    const xlsx = await get(port, '/reform.xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('attachment');
    expect(xlsx.body.startsWith('PK')).toBe(true);
    const csv = await get(port, '/opendata/initiatives.csv');
    expect(csv.status).toBe(200);
    expect(csv.body).toContain('情報システムに関する業務継続計画');
    const pdf = await get(port, '/progress.pdf');
    expect(pdf.status, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^inline/);
    expect(pdf.body.startsWith('%PDF-')).toBe(true);
    // The other table's PDF, from the same build.
    expect((await get(port, '/verification.pdf')).status).toBe(200);
  }, 60_000);
});

describe('the diff view (--base)', () => {
  it('highlights the cells that differ from a git revision', async () => {
    const tmp = await tempDir('reform-preview-base-');
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=reform test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args],
        {
          cwd: tmp.dir,
          stdio: 'pipe',
        },
      );
    let preview: RunningPreview | number | undefined;
    let stderr = '';
    try {
      await copySample(tmp.dir);
      git('init', '-q');
      git('add', 'data');
      git('commit', '-q', '-m', 'sample');
      const file = path.join(tmp.dir, 'data', 'initiatives', '11.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('(6月～7月)\n', '(6月～8月)\n'));
      const ctx: Context = {
        cwd: tmp.dir,
        env: {},
        lang: 'ja',
        color: false,
        stdout: { write: () => undefined },
        stderr: {
          write: (s) => {
            stderr += s;
          },
        },
      };
      preview = await startPreview(ctx, 'data', { base: 'HEAD', watch: false });
      if (typeof preview === 'number') throw new Error(stderr);
      const page = (await get(preview.port, '/progress.html')).body;
      const changed = page.match(/<(td|th)[^>]*class="[^"]*\bchanged\b[^"]*"[^>]*>[\s\S]*?<\/\1>/g) ?? [];
      expect(changed).toHaveLength(1);
      expect(changed[0]).toContain('(6月～8月)');
      expect(page).toContain('比べる元: HEAD');
      // The verification table did not change: nothing highlighted there.
      expect((await get(preview.port, '/verification.html')).body).not.toMatch(/class="[^"]*\bchanged\b/);
    } finally {
      if (preview && typeof preview !== 'number') await preview.stop();
      await tmp.cleanup();
    }
  }, 30_000);
});

describe('starting and stopping', () => {
  const quietCtx = (
    cwd: string,
    env: Record<string, string | undefined> = {},
    out = {
      text: '',
      append(s: string) {
        this.text += s;
      },
    },
  ): Context => ({
    cwd,
    env,
    lang: 'ja',
    color: false,
    stdout: { write: (s) => out.append(s) },
    stderr: { write: (s) => out.append(s) },
  });

  it('--open starts the platform opener with the URL as its one argument (no shell)', async () => {
    const tmp = await tempDir('reform-preview-open-');
    let preview: RunningPreview | number | undefined;
    try {
      await copySample(tmp.dir);
      const bin = path.join(tmp.dir, 'bin');
      await mkdir(bin);
      const log = path.join(tmp.dir, 'opened.txt');
      // A stand-in opener that records its arguments, one per line.
      await writeFile(
        path.join(bin, openerFor(process.platform)),
        `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done > '${log}'\n`,
        { mode: 0o755 },
      );
      preview = await startPreview(quietCtx(tmp.dir, { PATH: `${bin}${path.delimiter}${process.env.PATH}` }), 'data', {
        open: true,
        watch: false,
      });
      if (typeof preview === 'number') throw new Error('preview did not start');
      let opened = '';
      for (let i = 0; i < 100 && !opened; i++) {
        opened = await readFile(log, 'utf8').catch(() => '');
        if (!opened) await new Promise((r) => setTimeout(r, 50));
      }
      expect(opened).toBe(`${preview.url}\n`);
    } finally {
      if (preview && typeof preview !== 'number') await preview.stop();
      await tmp.cleanup();
    }
  }, 30_000);

  it('says so when the port is taken', async () => {
    const tmp = await tempDir('reform-preview-port-');
    let first: RunningPreview | number | undefined;
    try {
      await copySample(tmp.dir);
      first = await startPreview(quietCtx(tmp.dir), 'data', { watch: false });
      if (typeof first === 'number') throw new Error('preview did not start');
      await expect(startPreview(quietCtx(tmp.dir), 'data', { port: first.port, watch: false })).rejects.toMatchObject({
        key: 'preview-port-in-use',
      });
    } finally {
      if (first && typeof first !== 'number') await first.stop();
      await tmp.cleanup();
    }
  }, 30_000);

  it('rebuilds when a custom template changes', async () => {
    const tmp = await tempDir('reform-preview-tpl-');
    let preview: RunningPreview | number | undefined;
    try {
      await copySample(tmp.dir);
      const templates = path.join(tmp.dir, 'my-templates');
      await mkdir(templates);
      await writeFile(path.join(templates, 'style.css'), 'body { color: black; }\n');
      preview = await startPreview(quietCtx(tmp.dir), 'data', { templates: 'my-templates' });
      if (typeof preview === 'number') throw new Error('preview did not start');
      const running = preview;
      const updated = new Promise<Record<string, string>>((resolve) => running.session.subscribe(resolve));
      await writeFile(path.join(templates, 'style.css'), 'body { color: navy; }\n');
      const hashes = await updated;
      expect(Object.keys(hashes).sort()).toEqual(['index.html', 'progress.html', 'verification.html']);
      expect((await get(running.port, '/style.css')).body).toContain('navy');
    } finally {
      if (preview && typeof preview !== 'number') await preview.stop();
      await tmp.cleanup();
    }
  }, 30_000);
});

describe('reform preview on the command line', () => {
  it('refuses a bad --port as a usage error (exit 2), and a missing report directory (exit 1)', async () => {
    const tmp = await tempDir('reform-preview-cli-');
    try {
      const bad = await runCli(['preview', '--port', 'abc'], { cwd: tmp.dir });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--port には 0 から 65535 までの数を書いてください（書かれている値: abc）');
      expect((await runCli(['preview', '--port', '70000', '--lang', 'en'], { cwd: tmp.dir })).code).toBe(2);
      const missing = await runCli(['preview', 'nowhere'], { cwd: tmp.dir });
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('nowhere');
      // A file named instead of the folder: said as validate and build say it.
      await copySample(tmp.dir);
      const file = await runCli(['preview', 'data/report.yaml'], { cwd: tmp.dir });
      const validate = await runCli(['validate', 'data/report.yaml'], { cwd: tmp.dir });
      expect(file.code).toBe(1);
      expect(file.stderr).toContain('「data/report.yaml」はファイルです。');
      expect(validate.stderr).toContain('「data/report.yaml」はファイルです。');
    } finally {
      await tmp.cleanup();
    }
  });
});
