/**
 * Finds a Chromium-family browser (Chrome, Edge, Chromium) to print PDFs with, in this order:
 *   1. `--browser PATH` (must exist: the user asked for it)
 *   2. REFORM_BROWSER (reform's own variable: must exist too)
 *   3. CHROME_PATH, PUPPETEER_EXECUTABLE_PATH (shared with other tools: skipped when they point nowhere)
 *   4. the usual install places of Chrome, Edge and Chromium for the platform (as marp-cli and
 *      chrome-launcher look), then the same names on PATH (Linux, macOS).
 * Everything outside (environment, platform, file system) is injected, so tests run any platform's
 * search on any machine. The result lists every place looked at, for the "no browser" message.
 */
import { accessSync, constants, statSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export type CandidateSource = 'option' | 'env' | 'install' | 'path';

export interface Candidate {
  source: CandidateSource;
  /** Where the candidate came from: --browser, an environment variable, or the browser's name. */
  via: string;
  path: string;
}

export interface FinderDeps {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  /** True when the path is an executable file. */
  isExecutable(p: string): boolean;
  /** For macOS: an .app bundle given instead of its executable. */
  resolveAppBundle?(p: string): string | undefined;
  homedir: string;
}

export type FindResult =
  | { found: Candidate; tried: Candidate[] }
  | {
      found?: undefined;
      tried: Candidate[] /** Set when --browser or REFORM_BROWSER names a missing file. */;
      explicitMissing?: Candidate;
    };

export function defaultFinderDeps(env: Record<string, string | undefined>): FinderDeps {
  return {
    env,
    platform: process.platform,
    homedir: homedir(),
    isExecutable(p) {
      try {
        if (!statSync(p).isFile()) return false;
        if (process.platform !== 'win32') accessSync(p, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    resolveAppBundle(p) {
      // /Applications/Google Chrome.app → /Applications/Google Chrome.app/Contents/MacOS/Google Chrome
      if (!/\.app\/?$/.test(p)) return undefined;
      const dir = path.join(p, 'Contents', 'MacOS');
      try {
        const name = path.basename(p).replace(/\.app\/?$/, '');
        const entries = readdirSync(dir);
        const exe = entries.includes(name) ? name : entries[0];
        return exe ? path.join(dir, exe) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** The usual install places, most preferred first. */
export function installCandidates(deps: Pick<FinderDeps, 'env' | 'platform' | 'homedir'>): Candidate[] {
  const c = (via: string, p: string): Candidate => ({ source: 'install', via, path: p });
  if (deps.platform === 'win32') {
    const win = path.win32;
    const prefixes = [
      deps.env.LOCALAPPDATA,
      deps.env.PROGRAMFILES ?? 'C:\\Program Files',
      deps.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
    ].filter((x): x is string => Boolean(x));
    const out: Candidate[] = [];
    const kinds: [string, string[]][] = [
      ['Google Chrome', ['Google', 'Chrome', 'Application', 'chrome.exe']],
      ['Microsoft Edge', ['Microsoft', 'Edge', 'Application', 'msedge.exe']],
      ['Chromium', ['Chromium', 'Application', 'chrome.exe']],
    ];
    for (const [name, suffix] of kinds) for (const prefix of prefixes) out.push(c(name, win.join(prefix, ...suffix)));
    return out;
  }
  if (deps.platform === 'darwin') {
    const apps: [string, string][] = [
      ['Google Chrome', 'Google Chrome.app/Contents/MacOS/Google Chrome'],
      ['Microsoft Edge', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
      ['Chromium', 'Chromium.app/Contents/MacOS/Chromium'],
      ['Google Chrome Canary', 'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary'],
    ];
    const out: Candidate[] = [];
    for (const [name, rel] of apps) {
      out.push(c(name, path.posix.join('/Applications', rel)));
      out.push(c(name, path.posix.join(deps.homedir, 'Applications', rel)));
    }
    return out;
  }
  // Linux and other Unix-like systems.
  return [
    c('Google Chrome', '/usr/bin/google-chrome-stable'),
    c('Google Chrome', '/usr/bin/google-chrome'),
    c('Google Chrome', '/opt/google/chrome/chrome'),
    c('Chromium', '/usr/bin/chromium'),
    c('Chromium', '/usr/bin/chromium-browser'),
    c('Chromium', '/usr/local/bin/chromium'),
    c('Chromium', '/snap/bin/chromium'),
    c('Microsoft Edge', '/usr/bin/microsoft-edge-stable'),
    c('Microsoft Edge', '/usr/bin/microsoft-edge'),
    c('Microsoft Edge', '/opt/microsoft/msedge/msedge'),
  ];
}

const PATH_NAMES = [
  'google-chrome-stable',
  'google-chrome',
  'chromium',
  'chromium-browser',
  'microsoft-edge-stable',
  'microsoft-edge',
  'chrome',
];

function pathCandidates(deps: Pick<FinderDeps, 'env' | 'platform'>): Candidate[] {
  if (deps.platform === 'win32') return [];
  const dirs = (deps.env.PATH ?? '').split(path.posix.delimiter).filter(Boolean);
  return dirs.flatMap((dir) =>
    PATH_NAMES.map((name) => ({ source: 'path' as const, via: name, path: path.posix.join(dir, name) })),
  );
}

export function findBrowser(explicit: string | undefined, deps: FinderDeps): FindResult {
  const tried: Candidate[] = [];
  const check = (cand: Candidate): Candidate | undefined => {
    tried.push(cand);
    if (deps.isExecutable(cand.path)) return cand;
    const bundled = deps.resolveAppBundle?.(cand.path);
    if (bundled && deps.isExecutable(bundled)) return { ...cand, path: bundled };
    return undefined;
  };

  if (explicit) {
    const cand: Candidate = { source: 'option', via: '--browser', path: explicit };
    const found = check(cand);
    return found ? { found, tried } : { tried, explicitMissing: cand };
  }
  const own = deps.env.REFORM_BROWSER;
  if (own) {
    const cand: Candidate = { source: 'env', via: 'REFORM_BROWSER', path: own };
    const found = check(cand);
    return found ? { found, tried } : { tried, explicitMissing: cand };
  }
  for (const name of ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH']) {
    const value = deps.env[name];
    if (!value) continue;
    const found = check({ source: 'env', via: name, path: value });
    if (found) return { found, tried };
  }
  const seen = new Set<string>();
  for (const cand of [...installCandidates(deps), ...pathCandidates(deps)]) {
    if (seen.has(cand.path)) continue;
    seen.add(cand.path);
    const found = check(cand);
    if (found) return { found, tried };
  }
  return { tried };
}

/**
 * Chromium's sandbox cannot start as root, and often not in containers (no user namespaces):
 * only there is it switched off.
 */
export function needsNoSandbox(opts: {
  uid?: number;
  env: Record<string, string | undefined>;
  fileExists(p: string): boolean;
}): boolean {
  if (opts.uid === 0) return true;
  if (opts.env.container) return true; // set by podman and systemd-nspawn
  return opts.fileExists('/.dockerenv') || opts.fileExists('/run/.containerenv');
}
