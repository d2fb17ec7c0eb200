/** Messages about the declared tables (manifest `tables`) and their fields: Japanese and English side by side. */
import { defineMessages, type Params } from './catalog.js';

const maybeJa = (p: Params) => (p.suggestion ? `もしかして「${p.suggestion}」ですか？` : '');
const maybeEn = (p: Params) => (p.suggestion ? ` Did you mean "${p.suggestion}"?` : '');

export const formatsMessages = defineMessages({
  'fmt-unknown-ref': {
    ja: (p) => `「${p.value}」は report.yaml の ${p.where} にありません。書けるもの: ${p.allowed}。${maybeJa(p)}`,
    en: (p) => `"${p.value}" is not among report.yaml's ${p.where}. Allowed: ${p.allowed}.${maybeEn(p)}`,
  },
  'fmt-unknown-rating': {
    ja: (p) => `評価「${p.value}」は尺度「${p.scale}」の段階にありません。書ける記号: ${p.allowed}。${maybeJa(p)}`,
    en: (p) => `Rating "${p.value}" is not a level of the scale "${p.scale}". Allowed: ${p.allowed}.${maybeEn(p)}`,
  },
  'fmt-computed-mismatch': {
    ja: (p) =>
      `${p.label}に ${p.given} と書かれていますが、計算すると ${p.computed} です（${p.how}）。` +
      `計算される値なので書かなくてかまいません。書くなら ${p.computed} にしてください。`,
    en: (p) =>
      `${p.label} is written as ${p.given}, but it computes to ${p.computed} (${p.how}). It is computed, so you may ` +
      `leave it out; if you write it, write ${p.computed}.`,
  },
  'fmt-given-mismatch': {
    ja: (p) =>
      `公表値の${p.label} ${p.given} は、${p.from}から${p.to}までの実績値の合計 ${p.computed} と合いません。` +
      `どちらかを直してください。`,
    en: (p) =>
      `The published ${p.label} ${p.given} does not match the sum of the actuals from ${p.from} to ${p.to}, ` +
      `${p.computed}. Correct one of them.`,
  },
  'fmt-given-needs': {
    ja: () =>
      '累計は公表値（given: true）としていますが、累計（cumulative）が書かれていません。公表した累計を書いてください。',
    en: () =>
      'given: true declares the cumulative total as published, but cumulative is missing. Write the published total.',
  },
  'fmt-division-needed': {
    ja: (p) =>
      `担当課（division）がありません。表「${p.table}」に担当課の列があるので、書いてください（例: 総務部/人事課）。`,
    en: (p) => `The division (担当課) is missing. The table "${p.table}" prints it: add division (e.g. 総務部/人事課).`,
  },
  'fmt-lead-unknown': {
    ja: (p) =>
      `前文の ${p.place} は表の列の記号（id）を指していません。{total.列の記号} または ` +
      `{subtotal.区分の記号.列の記号} と書いてください。記号のある列: ${p.allowed}。`,
    en: (p) =>
      `${p.place} in the lead sentence names no column id of the table. Write {total.<column id>} or ` +
      `{subtotal.<group id>.<column id>}. Columns with an id: ${p.allowed}.`,
  },
  'fmt-column-needs': {
    ja: (p) => `列「${p.heading}」（${p.kind}）には ${p.key} を書いてください。`,
    en: (p) => `Column "${p.heading}" (${p.kind}) needs ${p.key}.`,
  },
  'fmt-column-rows': {
    ja: (p) =>
      `列「${p.heading}」（${p.kind}）は、行の単位（rows）が ${p.rows} の表では使えません。${p.need} の表で使ってください。`,
    en: (p) =>
      `Column "${p.heading}" (${p.kind}) cannot be used in a table whose rows are ${p.rows}; use it in a table ` +
      `of ${p.need}.`,
  },
  'fmt-group-category': {
    ja: () => 'まとめ方 category（区分ごと）は、行の単位（rows）が effects の表でだけ使えます。',
    en: () => 'groupBy: category is only for tables whose rows are effects.',
  },
  'fmt-year-outside': {
    ja: (p) => `${p.label}の年度 ${p.year}（${p.yearLabel}）は計画期間（${p.from}～${p.to}年度）の外です。`,
    en: (p) => `The year ${p.year} of ${p.label} (${p.yearLabel}) is outside the plan period (${p.from}–${p.to}).`,
  },
  'fmt-part-range': {
    ja: (p) => `期 ${p.value} は工程の刻み（${p.resolution}）にありません。1～${p.max} で書いてください。`,
    en: (p) => `Part ${p.value} does not exist at the schedule's resolution (${p.resolution}); write 1–${p.max}.`,
  },
});
