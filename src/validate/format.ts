/** Output of `reform validate`: text with a code frame, JSON, or GitHub Actions annotations. */
import type { Lang } from '../i18n.js';
import { t } from '../i18n.js';
import type { Diagnostic } from './diagnostic.js';
import type { ValidationStats } from './index.js';
import { escapeJsonText, visible } from '../diagnostics/visible.js';
import '../messages/hostile.js';

export type DiagnosticFormat = 'text' | 'json' | 'github';

/** Parameters as printed: text from the input is made visible (never an ESC sequence, a CR, a bidi control). */
function visibleParams(params: Diagnostic['params']): Diagnostic['params'] {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? visible(v) : v]));
}

export function diagnosticMessage(d: Diagnostic, lang: Lang): string {
  return t(lang, d.code, visibleParams(d.params));
}

const red = (s: string, on: boolean) => (on ? `\x1b[31m${s}\x1b[39m` : s);
const dim = (s: string, on: boolean) => (on ? `\x1b[2m${s}\x1b[22m` : s);
const bold = (s: string, on: boolean) => (on ? `\x1b[1m${s}\x1b[22m` : s);

/** Display width: full-width characters take two columns, so the caret lines up under Japanese text. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

export function codeFrame(text: string, line: number, column: number, color: boolean): string {
  // Line breaks as the YAML parser counts them (LF, CRLF); a lone CR stays in its line and is shown as ␍.
  const lines = text.split(/\r?\n/);
  const from = Math.max(1, line - 1);
  const to = Math.min(lines.length, line + 1);
  const pad = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const mark = n === line ? red('>', color) : ' ';
    const raw = lines[n - 1] ?? '';
    const src = visible(raw.slice(0, 200));
    out.push(`  ${mark} ${dim(String(n).padStart(pad), color)} | ${src}`);
    // The caret sits under the escaped form of the character at the column (␉, <U+200B>…).
    const before = visible(raw.slice(0, Math.max(0, Math.min(column - 1, 200))));
    if (n === line) out.push(`    ${' '.repeat(pad)} | ${' '.repeat(width(before))}${red('^', color)}`);
  }
  return out.join('\n');
}

/** At most this many messages per file in text and annotations: 3,000 unknown keys must not print 21,000 lines. */
export const MAX_MESSAGES_PER_FILE = 50;

/** The first `limit` diagnostics of each file, and how many were left out per file. */
export function capPerFile(diags: readonly Diagnostic[], limit = MAX_MESSAGES_PER_FILE): { shown: Diagnostic[]; hidden: Map<string, number> } {
  const seen = new Map<string, number>();
  const hidden = new Map<string, number>();
  const shown: Diagnostic[] = [];
  for (const d of diags) {
    const n = (seen.get(d.file) ?? 0) + 1;
    seen.set(d.file, n);
    if (n <= limit) shown.push(d);
    else hidden.set(d.file, (hidden.get(d.file) ?? 0) + 1);
  }
  return { shown, hidden };
}

export function formatText(all: readonly Diagnostic[], lang: Lang, sources: ReadonlyMap<string, string>, color: boolean): string {
  const { shown: diags, hidden } = capPerFile(all);
  const blocks = diags.map((d) => {
    const where = `${visible(d.file)}:${d.start.line}:${d.start.column}`;
    const head = `${bold(where, color)}  ${red(d.severity === 'error' ? (lang === 'ja' ? 'エラー' : 'error') : lang === 'ja' ? '警告' : 'warning', color)}`;
    const field = d.field && d.path ? `  ${t(lang, 'field', { field: visible(d.field), path: visible(d.path) })}\n` : '';
    const text = sources.get(d.file);
    const frame = text !== undefined ? `\n${codeFrame(text, d.start.line, d.start.column, color)}` : '';
    return `${head}\n${field}  ${diagnosticMessage(d, lang)}${frame}\n`;
  });
  for (const [file, count] of hidden) blocks.push(`${t(lang, 'messages-capped', { file: visible(file), count, limit: MAX_MESSAGES_PER_FILE })}\n`);
  return blocks.join('\n');
}

export function formatJson(diags: readonly Diagnostic[], lang: Lang, stats: ValidationStats): string {
  return escapeJsonText(
    JSON.stringify(
      {
        ok: stats.errors === 0,
        stats,
        diagnostics: diags.map((d) => ({
          severity: d.severity,
          code: d.code,
          file: d.file,
          line: d.start.line,
          column: d.start.column,
          ...(d.end ? { endLine: d.end.line, endColumn: d.end.column } : {}),
          ...(d.field ? { field: d.field } : {}),
          ...(d.path ? { path: d.path } : {}),
          message: diagnosticMessage(d, lang),
          params: d.params,
        })),
      },
      null,
      2,
    ),
  ) + '\n';
}

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions: escape data and properties;
// control characters are made visible first (the log viewer would interpret ESC sequences).
const escapeData = (s: string) => visible(s, { keepNewlines: true }).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(all: readonly Diagnostic[], lang: Lang): string {
  const { shown, hidden } = capPerFile(all);
  const capped = [...hidden].map(
    ([file, count]) => `::warning file=${escapeProperty(file.split('\\').join('/'))}::${escapeData(t(lang, 'messages-capped', { file, count, limit: MAX_MESSAGES_PER_FILE }))}\n`,
  );
  return shown
    .map((d) => {
      const props = [`file=${escapeProperty(d.file.split('\\').join('/'))}`, `line=${d.start.line}`, `col=${d.start.column}`];
      if (d.end && d.end.line >= d.start.line) props.push(`endLine=${d.end.line}`);
      if (d.field) props.push(`title=${escapeProperty(d.field)}`);
      const message = d.field && d.path ? `${d.field}（${d.path}）: ${diagnosticMessage(d, lang)}` : diagnosticMessage(d, lang);
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(message)}\n`;
    })
    .concat(capped)
    .join('');
}
