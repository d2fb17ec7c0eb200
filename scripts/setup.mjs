// First command of the quick start (`npm run setup`), on Linux, macOS and Windows alike:
//  1. npm ci (which also compiles dist/);
//  2. what reform and its tests use outside npm: a browser for PDF (reform's own finder looks for Chrome, Edge or
//     Chromium), and the tools the tests read the outputs back with (TOOLS below). On Debian/Ubuntu whatever is
//     missing is installed with apt-get (with sudo when not root); elsewhere it says what to install;
//  3. reform build: data/ → out/.
// Only Node's built-ins are used before step 1 has installed the packages.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Everything outside npm that `npm test` uses: the Debian package, how to tell it is there, and why.
 * To ask for another Debian package, add a line here (CI runs this script too: `.ci/run`).
 */
const TOOLS = [
  { deb: 'chromium', why: 'prints the PDFs (any Chrome, Edge or Chromium will do)', present: () => browserFound() },
  { deb: 'poppler-utils', why: 'pdftotext, pdffonts, pdftoppm read the PDFs back', present: () => onPath('pdftotext') },
  { deb: 'qpdf', why: 'checks the PDFs and dumps their objects', present: () => onPath('qpdf') },
  { deb: 'python3-pikepdf', why: "reads the PDFs' structure trees", present: () => pythonHas('pikepdf') },
  { deb: 'libreoffice-calc', why: 'opens and saves the workbooks and forms', present: () => onPath('soffice') },
  { deb: 'strace', why: "watches the renderer's network (Linux)", present: () => onPath('strace') },
  {
    deb: 'fonts-dejavu-core',
    why: 'the one non-Japanese system font of the no-system-font test',
    present: () => existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'),
  },
  { deb: 'fontconfig', why: 'fc-list: which fonts a font configuration exposes', present: () => onPath('fc-list') },
  { deb: 'unzip', why: "reads a workbook's sheet XML in the tests", present: () => onPath('unzip') },
  { deb: 'git', why: 'reform diff against revisions', present: () => onPath('git') },
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const windows = process.platform === 'win32';

function run(command, args, opts = {}) {
  console.log(`reform setup: ${[command, ...args].join(' ')}`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: windows, ...opts });
  if (r.error) {
    console.error(`reform setup: ${command}: ${r.error.message}`);
    return 1;
  }
  return r.status ?? 1;
}

function onPath(command) {
  return spawnSync(windows ? 'where' : 'which', [command], { stdio: 'ignore', shell: windows }).status === 0;
}

function pythonHas(module) {
  const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  return spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
}

let finder;
function browserFound() {
  const { findBrowser, defaultFinderDeps } = finder;
  return findBrowser(undefined, defaultFinderDeps(process.env)).found;
}

if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) process.exit(1);
finder = await import(new URL('../dist/browser/find.js', import.meta.url).href);

const missing = TOOLS.filter((t) => !t.present());
const found = browserFound();
if (found) console.log(`reform setup: browser for PDF: ${found.path}`);
const apt = process.platform === 'linux' && onPath('apt-get') && existsSync('/etc/debian_version');
if (missing.length > 0 && apt) {
  const packages = missing.map((t) => t.deb);
  const isRoot = process.getuid?.() === 0;
  // Without a terminal (CI, a script) sudo must not wait for a password nobody types.
  const sudo = isRoot ? [] : process.stdin.isTTY ? ['sudo'] : ['sudo', '-n'];
  const [cmd, ...pre] = [...sudo, 'apt-get'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok =
    run(cmd, [...pre, 'update', '-qq'], { env }) === 0 &&
    run(cmd, [...pre, 'install', '-y', '-qq', '--no-install-recommends', ...packages], { env }) === 0;
  if (!ok) {
    console.error(`reform setup: could not install ${packages.join(' ')}.`);
    console.error(`              Install them yourself (sudo apt-get install ${packages.join(' ')}), then run again.`);
    process.exit(1);
  }
  const still = missing.filter((t) => !t.present());
  if (still.length > 0) {
    console.error(`reform setup: installed, but still not found: ${still.map((t) => t.deb).join(' ')}`);
    process.exit(1);
  }
} else if (missing.length > 0) {
  // Not Debian: say what reform and its tests need, by what each is for.
  const browser = missing.some((t) => t.deb === 'chromium');
  if (browser) {
    console.error('reform setup: no Chrome, Edge or Chromium found. Install one (Windows has Edge), or set');
    console.error('              REFORM_BROWSER to its path. HTML, Excel and open data are built now; PDFs need it.');
  }
  const rest = missing.filter((t) => t.deb !== 'chromium' && !(windows && t.deb === 'strace'));
  if (rest.length > 0) {
    console.error('reform setup: `npm test` also uses these tools, not found here (Debian package names):');
    for (const t of rest) console.error(`              ${t.deb}: ${t.why}`);
  }
}

process.exit(run(process.execPath, ['bin/reform.js', 'build'], { shell: false }));
