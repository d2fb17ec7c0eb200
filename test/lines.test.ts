/**
 * No source line over 120 characters (issue 11): Biome's formatter keeps code within its lineWidth, but it leaves
 * long strings, comments and regular expressions alone, so this checks every tracked source file. Generated files
 * are excluded by name.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const MAX = 120;
const DIRS = ['src', 'test', 'scripts', 'bench', 'bin'];
const GENERATED = new Set(['src/validate/validators.generated.ts', 'src/model/schema-types.ts']);

/**
 * The .ts, .mjs and .js files under DIRS that git tracks, or would track (new files not ignored), as git lists
 * them (forward slashes).
 */
function sourceFiles(): string[] {
  const args = ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...DIRS];
  const out = execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' });
  const files = out.split('\0').filter((f) => /\.(ts|mjs|js)$/.test(f) && !GENERATED.has(f));
  return [...new Set(files)].filter((f) => existsSync(path.join(repoRoot, f))).sort();
}

/** `file:line (n characters)` for each line of `text` longer than MAX characters (code points). */
function longLines(file: string, text: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const length = [...line].length;
    if (length > MAX) out.push(`${file}:${i + 1} (${length} characters)`);
  });
  return out;
}

describe('source lines', () => {
  it('finds the source files', () => {
    const files = sourceFiles();
    expect(files).toContain('src/cli.ts');
    expect(files).toContain('test/lines.test.ts');
    expect(files).toContain('bin/reform.js');
  });

  it(`has no line over ${MAX} characters (generated files excepted)`, () => {
    const long = sourceFiles().flatMap((f) => longLines(f, readFileSync(path.join(repoRoot, f), 'utf8')));
    expect(long).toEqual([]);
  });

  it('would report a long line', () => {
    expect(longLines('x.ts', `ok\n${'a'.repeat(MAX)}\n${'あ'.repeat(MAX + 1)}\n`)).toEqual(['x.ts:3 (121 characters)']);
  });
});
