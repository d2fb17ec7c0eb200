/** Messages of `reform fmt`. */
import { defineMessages, plural, pluralWord } from './catalog.js';

export const fmtMessages = defineMessages({
  'fmt-changed': {
    ja: (p) => `整形しました: ${p.file}`,
    en: (p) => `formatted: ${p.file}`,
  },
  'fmt-would-change': {
    ja: (p) => `整形が必要です: ${p.file}`,
    en: (p) => `would reformat: ${p.file}`,
  },
  'fmt-annotation': {
    ja: () =>
      'このファイルは決まった書き方（reform fmt の形）になっていません。reform fmt を実行してからコミットしてください。',
    en: () => 'This file is not in the canonical form. Run reform fmt and commit the result.',
  },
  'fmt-skipped': {
    ja: (p) =>
      `上の誤りがあるため、${p.count} ファイルは整形していません。メッセージに従って直してから、もう一度実行してください。`,
    en: (p) =>
      `${plural(p.count, 'file')} ${pluralWord(p.count, 'was', 'were')} not formatted because of the errors above. ` +
      `Fix them as the messages say and run again.`,
  },
  'fmt-summary-written': {
    ja: (p) => `${p.files} ファイルのうち ${p.changed} ファイルを整形しました。`,
    en: (p) => `${p.changed} of ${p.files} files formatted.`,
  },
  'fmt-summary-clean': {
    ja: (p) => `${p.files} ファイルとも整形済みです。`,
    en: (p) => `All ${p.files} files are already formatted.`,
  },
  'fmt-summary-check': {
    ja: (p) => `${p.files} ファイルのうち ${p.changed} ファイルが整形されていません。reform fmt で整形できます。`,
    en: (p) => `${p.changed} of ${p.files} files are not formatted. Run reform fmt to format them.`,
  },
  'fmt-refused': {
    ja: (p) =>
      `${p.file} は整形すると内容が変わってしまうため、書き換えていません（reform の不具合です）。詳細: ${p.detail}`,
    en: (p) =>
      `${p.file} was not rewritten: formatting would change its content (a bug in reform). Detail: ${p.detail}`,
  },
  'fmt-unstable': {
    ja: (p) =>
      `${p.file} は整形するたびに結果が変わってしまうため、書き換えていません（reform の不具合です）。詳細: ${p.detail}`,
    en: (p) =>
      `${p.file} was not rewritten: formatting it again would change it again (a bug in reform). Detail: ${p.detail}`,
  },
});
