/** Messages of `reform adopt`. */
import { defineMessages } from './catalog.js';

export const adoptMessages = defineMessages({
  'adopt-not-xlsx': {
    ja: (p) =>
      `${p.file}: Excel ブック（.xlsx）ではありません${p.kind ? `（${p.kind}）` : ''}。` +
      `Excel で開き、「名前を付けて保存」で「Excel ブック (*.xlsx)」を選んで保存し直してから読み込んでください。`,
    en: (p) =>
      `${p.file}: not an Excel workbook (.xlsx)${p.kind ? ` (${p.kind})` : ''}. ` +
      `Open it in Excel, save it as "Excel Workbook (*.xlsx)" and run adopt on that file.`,
  },
  'adopt-unreadable': {
    ja: (p) => `${p.file}: Excel ブックとして読めませんでした（${p.detail}）。`,
    en: (p) => `${p.file}: cannot be read as an Excel workbook (${p.detail}).`,
  },
  'adopt-too-large': {
    ja: (p) =>
      `${p.file}: 「${p.part}」が大きすぎるため読み込みを止めました` +
      `${p.limit ? `（展開後 ${p.limit} バイトまで）` : ''}。表のシートだけを別のブックに保存して読み込んでください。`,
    en: (p) =>
      `${p.file}: "${p.part}" is too large${p.limit ? ` (at most ${p.limit} bytes inflated)` : ''}; ` +
      'nothing was read. ' +
      `Save the table's sheets alone in a new workbook and adopt that.`,
  },
  'adopt-no-tables': {
    ja: (p) =>
      `${p.file}: 進捗の表（見出しに 番号・具体的取組・年度の列・年次計画 または 実績 のあるシート）が見つかりませんでした。` +
      `--map の adopt.yaml で、シートと見出しの行・列を指定できます。`,
    en: (p) =>
      `${p.file}: no progress table found (a sheet whose header has 番号, 具体的取組, fiscal-year columns and ` +
      `年次計画 or 実績). Name the sheet, header rows and columns in adopt.yaml with --map.`,
  },
  'adopt-out-not-empty': {
    ja: (p) => `出力先「${p.dir}」は空のフォルダではありません。新しいフォルダを指定するか、--force を付けてください。`,
    en: (p) => `The output directory "${p.dir}" is not empty. Give a new directory, or use --force.`,
  },
  'adopt-no-out': {
    ja: () => '書き出すフォルダを --out で指定してください（書き出さずに確かめるときは --dry-run）。',
    en: () => 'Give the directory to write with --out (or --dry-run to write nothing).',
  },
  'adopt-file-missing': {
    ja: (p) => `${p.file}: ファイルが見つからないか、読めません。`,
    en: (p) => `${p.file}: the file is missing or cannot be read.`,
  },
  'adopt-map-invalid': {
    ja: (p) => `${p.file}: 読み取り設定として読めません（${p.detail}）。`,
    en: (p) => `${p.file}: not a valid adopt mapping (${p.detail}).`,
  },
  'adopt-summary-sheet': {
    ja: (p) =>
      `${p.where}（${p.table}）: ${p.rows} 行を読み、取組 ${p.initiatives} 件、取組項目 ${p.items} 件、` +
      `検証の行 ${p.checks} 件、工程 ${p.phases} 件（図形 ${p.shapes}・矢印の文字 ${p.typed}・塗りつぶし ${p.fills}）、` +
      `読み飛ばした行 ${p.skipped} 件`,
    en: (p) =>
      `${p.where} (${p.table}): ${p.rows} rows read, ${p.initiatives} initiatives, ${p.items} items, ` +
      `${p.checks} verification rows, ${p.phases} phases (${p.shapes} shapes, ${p.typed} typed arrows, ` +
      `${p.fills} filled cells), ${p.skipped} rows skipped`,
  },
  'adopt-summary-skip': {
    ja: (p) => `${p.where}: 表ではないので読みませんでした。`,
    en: (p) => `${p.where}: not a table; not read.`,
  },
  'adopt-summary-columns': {
    ja: (p) => `  見出し ${p.header} 行目、列: ${p.columns}`,
    en: (p) => `  header rows ${p.header}, columns: ${p.columns}`,
  },
  'adopt-summary-notes': {
    ja: (p) => `確かめてほしいこと（${p.count} 件）:`,
    en: (p) => `To check (${p.count}):`,
  },
  'adopt-summary-none': {
    ja: () => '確かめてほしいことはありません。',
    en: () => 'Nothing uncertain.',
  },
  'adopt-written': {
    ja: (p) =>
      `${p.dir} に report.yaml と取組 ${p.count} 件（initiatives/）を書き出しました。読み取り設定: ${p.map}\n` +
      `印刷した表と見比べ、違うところは ${p.map} を直して --map ${p.map} で読み直してください。`,
    en: (p) =>
      `Wrote report.yaml and ${p.count} initiatives (initiatives/) to ${p.dir}. Mapping: ${p.map}\n` +
      `Compare with the printed table; correct ${p.map} where it differs and rerun with --map ${p.map}.`,
  },
  'adopt-dry-run': {
    ja: () => '--dry-run のため、何も書き出していません。',
    en: () => 'Nothing written (--dry-run).',
  },
  'adopt-validate': {
    ja: (p) =>
      `書き出した報告書の検査: エラー ${p.errors} 件、警告 ${p.warnings} 件（reform validate ${p.dir} で詳しく）`,
    en: (p) =>
      `Check of the written report: ${p.errors} errors, ${p.warnings} warnings (details: reform validate ${p.dir})`,
  },
  'adopt-note-not-a-table': {
    ja: () => '見出し（番号・具体的取組・年度…）が見つからないシートです。読みません。',
    en: () => 'no table header (番号, 具体的取組, years…) found; sheet not read.',
  },
  'adopt-note-years-unsure': {
    ja: () => '年度の見出しを続いた年度として読めませんでした。adopt.yaml の columns に西暦の年度を書いてください。',
    en: () => 'the year headings do not read as consecutive fiscal years; write the years in adopt.yaml columns.',
  },
  'adopt-note-column-unknown': {
    ja: (p) => `見出し「${p.text}」の列は、どの項目か分からないので読みません。`,
    en: (p) => `column headed "${p.text}" matches no field; not read.`,
  },
  'adopt-note-cell-skipped': {
    ja: (p) => `取組の外の行（「${p.text}」）を読み飛ばしました。`,
    en: (p) => `row outside any initiative ("${p.text}") skipped.`,
  },
  'adopt-note-no-value': {
    ja: () => '数式の結果が保存されていないセルです（空として読みました）。Excel で開いて保存し直してください。',
    en: () => 'a formula without a saved result (read as empty); open and save the workbook in Excel.',
  },
  'adopt-note-shape-between': {
    ja: (p) =>
      `矢印の端が列の境目の近く（${p.cell}）にあり、どちらの年度か確かではありません。adopt.yaml の phases で決めてください。`,
    en: (p) =>
      `an end of the arrow is near a column edge (${p.cell}); the year is uncertain. Decide in adopt.yaml phases.`,
  },
  'adopt-note-shape-outside': {
    ja: () => '年度の列の外にある線です。工程として読みません。',
    en: () => 'a line outside the year columns; not read as a phase.',
  },
  'adopt-note-shape-unplaced': {
    ja: (p) =>
      p.reason === 'group'
        ? 'グループの中の図形の位置が読めません（位置のない図形、深すぎる入れ子、または大きすぎる範囲）。読みません。' +
          'グループを解除し、図形を「セルに合わせて移動」にしてください。'
        : `セルに固定されていない図形（${p.reason}）です。読みません。図形の書式設定で「セルに合わせて移動」にしてください。`,
    en: (p) =>
      p.reason === 'group'
        ? 'the positions inside this group cannot be read (a shape without one, nesting too deep, or a range ' +
          'too large); not read. Ungroup it and anchor its shapes to cells.'
        : `a shape not anchored to cells (${p.reason}); not read. Anchor it to cells (move with cells).`,
  },
  'adopt-note-label-ambiguous': {
    ja: (p) =>
      `文字「${p.text}」は「${p.a}」と「${p.b}」のどちらの矢印のものか確かではありません（近い方の「${p.a}」にしました）。`,
    en: (p) => `text "${p.text}" may belong to arrow "${p.a}" or "${p.b}" (given to the nearer, "${p.a}").`,
  },
  'adopt-note-label-missing': {
    ja: () =>
      '矢印の上に段階の名前（実施、検討…）が見つかりません。（不明）としました。adopt.yaml の phases で label を書いてください。',
    en: () =>
      'no phase label (実施, 検討…) found above the arrow; written as （不明）. Set its label in adopt.yaml phases.',
  },
  'adopt-note-label-unused': {
    ja: (p) => `文字「${p.text}」の下に矢印が見つからないので、工程として読みませんでした。`,
    en: (p) => `text "${p.text}" has no arrow below it; not read as a phase.`,
  },
  'adopt-note-fill-label': {
    ja: (p) => `塗りつぶしの工程に文字がないので「${p.label}」としました（adopt.yaml の fillLabel で変えられます）。`,
    en: (p) => `a filled phase without text; labelled "${p.label}" (change it with fillLabel in adopt.yaml).`,
  },
  'adopt-note-division-split': {
    ja: (p) => `担当課「${p.text}」を部と課に分けられませんでした。`,
    en: (p) => `担当課 "${p.text}" could not be split into 部 and 課.`,
  },
  'adopt-note-division-unknown': {
    ja: (p) => `担当課「${p.text}」の部が分かりません。report.yaml の departments と取組のファイルを直してください。`,
    en: (p) => `the 部 of 担当課 "${p.text}" is unknown; correct departments in report.yaml and the initiative.`,
  },
  'adopt-note-no-schedule': {
    ja: () => 'この取組項目に工程が見つかりません。取組のファイルに schedule を書いてください。',
    en: () => 'no 工程 found for this item; write its schedule in the initiative file.',
  },
  'adopt-note-not-in-progress': {
    ja: (p) => `別表2の番号 ${p.number} は別表1にありません。読みませんでした。`,
    en: (p) => `number ${p.number} of 別表2 is not in 別表1; not read.`,
  },
  'adopt-note-renumbered': {
    ja: () => '番号が 1 からの通し番号ではないため、表の順に 1, 2, 3… と付け直しました。',
    en: () => 'the numbers are not 1, 2, 3…; renumbered in table order.',
  },
  'adopt-note-edition-guessed': {
    ja: () =>
      '公表する年度が見出しにも表題にもないため、最後の年度の列にしました（adopt.yaml の edition で変えられます）。',
    en: () => 'no fiscal year in the headings or title; the last year column was taken (change edition in adopt.yaml).',
  },
  'adopt-note-organisation-guessed': {
    ja: (p) => `団体名を表題から「${p.name}」としました（adopt.yaml の organisation で変えられます）。`,
    en: (p) => `organisation taken from the title as "${p.name}" (change organisation in adopt.yaml).`,
  },
  'adopt-note-direction-unknown': {
    ja: (p) => `区分「${p.code}」の説明（凡例）が見つかりません。report.yaml の directions に書いてください。`,
    en: (p) => `no legend for direction "${p.code}"; describe it in report.yaml directions.`,
  },
  'adopt-note-not-a-number': {
    ja: (p) => `「${p.text}」を数値として読めません。空としました。`,
    en: (p) => `"${p.text}" cannot be read as a number; left empty.`,
  },
  'adopt-note-rating-unknown': {
    ja: (p) => `評価「${p.text}」は report.yaml の ratingScales のどの段階にも当たりません。空としました。`,
    en: (p) => `rating "${p.text}" is no level of the report.yaml ratingScales; left empty.`,
  },
  'adopt-note-declared-differs': {
    ja: (p) =>
      `「${p.heading}」は、読み取ったデータから計算すると「${p.computed}」ですが、セルは「${p.shown}」です。` +
      'どちらが正しいか確かめてください。',
    en: (p) =>
      `"${p.heading}" computed from the data read is "${p.computed}", but the cell shows "${p.shown}". ` +
      'Check which is right.',
  },
  'adopt-note-declared-rows': {
    ja: (p) =>
      `読み取った行（データ ${p.read} 行、小計・合計 ${p.totalsRead} 行）と、読み取ったデータから作る表` +
      `（データ ${p.built} 行、小計・合計 ${p.totalsBuilt} 行）の行の数が違います。`,
    en: (p) =>
      `the rows read (${p.read} data rows, ${p.totalsRead} totals) differ in number from the table built from ` +
      `them (${p.built} data rows, ${p.totalsBuilt} totals).`,
  },
  'adopt-note-declared-missing': {
    ja: (p) =>
      `report.yaml の表「${p.table}」（${p.title}）の見出しのあるシートが見つかりません。` +
      'adopt.yaml の sheets で、シートと見出しの行・列を指定できます。',
    en: (p) =>
      `no sheet has the headings of the report.yaml table "${p.table}" (${p.title}); ` +
      'name the sheet, header rows and columns in adopt.yaml.',
  },
  'adopt-note-declared-column-missing': {
    ja: (p) => `表「${p.table}」の列「${p.heading}」が見出しにありません。この列は読みません。`,
    en: (p) => `the column "${p.heading}" of table "${p.table}" is not in the header; not read.`,
  },
  'adopt-note-section-not-printed': {
    ja: (p) =>
      `表「${p.table}」には章の見出しがないため、取組はすべて最初の章「${p.section}」に入れました。` +
      '違うときは取組ファイルの section を直してください。',
    en: (p) =>
      `table "${p.table}" prints no section headings; every initiative was put in the first section ` +
      `"${p.section}". Correct the section of the initiative files where that is wrong.`,
  },
  'adopt-note-halves-as-years': {
    ja: (p) =>
      `取組項目「${p.item}」の工程は上期・下期で描かれていますが、別表1 の工程は年度ごとのため、年度にまとめました` +
      '（同じ年度に重なる段階は段を分けました）。半期のまま読むには、report.yaml の tables で工程の列を ' +
      '`resolution: half` と宣言し、--manifest を付けて読み直してください。',
    en: (p) =>
      `the schedule of item "${p.item}" is drawn in half-years, but the progress table draws it by fiscal year: ` +
      'the phases were given their years (phases then sharing a year go to lanes of their own). To keep the ' +
      'halves, declare the schedule column with `resolution: half` in the tables of report.yaml and adopt again ' +
      'with --manifest.',
  },
  'adopt-note-layout-unsupported': {
    ja: (p) => `表「${p.table}」は行の表ではない形（${p.layout}）のため、まだ読めません。この表の欄は読みません。`,
    en: (p) =>
      `table "${p.table}" is not laid out in rows (${p.layout}) and cannot be read yet; its fields are not read.`,
  },
  'adopt-layout-unsupported': {
    ja: (p) =>
      `${p.file}: report.yaml の表「${p.table}」は行の表ではない形（${p.layout}）のため、adopt はまだ読めません。` +
      '行の表（layout なし）を宣言した report.yaml で読んでください。',
    en: (p) =>
      `${p.file}: the report.yaml table "${p.table}" is not laid out in rows (${p.layout}); ` +
      'adopt cannot read it yet. Adopt with a report.yaml that declares tables in rows.',
  },
  'adopt-summary-declared': {
    ja: (p) =>
      `${p.where}（表「${p.table}」）: ${p.rows} 行を読み、データの行 ${p.records} 件、小計・合計 ${p.totals} 件、` +
      (Number(p.phases) >= 0
        ? `工程 ${p.phases} 件（図形 ${p.shapes}・矢印の文字 ${p.typed}・塗りつぶし ${p.fills}）、`
        : '') +
      `読み飛ばした行 ${p.skipped} 件`,
    en: (p) =>
      `${p.where} (table "${p.table}"): ${p.rows} rows read, ${p.records} data rows, ${p.totals} totals, ` +
      (Number(p.phases) >= 0
        ? `${p.phases} phases (${p.shapes} shapes, ${p.typed} typed arrows, ${p.fills} filled cells), `
        : '') +
      `${p.skipped} rows skipped`,
  },
  'adopt-manifest-invalid': {
    ja: (p) => `${p.file}: --manifest の report.yaml に誤りがあるため読み取りを始めません。先に直してください。`,
    en: (p) => `${p.file}: the --manifest report.yaml has errors; fix them first. Nothing was read.`,
  },
});
