/** Messages of `reform preview`, for office staff: where to look, what changed, what is wrong. */
import { defineMessages, pluralWord } from './catalog.js';

export const previewMessages = defineMessages({
  'preview-listening': {
    ja: (p) =>
      `プレビューを表示しています: ${p.url}\nブラウザでこのアドレスを開いてください。YAML を保存すると表示が自動で更新されます。終えるには Ctrl+C を押してください。`,
    en: (p) =>
      `Preview at ${p.url}\nOpen this address in your browser. Saving a YAML file updates the page. ` +
      'Press Ctrl+C to stop.',
  },
  'preview-updated': {
    ja: (p) => `更新しました（${p.s} 秒）: ${p.pages}`,
    en: (p) => `Updated (${p.s} s): ${p.pages}`,
  },
  'preview-unchanged': {
    ja: (p) => `組版し直しました（${p.s} 秒）。表の内容は変わっていません。`,
    en: (p) => `Rebuilt (${p.s} s); the tables did not change.`,
  },
  'preview-invalid': {
    ja: (p) =>
      `報告書にエラーが ${p.errors} 件あります。直すまで、ブラウザには最後に正しく組版できた表を表示しています。`,
    en: (p) =>
      `The report has ${p.errors} ${pluralWord(p.errors, 'error')}. ` +
      'Until they are fixed, the browser shows the last tables that were built.',
  },
  'preview-invalid-first': {
    ja: (p) => `報告書にエラーが ${p.errors} 件あります。直すと表が表示されます。`,
    en: (p) =>
      `The report has ${p.errors} ${pluralWord(p.errors, 'error')}. ` +
      `Fix ${pluralWord(p.errors, 'it', 'them')} to see the tables.`,
  },
  'preview-stopped': {
    ja: () => 'プレビューを終了しました。',
    en: () => 'Preview stopped.',
  },
  'preview-open-failed': {
    ja: (p) => `ブラウザを自動で開けませんでした（${p.detail}）。アドレスを手で開いてください。`,
    en: (p) => `Could not open the browser (${p.detail}). Open the address yourself.`,
  },
  'preview-port-in-use': {
    ja: (p) =>
      `ポート ${p.port} はほかのプログラムが使っています。--port で別の番号を指定するか、--port を付けずに実行してください。`,
    en: (p) => `Port ${p.port} is used by another program. Pass another --port, or leave --port out.`,
  },
  'preview-bad-port': {
    ja: (p) => `--port には 0 から 65535 までの数を書いてください（書かれている値: ${p.port}）。`,
    en: (p) => `--port takes a number from 0 to 65535 (got ${p.port}).`,
  },
  'preview-out-unsafe': {
    ja: (p) => `出力先「${p.out}」には書き出せません。報告書のフォルダとは別のフォルダ（例: out）を指定してください。`,
    en: (p) => `Cannot write into "${p.out}": choose a directory outside the report directory (e.g. out).`,
  },
  'preview-base': {
    ja: (p) => `比べる元: ${p.base}（違うセルを黄色で示します）`,
    en: (p) => `Compared with ${p.base} (changed cells in yellow)`,
  },
  'preview-banner-title': {
    ja: (p) => `報告書にエラーが ${p.errors} 件あります`,
    en: (p) => `The report has ${p.errors} ${pluralWord(p.errors, 'error')}`,
  },
  'preview-banner-stale': {
    ja: () => '直すまで、最後に正しく組版できた表を表示しています。',
    en: () => 'Until they are fixed, these are the last tables that were built.',
  },
  'preview-banner-none': {
    ja: () => 'まだ一度も正しく組版できていないため、表はありません。',
    en: () => 'The report has not been built yet, so there are no tables.',
  },
  'preview-banner-patched': {
    ja: (p) =>
      `エラーのあるファイル（${p.files}）は、最後に正しく組版できたときの内容で表示しています。ほかのファイルの変更は表示に反映されます。`,
    en: (p) =>
      `The files with errors (${p.files}) are shown as they were at the last good build; ` +
      'changes to the other files show.',
  },
  'preview-toolbar': {
    ja: () => 'プレビュー',
    en: () => 'Preview',
  },
  'preview-print-view': {
    ja: () => '印刷イメージ（PDF）',
    en: () => 'Print view (PDF)',
  },
  'preview-workbook': {
    ja: () => 'Excel',
    en: () => 'Excel',
  },
  'preview-export-invalid': {
    ja: () => '報告書にエラーがあるため、PDF と Excel は作れません。エラーを直してから、もう一度開いてください。',
    en: () => 'The report has errors, so the PDF and workbook cannot be made. Fix them, then open this again.',
  },
  'preview-export-failed': {
    ja: (p) => `PDF を作れませんでした: ${p.detail}`,
    en: (p) => `Could not make the PDF: ${p.detail}`,
  },
});
