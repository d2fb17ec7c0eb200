/**
 * `reform init [dir]`: scaffolds a report project for another office: data/report.yaml (with the
 * department registry), one example initiative, schema/ (copied), editor settings that bind the
 * schemas, .editorconfig, .gitattributes, .gitignore, a CI workflow, a README and a package.json.
 * The result validates and builds as it is. Existing files are never overwritten without --force.
 */
import path from 'node:path';
import { ExitCode } from '../errors.js';
import { t } from '../messages/index.js';
import { defaultReformSpec, packageName, scaffoldFiles, writeScaffold } from '../init/scaffold.js';
import type { CommandRun } from './spec.js';

export type InitCommandOptions = { force?: boolean; reform?: string; example?: string };

export const run: CommandRun<InitCommandOptions> = async (ctx, [dir], opts) => {
  const target = path.resolve(ctx.cwd, dir ?? '.');
  const spec = typeof opts.reform === 'string' && opts.reform ? opts.reform : await defaultReformSpec();
  const example = typeof opts.example === 'string' ? opts.example : undefined;
  const files = await scaffoldFiles({
    reformSpec: spec,
    name: packageName(path.basename(target)),
    ...(example ? { example } : {}),
  });
  const shown = path.relative(ctx.cwd, target) || '.';
  const result = await writeScaffold(target, files, Boolean(opts.force), shown);
  ctx.stdout.write(`${t(ctx.lang, 'init-done', { dir: shown })}\n`);
  for (const f of result.written) ctx.stdout.write(`  ${f}\n`);
  if (result.overwritten.length > 0)
    ctx.stdout.write(`${t(ctx.lang, 'init-overwritten', { files: result.overwritten.join(', ') })}\n`);
  const next = { cd: shown === '.' ? '' : `${shown}/`, spec, local: spec.startsWith('file:') ? 1 : 0 };
  ctx.stdout.write(`${t(ctx.lang, 'init-next', next)}\n`);
  return ExitCode.ok;
};
