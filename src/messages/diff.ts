/** Messages of `reform diff`. */
import { defineMessages, plural } from './catalog.js';

export const diffMessages = defineMessages({
  'diff-unanswered': {
    ja: (p) =>
      `注: ${p.side} は版の記入の途中です（未回答 ${p.count} 件、${p.files} ファイル）。` +
      'まだない年次計画・実績は空として比べています（reform status で確かめられます）。',
    en: (p) =>
      `Note: ${p.side} is in the middle of an edition (${p.count} answers missing in ${p.files} files); ` +
      'they are compared as empty (see reform status).',
  },
  'diff-bad-side': {
    ja: (p) =>
      `「${p.spec}」は、フォルダでも git のリビジョン（ブランチ名、タグ、コミット）でもありません。${p.detail ? `（git: ${p.detail}）` : ''}`,
    en: (p) =>
      `"${p.spec}" is neither a directory nor a git revision (branch, tag or commit)` +
      `.${p.detail ? ` (git: ${p.detail})` : ''}`,
  },
  'diff-dir-outside': {
    ja: (p) => `報告書のフォルダ「${p.dir}」が git リポジトリの外にあります。`,
    en: (p) => `The report directory "${p.dir}" is outside the git repository.`,
  },
  'diff-git-failed': {
    ja: (p) => `git でファイルを読めませんでした: ${p.detail}`,
    en: (p) => `git could not read the files: ${p.detail}`,
  },
  'diff-invalid': {
    ja: (p) => `${p.side} のデータに誤りがあるため、比較できません。上のメッセージに従って直してください。`,
    en: (p) => `The data of ${p.side} has errors, so it cannot be compared. Fix them as the messages above say.`,
  },
  'diff-worktree': {
    ja: (p) => `作業中のファイル（${p.dir}）`,
    en: (p) => `working tree (${p.dir})`,
  },
  'diff-none': {
    ja: (p) => `違いはありません（${p.base} と ${p.head}）。`,
    en: (p) => `No differences (${p.base} and ${p.head}).`,
  },
  'diff-out-unsafe': {
    ja: (p) =>
      `「${p.out}」には書けません。--out には、比べている報告書のフォルダの外の新しいファイル（例: diff.html）を指定してください（フォルダや YAML ファイルは指定できません）。`,
    en: (p) =>
      `Cannot write "${p.out}". Give --out a new file outside the report directories being compared (e.g. diff.html)` +
      `; not a directory or a YAML file.`,
  },
  'diff-added': {
    ja: () => '追加',
    en: () => 'added',
  },
  'diff-removed': {
    ja: () => '削除',
    en: () => 'removed',
  },
  'diff-moved': {
    ja: (p) => `順序 ${p.from}番目 → ${p.to}番目`,
    en: (p) => `moved from position ${p.from} to ${p.to}`,
  },
  'diff-renumbered': {
    ja: (p) => `番号 ${p.from} → ${p.to}`,
    en: (p) => `number ${p.from} → ${p.to}`,
  },
  'diff-initiative': {
    ja: (p) => `番号 ${p.number}「${p.title}」`,
    en: (p) => `No. ${p.number} "${p.title}"`,
  },
  'diff-figures': {
    ja: () => '計算される値の変化（表に印刷される数値）',
    en: () => 'Computed figures that change (as printed in the tables)',
  },
  'diff-figure-lead': {
    ja: () => '前文',
    en: () => 'lead sentence',
  },
  'diff-figure-counts': {
    ja: () => '件数',
    en: () => 'counts',
  },
  'diff-manifest': {
    ja: () => '報告書の設定（report.yaml）',
    en: () => 'report settings (report.yaml)',
  },
  'diff-summary': {
    ja: (p) =>
      `変更のある取組 ${p.changed} 件（変更点 ${p.changes} 件）、` +
      `追加 ${p.added} 件、削除 ${p.removed} 件${p.manifest ? `、報告書の設定の変更 ${p.manifest} 件` : ''}。`,
    en: (p) =>
      `${plural(p.changed, 'initiative')} changed (${plural(p.changes, 'change')}), ${p.added} added, ` +
      `${p.removed} removed` +
      `${p.manifest ? `, ${plural(p.manifest, 'change')} to the report settings` : ''}.`,
  },
  'diff-html-title': {
    ja: (p) => `変更箇所: ${p.base} → ${p.head}`,
    en: (p) => `Changes: ${p.base} → ${p.head}`,
  },
  'diff-html-removed': {
    ja: () => '削除された取組',
    en: () => 'Removed initiatives',
  },
  'diff-html-legend': {
    ja: () =>
      '黄色のセルが変更された箇所、青色のセルはそこから表が計算する値（差額・累計・進捗率・小計・合計など）です。',
    en: () =>
      'Yellow cells have changed; blue cells are the figures the tables compute from them (differences, ' +
      'cumulative totals, rates, subtotals, totals).',
  },
});
