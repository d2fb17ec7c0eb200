/** Messages of the half-year cycle commands (next, forms, import, status). */
import { defineMessages } from './catalog.js';

export const cycleMessages = defineMessages({
  'cycle-manifest-invalid': {
    ja: () => 'report.yaml に誤りがあるため続けられません。reform validate で確かめて直してください。',
    en: () => 'report.yaml has errors; cannot go on. Check it with reform validate and fix it.',
  },
  'next-after-last': {
    ja: (p) =>
      `${p.edition}は計画期間（${p.from}～${p.to}）の最後の版です。次の版はありません。新しい計画期間にするときは report.yaml の planPeriod を書き換えてください。`,
    en: (p) =>
      `${p.edition} is the last edition of the plan period (${p.from}–${p.to}); ` +
      `there is no next edition. For a new plan period, change planPeriod in report.yaml.`,
  },
  'next-done': {
    ja: (p) => `${p.file} の版を ${p.from} から ${p.to} に進めました（edition の行だけを書き換えました）。`,
    en: (p) => `${p.file}: edition moved from ${p.from} to ${p.to} (only the edition lines were changed).`,
  },
  'next-title-warning': {
    ja: (p) =>
      `${p.file}:${p.line}: 別表1の表題（progressTable.title）に「${p.label}」が含まれています。新しい版に合わせて書き直してください。`,
    en: (p) =>
      `${p.file}:${p.line}: the title of the progress table (progressTable.title) contains "${p.label}"; ` +
      `update it for the new edition.`,
  },
  'next-needs-head': {
    ja: (p) => `${p.edition}で各課に記入してもらう項目（${p.count} 件の取組）:`,
    en: (p) => `What the divisions have to fill in for ${p.edition} (${p.count} initiatives):`,
  },
  'next-needs-division': {
    ja: (p) => `  ${p.division}（${p.count} 件）`,
    en: (p) => `  ${p.division} (${p.count})`,
  },
  'next-needs-field': {
    ja: (p) => `    ${p.field}: 番号 ${p.numbers}`,
    en: (p) => `    ${p.field}: No. ${p.numbers}`,
  },
  'next-nothing': {
    ja: () => '記入が必要な項目はありません。',
    en: () => 'Nothing has to be filled in.',
  },
  'next-hint': {
    ja: () =>
      '次は reform forms --out <フォルダ> で課ごとの照会様式（Excel）を作れます。reform validate は記入が済むまでこれらをエラーとして示します。',
    en: () =>
      'Next: reform forms --out <dir> makes one Excel form per division. ' +
      'reform validate lists these fields as errors until they are filled.',
  },
  'forms-written': {
    ja: (p) => `${p.file}（${p.division}: ${p.rows}）`,
    en: (p) => `${p.file} (${p.division}: rows ${p.rows})`,
  },
  'forms-ledger': {
    ja: (p) =>
      `発行した様式の控えを ${p.file} に書きました。報告書と一緒にコミットしてください（import はこの控えにある様式だけを取り込みます）。`,
    en: (p) =>
      `The ledger of issued forms is ${p.file}; commit it with the report ` + '(import takes only the forms it lists).',
  },
  'forms-summary': {
    ja: (p) => `${p.count} 課の照会様式を ${p.dir} に作りました（${p.edition}）。`,
    en: (p) => `Forms for ${p.count} divisions written to ${p.dir} (${p.edition}).`,
  },
  'forms-none': {
    ja: () => '照会する課がありません（担当課のある取組がありません）。',
    en: () => 'No division to ask (no initiative has a division).',
  },
  'forms-out-inside': {
    ja: (p) => `出力先「${p.dir}」は報告書のフォルダの中です。別のフォルダを指定してください。`,
    en: (p) => `The output directory "${p.dir}" is inside the report directory; choose another one.`,
  },
  'import-not-xlsx': {
    ja: (p) =>
      `${p.file}: Excel ブック（.xlsx）ではありません${p.kind ? `（${p.kind}）` : ''}。` +
      `照会様式を Excel で開き、「Excel ブック (*.xlsx)」の形式で保存し直してから取り込んでください。`,
    en: (p) =>
      `${p.file}: not an Excel workbook (.xlsx)${p.kind ? ` (${p.kind})` : ''}. ` +
      `Open the form in Excel, save it as "Excel Workbook (*.xlsx)" and import that.`,
  },
  'import-no-file': {
    ja: (p) => `${p.file}: ファイルが見つかりません。`,
    en: (p) => `${p.file}: file not found.`,
  },
  'import-not-regular': {
    ja: (p) =>
      `${p.file}: ふつうのファイルではありません（シンボリックリンク、フォルダなど）。` +
      '返送された照会様式のファイルそのものを指定してください。',
    en: (p) => `${p.file}: not a regular file (a symbolic link, a directory…). Give the returned form file itself.`,
  },
  'import-unreadable': {
    ja: (p) => `${p.file}: ファイルを Excel ブックとして読めませんでした（${p.detail}）。`,
    en: (p) => `${p.file}: cannot be read as an Excel workbook (${p.detail}).`,
  },
  'import-no-id': {
    ja: (p) =>
      `${p.file}: reform の照会様式ではないか、識別用の非表示シート「${p.sheet}」が壊れています。` +
      'reform forms で作った様式に記入したものを取り込んでください。',
    en: (p) =>
      `${p.file}: not a reform form, or its hidden identifier sheet "${p.sheet}" is damaged. ` +
      `Import forms made by reform forms.`,
  },
  'import-unknown-token': {
    ja: (p) =>
      `${p.file}: この報告書が発行した照会様式ではありません（${p.ledger} に控えがありません）。` +
      'reform forms で作った様式に記入してもらってください。何も取り込んでいません。',
    en: (p) =>
      `${p.file}: this report did not issue this form (it is not in ${p.ledger}). ` +
      'Have the division fill in a form made by reform forms. Nothing imported.',
  },
  'import-revoked-token': {
    ja: (p) =>
      `${p.file}: ${p.division} の様式は作り直されているため、この古い様式は取り込めません。` +
      '新しい様式に記入してもらってください。何も取り込んでいません。',
    en: (p) =>
      `${p.file}: the form of ${p.division} was issued again; this older form cannot be imported. ` +
      'Have the division fill in the new form. Nothing imported.',
  },
  'import-layout-changed': {
    ja: (p) =>
      `${p.file}: ${p.division} の様式を作った後に、報告書の行や列が変わりました（取組の追加・削除、番号・名前の変更など）。` +
      'reform forms で様式を作り直して、記入し直してもらってください。何も取り込んでいません。',
    en: (p) =>
      `${p.file}: the rows or columns of ${p.division} changed after its form was made ` +
      '(initiatives added or removed, numbers or names changed). Make the forms again (reform forms) ' +
      'and have them filled in again. Nothing imported.',
  },
  'import-too-large': {
    ja: (p) =>
      `${p.file}: ファイルが大きすぎるため読みません（${p.part ? `${p.part}: ` : ''}${p.what} ${p.value}、上限 ${p.max}）。` +
      '照会様式にはこれほどの大きさはありません。正しいファイルか確かめてください。',
    en: (p) =>
      `${p.file}: too large to read (${p.part ? `${p.part}: ` : ''}${p.what} ${p.value}, limit ${p.max}). ` +
      'A form is never this large; check that this is the right file.',
  },
  'import-formula-without-result': {
    ja: (p) =>
      `${p.cell}: 数式の結果が保存されていません（${p.label}）。Excel で開いて保存し直すか、値を直接記入してください。` +
      'このファイルは取り込んでいません。',
    en: (p) =>
      `${p.cell}: a formula without a saved result (${p.label}). Open the file in Excel and save it, ` +
      'or type the value. This file was not imported.',
  },
  'import-cell-error': {
    ja: (p) => `${p.cell}: セルがエラー（${p.value}）です（${p.label}）。このファイルは取り込んでいません。`,
    en: (p) => `${p.cell}: the cell is an error (${p.value}) (${p.label}). This file was not imported.`,
  },
  'import-not-number': {
    ja: (p) =>
      `${p.cell}: 「${p.value}」は数値ではありません（${p.label}）。数値だけを書いてください（例: 1234、△1234）。` +
      'このファイルは取り込んでいません。',
    en: (p) =>
      `${p.cell}: "${p.value}" is not a number (${p.label}). Write a number only (e.g. 1234, -1234). ` +
      'This file was not imported.',
  },
  'import-bad-choice': {
    ja: (p) =>
      `${p.cell}: ${p.label}「${p.value}」は選べません（選べるのは ${p.allowed}）。一覧から選び直してください。` +
      'このファイルは取り込んでいません。',
    en: (p) =>
      `${p.cell}: ${p.label} "${p.value}" is not allowed (allowed: ${p.allowed}). Choose from the list. ` +
      'This file was not imported.',
  },
  'import-emptied': {
    ja: (p) =>
      `${p.cell}: ${p.label} が空欄にされています（今の値「${p.current}」）。空欄は取り込まず、今の値のままにします。` +
      '消す必要があるときは報告書の担当者に連絡してください。',
    en: (p) =>
      `${p.cell}: ${p.label} was emptied (now "${p.current}"). An empty cell is not imported; the value stays. ` +
      'Ask the report office if it has to be removed.',
  },
  'import-too-long': {
    ja: (p) =>
      `${p.cell}: ${p.label} が ${p.length} 字あります（${p.max} 字まで）。印刷する欄に収まるよう短くしてください。`,
    en: (p) =>
      `${p.cell}: ${p.label} has ${p.length} characters (at most ${p.max}). Shorten it to fit the printed column.`,
  },
  'import-write-failed': {
    ja: (p) =>
      `${p.file} に書き込めませんでした（${p.reason}）。` +
      (p.restored === 'yes'
        ? 'どのファイルも書き込む前のままです。'
        : '一部のファイルを元に戻せませんでした。git で確かめてください。'),
    en: (p) =>
      `Could not write ${p.file} (${p.reason}). ` +
      (p.restored === 'yes'
        ? 'Every file is as it was before.'
        : 'Some files could not be restored; check them with git.'),
  },
  'forms-bad-due': {
    ja: (p) => `--due「${p.value}」は日付ではありません。年-月-日（例: 2020-04-15）で指定してください。`,
    en: (p) => `--due "${p.value}" is not a date. Give it as year-month-day (e.g. 2020-04-15).`,
  },
  'import-other-report': {
    ja: (p) =>
      `${p.cell}: 別の報告書の照会様式です（様式: ${p.found}、取込先: ${p.expected}）。何も取り込んでいません。`,
    en: (p) =>
      `${p.cell}: this form belongs to another report (form: ${p.found}; here: ${p.expected}). Nothing imported.`,
  },
  'import-other-edition': {
    ja: (p) =>
      `${p.cell}: 別の版の照会様式です（様式: ${p.found}、今の版: ${p.expected}）。今の版の様式（reform forms で作り直したもの）` +
      `に記入してもらってください。何も取り込んでいません。`,
    en: (p) =>
      `${p.cell}: this form is for another edition (form: ${p.found}; current: ${p.expected}). ` +
      `Have the division fill in a form of the current edition (reform forms). Nothing imported.`,
  },
  'import-unknown-division': {
    ja: (p) => `${p.cell}: 課「${p.division}」は report.yaml の部・課の一覧にありません。何も取り込んでいません。`,
    en: (p) => `${p.cell}: division "${p.division}" is not in the departments of report.yaml. Nothing imported.`,
  },
  'import-duplicate': {
    ja: (p) =>
      `${p.cell}: ${p.division} の様式が2つあります（${p.other} も同じ課の様式です）。どちらを取り込むか決めて、1つだけを指定してください。この2つは取り込んでいません。`,
    en: (p) =>
      `${p.cell}: there are two forms for ${p.division} (${p.other} is one too). ` +
      `Decide which one to import and give only that one. Neither was imported.`,
  },
  'import-locked-changed': {
    ja: (p) =>
      `${p.cell}: 変更できないセル（灰色）が書き換えられています。元の様式のとおりに戻すか、様式を作り直して記入し直してください。このファイルは取り込んでいません。`,
    en: (p) =>
      `${p.cell}: a locked (grey) cell was changed. ` +
      `Restore it as it was in the form, or make a new form and fill it in again. ` +
      `This file was not imported.`,
  },
  'import-missing-sheet': {
    ja: (p) =>
      `${p.file}: シート「${p.sheet}」がありません（シートの名前が変えられたか、削除されています）。このファイルは取り込んでいません。`,
    en: (p) => `${p.file}: sheet "${p.sheet}" is missing (renamed or deleted). This file was not imported.`,
  },
  'import-row-gone': {
    ja: (p) =>
      `${p.cell}: 番号 ${p.number}「${p.title}」の行は、今の報告書にはもうありません（取組が削除されたか、番号や名前が変わっています）。` +
      `様式を作り直して記入し直してください。このファイルは取り込んでいません。`,
    en: (p) =>
      `${p.cell}: the row of No. ${p.number} "${p.title}" no longer exists in the report ` +
      '(deleted, or its number or name changed). Make a new form and fill it in again. This file was not imported.',
  },
  'import-bad-direction': {
    ja: (p) =>
      `${p.cell}: 区分「${p.value}」は凡例にありません（選べるのは ${p.allowed}）。一覧から選び直してください。このファイルは取り込んでいません。`,
    en: (p) =>
      `${p.cell}: the category "${p.value}" is not in the legend (allowed: ${p.allowed}). Choose from the list. ` +
      `This file was not imported.`,
  },
  'import-refused': {
    ja: (p) => `${p.file} は取り込んでいません（上のとおり）。`,
    en: (p) => `${p.file} was not imported (see above).`,
  },
  'import-file': {
    ja: (p) => `${p.file}（${p.division}）: ${p.count} 項目を取り込みます。`,
    en: (p) => `${p.file} (${p.division}): ${p.count} fields to import.`,
  },
  'import-field': {
    ja: (p) => `  ${p.cell} → ${p.yaml}（${p.label}）`,
    en: (p) => `  ${p.cell} → ${p.yaml} (${p.label})`,
  },
  'import-nothing': {
    ja: (p) => `${p.file}（${p.division}）: 変更された回答はありません。`,
    en: (p) => `${p.file} (${p.division}): no changed answers.`,
  },
  'import-written': {
    ja: (p) => `${p.files} ファイルの ${p.fields} 項目を書き込みました。`,
    en: (p) => `${p.fields} fields written to ${p.files} files.`,
  },
  'import-dry-run': {
    ja: () => '--dry-run: 何も書き込んでいません。書き込んだ場合の違い（reform diff の形式）:',
    en: () => '--dry-run: nothing written. What would change (as reform diff shows it):',
  },
  'import-dry-run-none': {
    ja: () => '--dry-run: 書き込む回答はありません。',
    en: () => '--dry-run: no answers to write.',
  },
  'import-validate': {
    ja: () => '取り込んだ後の reform validate の結果:',
    en: () => 'reform validate after the import:',
  },
  'import-errors-elsewhere': {
    ja: (p) =>
      `取り込んだファイルのほかに ${p.errors} 件のエラーがあります（まだ回答のない取組など）。` +
      'reform status と reform validate で確かめてください。',
    en: (p) =>
      `${p.errors} more errors in files this import did not touch (initiatives not answered yet…). ` +
      'See reform status and reform validate.',
  },
  'import-from-form': {
    ja: (p) => `（この値は照会様式 ${p.cell} から取り込んだものです）`,
    en: (p) => `(this value was imported from the form cell ${p.cell})`,
  },
  'import-rewritten': {
    ja: (p) => `${p.file} は元の書き方のままでは書き込めなかったため、reform fmt の形で書き直しました。`,
    en: (p) => `${p.file} could not be edited in place and was rewritten in the reform fmt form.`,
  },
  'status-head': {
    ja: (p) => `${p.edition}: ${p.total} 件のうち ${p.answered} 件回答済み、${p.missing} 件未回答`,
    en: (p) => `${p.edition}: ${p.answered} of ${p.total} initiatives answered, ${p.missing} missing`,
  },
  'status-department': {
    ja: (p) => `${p.department}`,
    en: (p) => `${p.department}`,
  },
  'status-division': {
    ja: (p) =>
      `  ${p.division}: ${p.answered}/${p.total} 件回答済み${p.missing === 0 ? '' : `（未回答 ${p.missing} 件）`}`,
    en: (p) => `  ${p.division}: ${p.answered}/${p.total} answered${p.missing === 0 ? '' : ` (${p.missing} missing)`}`,
  },
  'status-missing': {
    ja: (p) => `    未回答 番号 ${p.number} ${p.title}（${p.fields}）`,
    en: (p) => `    missing No. ${p.number} ${p.title} (${p.fields})`,
  },
});
