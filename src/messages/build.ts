/** Messages of `reform build` and `reform doctor`, for office staff: what happened and what to do. */
import { defineMessages, type Params } from './catalog.js';

const INSTALL_JA = [
  'ブラウザを入れるには:',
  '  Debian / Ubuntu: sudo apt-get install chromium',
  '  Windows: Microsoft Edge が入っていれば自動で使います（Edge を消していないか確かめてください）。',
  '  macOS: Google Chrome をインストールしてください。',
  'ブラウザの場所を指定するには: --browser <ブラウザのパス> を付けるか、環境変数 REFORM_BROWSER に書いてください。',
].join('\n');
const INSTALL_EN = [
  'To install a browser:',
  '  Debian / Ubuntu: sudo apt-get install chromium',
  '  Windows: Microsoft Edge is used when present (check that it has not been removed).',
  '  macOS: install Google Chrome.',
  'To name the browser: pass --browser <path>, or set REFORM_BROWSER.',
].join('\n');

/** Why an output directory is refused (the `why` of build-out-unsafe). */
const outProblems = defineMessages({
  'build-out-empty': {
    ja: () => '出力先が空です。--out にフォルダを指定してください（例: out）。',
    en: () => 'the output directory is empty: give --out a directory (e.g. out)',
  },
  'build-out-is-report': {
    ja: () => '報告書のフォルダと同じか、その中です。別のフォルダ（例: out）を指定してください。',
    en: () => 'it is the report directory or inside it. Choose another directory (e.g. out).',
  },
  'build-out-is-root': {
    ja: () => 'ドライブやファイルシステムの一番上のフォルダです。専用のフォルダ（例: out）を指定してください。',
    en: () => 'it is the top of a drive or file system. Choose a directory of its own (e.g. out).',
  },
  'build-out-not-dir': {
    ja: () => 'フォルダではなくファイルです。',
    en: () => 'it is a file, not a directory.',
  },
  'build-out-contains-report': {
    ja: () =>
      '報告書のフォルダを中に含むフォルダです（例: --out . や --out ..）。報告書の外に専用のフォルダ（例: out）を指定してください。',
    en: () =>
      'it contains the report directory (e.g. --out . or --out ..). Choose a directory of its own outside the report ' +
      '(e.g. out).',
  },
  'build-out-system': {
    ja: () =>
      'システムのフォルダ（/proc、/sys、/dev、/etc、/tmp など）か、特別なフォルダの中です。専用のフォルダ（例: out）を指定してください。',
    en: () =>
      'it is a system directory (/proc, /sys, /dev, /etc, /tmp…) or inside a special one. Choose a directory of its ' +
      'own (e.g. out).',
  },
  'build-out-home': {
    ja: () => 'ホームフォルダそのものです。その中に専用のフォルダ（例: ~/out）を指定してください。',
    en: () => 'it is your home directory itself. Choose a directory inside it (e.g. ~/out).',
  },
});
type OutProblem = keyof typeof outProblems;
const why = (p: Params, lang: 'ja' | 'en') => outProblems[p.why as OutProblem]?.[lang](p) ?? String(p.why);

