/** Messages of `reform init`. */
import { defineMessages } from './catalog.js';

export const initMessages = defineMessages({
  'init-exists': {
    ja: (p) =>
      `「${p.dir}」には既に次のファイルがあります（${p.count} 件）: ${p.files}。上書きしないで止めました。上書きしてよければ --force を付けてください。`,
    en: (p) =>
      `"${p.dir}" already has these files (${p.count}): ${p.files}. Nothing was written. Use --force to overwrite ` +
      `them.`,
  },
  'init-not-dir': {
    ja: (p) => `「${p.dir}」はフォルダではありません。`,
    en: (p) => `"${p.dir}" is not a directory.`,
  },
  'init-unknown-example': {
    ja: (p) =>
      `見本「${p.name}」はありません。使える見本: ${p.allowed}。${p.suggestion ? `もしかして「${p.suggestion}」ですか？` : ''}`,
    en: (p) =>
      `There is no example "${p.name}". ` +
      `Examples: ${p.allowed}.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
  },
  'init-not-built': {
    ja: (p) =>
      `reform が組み立てられていません（「${p.dir}」に dist/ がありません）。` +
      'reform のフォルダで npm run build:ts を実行してから、もう一度実行してください。',
    en: (p) =>
      `reform is not built ("${p.dir}" has no dist/). Run npm run build:ts in reform's folder, then try again.`,
  },
  'upgrade-bad-json': {
    ja: (p) =>
      `「${p.file}」を JSON として読めません（書き方の誤り、大きすぎる、または普通のファイルではありません）。`,
    en: (p) => `"${p.file}" cannot be read as JSON (a syntax error, too large, or not a regular file).`,
  },
  'upgrade-no-package': {
    ja: (p) =>
      `「${p.dir}」に package.json がありません。reform init で作った報告書のフォルダで実行してください` +
      '（reform upgrade フォルダ名 とも書けます）。',
    en: (p) =>
      `"${p.dir}" has no package.json. Run this in a report project made by reform init ` +
      '(or name it: reform upgrade DIR).',
  },
  'upgrade-no-reform': {
    ja: (p) => `「${p.file}」の devDependencies にも dependencies にも ${p.name} がありません。`,
    en: (p) => `"${p.file}" has no ${p.name} in devDependencies or dependencies.`,
  },
  'upgrade-up-to-date': {
    ja: (p) => `「${p.dir}」は既にこの reform（${p.version}）を持っています。変更はありません。`,
    en: (p) => `"${p.dir}" already carries this reform (${p.version}). Nothing changed.`,
  },
  'upgrade-done': {
    ja: (p) => `「${p.dir}」の reform を新しくしました: ${p.old} → ${p.new}`,
    en: (p) => `Upgraded reform in "${p.dir}": ${p.old} → ${p.new}`,
  },
  'upgrade-old-unknown': {
    ja: (p) => `不明（${p.spec}）`,
    en: (p) => `unknown (${p.spec})`,
  },
  'upgrade-written': {
    ja: () => '書き換えたファイル:',
    en: () => 'Written:',
  },
  'upgrade-removed': {
    ja: () => '削除したファイル:',
    en: () => 'Removed:',
  },
  'upgrade-schema-same': {
    ja: () => 'スキーマ（書ける項目）: 変更なし',
    en: () => 'Schema (the fields you can write): no change',
  },
  'upgrade-schema-file': {
    ja: (p) => `スキーマ ${p.file} の変更:`,
    en: (p) => `Changes in the schema ${p.file}:`,
  },
  'upgrade-schema-added': {
    ja: (p) => `  書けるようになった項目: ${p.fields}`,
    en: (p) => `  new fields: ${p.fields}`,
  },
  'upgrade-schema-removed': {
    ja: (p) => `  なくなった項目: ${p.fields}`,
    en: (p) => `  removed fields: ${p.fields}`,
  },
  'upgrade-schema-required': {
    ja: (p) => `  必ず書く項目になったもの: ${p.fields}`,
    en: (p) => `  now required: ${p.fields}`,
  },
  'upgrade-schema-other': {
    ja: () => '  項目の説明、書ける値や上限などの変更（項目の増減はありません）',
    en: () => '  descriptions, allowed values or limits (no field added or removed)',
  },
  'upgrade-migrations': {
    ja: () => 'データ（data/）の書き換え（移行）: なし。データはそのまま新しい reform で使えるかを下で検査しました。',
    en: () => 'Rewriting of your data (migrations): none. Below, the data is checked with the new reform as it is.',
  },
  'upgrade-check': {
    ja: (p) =>
      `新しい reform で data/ を検査しました: エラー ${p.errors} 件、警告 ${p.warnings} 件。` +
      (Number(p.errors) > 0 ? '直す箇所は npx reform validate で表示されます。' : ''),
    en: (p) =>
      `Checked data/ with the new reform: ${p.errors} error(s), ${p.warnings} warning(s).` +
      (Number(p.errors) > 0 ? ' npx reform validate shows where.' : ''),
  },
  'upgrade-next': {
    ja: (p) =>
      [
        '次にすること:',
        `  1. npm install（フォルダ ${p.cd} で実行。package-lock.json を新しい reform に合わせます）`,
        '  2. npx reform validate と npx reform build で確かめる',
        `  3. ${p.files} をコミットする（GitHub Actions もこの reform を使います）`,
      ].join('\n'),
    en: (p) =>
      [
        'Next:',
        `  1. npm install in ${p.cd} (brings package-lock.json up to date with the new reform)`,
        '  2. npx reform validate and npx reform build to check',
        `  3. commit ${p.files} (GitHub Actions then uses this reform too)`,
      ].join('\n'),
  },
  'init-done': {
    ja: (p) => `新しい報告書のフォルダを作りました: ${p.dir}`,
    en: (p) => `Created a new report project: ${p.dir}`,
  },
  'init-overwritten': {
    ja: (p) => `上書きしたファイル: ${p.files}`,
    en: (p) => `Overwritten: ${p.files}`,
  },
  'init-next': {
    ja: (p) =>
      [
        '次にすること:',
        `  1. ${p.cd}data/report.yaml の報告書名、作成者、年度、部・課の一覧を書き換える`,
        '  2. data/initiatives/01.yaml（見本）を参考に、取組ごとのファイルを作る',
        '  3. npm install（reform が入り、package-lock.json ができます。package-lock.json もリポジトリに含めます）',
        '  4. npx reform validate で確かめ、npx reform build で out/ に表を作る',
        'スキーマ（schema/）はこのフォルダにコピーしました。VS Code で開くと、YAML 拡張機能の導入を勧められます。入れると入力中に項目の説明と誤りが表示されます。',
        `package.json の reform の入手先: ${p.spec}`,
        p.vendored
          ? '  （reform の本体をこのフォルダの vendor/ に入れました。リポジトリに含めると、どの PC でも GitHub Actions でも' +
            '同じ reform が入ります。新しい reform に替えるときは、新しい reform で reform upgrade を実行します。）'
          : '',
        p.local
          ? '  （この PC の中の場所です。ほかの PC や GitHub Actions では入りません。' +
            '--reform を付けずに実行すると、reform の本体を vendor/ に入れて、どこでも入るようにします。）'
          : '',
      ]
        .filter(Boolean)
        .join('\n'),
    en: (p) =>
      [
        'Next:',
        `  1. edit ${p.cd}data/report.yaml: title, organisation, years, departments and divisions`,
        '  2. write one file per initiative, after the example data/initiatives/01.yaml',
        '  3. npm install (installs reform and creates package-lock.json: commit it too)',
        '  4. npx reform validate, then npx reform build for the tables in out/',
        'The schemas were copied into schema/. VS Code recommends the YAML extension, which shows field help and ' +
          'errors as you type.',
        `reform is installed from: ${p.spec}`,
        p.vendored
          ? "  (reform's package was copied into vendor/: commit it, and every computer and GitHub Actions " +
            'installs the same reform. To move to a newer reform, run reform upgrade with the newer one.)'
          : '',
        p.local
          ? '  (a place on this computer: other computers and GitHub Actions cannot install it. Without --reform, ' +
            "init copies reform's package into vendor/, which installs anywhere.)"
          : '',
      ]
        .filter(Boolean)
        .join('\n'),
  },
});
