/**
 * Every command of reform, in the order `reform --help` lists them: its name, summary and options here,
 * its work imported only when it runs (as vivliostyle-cli does), so that `reform --version` or
 * `reform validate` do not load exceljs, puppeteer-core or handlebars (test/lazy-load.test.ts).
 */
import { Option } from 'commander';
import { DEFAULT_REPORT_DIR } from '../paths.js';
import { defineCommand, DIAGNOSTIC_FORMATS, reportDirArgument, type CommandSpec } from './spec.js';
import type { ValidateCommandOptions } from './validate.js';
import type { BuildCommandOptions } from './build.js';
import type { FmtCommandOptions } from './fmt.js';
import type { DiffCommandOptions } from './diff.js';
import type { InitCommandOptions } from './init.js';
import type { UpgradeCommandOptions } from './upgrade.js';
import type { DoctorCommandOptions } from './doctor.js';
import type { NextCommandOptions } from './next.js';
import type { FormsCommandOptions } from './forms.js';
import type { ImportCommandOptions } from './import.js';
import type { StatusCommandOptions } from './status.js';
import type { PreviewCommandOptions } from './preview.js';
import type { AdoptCommandOptions } from './adopt.js';

// Each command has its own option type; cli.ts hands commander's options over as declared.
// biome-ignore lint/suspicious/noExplicitAny: see above
export const commands: CommandSpec<any>[] = [
  defineCommand<ValidateCommandOptions>({
    name: 'validate',
    summary: {
      ja: '報告書フォルダの YAML をすべて検査する（書き方、項目、番号、担当課など）',
      en: 'check every YAML file of a report directory (syntax, fields, numbers, divisions…)',
    },
    setup(cmd, lang) {
      const ja = lang === 'ja';
      reportDirArgument(cmd, lang).addOption(
        new Option(
          '--format <format>',
          ja
            ? '出力の形式（GitHub Actions では github が既定）'
            : 'output format (github by default on GitHub Actions)',
        ).choices(DIAGNOSTIC_FORMATS),
      );
    },
    load: async () => (await import('./validate.js')).run,
  }),
  defineCommand<BuildCommandOptions>({
    name: 'build',
    summary: {
      ja: '別表1・別表2 を HTML・PDF・Excel に組版して出力先に書き出す',
      en: 'typeset 別表1 and 別表2 as HTML, PDF and Excel into the output directory',
    },
    setup(cmd, lang) {
      const ja = lang === 'ja';
      reportDirArgument(cmd, lang)
        .option('-o, --out <dir>', ja ? '出力先のフォルダ' : 'output directory', 'out')
        .option(
          '--templates <dir>',
          ja
            ? '自分用のテンプレートのフォルダ（無いファイルは標準のものを使う）'
            : 'your own templates (missing files fall back to the built-in ones)',
        )
        .option(
          '--browser <path>',
          ja
            ? 'PDF の作成に使うブラウザ（Chrome、Edge、Chromium）の実行ファイル'
            : 'browser executable (Chrome, Edge, Chromium) for the PDFs',
        )
        .option('--no-pdf', ja ? 'PDF を作らない' : 'do not make PDFs')
        .option(
          '--force',
          ja
            ? '変わっていない PDF も作り直す（既定では前回と同じ内容の PDF は再利用する）'
            : 'print every PDF again (by default a PDF whose inputs have not changed is reused)',
        )
        .addOption(
          new Option(
            '--format <format>',
            ja
              ? 'エラーの出力形式（GitHub Actions では github が既定）'
              : 'format of errors (github by default on GitHub Actions)',
          ).choices(DIAGNOSTIC_FORMATS),
        );
    },
    load: async () => (await import('./build.js')).run,
  }),
  defineCommand<PreviewCommandOptions>({
    name: 'preview',
    summary: {
      ja: '表をブラウザで表示し、YAML を保存するたびに更新する（エラーもページに表示）',
      en: 'show the tables in the browser, updated whenever a YAML file is saved (errors shown on the page)',
    },
    setup(cmd, lang) {
      const ja = lang === 'ja';
      reportDirArgument(cmd, lang)
        .option('-p, --port <port>', ja ? 'ポート番号（省略すると空いている番号）' : 'port (default: a free one)')
        .option('--open', ja ? 'ブラウザで開く' : 'open the system browser')
        .option(
          '--base <rev>',
          ja
            ? 'この git のリビジョン（例: origin/main）と違うセルを色付けする'
            : 'highlight cells that differ from this git revision (e.g. origin/main)',
        )
        .option('--templates <dir>', ja ? '自分用のテンプレートのフォルダ' : 'your own templates')
        .option('--browser <path>', ja ? 'PDF の作成に使うブラウザの実行ファイル' : 'browser executable for the PDFs')
        .option(
          '-o, --out <dir>',
          ja
            ? '必要に応じて作る PDF と Excel の保存先（省略すると一時フォルダ）'
            : 'where PDFs and the workbook made on demand are kept (default: a temporary directory)',
        );
    },
    load: async () => (await import('./preview.js')).run,
  }),
  defineCommand<FmtCommandOptions>({
    name: 'fmt',
    summary: {
      ja: 'YAML を決まった書き方に整える（項目の順、字下げ、複数行の文章）。コメントと内容はそのまま',
      en:
        'rewrite the YAML files in the canonical form (key order, indentation, multi-line texts), keeping comments ' +
        'and data',
    },
    setup(cmd, lang) {
      const ja = lang === 'ja';
      reportDirArgument(cmd, lang)
        .option(
          '--check',
          ja
            ? '書き換えずに、整形が必要なファイルを表示する（あれば終了コード 1）'
            : 'write nothing; list the files that would change (exit 1 if any)',
        )
        .addOption(
          new Option(
            '--format <format>',
            ja
              ? '出力の形式（GitHub Actions では github が既定）'
              : 'output format (github by default on GitHub Actions)',
          ).choices(DIAGNOSTIC_FORMATS),
        );
    },
    load: async () => (await import('./fmt.js')).run,
  }),
  defineCommand<DiffCommandOptions>({
    name: 'diff',
    summary: {
      ja: '2つの版（フォルダまたは git のリビジョン）の違いを、取組と印刷される項目ごとに示す',
      en: 'show what changed between two versions (directories or git revisions), per initiative and printed field',
    },
    setup(cmd, lang) {
      const ja = lang === 'ja';
      cmd
        .argument(
          '<base>',
          ja
            ? '比べる元: フォルダ、または git のリビジョン（例: origin/main）'
            : 'base: a directory or a git revision (e.g. origin/main)',
        )
        .argument('[head]', ja ? '比べる先（省略すると作業中のファイル）' : 'head (default: the working tree)')
        .option(
          '--dir <dir>',
          ja ? 'リポジトリの中の報告書のフォルダ' : 'report directory inside the repository',
          DEFAULT_REPORT_DIR,
        )
        .addOption(
          new Option('--format <format>', ja ? '出力の形式' : 'output format')
            .choices(['text', 'markdown', 'json', 'html'])
            .default('text'),
        )
        .option(
          '--out <file>',
          ja
            ? '結果をこのファイルに書く（省略すると画面に表示）'
            : 'write the result to this file (default: standard output)',
        )
        .option('--exit-code', ja ? '違いがあれば終了コード 1 で終わる' : 'exit with 1 when there are differences');
    },
    load: async () => (await import('./diff.js')).run,
  }),
  defineCommand<InitCommandOptions>({
    name: 'init',
    summary: {
      ja: '新しい報告書のフォルダを作る（設定、見本の取組、エディタと CI の設定）',
      en: 'scaffold a new report project (settings, an example initiative, editor and CI settings)',
    },
    setup(cmd, lang) {
      const ja = lang === 'ja';
      cmd
        .argument(
          '[dir]',
          ja ? '作るフォルダ（省略すると今いるフォルダ）' : 'directory to create (default: the current one)',
          '.',
        )
        .option('--force', ja ? '既にあるファイルを上書きする' : 'overwrite existing files')
        .option(
          '--example <name>',
          ja
            ? '見本（examples/ の kpi、effects、ratings）から始める'
            : 'start from an example (examples/: kpi, effects, ratings)',
        )
        .option(
          '--reform <spec>',
          ja
            ? 'package.json に書く reform の入手先（npm の指定。例: github:組織名/reform、0.2.0）。' +
                '省略すると reform の本体を vendor/ に入れて、それを使う'
            : 'where package.json installs reform from (an npm spec, e.g. github:ORG/reform, 0.2.0); ' +
                "by default reform's own package is copied into vendor/ and used",
        );
    },
    load: async () => (await import('./init.js')).run,
  }),
  defineCommand<UpgradeCommandOptions>({
    name: 'upgrade',
    summary: {
      ja: '報告書のフォルダの reform（vendor/ の本体とスキーマ）を、実行している reform に替え、変わったことを示す',
      en:
        "replace a report project's reform (its package in vendor/, the schemas) with the running one; " +
        'say what changed',
    },
    setup(cmd, lang) {
      cmd.argument(
        '[dir]',
        lang === 'ja'
          ? '報告書のフォルダ（省略すると今いるフォルダ）'
          : 'the report project (default: the current directory)',
        '.',
      );
    },
    load: async () => (await import('./upgrade.js')).run,
  }),
  defineCommand<DoctorCommandOptions>({
    name: 'doctor',
    summary: {
      ja: 'PDF に使うブラウザとフォントを確かめる',
      en: 'check the browser and font used for PDFs',
    },
    setup(cmd, lang) {
      cmd.option('--browser <path>', lang === 'ja' ? '確かめるブラウザの実行ファイル' : 'browser executable to check');
    },
    load: async () => (await import('./doctor.js')).run,
  }),
  defineCommand<NextCommandOptions>({
    name: 'next',
    summary: {
      ja: '報告書を次の版に進める（上半期 → 年間 → 次の年度の上半期）。各課に記入してもらう項目を表示',
      en:
        "move the report to the next edition (first half → full year → next year's first half) " +
        'and list what each division must fill in',
    },
    setup(cmd, lang) {
      reportDirArgument(cmd, lang);
    },
    load: async () => (await import('./next.js')).run,
  }),
  defineCommand<FormsCommandOptions>({
    name: 'forms',
    summary: {
      ja: '今の版の照会様式（Excel）を課ごとに作る（その課の取組だけ、記入するセルは黄色）',
      en: 'make one Excel form per division for the current edition (its rows only; cells to fill in yellow)',
    },
    setup(cmd, lang) {
      const ja = lang === 'ja';
      reportDirArgument(cmd, lang)
        .requiredOption('-o, --out <dir>', ja ? '様式を書き出すフォルダ' : 'directory to write the forms to')
        .option(
          '--due <date>',
          ja
            ? '提出期限（様式の最初のシートに印刷。例: 2019-10-15）'
            : 'deadline printed on the first sheet (e.g. 2019-10-15)',
        );
    },
    load: async () => (await import('./forms.js')).run,
  }),
  defineCommand<ImportCommandOptions>({
    name: 'import',
    summary: {
      ja: '記入された照会様式（.xlsx）を読み、回答を取組の YAML に書き込む（その項目だけ。コメントや他の行はそのまま）',
      en:
        "read filled-in forms (.xlsx) and write the answers into the initiatives' YAML " +
        '(those fields only; comments and other lines kept)',
    },
    setup(cmd, lang) {
      const ja = lang === 'ja';
      cmd
        .argument('<files...>', ja ? '記入された照会様式（.xlsx）' : 'filled-in forms (.xlsx)')
        .option(
          '--dir <dir>',
          ja
            ? '報告書のフォルダ（省略時: このフォルダか上のフォルダの data、またはこのフォルダ）'
            : 'report directory (default: data/ here or in a folder above, else this folder)',
        )
        .option(
          '--dry-run',
          ja
            ? '書き込まずに、変わる内容を reform diff の形で表示する'
            : 'write nothing; print what would change as reform diff does',
        );
    },
    load: async () => (await import('./import.js')).run,
  }),
  defineCommand<StatusCommandOptions>({
    name: 'status',
    summary: {
      ja: '今の版の回答状況を部・課ごとに示す（回答済みと未回答の取組）',
      en: 'show per department and division which initiatives have their answers for the current edition',
    },
    setup(cmd, lang) {
      const ja = lang === 'ja';
      reportDirArgument(cmd, lang)
        .addOption(
          new Option('--format <format>', ja ? '出力の形式' : 'output format')
            .choices(['text', 'markdown', 'json'])
            .default('text'),
        )
        .option('--exit-code', ja ? '未回答があれば終了コード 1 で終わる' : 'exit with 1 while answers are missing');
    },
    load: async () => (await import('./status.js')).run,
  }),
  defineCommand<AdoptCommandOptions>({
    name: 'adopt',
    summary: {
      ja: '今ある Excel の表（.xlsx）を読み、報告書のフォルダ（report.yaml と取組の YAML）を作る。工程の図形も読む',
      en: "read an office's existing Excel tables (.xlsx) into a report directory, Gantt shapes included",
    },
    setup(cmd, lang) {
      const ja = lang === 'ja';
      cmd
        .argument('<workbooks...>', ja ? '読み込む Excel ブック（.xlsx）' : 'workbooks to read (.xlsx)')
        .option('-o, --out <dir>', ja ? '作る報告書のフォルダ（空のフォルダ）' : 'report directory to create (empty)')
        .option(
          '--map <file>',
          ja ? '読み取り設定（前回書き出した adopt.yaml を直したもの）' : 'the mapping (adopt.yaml, as corrected)',
        )
        .option(
          '--manifest <file>',
          ja
            ? '表の形を宣言した report.yaml（tables の表を読み、この report.yaml を使う）'
            : 'a report.yaml whose declared tables (tables) are read; the report uses it',
        )
        .option('--dry-run', ja ? '何も書き出さず、読み取った内容だけを表示する' : 'write nothing; print what was read')
        .option('--force', ja ? '空でない出力先にも書き出す' : 'write into a non-empty output directory');
    },
    load: async () => (await import('./adopt.js')).run,
  }),
];
