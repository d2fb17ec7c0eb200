/**
 * docs/commands.md covers every command and every option (issue 21): each command's `--help` is read and each of
 * its options must appear in the command's own section of the document.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers.js';
import { commands } from '../src/commands/index.js';

const doc = readFileSync(path.join(repoRoot, 'docs', 'commands.md'), 'utf8');

/** The text of the section `## \`reform NAME…\`` up to the next heading of the same level. */
function section(name: string): string | undefined {
  const start = doc.search(new RegExp(`^## \`reform ${name}\\b`, 'm'));
  if (start < 0) return undefined;
  const rest = doc.slice(start + 3);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

describe('docs/commands.md', () => {
  for (const spec of commands) {
    it(`documents reform ${spec.name} and each of its options`, async () => {
      const help = await runCli(['--lang', 'en', spec.name, '--help'], { cwd: repoRoot });
      expect(help.code).toBe(0);
      const options = [...new Set([...help.stdout.matchAll(/(?:^|\s|,)(--[a-z][a-z-]*)/g)].map((m) => m[1]))].filter(
        (o) => o !== '--help' && o !== '--lang',
      );
      const text = section(spec.name);
      expect(text, `no section "## \`reform ${spec.name}"`).toBeDefined();
      const missing = options.filter((o) => !text!.includes(`\`${o}`) && !text!.includes(`${o} `));
      expect(missing, `options of reform ${spec.name} missing from its section`).toEqual([]);
    });
  }
});
