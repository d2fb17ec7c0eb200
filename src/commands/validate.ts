/** `reform validate [dir]`: every YAML, schema and cross-file error of a report directory, in one run. */
import { Option } from 'commander';
import { ExitCode } from '../errors.js';
import { loadReport } from '../pipeline/load-report.js';
import { defaultFormat, printDiagnostics } from '../diagnostics/print.js';
import type { DiagnosticFormat } from '../diagnostics/format.js';
import { defineCommand, DIAGNOSTIC_FORMATS } from './spec.js';

export const validateCommand = defineCommand<{ format?: DiagnosticFormat }>({
  name: 'validate',
  summary: {
    ja: '報告書フォルダの YAML をすべて検査する（書き方、項目、番号、担当課など）',
    en: 'check every YAML file of a report directory (syntax, fields, numbers, divisions…)',
  },
  setup(cmd, lang) {
    const ja = lang === 'ja';
    cmd
      .argument('[dir]', ja ? '報告書のフォルダ' : 'report directory', 'data')
      .addOption(
        new Option(
          '--format <format>',
          ja ? '出力の形式（GitHub Actions では github が既定）' : 'output format (github by default on GitHub Actions)',
        ).choices(DIAGNOSTIC_FORMATS),
      );
  },
  async run(ctx, [dir], opts) {
    const loaded = await loadReport(dir ?? 'data', { cwd: ctx.cwd });
    printDiagnostics(ctx, loaded, opts.format ?? defaultFormat(ctx));
    return loaded.stats.errors === 0 ? ExitCode.ok : ExitCode.userError;
  },
});
