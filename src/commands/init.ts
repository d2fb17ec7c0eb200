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
import { defineCommand } from './spec.js';

export const initCommand = defineCommand<{ force?: boolean; reform?: string }>({
  name: 'init',
  summary: {
    ja: '新しい報告書のフォルダを作る（設定、見本の取組、エディタと CI の設定）',
    en: 'scaffold a new report project (settings, an example initiative, editor and CI settings)',
  },
  setup(cmd, lang) {
    const ja = lang === 'ja';
    cmd
      .argument('[dir]', ja ? '作るフォルダ（省略すると今いるフォルダ）' : 'directory to create (default: the current one)', '.')
      .option('--force', ja ? '既にあるファイルを上書きする' : 'overwrite existing files')
      .option('--reform <spec>', ja ? 'package.json に書く reform の入手先（npm の指定。例: github:組織名/reform）' : 'where package.json installs reform from (an npm spec, e.g. github:ORG/reform)');
  },
  async run(ctx, [dir], opts) {
    const target = path.resolve(ctx.cwd, dir ?? '.');
    const spec = typeof opts.reform === 'string' && opts.reform ? opts.reform : await defaultReformSpec();
    const files = await scaffoldFiles({ reformSpec: spec, name: packageName(path.basename(target)) });
    const shown = path.relative(ctx.cwd, target) || '.';
    const result = await writeScaffold(target, files, Boolean(opts.force), shown);
    ctx.stdout.write(`${t(ctx.lang, 'init-done', { dir: shown })}\n`);
    for (const f of result.written) ctx.stdout.write(`  ${f}\n`);
    if (result.overwritten.length > 0) ctx.stdout.write(`${t(ctx.lang, 'init-overwritten', { files: result.overwritten.join(', ') })}\n`);
    ctx.stdout.write(`${t(ctx.lang, 'init-next', { cd: shown === '.' ? '' : `${shown}/`, spec, local: spec.startsWith('file:') ? 1 : 0 })}\n`);
    return ExitCode.ok;
  },
});
