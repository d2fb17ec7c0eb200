/**
 * What a command loads: `reform validate` must not load exceljs, puppeteer-core or handlebars, and
 * `build --no-pdf` must not load puppeteer-core. The CLI (dist/, as installed) runs in a fresh Node
 * process whose module resolutions are recorded by a loader hook (ESM) and whose require.cache (CommonJS)
 * is listed at the end. No timing: what is loaded, not how long it takes.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { repoRoot, sampleDir, tempDir } from './helpers.js';

const run = promisify(execFile);

const HOOK = `
import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(log, result.url + '\\n');
  return result;
}
`;

const RUNNER = `
import { register, createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [hook, log, cli, ...argv] = process.argv.slice(2);
register(pathToFileURL(hook), { data: { log } });
const { main } = await import(pathToFileURL(cli).href);
const quiet = { write() {}, isTTY: false };
const code = await main(argv, { stdout: quiet, stderr: quiet });
const esm = readFileSync(log, 'utf8').split('\\n').filter(Boolean);
const cjs = Object.keys(createRequire(import.meta.url).cache).map((f) => pathToFileURL(f).href);
process.stdout.write(JSON.stringify({ code, loaded: [...new Set([...esm, ...cjs])] }));
`;

/** The packages (under node_modules) that a run of `reform …argv` loaded. */
async function packagesLoaded(argv: string[]): Promise<{ code: number; packages: Set<string>; loaded: string[] }> {
  const { dir, cleanup } = await tempDir('reform-lazy-');
  try {
    const hook = path.join(dir, 'hook.mjs');
    const runner = path.join(dir, 'runner.mjs');
    await writeFile(hook, HOOK);
    await writeFile(runner, RUNNER);
    const cli = path.join(repoRoot, 'dist/cli.js');
    const { stdout } = await run(process.execPath, [runner, hook, path.join(dir, 'loaded.log'), cli, ...argv], {
      cwd: dir,
    });
    const { code, loaded } = JSON.parse(stdout) as { code: number; loaded: string[] };
    const packages = new Set(
      loaded.map((u) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1]).filter((p): p is string => !!p),
    );
    return { code, packages, loaded };
  } finally {
    await cleanup();
  }
}

describe('commands load only what they use', () => {
  it('validate loads yaml and ajv, not exceljs, puppeteer-core or handlebars', async () => {
    const { code, packages, loaded } = await packagesLoaded(['validate', sampleDir]);
    expect(code).toBe(0);
    // The recording works: validate's own modules and libraries are seen.
    expect(loaded).toContain(pathToFileURL(path.join(repoRoot, 'dist/commands/validate.js')).href);
    expect(packages).toContain('yaml');
    expect(packages).toContain('ajv');
    for (const heavy of ['exceljs', 'puppeteer-core', 'handlebars']) expect(packages).not.toContain(heavy);
    // Nor the modules of the other commands.
    for (const other of ['build', 'fmt', 'diff', 'init', 'doctor']) {
      expect(loaded).not.toContain(pathToFileURL(path.join(repoRoot, `dist/commands/${other}.js`)).href);
    }
  });

  it('fmt --check loads neither the validators nor the libraries of the build', async () => {
    const { code, packages, loaded } = await packagesLoaded(['fmt', '--check', sampleDir]);
    expect(code).toBe(0);
    expect(loaded).toContain(pathToFileURL(path.join(repoRoot, 'dist/commands/fmt.js')).href);
    expect(loaded).not.toContain(pathToFileURL(path.join(repoRoot, 'dist/validate/validators.generated.js')).href);
    for (const heavy of ['ajv', 'exceljs', 'puppeteer-core', 'handlebars']) expect(packages).not.toContain(heavy);
  });

  it('--version loads no command and none of the libraries of the work', async () => {
    const { code, packages } = await packagesLoaded(['--version']);
    expect(code).toBe(0);
    for (const p of ['yaml', 'ajv', 'exceljs', 'puppeteer-core', 'handlebars']) expect(packages).not.toContain(p);
  });

  it('build --no-pdf loads exceljs and handlebars, not puppeteer-core, fontkit or the xlsx streams', async () => {
    const { dir, cleanup } = await tempDir('reform-lazy-out-');
    try {
      const { code, packages } = await packagesLoaded(['build', sampleDir, '--no-pdf', '--out', path.join(dir, 'out')]);
      expect(code).toBe(0);
      expect(packages).toContain('exceljs');
      expect(packages).toContain('handlebars');
      expect(packages).not.toContain('puppeteer-core');
      // The fonts' coverage and widths come from generated tables (fonts/metrics.ts), not from the TTFs.
      expect(packages).not.toContain('fontkit');
      // exceljs's Workbook alone (types/exceljs-workbook.d.ts): not its streaming reader and writer.
      for (const stream of ['unzipper', 'archiver']) expect(packages).not.toContain(stream);
    } finally {
      await cleanup();
    }
  });
});
