import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { repoRoot } from './helpers.js';

const run = promisify(execFile);
const bin = path.join(repoRoot, 'bin/reform.js');

// The installed command: bin/reform.js on the compiled dist/ (npm test compiles it first).
describe('bin/reform.js', () => {
  it('prints the version and exits 0', async () => {
    const { stdout } = await run(process.execPath, [bin, '--version'], { cwd: repoRoot });
    expect(stdout.trim()).toBe(
      JSON.parse((await import('node:fs')).readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version,
    );
  });

  it('validates the sample and sets the exit code of the process', async () => {
    const ok = await run(process.execPath, [bin, 'validate'], { cwd: repoRoot });
    expect(ok.stdout).toContain('エラー 0 件');
    const bad = await run(process.execPath, [bin, 'validate', 'no-such-dir'], { cwd: repoRoot }).catch((e) => e);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('見つかりません');
    expect(bad.stderr).not.toMatch(/\bat .*\.js:\d+/); // no stack trace
  });
});
