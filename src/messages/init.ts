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
