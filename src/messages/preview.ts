/** Messages of `reform preview`, for office staff: where to look, what changed, what is wrong. */
import { defineMessages } from '../i18n.js';

defineMessages({
  ja: {
    'preview-listening': (p) => `プレビューを表示しています: ${p.url}\nブラウザでこのアドレスを開いてください。YAML を保存すると表示が自動で更新されます。終えるには Ctrl+C を押してください。`,
    'preview-updated': (p) => `更新しました（${p.s} 秒）: ${p.pages}`,
    'preview-unchanged': (p) => `組版し直しました（${p.s} 秒）。表の内容は変わっていません。`,
    'preview-invalid': (p) =>
      `報告書にエラーが ${p.errors} 件あります。直すまで、ブラウザには最後に正しく組版できた表を表示しています。`,
    'preview-invalid-first': (p) => `報告書にエラーが ${p.errors} 件あります。直すと表が表示されます。`,
    'preview-stopped': () => 'プレビューを終了しました。',
    'preview-open-failed': (p) => `ブラウザを自動で開けませんでした（${p.detail}）。アドレスを手で開いてください。`,
    'preview-port-in-use': (p) => `ポート ${p.port} はほかのプログラムが使っています。--port で別の番号を指定するか、--port を付けずに実行してください。`,
    'preview-bad-port': (p) => `--port には 0 から 65535 までの数を書いてください（書かれている値: ${p.port}）。`,
    'preview-out-unsafe': (p) => `出力先「${p.out}」には書き出せません。報告書のフォルダとは別のフォルダ（例: out）を指定してください。`,
    'preview-base': (p) => `比べる元: ${p.base}（違うセルを黄色で示します）`,
    'preview-banner-title': (p) => `報告書にエラーが ${p.errors} 件あります`,
    'preview-banner-stale': () => '直すまで、最後に正しく組版できた表を表示しています。',
    'preview-banner-none': () => 'まだ一度も正しく組版できていないため、表はありません。',
    'preview-banner-patched': (p) =>
      `エラーのあるファイル（${p.files}）は、最後に正しく組版できたときの内容で表示しています。ほかのファイルの変更は表示に反映されます。`,
    'preview-toolbar': () => 'プレビュー',
    'preview-print-view': () => '印刷イメージ（PDF）',
    'preview-workbook': () => 'Excel',
    'preview-diff': (p) => `${p.base} との違い: ${p.count} 件`,
    'preview-export-failed': (p) => `PDF を作れませんでした: ${p.detail}`,
  },
  en: {
    'preview-listening': (p) =>
      `Preview at ${p.url}\nOpen this address in your browser. Saving a YAML file updates the page. Press Ctrl+C to stop.`,
    'preview-updated': (p) => `Updated (${p.s} s): ${p.pages}`,
    'preview-unchanged': (p) => `Rebuilt (${p.s} s); the tables did not change.`,
    'preview-invalid': (p) =>
      `The report has ${p.errors} error${Number(p.errors) === 1 ? '' : 's'}. Until they are fixed, the browser shows the last tables that were built.`,
    'preview-invalid-first': (p) => `The report has ${p.errors} error${Number(p.errors) === 1 ? '' : 's'}. Fix them to see the tables.`,
    'preview-stopped': () => 'Preview stopped.',
    'preview-open-failed': (p) => `Could not open the browser (${p.detail}). Open the address yourself.`,
    'preview-port-in-use': (p) => `Port ${p.port} is used by another program. Pass another --port, or leave --port out.`,
    'preview-bad-port': (p) => `--port takes a number from 0 to 65535 (got ${p.port}).`,
    'preview-out-unsafe': (p) => `Cannot write into "${p.out}": choose a directory outside the report directory (e.g. out).`,
    'preview-base': (p) => `Compared with ${p.base} (changed cells in yellow)`,
    'preview-banner-title': (p) => `The report has ${p.errors} error${Number(p.errors) === 1 ? '' : 's'}`,
    'preview-banner-stale': () => 'Until they are fixed, these are the last tables that were built.',
    'preview-banner-none': () => 'The report has not been built yet, so there are no tables.',
    'preview-banner-patched': (p) =>
      `The files with errors (${p.files}) are shown as they were at the last good build; changes to the other files show.`,
    'preview-toolbar': () => 'Preview',
    'preview-print-view': () => 'Print view (PDF)',
    'preview-workbook': () => 'Excel',
    'preview-diff': (p) => `Changes since ${p.base}: ${p.count}`,
    'preview-export-failed': (p) => `Could not make the PDF: ${p.detail}`,
  },
});
