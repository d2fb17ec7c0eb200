/**
 * A font configuration for the browser process only (Linux and other fontconfig systems): the user's own
 * configuration, included as it is, plus the folders of reform's shipped fonts. On a machine with no system font
 * at all (a minimal container) Chromium draws no text, not even with web fonts; with the shipped fonts known to
 * fontconfig it does. The user's settings are never changed: the file lives in the browser's throwaway profile
 * and only the browser's environment points at it (FONTCONFIG_FILE).
 */
import path from 'node:path';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Whether the platform's browsers find fonts through fontconfig (not Windows, not macOS). */
export const usesFontconfig = (platform: NodeJS.Platform = process.platform) =>
  platform !== 'win32' && platform !== 'darwin';

/** The configuration fontconfig would read for this environment (FONTCONFIG_FILE, FONTCONFIG_PATH, the default). */
export function userFontConfig(env: Record<string, string | undefined>): string {
  const dir = env.FONTCONFIG_PATH?.split(':').find(Boolean);
  const file = env.FONTCONFIG_FILE;
  if (file) return path.isAbsolute(file) || !dir ? file : path.join(dir, file);
  return path.join(dir ?? '/etc/fonts', 'fonts.conf');
}

/** fonts.conf: the user's configuration (when there is one), the shipped fonts' folders, a cache of its own. */
export function fontConfigXml(include: string, fontDirs: readonly string[], cacheDir: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    `  <include ignore_missing="yes">${xml(include)}</include>`,
    ...fontDirs.map((d) => `  <dir>${xml(d)}</dir>`),
    `  <cachedir>${xml(cacheDir)}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}
