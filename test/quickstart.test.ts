/**
 * The README's quick start is the truth (issue 21): CI (`.ci/run`) runs exactly its two commands, and every
 * program outside npm that a test runs is one that `npm run setup` (scripts/setup.mjs, its TOOLS list) checks
 * for and installs. Read from the files themselves, so a new tool in a test without a line in TOOLS fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const read = (f: string) => readFileSync(path.join(repoRoot, f), 'utf8');

/** The commands of the README's first shell block under "Quick start", without their comments. */
function quickStartCommands(): string[] {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Quick start'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** The commands .ci/run runs: its lines that are neither comments nor shell set-up. */
function ciCommands(): string[] {
  return read('.ci/run')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !/^(set |cd |node --version)/.test(l));
}

/** Programs the tests start by name: execFileSync('qpdf', …), spawnSync('strace', …), run('pdftotext', …). */
function programsInTests(): Set<string> {
  const out = new Set<string>();
  for (const f of readdirSync(path.join(repoRoot, 'test'))) {
    if (!/\.ts$/.test(f)) continue;
    const text = read(path.join('test', f));
    for (const m of text.matchAll(/\b(?:execFileSync|execFile|spawnSync|spawn|run|x)\('([a-z0-9_-]+)'/g)) out.add(m[1]);
  }
  return out;
}

describe('the quick start', () => {
  it('is what CI runs, exactly', () => {
    expect(quickStartCommands()).toEqual(['npm run setup', 'npm test']);
    expect(ciCommands()).toEqual(quickStartCommands());
  });

  it('installs every program the tests run', () => {
    const setup = read('scripts/setup.mjs');
    const tools = setup.slice(setup.indexOf('const TOOLS'), setup.indexOf('];', setup.indexOf('const TOOLS')));
    // Programs of every system (coreutils, util-linux, npm beside node, bash: the shell of GitHub's runners), and
    // poppler's siblings of pdftotext (one package).
    const base = new Set(['mkfifo', 'mount', 'umount', 'npm', 'node', 'bash', 'pdfinfo', 'pdffonts', 'pdftoppm']);
    const programs = [...programsInTests()];
    expect(programs).toContain('qpdf');
    const missing = programs.filter((p) => !base.has(p) && !tools.includes(`'${p}'`));
    expect(missing).toEqual([]);
    // Python modules the test tools import.
    expect(read('test/tools/pdf_structure.py')).toMatch(/import pikepdf/);
    expect(tools).toContain("pythonHas('pikepdf')");
  });
});
