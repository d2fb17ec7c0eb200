/** Messages of loading and validating a report (YAML, schema, cross-file rules) and of its summary. */
import { defineMessages, plural, pluralWord, type Params } from './catalog.js';
import { charName } from './chars.js';

const TYPE_JA: Record<string, string> = {
  string: '文字列',
  integer: '整数',
  number: '数値',
  boolean: 'true または false',
  object: '「キー: 値」の組（マッピング）',
  array: '「- 」で始まる行の並び（リスト）',
  null: '空',
};
const typeJa = (t: string | number) =>
  String(t)
    .split(',')
    .map((x) => TYPE_JA[x] ?? x)
    .join(' または ');
const TYPE_EN: Record<string, string> = {
  string: 'a text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping ("key: value" lines)',
  array: 'a list (lines starting with "- ")',
  null: 'nothing',
};
const typeEn = (t: string | number | undefined, or = '') =>
  String(t ?? '')
    .split(',')
    .map((x) => TYPE_EN[x] ?? x)
    .join(or);
const foundEn = (p: Params) =>
  p.foundType === 'array' || p.foundType === 'object' || p.foundType === 'null'
    ? typeEn(p.foundType)
    : `${typeEn(p.foundType)} "${p.found}"`;
/** 「ゼロ幅スペース（U+200B）」: the character named from its code point. */
const nameOf = (cp: string | number | undefined, lang: 'ja' | 'en') => charName(String.fromCodePoint(Number(cp)), lang);
const CP1252_JA = 'Windows の欧文用の文字コード（cp1252）で書かれた記号（“ ” ‘ ’ – など）のようです。';
const CP1252_EN =
  'It looks like a typographic character (“ ” ‘ ’ – …) saved in the Windows Western encoding (cp1252). ';
const maybe = (p: Params, ja: boolean) =>
  p.suggestion ? (ja ? `もしかして「${p.suggestion}」ですか？` : ` Did you mean "${p.suggestion}"?`) : '';