export const buildMessages = defineMessages({
  ...outProblems,
  'build-no-browser': {
    ja: (p) =>
      `PDF を作るためのブラウザ（Google Chrome、Microsoft Edge、Chromium のどれか）が見つからないため、` +
      `PDF は作っていません。${p.written}\n探した場所:\n${p.tried}\n${INSTALL_JA}\nPDF が要らないときは --no-pdf を付けてください。`,
    en: (p) =>
      `No browser (Google Chrome, Microsoft Edge or Chromium) was found to print the PDFs, so no PDF was ` +
      `made.${p.written}\nLooked in:\n${p.tried}\n${INSTALL_EN}\nPass --no-pdf when you do not need PDFs.`,
  },
  'build-browser-missing': {
    ja: (p) =>
      `${p.via} に指定されたブラウザ「${p.path}」がありません（または実行できないファイルです）。パスを確かめてください。${p.written}\n${INSTALL_JA}`,
    en: (p) =>
      `The browser given by ${p.via}, "${p.path}", does not exist or is not executable. Check the ` +
      `path.${p.written}\n${INSTALL_EN}`,
  },
  'build-written-rest': {
    ja: () => 'HTML（と Excel）は書き出してあります。',
    en: () => 'The HTML (and workbook) have been written.',
  },
  'build-out-timeout': {
    ja: (p) =>
      `出力先「${p.out}」を作れませんでした（時間内に終わりませんでした）。ふつうのフォルダを指定してください。`,
    en: (p) => `The output directory "${p.out}" could not be created in time. Choose an ordinary directory.`,
  },
  'build-pdf-failed': {
    ja: (p) =>
      `PDF を作れませんでした（ブラウザ: ${p.browser}）。HTML（と Excel）は書き出してあります。詳細: ${p.detail}`,
    en: (p) =>
      `Could not make the PDFs (browser: ${p.browser}). The HTML (and workbook) have been written. Detail: ${p.detail}`,
  },
  'build-pdf-blank': {
    ja: (p) =>
      (p.problem === 'no-text'
        ? `${p.file} に文字が1つも描かれませんでした（ブラウザがフォントを見つけられませんでした）。`
        : `${p.file} の文字が reform のフォント（BIZ UDPゴシック、Noto Sans JP）で描かれませんでした` +
          `（使われたフォント: ${p.fonts}）。`) +
      'この PDF は書き出していません（HTML と Excel は書き出してあります）。' +
      'reform doctor でブラウザとフォントを確かめてください。' +
      'Debian / Ubuntu ではフォントを1つ入れると直ります: sudo apt-get install fonts-dejavu-core',
    en: (p) =>
      (p.problem === 'no-text'
        ? `${p.file} came out with no text at all (the browser found no font). `
        : `${p.file} was not drawn in reform's fonts (BIZ UDPGothic, Noto Sans JP) but in: ${p.fonts}. `) +
      'The PDFs were not written (the HTML and workbook were). Check the browser and fonts with reform doctor; ' +
      'on Debian/Ubuntu installing one font fixes it: sudo apt-get install fonts-dejavu-core',
  },
  'build-out-unsafe': {
    ja: (p) => `出力先「${p.out}」には書き出せません: ${why(p, 'ja')}`,
    en: (p) => `Cannot write to "${p.out}": ${why(p, 'en')}`,
  },
  'build-out-vanished': {
    ja: (p) =>
      `出力先のフォルダ「${p.out}」がビルドの途中でなくなりました（削除されたか、名前が変わったか、` +
      'ドライブが外されました）。フォルダを確かめて、もう一度実行してください。',
    en: (p) =>
      `The output directory "${p.out}" disappeared during the build (deleted, renamed, or its drive removed). ` +
      'Check it and run again.',
  },
  'build-outside': {
    ja: (p) => `出力先「${p.out}」の外に書き出すことになるため、「${p.name}」は書き出しませんでした。`,
    en: (p) => `"${p.name}" would be written outside the output directory "${p.out}"; it was not written.`,
  },
  'build-templates-missing': {
    ja: (p) => `テンプレートのフォルダ「${p.dir}」が見つかりません。`,
    en: (p) => `Template directory "${p.dir}" not found.`,
  },
  'template-unreadable': {
    ja: (p) => `テンプレート「${p.file}」を読めません: ${p.detail}`,
    en: (p) => `Cannot read template "${p.file}": ${p.detail}`,
  },
  'template-raw': {
    ja: (p) =>
      `テンプレート「${p.file}」の ${p.line} 行目で {{{ }}} または {{& }} が使われています。YAML の文章がそのまま HTML になってしまうため、使えません。{{ }} で書いてください。`,
    en: (p) =>
      `Template "${p.file}" uses {{{ }}} or {{& }} on line ${p.line}. That would put YAML text into the HTML ` +
      `unescaped; write {{ }} instead.`,
  },
  'template-syntax': {
    ja: (p) => `テンプレート「${p.file}」の書き方に誤りがあります: ${p.detail}`,
    en: (p) => `Template "${p.file}" has a syntax error: ${p.detail}`,
  },
  'template-render': {
    ja: (p) => `テンプレート「${p.file}」で表を組めませんでした: ${p.detail}`,
    en: (p) => `Template "${p.file}" failed: ${p.detail}`,
  },
  'build-font-fallback': {
    ja: (p) => `次の文字は BIZ UDPゴシックにないため、同梱の Noto Sans JP で印刷します: ${p.chars}`,
    en: (p) => `These characters are not in BIZ UDPGothic and are printed with the bundled Noto Sans JP: ${p.chars}`,
  },
  'build-font-uncovered': {
    ja: (p) =>
      `注意: 次の文字は同梱のどのフォント（BIZ UDPゴシック、Noto Sans JP）にもないため、見る人のパソコンのフォントで表示されるか、□（空の四角）になります。` +
      `別の文字に置き換えてください（reform validate が場所を示します）: ${p.chars}`,
    en: (p) =>
      `Warning: no bundled font (BIZ UDPGothic, Noto Sans JP) has these characters; they show in a font of the ` +
      `reader's machine or as an empty box. Replace them (reform validate shows where): ${p.chars}`,
  },
  'build-wrote': {
    ja: (p) => `書き出しました（${p.out}）:`,
    en: (p) => `Wrote (${p.out}):`,
  },
  'build-pages': {
    ja: (p) => `${p.pages} ページ`,
    en: (p) => `${p.pages} pages`,
  },
  'build-reused': {
    ja: () => '前回と同じ内容のため再利用',
    en: () => 'unchanged since the last build: reused',
  },
  'build-files': {
    ja: (p) => `${p.count} ファイル`,
    en: (p) => `${p.count} files`,
  },
  'build-timing': {
    ja: (p) => `所要時間: ${p.steps}（合計 ${p.total}）`,
    en: (p) => `Time: ${p.steps} (total ${p.total})`,
  },
  'build-step-validate': {
    ja: () => '検査',
    en: () => 'validate',
  },
  'build-step-html': {
    ja: () => 'HTML',
    en: () => 'HTML',
  },
  'build-step-workbook': {
    ja: () => 'Excel・オープンデータ',
    en: () => 'workbook and open data',
  },
  'build-step-pdf': {
    ja: () => 'PDF',
    en: () => 'PDF',
  },
  'build-seconds': {
    ja: (p) => `${p.s} 秒`,
    en: (p) => `${p.s} s`,
  },
  'build-stale-removed': {
    ja: (p) => `前回のビルドで書いた、今回は作らないファイルを削除しました: ${p.names}`,
    en: (p) => `Removed what an earlier build wrote and this one does not make: ${p.names}`,
  },
  'build-stale-kept': {
    ja: (p) =>
      `前回のビルドで書いたファイルのうち、その後に変更されたものは削除していません（今回の出力ではありません）: ` +
      `${p.names}`,
    en: (p) => `Not removed, because changed since an earlier build wrote them (not outputs of this build): ${p.names}`,
  },
  'build-no-pdf': {
    ja: () => '--no-pdf が指定されたため、PDF は作っていません。',
    en: () => 'No PDF made (--no-pdf).',
  },
  'build-progress-validate': {
    ja: (p) => `検査しています: ${p.dir}`,
    en: (p) => `Validating ${p.dir}`,
  },
  'build-progress-html': {
    ja: () => 'HTML を書き出しています…',
    en: () => 'Writing HTML…',
  },
  'build-progress-workbook': {
    ja: () => 'Excel とオープンデータを作っています…',
    en: () => 'Making the workbook and open data…',
  },
  'build-progress-browser': {
    ja: (p) => `ブラウザを起動しています: ${p.path}`,
    en: (p) => `Starting the browser: ${p.path}`,
  },
  'build-progress-pdf': {
    ja: (p) => `PDF を作っています: ${p.title}`,
    en: (p) => `Printing PDF: ${p.title}`,
  },
  'doctor-browser': {
    ja: (p) => `ブラウザ: ${p.path}（${p.name}。${p.via}）`,
    en: (p) => `Browser: ${p.path} (${p.name}; ${p.via})`,
  },
  'doctor-browser-version': {
    ja: (p) => `  バージョン: ${p.version}`,
    en: (p) => `  version: ${p.version}`,
  },
  'doctor-sandbox-off': {
    ja: () => '  サンドボックス: 使いません（管理者（root）またはコンテナで動いているため）',
    en: () => '  sandbox: off (running as root or in a container)',
  },
  'doctor-sandbox-on': {
    ja: () => '  サンドボックス: 使います',
    en: () => '  sandbox: on',
  },
  'doctor-browser-failed': {
    ja: (p) => `  起動できませんでした: ${p.detail}`,
    en: (p) => `  could not start: ${p.detail}`,
  },
  'doctor-via-option': {
    ja: () => '--browser で指定',
    en: () => 'given by --browser',
  },
  'doctor-via-env': {
    ja: (p) => `環境変数 ${p.name}`,
    en: (p) => `environment variable ${p.name}`,
  },
  'doctor-via-install': {
    ja: () => '標準のインストール先',
    en: () => 'usual install place',
  },
  'doctor-via-path': {
    ja: () => 'PATH の中',
    en: () => 'found on PATH',
  },
  'doctor-fonts': {
    ja: (p) => `フォント: ${p.family}（${p.pkg} ${p.version}、SIL Open Font License 1.1）`,
    en: (p) => `Font: ${p.family} (${p.pkg} ${p.version}, SIL Open Font License 1.1)`,
  },
  'doctor-font-files': {
    ja: (p) =>
      `  ${p.dir}: 太さ ${p.weights}、${p.count} ファイル（${p.size}）。` +
      `build は使う文字だけのフォント（太さごとに 1 つ）を出力先の fonts/ に作り、PDF に埋め込みます。`,
    en: (p) =>
      `  ${p.dir}: weights ${p.weights}, ${p.count} files (${p.size}). build writes a subset with just the ` +
      `characters used (one per weight) into fonts/ of the output and embeds it in the PDFs.`,
  },
  'doctor-fallback-font': {
    ja: (p) => `  BIZ UDPゴシックにない文字（𠮷 ⇐ Ⓐ など）: ${p.pkg}（SIL Open Font License 1.1）${p.dir}`,
    en: (p) => `  characters BIZ UDPGothic lacks (𠮷 ⇐ Ⓐ…): ${p.pkg} (SIL Open Font License 1.1) ${p.dir}`,
  },
  'doctor-templates': {
    ja: (p) => `テンプレート: ${p.dir}`,
    en: (p) => `Templates: ${p.dir}`,
  },
});
