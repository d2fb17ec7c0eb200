/**
 * The report is found as git finds its repository (issue 21): data/ in the current folder or a folder above,
 * else the current folder when it holds report.yaml; otherwise the message says where it looked and what to pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { copySample, runCli, tempDir } from './helpers.js';
import { findReportDir } from '../src/load/find-report.js';

let tmp: { dir: string; cleanup: () => Promise<void> };
let project: string;
beforeAll(async () => {
  tmp = await tempDir('reform-find-');
  project = path.join(tmp.dir, 'project');
  await mkdir(project);
  await copySample(project);
});
afterAll(() => tmp?.cleanup());

describe('finding the report', () => {
  it('uses a folder named on the command line as it is', () => {
    expect(findReportDir('elsewhere', project)).toBe('elsewhere');
  });

  it('finds data/ here, from inside it and from a folder below it', () => {
    expect(findReportDir(undefined, project)).toBe('data');
    expect(path.resolve(project, 'data', findReportDir(undefined, path.join(project, 'data')))).toBe(
      path.join(project, 'data'),
    );
    const deep = path.join(project, 'data', 'initiatives');
    expect(path.resolve(deep, findReportDir(undefined, deep))).toBe(path.join(project, 'data'));
  });

  it('validates from inside data/ and from a folder of the project below data/', async () => {
    for (const cwd of [path.join(project, 'data'), path.join(project, 'data', 'initiatives')]) {
      const r = await runCli(['validate'], { cwd });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/エラー 0 件/);
    }
  });

  it('from the parent of a project, says where it looked and what to pass', async () => {
    const r = await runCli(['build'], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`「${tmp.dir}」とその上のフォルダに data/report.yaml がなく`);
    expect(r.stderr).toContain(`reform build ${path.join('project', 'data')}`);
    const en = await runCli(['--lang', 'en', 'validate'], { cwd: tmp.dir });
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/No report found: there is no data\/report\.yaml in ".*" or any folder above it/);
    expect(en.stderr).not.toMatch(/at \w+ \(/); // no stack trace
  });

  it('from a folder with no report anywhere, says what to pass', async () => {
    const empty = path.join(tmp.dir, 'empty');
    await mkdir(empty);
    const r = await runCli(['--lang', 'en', 'validate'], { cwd: empty });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Name the report directory (e.g. reform build data)');
  });
});
