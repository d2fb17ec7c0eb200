/** Shared test helpers: run the CLI in-process, make temporary report directories, read the seed. */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { main } from '../src/cli.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sampleDir = path.join(repoRoot, 'data');
/**
 * The seed document (text extracted from the published PDF), kept in the repository so tests need nothing outside
 * it.
 */
export const seedFile = path.join(repoRoot, 'test/fixtures/seed.txt');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `reform …` in-process with the given working directory; never touches the repository. */
export async function runCli(
  argv: string[],
  opts: { cwd: string; env?: Record<string, string | undefined> },
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: opts.cwd,
    env: { ...opts.env },
    stdout: {
      write: (s) => {
        stdout += s;
      },
      isTTY: false,
    },
    stderr: {
      write: (s) => {
        stderr += s;
      },
      isTTY: false,
    },
    color: false,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary directory; removed by the returned cleanup function. */
export async function tempDir(prefix = 'reform-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Copies the sample report (data/) into `<dir>/data`, for tests that modify it. */
export async function copySample(dir: string): Promise<string> {
  const target = path.join(dir, 'data');
  await cp(sampleDir, target, { recursive: true });
  // The $schema comments point at ../schema: keep them resolvable for editors, not needed by tests.
  return target;
}

export async function readText(p: string): Promise<string> {
  return readFile(p, 'utf8');
}

/**
 * Normalises text for "every phrase of the seed appears" checks: NFKC (Ⅲ = III, full-width = half-width),
 * no whitespace, and the OCR misreading of 力 as カ in 「MIE職員力」 corrected.
 */
export function normalizeForCompare(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/MIE\s*職員カ/g, 'MIE職員力')
    .replace(/[\s\u3000]+/g, '');
}

/**
 * The phrases of the seed document: every cell of both tables, HTML decoded, split at line breaks,
 * without the parts that are derived rather than written (①② numbering, □ marks, the achieved note's spacing).
 */
export function seedPhrases(): string[] {
  const raw = readFileSync(seedFile, 'utf8');
  const text = raw
    .replace(/<(?:\/?(?:p|li|ul|div|tr|td|th|table|thead|tbody|b)[^>]*)>/gi, '\n')
    .replace(/<input[^>]*>/gi, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  const phrases = new Set<string>();
  for (const piece of text.split(/\t|\n| {2,}/)) {
    let p = piece.trim();
    if (!p || /^[-#]$/.test(p)) continue;
    p = p
      .replace(/^[①-⑳]\s*/u, '')
      .replace(/^□/, '')
      .replace(/^- /, '');
    p = p.replace(/^(I|II|Ⅲ)\s+/, '');
    if (!p) continue;
    phrases.add(p);
  }
  return [...phrases];
}

/** Every YAML file of a report directory: name → bytes (to check that a refused input changed nothing). */
export async function snapshotReport(data: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  out.set('report.yaml', await readFile(path.join(data, 'report.yaml')));
  for (const f of await readdir(path.join(data, 'initiatives')))
    out.set(f, await readFile(path.join(data, 'initiatives', f)));
  return out;
}

export function expectSameBytes(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [k, v] of a) expect(b.get(k)!.equals(v), `${k} unchanged`).toBe(true);
}
