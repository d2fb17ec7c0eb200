/**
 * `reform diff --format html`: the head's two tables (別表1, 別表2) as they will be printed, with
 * the changed cells highlighted (renderHtmlPages' `highlight`), after a list of the changes and of
 * the removed initiatives (which the head's tables no longer show). One self-contained file: the
 * stylesheet is inlined, links to other pages are dropped, scripts are forbidden by the CSP.
 */
import { t, type Lang } from '../messages/index.js';
import type { Report } from '../model/report.js';
import { readStylesheet, renderHtmlPages } from '../render/html.js';
import { changedCells, type Change, type ReportDiff } from './compare.js';
import { headerOf, show, sideLabel, summarizeDiff } from './format.js';
import type { SideInfo } from './sides.js';
import type { Op } from './text.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function changeHtml(c: Change, lang: Lang): string {
  const inline = (ops: Op[]) => ops.map((o) => (o.op === 'equal' ? esc(o.text) : o.op === 'delete' ? `<del>${esc(o.text)}</del>` : `<ins>${esc(o.text)}</ins>`)).join('');
  const where = `<b>${esc(c.where.join(' › '))}</b>`;
  const tag = c.kind === 'added' ? `（${esc(t(lang, 'diff-added'))}）` : c.kind === 'removed' ? `（${esc(t(lang, 'diff-removed'))}）` : '';
  const s = show(c);
  switch (s.kind) {
    case 'moved':
      return `<li>${where}: ${esc(t(lang, 'diff-moved', { from: s.from, to: s.to }))}</li>`;
    case 'value':
      return `<li>${where}${tag}: ${s.sign === '+' ? `<ins>${esc(s.value)}</ins>` : `<del>${esc(s.value)}</del>`}</li>`;
    case 'replace':
      return `<li>${where}: <del>${esc(s.before)}</del> → <ins>${esc(s.after)}</ins></li>`;
    case 'inline':
      return `<li>${where}: ${inline(s.ops)}</li>`;
    case 'lines':
      return `<li>${where}${tag}<br>${s.lines
        .map((l) => (l.kind === 'changed' ? inline(l.ops!) : l.kind === 'added' ? `<ins>${esc(l.after ?? '')}</ins>` : `<del>${esc(l.before ?? '')}</del>`))
        .join('<br>')}</li>`;
  }
}

const bodyOf = (html: string) => (/<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html).replace(/<nav class="links[^"]*"[\s\S]*?<\/nav>/i, '');

const DIFF_CSS = `
.diff-summary { font-size: 10.5pt; margin: 0 0 2em; }
.diff-summary ul { margin: .3em 0 1em; padding-left: 1.5em; }
.diff-summary ins { background: #d7f5dd; text-decoration: none; }
.diff-summary del { background: #fbd9d9; }
.diff-summary h2 { font-size: 12pt; margin: 1.2em 0 .2em; }
.diff-page { break-before: page; margin-top: 2em; }
@media print { .diff-summary { display: none; } .diff-page { margin-top: 0; } }
`;

export async function formatDiffHtml(diff: ReportDiff, _base: Report, head: Report, baseInfo: SideInfo, headInfo: SideInfo, lang: Lang): Promise<string> {
  const pages = renderHtmlPages(head, { highlight: changedCells(diff), outputs: { pdf: false } });
  const title = t(lang, 'diff-html-title', { base: sideLabel(baseInfo, lang), head: sideLabel(headInfo, lang) });
  const summary: string[] = [`<h1>${esc(title)}</h1>`];
  if (diff.identical) {
    summary.push(`<p>${esc(t(lang, 'diff-none', { base: sideLabel(baseInfo, lang), head: sideLabel(headInfo, lang) }))}</p>`);
  } else {
    summary.push(`<p>${esc(t(lang, 'diff-summary', { ...summarizeDiff(diff) }))} ${esc(t(lang, 'diff-html-legend'))}</p>`);
    if (diff.manifest.length > 0) summary.push(`<h2>${esc(t(lang, 'diff-manifest'))}</h2><ul>${diff.manifest.map((c) => changeHtml(c, lang)).join('')}</ul>`);
    for (const d of diff.initiatives) {
      summary.push(`<h2>${esc(headerOf(d, lang))} <small>${esc(d.file)}</small></h2>`);
      if (d.changes.length > 0) summary.push(`<ul>${d.changes.map((c) => changeHtml(c, lang)).join('')}</ul>`);
    }
  }
  const tables = pages.filter((p) => p.name !== 'index.html').map((p) => `<section class="diff-page">${bodyOf(p.data)}</section>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="ja">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">`,
    `<title>${esc(title)}</title>`,
    `<style>${readStylesheet().replace(/<\/style/gi, '<\\/style')}${DIFF_CSS}</style>`,
    '</head>',
    '<body>',
    `<section class="diff-summary">${summary.join('\n')}</section>`,
    ...tables,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
