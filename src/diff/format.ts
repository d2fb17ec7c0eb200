/**
 * Output of `reform diff`: text (coloured on a terminal), markdown (a pull-request comment or
 * $GITHUB_STEP_SUMMARY: <del>/<ins> for inline changes, which GitHub renders) and json.
 */
import { t, type Lang } from '../messages/index.js';
import type { Change, InitiativeDiff, ReportDiff } from './compare.js';
import type { FigureChange } from './figures.js';
import type { SideInfo } from './sides.js';
import { inlineDiff, lineDiff, similarity, type LineChange, type Op } from './text.js';

export type DiffFormat = 'text' | 'markdown' | 'json' | 'html';

/** Where a computed figure is: 別表1 › 合計 › 効果実績額(B); the lead sentence and the counts in the user's language. */
export function figureWhere(f: FigureChange, lang: Lang): string {
  const row =
    f.what === 'lead' ? t(lang, 'diff-figure-lead') : f.what === 'counts' ? t(lang, 'diff-figure-counts') : f.row;
  return [f.table, row, f.column].filter(Boolean).join(' › ');
}

export function sideLabel(side: SideInfo, lang: Lang): string {
  if (side.kind === 'git') return `${side.spec} (${side.commit?.slice(0, 7)})`;
  if (side.kind === 'worktree') return t(lang, 'diff-worktree', { dir: side.dir });
  return side.dir;
}

/** How a change's values are shown. */
export type Shown =
  | { kind: 'lines'; lines: LineChange[] }
  | { kind: 'inline'; ops: Op[] }
  | { kind: 'replace'; before: string; after: string }
  | { kind: 'value'; value: string; sign: '+' | '-' }
  | { kind: 'moved'; from: number; to: number };

export function show(c: Change): Shown {
  if (c.kind === 'moved') return { kind: 'moved', from: c.from!, to: c.to! };
  const str = (v: unknown) => (v === undefined ? '' : String(v));
  if (c.kind === 'added' || c.kind === 'removed') {
    const v = str(c.kind === 'added' ? c.after : c.before);
    const sign = c.kind === 'added' ? '+' : '-';
    if (v.includes('\n')) {
      const lines = v.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
      return {
        kind: 'lines',
        lines: lines.map(
          (l, i): LineChange =>
            c.kind === 'added'
              ? { kind: 'added', after: l, afterLine: i + 1 }
              : { kind: 'removed', before: l, beforeLine: i + 1 },
        ),
      };
    }
    return { kind: 'value', value: v, sign };
  }
  const before = str(c.before);
  const after = str(c.after);
  if (before.includes('\n') || after.includes('\n')) return { kind: 'lines', lines: lineDiff(before, after) };
  // Codes and references (区分 A, 担当課 総務部/人事課) read better whole; texts (具体的取組, 取組項目, 工程) as an inline diff.
  const isRef = (v: string) => /^[^/\s]+\/[^/\s]+$/.test(v);
  const wordy = Math.max([...before].length, [...after].length) > 4 && !(isRef(before) && isRef(after));
  if (typeof c.before === 'string' && typeof c.after === 'string' && wordy && similarity(before, after) >= 0.3) {
    return { kind: 'inline', ops: inlineDiff(before, after) };
  }
  return { kind: 'replace', before, after };
}

export interface DiffSummary {
  changed: number;
  added: number;
  removed: number;
  changes: number;
  manifest: number;
}

export function summarizeDiff(diff: ReportDiff): DiffSummary {
  return {
    changed: diff.initiatives.filter((d) => d.status === 'changed').length,
    added: diff.initiatives.filter((d) => d.status === 'added').length,
    removed: diff.initiatives.filter((d) => d.status === 'removed').length,
    changes: diff.initiatives.filter((d) => d.status === 'changed').reduce((n, d) => n + d.changes.length, 0),
    manifest: diff.manifest.length,
  };
}

