/** Printing diagnostics in the chosen format, with the one-line summary (validate and build print alike). */
import type { Context } from '../context.js';
import { t } from '../messages/index.js';
import type { Diagnostic, ValidationStats } from './diagnostic.js';
import { formatGithub, formatJson, formatText, type DiagnosticFormat } from './format.js';

/** GitHub annotations under GitHub Actions, text elsewhere. */
export function defaultFormat(ctx: Pick<Context, 'env'>): DiagnosticFormat {
  return ctx.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text';
}

export interface Printable {
  diagnostics: readonly Diagnostic[];
  stats: ValidationStats;
  /** The texts of the files as read (for code frames): nothing is read again from disk. */
  texts: ReadonlyMap<string, string>;
}

/** Diagnostics on standard error (text) or standard output (json, github), then the summary line. */
export function printDiagnostics(ctx: Context, found: Printable, format: DiagnosticFormat): void {
  const { diagnostics, stats } = found;
  if (format === 'json') {
    ctx.stdout.write(formatJson(diagnostics, ctx.lang, stats));
    return;
  }
  if (format === 'github') ctx.stdout.write(formatGithub(diagnostics, ctx.lang));
  else if (diagnostics.length > 0) ctx.stderr.write(formatText(diagnostics, ctx.lang, found.texts, ctx.color) + '\n');
  const summary = t(ctx.lang, 'summary', { ...stats });
  const verdict =
    stats.errors === 0 ? t(ctx.lang, 'summary-ok') : t(ctx.lang, 'summary-errors', { errors: stats.errors });
  ctx.stdout.write(`${summary}: ${verdict}\n`);
}
