/**
 * `reform doctor`: what `reform build` would use on this machine: the browser (where it was found,
 * its version, whether the sandbox is used) and the bundled font, and the templates.
 * Exit 1 when no browser can print PDFs.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ExitCode } from '../errors.js';
import { t } from '../messages/index.js';
import type { CommandRun } from './spec.js';
import { defaultFinderDeps, findBrowser, needsNoSandbox, type Candidate } from '../browser/find.js';
import {
  FALLBACK_FONT_PACKAGE,
  FONT_FAMILY,
  FONT_PACKAGE,
  fallbackFontPackageDir,
  fontPackageDir,
  fontPackageVersion,
  shippedFontFiles,
} from '../fonts/shipped.js';
import { templatesDir } from '../paths.js';
import { noBrowserMessage } from '../browser/advice.js';

function viaText(c: Candidate, lang: 'ja' | 'en'): string {
  switch (c.source) {
    case 'option':
      return t(lang, 'doctor-via-option');
    case 'env':
      return t(lang, 'doctor-via-env', { name: c.via });
    case 'install':
      return t(lang, 'doctor-via-install');
    default:
      return t(lang, 'doctor-via-path');
  }
}

export type DoctorCommandOptions = { browser?: string };

export const run: CommandRun<DoctorCommandOptions> = async (ctx, _args, opts) => {
  const lang = ctx.lang;
  const out: string[] = [];
  let code: number = ExitCode.ok;

  const result = findBrowser(
    opts.browser ? path.resolve(ctx.cwd, opts.browser) : undefined,
    defaultFinderDeps(ctx.env),
  );
  if (result.found) {
    out.push(
      t(lang, 'doctor-browser', {
        path: result.found.path,
        name:
          result.found.source === 'install' || result.found.source === 'path'
            ? result.found.via
            : path.basename(result.found.path),
        via: viaText(result.found, lang),
      }),
    );
    const noSandbox = needsNoSandbox({ uid: process.getuid?.(), env: ctx.env, fileExists: (p) => existsSync(p) });
    try {
      const { launchBrowser } = await import('../browser/launch.js');
      const browser = await launchBrowser({ executablePath: result.found.path, env: ctx.env, allowDirs: [] });
      try {
        out.push(t(lang, 'doctor-browser-version', { version: browser.version }));
      } finally {
        await browser.close();
      }
    } catch (e) {
      out.push(t(lang, 'doctor-browser-failed', { detail: (e as Error).message.split('\n')[0] }));
      code = ExitCode.userError;
    }
    out.push(t(lang, noSandbox ? 'doctor-sandbox-off' : 'doctor-sandbox-on'));
  } else {
    code = ExitCode.userError;
  }

  const dir = fontPackageDir();
  const files = shippedFontFiles().filter((f) => f.pkg === FONT_PACKAGE && existsSync(f.file));
  const size = files.reduce((n, f) => n + statSync(f.file).size, 0);
  out.push(t(lang, 'doctor-fonts', { family: FONT_FAMILY, pkg: FONT_PACKAGE, version: fontPackageVersion() }));
  out.push(
    t(lang, 'doctor-font-files', {
      dir,
      weights: '400, 700',
      count: files.length,
      size: `${(size / 1024 / 1024).toFixed(1)} MB`,
    }),
  );
  out.push(t(lang, 'doctor-fallback-font', { pkg: FALLBACK_FONT_PACKAGE, dir: fallbackFontPackageDir() }));
  out.push(t(lang, 'doctor-templates', { dir: templatesDir }));
  ctx.stdout.write(`${out.join('\n')}\n`);
  if (!result.found) ctx.stderr.write(`${noBrowserMessage(result, lang, false)}\n`);
  return code;
};