export const headerOf = (d: InitiativeDiff, lang: Lang): string => {
  const base = t(lang, 'diff-initiative', { number: d.number, title: d.title });
  if (d.status === 'added') return `${base}（${t(lang, 'diff-added')}）`;
  if (d.status === 'removed') return `${base}（${t(lang, 'diff-removed')}）`;
  if (d.baseNumber !== undefined)
    return `${base}（${t(lang, 'diff-renumbered', { from: d.baseNumber, to: d.number })}）`;
  return base;
};

// ---------------------------------------------------------------- text

const sgr = (on: boolean, open: string, close: string) => (s: string) =>
  on && s ? `\x1b[${open}m${s}\x1b[${close}m` : s;

export function formatDiffText(diff: ReportDiff, base: SideInfo, head: SideInfo, lang: Lang, color: boolean): string {
  const bold = sgr(color, '1', '22');
  const dim = sgr(color, '2', '22');
  const red = sgr(color, '31', '39');
  const green = sgr(color, '32', '39');
  const del = (s: string) => (color ? `\x1b[31;9m${s}\x1b[29;39m` : `[-${s}-]`);
  const ins = (s: string) => (color ? `\x1b[32;4m${s}\x1b[24;39m` : `{+${s}+}`);
  const inline = (ops: Op[]) =>
    ops.map((o) => (o.op === 'equal' ? o.text : o.op === 'delete' ? del(o.text) : ins(o.text))).join('');
  const b = sideLabel(base, lang);
  const h = sideLabel(head, lang);
  if (diff.identical) return `${t(lang, 'diff-none', { base: b, head: h })}\n`;

  const out: string[] = [bold(`reform diff: ${b} → ${h}`)];
  const changeLines = (c: Change): string[] => {
    const where = c.where.join(' › ');
    const s = show(c);
    const tag = kindTag(c, lang);
    switch (s.kind) {
      case 'moved':
        return [`  ${where}: ${t(lang, 'diff-moved', { from: s.from, to: s.to })}`];
      case 'value':
        return [`  ${where}${tag}: ${s.sign === '+' ? green(s.value) : red(s.value)}`];
      case 'replace':
        return [`  ${where}: ${red(s.before)} → ${green(s.after)}`];
      case 'inline':
        return [`  ${where}: ${inline(s.ops)}`];
      case 'lines':
        return [
          `  ${where}${tag}`,
          ...s.lines.map((l) =>
            l.kind === 'changed'
              ? `    ~ ${inline(l.ops!)}`
              : l.kind === 'added'
                ? green(`    + ${l.after}`)
                : red(`    - ${l.before}`),
          ),
        ];
    }
  };
  if (diff.manifest.length > 0) {
    out.push('', bold(t(lang, 'diff-manifest')));
    for (const c of diff.manifest) out.push(...changeLines(c));
  }
  for (const d of diff.initiatives) {
    out.push('', `${bold(headerOf(d, lang))}  ${dim(d.file)}`);
    for (const c of d.changes) out.push(...changeLines(c));
  }
  if (diff.figures.length > 0) {
    out.push('', bold(t(lang, 'diff-figures')));
    for (const f of diff.figures) out.push(`  ${figureWhere(f, lang)}: ${red(f.before)} → ${green(f.after)}`);
  }
  out.push('', t(lang, 'diff-summary', { ...summarizeDiff(diff) }));
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- markdown

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Text safe inside a markdown list item: HTML escaped, markdown punctuation escaped, leading spaces kept. */
function md(s: string): string {
  const escaped = escapeHtml(s).replace(/([\\`*_[\]{}|~#!])/g, '\\$1');
  return escaped.replace(/^( +)/, (m) => '&nbsp;'.repeat(m.length)).replace(/^\u3000/, '\u3000');
}

export function formatDiffMarkdown(diff: ReportDiff, base: SideInfo, head: SideInfo, lang: Lang): string {
  const b = sideLabel(base, lang);
  const h = sideLabel(head, lang);
  if (diff.identical) return `### reform diff\n\n${md(t(lang, 'diff-none', { base: b, head: h }))}\n`;
  const inline = (ops: Op[]) =>
    ops
      .map((o) =>
        o.op === 'equal' ? md(o.text) : o.op === 'delete' ? `<del>${md(o.text)}</del>` : `<ins>${md(o.text)}</ins>`,
      )
      .join('');
  const item = (c: Change): string => {
    const where = `**${md(c.where.join(' › '))}**`;
    const s = show(c);
    const tag = kindTag(c, lang);
    switch (s.kind) {
      case 'moved':
        return `- ${where}: ${md(t(lang, 'diff-moved', { from: s.from, to: s.to }))}`;
      case 'value':
        return `- ${where}${tag}: ${s.sign === '+' ? `<ins>${md(s.value)}</ins>` : `<del>${md(s.value)}</del>`}`;
      case 'replace':
        return `- ${where}: <del>${md(s.before)}</del> → <ins>${md(s.after)}</ins>`;
      case 'inline':
        return `- ${where}: ${inline(s.ops)}`;
      case 'lines':
        return `- ${where}${tag}<br>${s.lines
          .map((l) =>
            l.kind === 'changed'
              ? inline(l.ops!)
              : l.kind === 'added'
                ? `<ins>${md(l.after ?? '')}</ins>`
                : `<del>${md(l.before ?? '')}</del>`,
          )
          .join('<br>')}`;
    }
  };
  const out: string[] = [
    `### reform diff: ${md(b)} → ${md(h)}`,
    '',
    md(t(lang, 'diff-summary', { ...summarizeDiff(diff) })),
  ];
  if (diff.manifest.length > 0) {
    out.push('', `#### ${md(t(lang, 'diff-manifest'))}`, '');
    for (const c of diff.manifest) out.push(item(c));
  }
  for (const d of diff.initiatives) {
    out.push('', `#### ${md(headerOf(d, lang))}`, '', `\`${d.file.replace(/`/g, "'")}\``);
    if (d.changes.length > 0) out.push('');
    for (const c of d.changes) out.push(item(c));
  }
  if (diff.figures.length > 0) {
    out.push('', `#### ${md(t(lang, 'diff-figures'))}`, '');
    for (const f of diff.figures)
      out.push(`- ${md(figureWhere(f, lang))}: <del>${md(f.before)}</del> → <ins>${md(f.after)}</ins>`);
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- json

export function formatDiffJson(diff: ReportDiff, base: SideInfo, head: SideInfo, lang: Lang): string {
  const side = (s: SideInfo) => ({
    kind: s.kind,
    ...(s.kind === 'worktree' ? {} : { spec: s.spec }),
    ...(s.commit ? { commit: s.commit } : {}),
    dir: s.dir,
    label: sideLabel(s, lang),
  });
  const change = (c: Change) => {
    const s = show(c);
    return {
      kind: c.kind,
      field: c.where.join(' › '),
      where: c.where,
      path: c.path,
      ...(c.before !== undefined ? { before: c.before } : {}),
      ...(c.after !== undefined ? { after: c.after } : {}),
      ...(c.from !== undefined ? { from: c.from, to: c.to } : {}),
      ...(s.kind === 'lines' ? { lines: s.lines } : s.kind === 'inline' ? { inline: s.ops } : {}),
      cells: c.cells,
    };
  };
  return (
    JSON.stringify(
      {
        base: side(base),
        head: side(head),
        identical: diff.identical,
        summary: summarizeDiff(diff),
        manifest: diff.manifest.map(change),
        initiatives: diff.initiatives.map((d) => ({
          status: d.status,
          number: d.number,
          ...(d.baseNumber !== undefined ? { baseNumber: d.baseNumber } : {}),
          title: d.title,
          file: d.file,
          changes: d.changes.map(change),
        })),
        figures: diff.figures,
      },
      null,
      2,
    ) + '\n'
  );
}

/** （追加）/（削除） after an added or removed entry, in the user's language; nothing for a change. */
function kindTag(c: Change, lang: Lang): string {
  if (c.kind === 'added') return `（${t(lang, 'diff-added')}）`;
  if (c.kind === 'removed') return `（${t(lang, 'diff-removed')}）`;
  return '';
}
