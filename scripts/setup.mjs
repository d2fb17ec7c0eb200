// First command of the quick start (`npm run setup`), on Linux, macOS and Windows alike:
//  1. npm ci (which also compiles dist/);
//  2. a browser for PDF: reform's own finder looks for Chrome, Edge or Chromium; where none is found
//     on a Debian/Ubuntu machine, Debian's chromium is installed with apt-get (sudo when not root),
//     with poppler-utils for the PDF tests; elsewhere it says how to point reform at a browser;
//  3. reform build: data/ → out/.
// Only Node's built-ins are used before step 1 has installed the packages.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const windows = process.platform === 'win32';

function run(command, args, opts = {}) {
  console.log(`reform setup: ${[command, ...args].join(' ')}`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: windows, ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function onPath(command) {
  return spawnSync(windows ? 'where' : 'which', [command], { stdio: 'ignore', shell: windows }).status === 0;
}

if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) process.exit(1);

const { findBrowser, defaultFinderDeps } = await import(new URL('../dist/browser/find.js', import.meta.url).href);
const found = findBrowser(undefined, defaultFinderDeps(process.env));
const apt = process.platform === 'linux' && onPath('apt-get') && existsSync('/etc/debian_version');
const packages = [];
if (found.found) console.log(`reform setup: browser for PDF: ${found.found.path}`);
else if (apt) packages.push('chromium');
if (apt && !onPath('pdftotext')) packages.push('poppler-utils');
if (packages.length > 0) {
  const root = process.getuid?.() === 0;
  const sudo = root ? [] : ['sudo'];
  const [cmd, ...pre] = [...sudo, 'apt-get'];
  run(cmd, [...pre, 'update', '-qq']);
  if (
    run(cmd, [...pre, 'install', '-y', '-qq', '--no-install-recommends', ...packages], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }) !== 0
  ) {
    console.error(
      `reform setup: could not install ${packages.join(' ')}; install them yourself, then run: npx reform build`,
    );
    process.exit(1);
  }
} else if (!found.found) {
  console.error(
    'reform setup: no Chrome, Edge or Chromium found. Install one (Windows has Edge), or set REFORM_BROWSER to its ' +
      'path.',
  );
  console.error('              HTML, Excel and open data are built now; the PDFs need a browser.');
}

process.exit(run(process.execPath, ['bin/reform.js', 'build'], { shell: false }));
