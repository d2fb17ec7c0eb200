/** Opens a URL in the system browser with the platform's opener, started without a shell. */
import { spawn } from 'node:child_process';

export function openerFor(platform: NodeJS.Platform): string {
  // `start` is a built-in of cmd.exe (it needs a shell); explorer.exe hands a URL to the default browser.
  if (platform === 'win32') return 'explorer.exe';
  if (platform === 'darwin') return 'open';
  return 'xdg-open';
}

/** Starts the opener and resolves once it started (or rejects when it could not be started). */
export function openInBrowser(
  url: string,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // Only our own http://127.0.0.1:port/ reaches here; still, it is one argument and no shell parses it.
    if (!/^http:\/\/127\.0\.0\.1:\d+\/$/.test(url)) return reject(new Error(`not a preview URL: ${url}`));
    const child = spawn(openerFor(platform), [url], {
      detached: true,
      stdio: 'ignore',
      shell: false,
      windowsHide: true,
      env,
    });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
