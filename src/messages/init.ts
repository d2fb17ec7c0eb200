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
        '  3. npm install（reform が入り、package-lock.json ができます。どちらもリポジトリに含めます）',
        '  4. npx reform validate で確かめ、npx reform build で out/ に表を作る',
        'スキーマ（schema/）はこのフォルダにコピーしました。VS Code で開くと、YAML 拡張機能の導入を勧められます。入れると入力中に項目の説明と誤りが表示されます。',
        `package.json の reform の入手先: ${p.spec}`,
        p.local
          ? '  （この PC の reform を指しています。' +
            'GitHub Actions で使うには、reform のリポジトリの URL（例: github:組織名/reform）に書き換えてから npm install してください。）'
          : '',
      ]
        .filter(Boolean)
        .join('\n'),
    en: (p) =>
      [
        'Next:',
        `  1. edit ${p.cd}data/report.yaml: title, organisation, years, departments and divisions`,
        '  2. write one file per initiative, after the example data/initiatives/01.yaml',
        '  3. npm install (installs reform and creates package-lock.json: commit both)',
        '  4. npx reform validate, then npx reform build for the tables in out/',
        'The schemas were copied into schema/. VS Code recommends the YAML extension, which shows field help and ' +
          'errors as you type.',
        `reform is installed from: ${p.spec}`,
        p.local
          ? "  (this computer's copy of reform: for GitHub Actions, change it to the URL of reform's repository, " +
            'e.g. github:ORG/reform, then npm install.)'
          : '',
      ]
        .filter(Boolean)
        .join('\n'),
  },
});