export const validateMessages = defineMessages({
  // YAML syntax (codes of the yaml package)
  'yaml-DUPLICATE_KEY': {
    ja: (p) =>
      `同じキー${p.key ? `「${p.key}」` : ''}が2回書かれています（2019 と "2019" も同じキーです）。どちらか一方を消してください。`,
    en: (p) =>
      `The same key${p.key ? ` "${p.key}"` : ''} is written twice (2019 and "2019" are the same key). Remove one of ` +
      `them.`,
  },
  'yaml-complex-key': {
    ja: () => 'キーにリストやマッピングは使えません。キーは「名前: 値」の名前の部分に、文字か数字で書いてください。',
    en: () => 'A key cannot be a list or a mapping. Write keys as plain names or numbers.',
  },
  'not-a-regular-file': {
    ja: (p) =>
      `「${p.file}」はふつうのファイルではありません（シンボリックリンク、フォルダなど）。取組のファイルは initiatives/ にふつうのファイルとして置いてください。`,
    en: (p) =>
      `"${p.file}" is not a regular file (a symbolic link, a directory…). Put initiative files into initiatives/ as ` +
      `regular files.`,
  },
  'file-vanished': {
    ja: (p) => `「${p.file}」を読めませんでした（読み込み中に消えた可能性があります）。`,
    en: (p) => `"${p.file}" could not be read (it may have been removed while reading).`,
  },
  'yaml-TAB_AS_INDENT': {
    ja: () => '字下げにタブが使われています。YAML の字下げは半角スペースで書いてください。',
    en: () => 'A tab is used for indentation. Indent YAML with spaces.',
  },
  'yaml-BAD_INDENT': {
    ja: () =>
      '字下げ（行頭のスペースの数）が揃っていません。同じ階層の行は同じ数のスペースで始めてください（前の行の括弧 [ { や引用符が閉じていないときにも出ます）。',
    en: () =>
      'The indentation is inconsistent. Lines at the same level must start with the same number of spaces (an ' +
      'unclosed [ { or quote on a line above causes this too).',
  },
  'yaml-MISSING_CHAR': {
    ja: (p) => `記号が足りません（閉じていない括弧や引用符など）。詳細: ${p.detail}`,
    en: (p) => `A character is missing (an unclosed bracket or quote?). Detail: ${p.detail}`,
  },
  'yaml-BLOCK_AS_IMPLICIT_KEY': {
    ja: () => 'キーの書き方が正しくありません。「キー: 値」の「: 」（コロンと半角スペース）を確かめてください。',
    en: () => 'A key is not written correctly. Check the ": " (colon and space) of "key: value".',
  },
  'yaml-MULTILINE_IMPLICIT_KEY': {
    ja: () =>
      'キーが複数行にわたっています。「キー: 値」の「: 」が抜けていないか、字下げが崩れていないか確かめてください。',
    en: () => 'A key spans several lines. Check for a missing ": " or broken indentation.',
  },
  'yaml-UNEXPECTED_TOKEN': {
    ja: (p) => `この位置に置けない記号があります。詳細: ${p.detail}`,
    en: (p) => `A character is not allowed here. Detail: ${p.detail}`,
  },
  'yaml-BAD_SCALAR_START': {
    ja: () => '値の書き出しが正しくありません。「- 」「: 」の後のスペース、または引用符を確かめてください。',
    en: () => 'A value starts wrongly. Check the space after "- " or ": ", or the quotes.',
  },
  'yaml-TAG_RESOLVE_FAILED': {
    ja: (p) => `使えないタグ（! で始まる型指定）があります。詳細: ${p.detail}`,
    en: (p) => `A tag (a type starting with !) is not supported. Detail: ${p.detail}`,
  },
  'yaml-RESOURCE_EXHAUSTION': {
    ja: () => '括弧などの入れ子が深すぎて読み込めません。内容を見直してください。',
    en: () => 'The nesting (brackets) is too deep to read. Check the content.',
  },
  'yaml-MULTIPLE_DOCS': {
    ja: () => '1つのファイルに複数の文書（--- の区切り）があります。1ファイルに1つの取組だけを書いてください。',
    en: () => 'The file holds several documents (separated by ---). Write one initiative per file.',
  },
  'yaml-alias': {
    ja: () => 'YAML のアンカー（&）やエイリアス（*）は使えません。同じ文章を使うときは、そのまま書いてください。',
    en: () => 'YAML anchors (&) and aliases (*) are not allowed. Write the text out in full.',
  },
  'yaml-other': {
    ja: (p) => `YAML の書き方に誤りがあります。詳細: ${p.detail}`,
    en: (p) => `The YAML is malformed. Detail: ${p.detail}`,
  },
  'empty-file': {
    ja: () => 'ファイルが空です。取組の内容を書くか、不要ならファイルを削除してください。',
    en: () => 'The file is empty. Write the initiative, or delete the file.',
  },
  'empty-manifest': {
    ja: () =>
      'report.yaml が空です。報告書の設定（表題、計画期間、公表する版、章、区分、部・課の一覧）を書いてください。reform init で作る見本が参考になります。',
    en: () =>
      'report.yaml is empty. Write the report settings (title, plan period, edition, sections, categories, ' +
      'departments); the example made by reform init shows them.',
  },
  'file-too-large': {
    ja: (p) => `ファイルが大きすぎます（${p.size} KB）。1ファイルは ${p.limit} KB までです。`,
    en: (p) => `The file is too large (${p.size} KB). A file may have at most ${p.limit} KB.`,
  },
  'encoding-detected': {
    ja: (p) =>
      `文字コードが UTF-8 ではありません（${p.encoding} で保存されているようです）。エディタで「UTF-8」を選んで保存し直してください（メモ帳なら「名前を付けて保存」→「文字コード: UTF-8」）。`,
    en: (p) => `The file is not UTF-8 (it looks like ${p.encoding}). Save it again choosing "UTF-8" in your editor.`,
  },
  'encoding-invalid-byte': {
    ja: (p) =>
      `UTF-8 として読めないバイト（0x${p.byte}）があります。${p.cp1252 ? CP1252_JA : ''}エディタで「UTF-8」を選んで保存し直すか、この位置の文字を書き直してください。`,
    en: (p) =>
      `A byte (0x${p.byte}) is not valid UTF-8. ${p.cp1252 ? CP1252_EN : ''}Save the file again choosing "UTF-8" in ` +
      `your editor, or retype the character here.`,
  },
  'encoding-nul': {
    ja: () =>
      'NUL 文字（U+0000）があります。テキストファイルに NUL は書けません。壊れたファイルか、UTF-8 以外の文字コードで保存されたファイルです。',
    en: () =>
      'There is a NUL character (U+0000). A text file cannot hold NUL: the file is damaged or saved in an encoding ' +
      'other than UTF-8.',
  },
  'yaml-cr-only': {
    ja: () =>
      '改行が CR だけ（古い Mac の形式）になっています。reform は改行が LF か CR+LF のファイルだけを読みます。エディタで改行コードを「LF」か「CRLF」にして保存し直してください。',
    en: () =>
      'Lines end with CR only (old Mac style). reform reads files whose lines end with LF or CR+LF: save the file ' +
      'again with LF or CRLF line endings.',
  },
  'yaml-odd-indent': {
    ja: (p) =>
      `字下げに${nameOf(p.codePoint, 'ja')}が使われています。見た目は空白ですが、YAML の字下げには使えません。半角スペースで書き直してください。`,
    en: (p) =>
      `A ${nameOf(p.codePoint, 'en')} is used for indentation. It looks like a space but YAML does not accept it: ` +
      `indent with ordinary spaces.`,
  },
  'no-initiatives': {
    ja: () => '取組のファイルがありません。initiatives/ フォルダに取組ごとの YAML ファイルを置いてください。',
    en: () => 'There are no initiative files. Put one YAML file per initiative into the initiatives/ folder.',
  },
  // Schema
  'schema-unknown-key': {
    ja: (p) => `「${p.key}」という項目はありません。${maybe(p, true) || `書ける項目: ${p.allowed}`}`,
    en: (p) => `There is no field "${p.key}".${maybe(p, false) || ` Allowed: ${p.allowed}`}`,
  },
  'schema-required': {
    ja: (p) => `必要な項目「${p.key}」がありません。`,
    en: (p) => `The required field "${p.key}" is missing.`,
  },
  'schema-bad-key': {
    ja: (p) => `「${p.key}」はキーとして使えません。年度は西暦の4桁（例: 2019）で書いてください。`,
    en: (p) => `"${p.key}" cannot be used as a key. Write fiscal years as 4-digit Western years (e.g. 2019).`,
  },
  'schema-type': {
    ja: (p) => {
      // A space between a Latin word and the Japanese that follows: 「true または false を書いて」.
      const expected = typeJa(p.expected);
      const found =
        p.foundType === 'array' || p.foundType === 'object' || p.foundType === 'null' ? typeJa(p.foundType) : p.found;
      return `${expected}${/[A-Za-z]$/.test(expected) ? ' ' : ''}を書いてください（書かれている値: ${found}）。`;
    },
    en: (p) => `Write ${typeEn(p.expected, ' or ')} here; this is ${foundEn(p)}.`,
  },
  'schema-quoted-number': {
    ja: (p) =>
      `「"${p.number}"」は引用符で囲まれているため、数ではなく文字列として書かれています。数として書くには引用符を外して ${p.number} と書いてください。`,
    en: (p) =>
      `"${p.number}" is in quotes, so it is written as text, not as a number. To write the number, remove the ` +
      `quotes: ${p.number}.`,
  },
  'schema-quoted-boolean': {
    ja: (p) =>
      `「"${p.value}"」は引用符で囲まれているため、文字列として書かれています。引用符を外して ${p.value} と書いてください。`,
    en: (p) => `"${p.value}" is in quotes, so it is written as text. Remove the quotes: ${p.value}.`,
  },
  'schema-enum': {
    ja: (p) => `次のどれかを書いてください: ${p.expected}（書かれている値: ${p.found}）。${maybe(p, true)}`,
    en: (p) => `Expected one of: ${p.expected}; found ${p.found}.${maybe(p, false)}`,
  },
  'schema-const': {
    ja: (p) => `「${p.expected}」を書いてください（書かれている値: ${p.found}）。`,
    en: (p) => `Expected "${p.expected}", found ${p.found}.`,
  },
  'schema-pattern': {
    ja: (p) => `書き方が違います（書かれている値: ${p.found}）。${p.expected}`,
    en: (p) => `Wrong format (found: ${p.found}). ${p.expected}`,
  },
  'schema-division-format': {
    ja: (p) =>
      `担当課は「部/課」の形で、半角の / で区切って書いてください（例: 総務部/人事課。書かれている値: ${p.found}）。${maybe(p, true)}`,
    en: (p) =>
      `Write the division as department/division with a half-width / (e.g. 総務部/人事課; found: ${p.found}).` +
      maybe(p, false),
  },
  'schema-minimum': {
    ja: (p) => `${p.limit} 以上を書いてください（書かれている値: ${p.found}）。`,
    en: (p) => `Expected ${p.limit} or more, found ${p.found}.`,
  },
  'schema-maximum': {
    ja: (p) => `${p.limit} 以下を書いてください（書かれている値: ${p.found}）。`,
    en: (p) => `Expected ${p.limit} or less, found ${p.found}.`,
  },
  'schema-minLength': {
    ja: () => '空です。内容を書いてください。',
    en: () => 'Empty. Write the text.',
  },
  'schema-maxLength': {
    ja: (p) => `長すぎます。${p.limit} 文字までにしてください。`,
    en: (p) => `Too long: at most ${p.limit} characters.`,
  },
  'schema-minItems': {
    ja: (p) => `少なくとも ${p.limit} 件書いてください。`,
    en: (p) => `Write at least ${p.limit} entries.`,
  },
  'schema-maxItems': {
    ja: (p) => `${p.limit} 件までにしてください。`,
    en: (p) => `At most ${p.limit} entries.`,
  },
  'schema-minProperties': {
    ja: () => '中身が空です。少なくとも1つ書いてください。',
    en: () => 'Empty: write at least one entry.',
  },
  'schema-other': {
    ja: (p) => `書き方が正しくありません（${p.detail}）。`,
    en: (p) => `Invalid (${p.detail}).`,
  },
  // Command-level errors
  'no-report-dir': {
    ja: (p) => `フォルダ「${p.dir}」が見つかりません。`,
    en: (p) => `Directory "${p.dir}" not found.`,
  },
  'report-not-found': {
    ja: (p) =>
      `報告書のフォルダが見つかりません。「${p.cwd}」とその上のフォルダに data/report.yaml がなく、` +
      `「${p.cwd}」にも report.yaml がありません。` +
      (p.suggestion
        ? `下のフォルダに報告書があります: ${p.suggestion}。そのフォルダを指定するか（例: reform build ` +
          `${String(p.suggestion).split(', ')[0]}）、プロジェクトのフォルダに移ってから実行してください。`
        : '報告書のフォルダを指定するか（例: reform build data）、プロジェクトのフォルダに移ってから実行してください。'),
    en: (p) =>
      `No report found: there is no data/report.yaml in "${p.cwd}" or any folder above it, and no report.yaml in ` +
      `"${p.cwd}" itself. ` +
      (p.suggestion
        ? `A report is in a folder below: ${p.suggestion}. Name it (e.g. reform build ` +
          `${String(p.suggestion).split(', ')[0]}), or run reform from the project's folder.`
        : "Name the report directory (e.g. reform build data), or run reform from the project's folder."),
  },
  'not-a-report-dir': {
    ja: (p) =>
      `「${p.dir}」はファイルです。報告書のフォルダ（report.yaml と initiatives/ のあるフォルダ）を指定してください（例: data）。`,
    en: (p) =>
      `"${p.dir}" is a file. Name a report directory (the one holding report.yaml and initiatives/), e.g. data.`,
  },
  'no-manifest': {
    ja: (p) =>
      `フォルダ「${p.dir}」に ${p.file} がありません。報告書のフォルダを指定するか、reform init で作ってください。`,
    en: (p) => `There is no ${p.file} in "${p.dir}". Name a report directory, or create one with reform init.`,
  },
  'too-many-files': {
    ja: (p) => `${p.dir} のファイルが多すぎます（${p.count} 件、上限 ${p.limit} 件）。`,
    en: (p) => `Too many files in ${p.dir} (${p.count}; at most ${p.limit}).`,
  },
  // validate output
  summary: {
    ja: (p) => `${p.files} ファイル、取組 ${p.initiatives} 件、取組項目 ${p.items} 件、エラー ${p.errors} 件`,
    en: (p) =>
      `${plural(p.files, 'file')}, ${plural(p.initiatives, 'initiative')}, ${plural(p.items, 'item')},` +
      ` ${plural(p.errors, 'error')}`,
  },
  'summary-ok': {
    ja: () => '問題はありません。',
    en: () => 'No problems found.',
  },
  'summary-errors': {
    ja: (p) => `${p.errors} 件のエラーがあります。上のメッセージに従って直してください。`,
    en: (p) =>
      `${plural(p.errors, 'error')}. ` +
      pluralWord(p.errors, 'Fix it as the message above says.', 'Fix them as the messages above say.'),
  },
  field: {
    ja: (p) => `項目: ${p.field}（${p.path}）`,
    en: (p) => `field: ${p.field} (${p.path})`,
  },
  'messages-capped': {
    ja: (p) =>
      `${p.file}: ほかに ${p.count} 件のメッセージがあります（1ファイルにつき最初の ${p.limit} 件だけを表示しました）。`,
    en: (p) => `${p.file}: ${plural(p.count, 'more message')} (only the first ${p.limit} per file are shown).`,
  },
});
