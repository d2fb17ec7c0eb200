/** `reform validate [dir]`: every YAML, schema and cross-file error of a report directory, in one run. */
import { ExitCode } from '../errors.js';
import { loadReport } from '../pipeline/load-report.js';
import { defaultFormat, printDiagnostics } from '../diagnostics/print.js';
import type { DiagnosticFormat } from '../diagnostics/format.js';
import { reportDirOf, type CommandRun } from './spec.js';

export type ValidateCommandOptions = { format?: DiagnosticFormat };

export const run: CommandRun<ValidateCommandOptions> = async (ctx, [dir], opts) => {
  const loaded = await loadReport(reportDirOf(dir, ctx.cwd), { cwd: ctx.cwd });
  printDiagnostics(ctx, loaded, opts.format ?? defaultFormat(ctx));
  return loaded.stats.errors === 0 ? ExitCode.ok : ExitCode.userError;
};
