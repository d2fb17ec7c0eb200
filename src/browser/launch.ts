/**
 * Starts the browser found by find.ts through puppeteer-core, offline and with a throwaway profile:
 * - one browser per build (the caller closes it in `finally`), talking over a pipe (no debugging port);
 * - a fresh temporary user-data-dir, removed on close;
 * - sealed: no host resolved, no connection opened (see LAUNCH_FLAGS), JavaScript off in every page;
 * - `--no-sandbox` only where the sandbox cannot work (root, containers);
 * - each page blocks every request that is not a local file inside the allowed directories or a data: URL.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { needsNoSandbox } from './find.js';
import { fontConfigXml, userFontConfig, usesFontconfig } from './fontconfig.js';

export interface LaunchOptions {
  executablePath: string;
  env: Record<string, string | undefined>;
  /** Directories whose files pages may load (the output directory). */
  allowDirs: string[];
  /** Overrides the root/container detection (tests). */
  noSandbox?: boolean;
  /**
   * JavaScript in pages (off unless set): only for tests that run a checker (axe-core) through the DevTools
   * protocol; reform's CSP still forbids every page script.
   */
  pageJavaScript?: boolean;
  /** Folders of fonts the browser must know even where the system has none (the shipped fonts). */
  fontDirs?: readonly string[];
}

export interface RunningBrowser {
  browser: Browser;
  version: string;
  /** A page that may load nothing but local files inside the allowed directories. */
  newOfflinePage(): Promise<Page>;
  /** Closes a page of newOfflinePage and its browser context, so that its renderer's memory is released. */
  release(page: Page): Promise<void>;
  close(): Promise<void>;
}

/**
 * The browser is sealed: it resolves no host name and opens no connection of its own.
 * - Every host maps to `^NOTFOUND`, which the browser refuses before its resolver is asked: no DNS query, and
 *   no IPv6 reachability probe either (the resolver connects a UDP socket to a public address before each
 *   lookup it is given, an IP literal included; `~NOTFOUND`, used before, is a valid host name to current
 *   Chromium and reached the resolver).
 * - Every HTTP(S)/WebSocket request goes to a proxy on the loopback that does not exist (port 9, discard);
 *   WebRTC may not use UDP outside a proxy.
 * - The background services that phone home (component updates, field trials, sync, safe browsing,
 *   translation, domain reliability, optimisation hints, media router, network time) are off.
 */
export const LAUNCH_FLAGS = [
  '--host-resolver-rules=MAP * ^NOTFOUND',
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-field-trial-config',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-sync',
  '--disable-gpu',
  '--disable-quic',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--safebrowsing-disable-auto-update',
  '--dns-prefetch-disable',
  '--no-service-autorun',
  '--no-first-run',
  '--no-default-browser-check',
  '--no-pings',
  '--metrics-recording-only',
  '--hide-scrollbars',
  '--mute-audio',
  // Fewer processes, same pages (memory at a large city's scale: ~60 MB, and less to start): the GPU thread
  // (software compositing only: --disable-gpu) and the network service (file: and data: loads only, the rules
  // above unchanged) run inside the browser process.
  '--in-process-gpu',
  '--enable-features=NetworkServiceInProcess2',
  '--disable-features=' +
    [
      // No renderer kept ready for a next navigation that never comes (memory at a large city's scale).
      'SpareRendererForSitePerProcess',
      'OptimizationHints',
      'MediaRouter',
      'DialMediaRouteProvider',
      'Translate',
      'AutofillServerCommunication',
      'CertificateTransparencyComponentUpdater',
      'NetworkTimeServiceQuerying',
      'SafeBrowsing',
      'InterestFeedContentSuggestions',
      'WebRtcHideLocalIpsWithMdns',
      'PrivacySandboxSettings4',
      'AcceptCHFrame',
      'NetworkPrediction',
    ].join(','),
];

/** Whether a page may load this URL: data:, or a file: inside one of the allowed directories. */
export function isAllowedUrl(url: string, allowDirs: readonly string[]): boolean {
  if (url.startsWith('data:')) return true;
  if (!url.startsWith('file:')) return false;
  let file: string;
  try {
    file = fileURLToPath(url);
  } catch {
    return false;
  }
  return allowDirs.some((dir) => {
    const rel = path.relative(dir, file);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
}

export async function launchBrowser(opts: LaunchOptions): Promise<RunningBrowser> {
  // A snap-packaged Chromium cannot see the system's /tmp: keep its profile under the home directory.
  const base = opts.executablePath.startsWith('/snap/') ? path.join(homedir(), 'snap') : tmpdir();
  const userDataDir = await mkdtemp(path.join(base, 'reform-browser-'));
  const noSandbox =
    opts.noSandbox ?? needsNoSandbox({ uid: process.getuid?.(), env: opts.env, fileExists: (p) => existsSync(p) });
  // The browser's own environment: the user's, without proxies that could tempt it outside.
  const browserEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/_proxy$/i.test(k))) as Record<
    string,
    string
  >;
  let browser: Browser;
  try {
    if (opts.fontDirs?.length && usesFontconfig()) {
      const conf = path.join(userDataDir, 'fonts.conf');
      // Whatever fontconfig would have read for the browser (its environment is the process's, as below).
      const include = userFontConfig(browserEnv);
      await writeFile(conf, fontConfigXml(include, opts.fontDirs, path.join(userDataDir, 'fontconfig-cache')));
      browserEnv.FONTCONFIG_FILE = conf;
    }
    browser = await puppeteer.launch({
      executablePath: opts.executablePath,
      headless: true,
      pipe: true,
      userDataDir,
      args: [...LAUNCH_FLAGS, ...(noSandbox ? ['--no-sandbox'] : [])],
      env: browserEnv,
      handleSIGINT: true,
      handleSIGTERM: true,
      timeout: 60_000,
      // One protocol call (printToPDF of a 1,000-initiative table on a loaded PC) can outlast puppeteer's
      // 3-minute default; a browser that stops answering still fails the build, after 30 minutes.
      protocolTimeout: 30 * 60_000,
    });
  } catch (e) {
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    throw e;
  }
  // The start-up tab (about:blank) holds a renderer of its own: every table gets a fresh context instead.
  for (const p of await browser.pages()) await p.close().catch(() => undefined);
  let closed = false;
  return {
    browser,
    version: await browser.version(),
    async newOfflinePage() {
      // Each page in its own context: closing the context ends its renderer, so two tables printed one
      // after the other never hold two renderers' layouts at once (peak memory at a large city's scale).
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      // No script runs in a page, whatever the template (custom templates included).
      await page.setJavaScriptEnabled(opts.pageJavaScript === true);
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        if (req.isInterceptResolutionHandled()) return;
        if (isAllowedUrl(req.url(), opts.allowDirs)) void req.continue();
        // A navigation away (a meta refresh, a link target) answered "204 No Content" keeps the page as it
        // is; aborting it would replace the page with an error page.
        else if (req.isNavigationRequest() && req.frame() === page.mainFrame())
          void req.respond({ status: 204, body: '' });
        else void req.abort('blockedbyclient');
      });
      return page;
    },
    async release(page) {
      const context = page.browserContext();
      await page.close().catch(() => undefined);
      if (context !== browser.defaultBrowserContext()) await context.close().catch(() => undefined);
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await browser.close();
      } finally {
        await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      }
    },
  };
}
