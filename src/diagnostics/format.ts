/** Diagnostics as text with a code frame, JSON, or GitHub Actions annotations. */
import { eastAsianWidth } from 'get-east-asian-width';
import { t, type Lang } from '../messages/index.js';
import type { Diagnostic, ValidationStats } from './diagnostic.js';
import { escapeJsonText, visible } from './visible.js';

export type DiagnosticFormat = 'text' | 'json' | 'github';

/** Parameters as printed: text from the input is made visible (never an ESC sequence, a CR, a bidi control). */
function visibleParams(params: Diagnostic['params']): Diagnostic['params'] {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? visible(v) : v]));
}

export function diagnosticMessage(d: Diagnostic, lang: Lang): string {
  const params = visibleParams(d.params);
  return d.message ? d.message[lang]({ detail: '', ...params }) : t(lang, d.code, params);
}

const red = (s: string, on: boolean) => (on ? `\x1b[31m${s}\x1b[39m` : s);
const dim = (s: string, on: boolean) => (on ? `\x1b[2m${s}\x1b[22m` : s);
const bold = (s: string, on: boolean) => (on ? `\x1b[1m${s}\x1b[22m` : s);

/**
 * Display width (get-east-asian-width): full-width characters take two columns, so the caret lines up under
 * Japanese text.
 */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += eastAsianWidth(ch.codePointAt(0)!);
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
export function capPerFile(
  diags: readonly Diagnostic[],
  limit = MAX_MESSAGES_PER_FILE,
): { shown: Diagnostic[]; hidden: Map<string, number> } {
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

export function formatText(
  all: readonly Diagnostic[],
  lang: Lang,
  sources: ReadonlyMap<string, string>,
  color: boolean,
): string {
  const { shown: diags, hidden } = capPerFile(all);
  const blocks = diags.map((d) => {
    const where = `${visible(d.file)}:${d.start.line}:${d.start.column}`;
    const severity = d.severity === 'error' ? (lang === 'ja' ? 'エラー' : 'error') : lang === 'ja' ? '警告' : 'warning';
    const head = `${bold(where, color)}  ${red(severity, color)}`;
    const fieldParams = { field: visible(d.field ?? ''), path: visible(d.path ?? '') };
    const field = d.field && d.path ? `  ${t(lang, 'field', fieldParams)}\n` : '';
    const text = sources.get(d.file);
    const frame = text !== undefined ? `\n${codeFrame(text, d.start.line, d.start.column, color)}` : '';
    return `${head}\n${field}  ${diagnosticMessage(d, lang)}${frame}\n`;
  });
  for (const [file, count] of hidden) {
    blocks.push(`${t(lang, 'messages-capped', { file: visible(file), count, limit: MAX_MESSAGES_PER_FILE })}\n`);
  }
  return blocks.join('\n');
}

export function formatJson(diags: readonly Diagnostic[], lang: Lang, stats: ValidationStats): string {
  return (
    escapeJsonText(
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
    ) + '\n'
  );
}

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions: escape data and properties;
// control characters are made visible first (the log viewer would interpret ESC sequences).
export const escapeGithubData = (s: string) =>
  visible(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
export const escapeGithubProperty = (s: string) => escapeGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One GitHub Actions annotation (`::error file=…,line=…::message`), escaped. */
export function githubAnnotation(
  severity: 'error' | 'warning',
  props: { file: string; line: number; col?: number; endLine?: number; title?: string },
  message: string,
): string {
  const list = [`file=${escapeGithubProperty(props.file.split('\\').join('/'))}`, `line=${props.line}`];
  if (props.col !== undefined) list.push(`col=${props.col}`);
  if (props.endLine !== undefined) list.push(`endLine=${props.endLine}`);
  if (props.title !== undefined) list.push(`title=${escapeGithubProperty(props.title)}`);
  return `::${severity} ${list.join(',')}::${escapeGithubData(message)}\n`;
}

export function formatGithub(all: readonly Diagnostic[], lang: Lang): string {
  const { shown, hidden } = capPerFile(all);
  const capped = [...hidden].map(([file, count]) => {
    const message = t(lang, 'messages-capped', { file, count, limit: MAX_MESSAGES_PER_FILE });
    return githubAnnotation('warning', { file, line: 1 }, message);
  });
  return shown
    .map((d) => {
      const endLine = d.end && d.end.line >= d.start.line ? d.end.line : undefined;
      const props = { file: d.file, line: d.start.line, col: d.start.column, endLine, title: d.field };
      const message =
        d.field && d.path ? `${d.field}（${d.path}）: ${diagnosticMessage(d, lang)}` : diagnosticMessage(d, lang);
      return githubAnnotation(d.severity, props, message);
    })
    .concat(capped)
    .join('');
}
