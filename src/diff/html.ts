/**
 * `reform diff --format html`: a list of the changes (and of the removed initiatives, which the head's
 * tables no longer show), then the head's tables as they will be printed (the one table decision: the
 * declared tables, or the seed's 別表1・別表2), the edited cells and the figures computed from them marked
 * (compare.ts `tables`). The page is templates/diff.hbs, rendered by render/diff-page.ts with the fonts
 * embedded: no HTML is built by hand here, every text is escaped there.
 */
import { t, type Lang } from '../messages/index.js';
import type { Report } from '../model/report.js';
import { renderDiffPage, type DiffChangeView } from '../render/diff-page.js';
import type { Change, ReportDiff } from './compare.js';
import { figureWhere, headerOf, show, sideLabel, summarizeDiff } from './format.js';
import type { SideInfo } from './sides.js';
import type { Op } from './text.js';

/** A change as parts for templates/partials/diff-change.hbs (the template escapes every text). */
function changeView(c: Change, lang: Lang): DiffChangeView {
  const where = c.where.join(' › ');
  const tag =
    c.kind === 'added' ? `（${t(lang, 'diff-added')}）` : c.kind === 'removed' ? `（${t(lang, 'diff-removed')}）` : '';
  type Part = DiffChangeView['parts'][number];
  const inline = (ops: Op[]): Part[] =>
    ops.map((o) => ({ kind: o.op === 'equal' ? 'text' : o.op === 'delete' ? 'del' : 'ins', text: o.text }));
  const s = show(c);
  switch (s.kind) {
    case 'moved':
      return {
        where,
        tag: '',
        parts: [{ kind: 'text', text: `: ${t(lang, 'diff-moved', { from: s.from, to: s.to })}` }],
      };
    case 'value':
      return {
        where,
        tag,
        parts: [
          { kind: 'text', text: ': ' },
          { kind: s.sign === '+' ? 'ins' : 'del', text: s.value },
        ],
      };
    case 'replace':
      return {
        where,
        tag: '',
        parts: [
          { kind: 'text', text: ': ' },
          { kind: 'del', text: s.before },
          { kind: 'text', text: ' → ' },
          { kind: 'ins', text: s.after },
        ],
      };
    case 'inline':
      return { where, tag: '', parts: [{ kind: 'text', text: ': ' }, ...inline(s.ops)] };
    case 'lines':
      return {
        where,
        tag,
        parts: s.lines.flatMap((l): Part[] => [
          { kind: 'br' },
          ...(l.kind === 'changed'
            ? inline(l.ops!)
            : [
                {
                  kind: l.kind === 'added' ? 'ins' : 'del',
                  text: (l.kind === 'added' ? l.after : l.before) ?? '',
                } as Part,
              ]),
        ]),
      };
  }
}

export async function formatDiffHtml(
  diff: ReportDiff,
  _base: Report,
  head: Report,
  baseInfo: SideInfo,
  headInfo: SideInfo,
  lang: Lang,
): Promise<string> {
  const sides = { base: sideLabel(baseInfo, lang), head: sideLabel(headInfo, lang) };
  const summary = diff.identical
    ? t(lang, 'diff-none', sides)
    : `${t(lang, 'diff-summary', { ...summarizeDiff(diff) })} ${t(lang, 'diff-html-legend')}`;
  return renderDiffPage(
    head,
    {
      title: t(lang, 'diff-html-title', sides),
      summary,
      manifestTitle: t(lang, 'diff-manifest'),
      manifest: diff.identical ? [] : diff.manifest.map((c) => changeView(c, lang)),
      initiatives: diff.identical
        ? []
        : diff.initiatives.map((d) => ({
            header: headerOf(d, lang),
            file: d.file,
            changes: d.changes.map((c) => changeView(c, lang)),
          })),
      figuresTitle: t(lang, 'diff-figures'),
      figures: diff.identical
        ? []
        : diff.figures.map((f) => ({
            where: figureWhere(f, lang),
            before: f.before,
            after: f.after,
          })),
    },
    { tables: diff.tables },
  );
}
