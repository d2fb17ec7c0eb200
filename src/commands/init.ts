/**
 * `reform init [dir]`: scaffolds a report project for another office: data/report.yaml (with the
 * department registry), one example initiative, schema/ (copied), editor settings that bind the
 * schemas, .editorconfig, .gitattributes, .gitignore, a CI workflow, a README, reform's own package in
 * vendor/ and a package.json that depends on it by a relative path (`--reform SPEC` writes a registry
 * version or a git URL instead). The result validates and builds as it is, and installs with `npm ci`
 * on any computer. Existing files are never overwritten without --force.
 */
import path from 'node:path';
import { ExitCode } from '../errors.js';
import { t } from '../messages/index.js';
import { packageName, scaffoldFiles, vendoredSpec, writeScaffold, type ScaffoldOptions } from '../init/scaffold.js';
import { packReform } from '../init/pack.js';
import type { CommandRun } from './spec.js';

export type InitCommandOptions = { force?: boolean; reform?: string; example?: string };

export const run: CommandRun<InitCommandOptions> = async (ctx, [dir], opts) => {
  const target = path.resolve(ctx.cwd, dir ?? '.');
  let reform: ScaffoldOptions['reform'];
  let spec: string;
  if (typeof opts.reform === 'string' && opts.reform) {
    reform = { spec: opts.reform };
    spec = opts.reform;
  } else {
    const packed = await packReform();
    reform = { tarball: { fileName: packed.fileName, data: packed.data } };
    spec = vendoredSpec(packed.fileName);
  }
  const example = typeof opts.example === 'string' ? opts.example : undefined;
  const files = await scaffoldFiles({
    reform,
    name: packageName(path.basename(target)),
    ...(example ? { example } : {}),
  });
  const shown = path.relative(ctx.cwd, target) || '.';
  const result = await writeScaffold(target, files, Boolean(opts.force), shown);
  ctx.stdout.write(`${t(ctx.lang, 'init-done', { dir: shown })}\n`);
  for (const f of result.written) ctx.stdout.write(`  ${f}\n`);
  if (result.overwritten.length > 0)
    ctx.stdout.write(`${t(ctx.lang, 'init-overwritten', { files: result.overwritten.join(', ') })}\n`);
  // A file: spec naming a place outside the project works on this computer only.
  const local = spec.startsWith('file:') && !spec.startsWith('file:vendor/') ? 1 : 0;
  const vendored = 'tarball' in reform ? 1 : 0;
  const next = { cd: shown === '.' ? '' : `${shown}/`, spec, local, vendored };
  ctx.stdout.write(`${t(ctx.lang, 'init-next', next)}\n`);
  return ExitCode.ok;
};
