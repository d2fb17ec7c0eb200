/**
 * Messages for office staff, in Japanese by default and in English with --lang en.
 * Each message says what is wrong and what is expected, in plain words.
 */
export type Lang = 'ja' | 'en';
type Params = Record<string, string | number>;
type Template = (p: Params) => string;

const PERIOD_JA: Record<string, string> = { firstHalf: '上半期実績（4月～9月）', fullYear: '年間実績（4月～3月）' };
const PERIOD_EN: Record<string, string> = { firstHalf: 'first-half results (April–September)', fullYear: 'full-year results (April–March)' };
const TYPE_JA: Record<string, string> = {
  string: '文字列',
  integer: '整数',
  number: '数値',
  boolean: 'true または false',
  object: '「キー: 値」の組（マッピング）',
  array: '「- 」で始まる行の並び（リスト）',
  null: '空',
};
const typeJa = (t: string | number) => String(t).split(',').map((x) => TYPE_JA[x] ?? x).join(' または ');
const plural = (n: string | number, word: string) => `${n} ${word}${Number(n) === 1 ? '' : 's'}`;
const maybe = (p: Params, ja: boolean) => (p.suggestion ? (ja ? `もしかして「${p.suggestion}」ですか？` : ` Did you mean "${p.suggestion}"?`) : '');

const ja: Record<string, Template> = {
  // YAML syntax (codes of the yaml package)
  'yaml-DUPLICATE_KEY': (p) => `同じキー${p.key ? `「${p.key}」` : ''}が2回書かれています（2019 と "2019" も同じキーです）。どちらか一方を消してください。`,
  'yaml-complex-key': () => 'キーにリストやマッピングは使えません。キーは「名前: 値」の名前の部分に、文字か数字で書いてください。',
  'not-a-regular-file': (p) => `「${p.file}」はふつうのファイルではありません（シンボリックリンク、フォルダなど）。取組のファイルは initiatives/ にふつうのファイルとして置いてください。`,
  'file-vanished': (p) => `「${p.file}」を読めませんでした（読み込み中に消えた可能性があります）。`,
  'yaml-TAB_AS_INDENT': () => '字下げにタブが使われています。YAML の字下げは半角スペースで書いてください。',
  'yaml-BAD_INDENT': () => '字下げ（行頭のスペースの数）が揃っていません。同じ階層の行は同じ数のスペースで始めてください（前の行の括弧 [ { や引用符が閉じていないときにも出ます）。',
  'yaml-MISSING_CHAR': (p) => `記号が足りません（閉じていない括弧や引用符など）。詳細: ${p.detail}`,
  'yaml-BLOCK_AS_IMPLICIT_KEY': () => 'キーの書き方が正しくありません。「キー: 値」の「: 」（コロンと半角スペース）を確かめてください。',
  'yaml-MULTILINE_IMPLICIT_KEY': () => 'キーが複数行にわたっています。「キー: 値」の「: 」が抜けていないか、字下げが崩れていないか確かめてください。',
  'yaml-UNEXPECTED_TOKEN': (p) => `この位置に置けない記号があります。詳細: ${p.detail}`,
  'yaml-BAD_SCALAR_START': () => '値の書き出しが正しくありません。「- 」「: 」の後のスペース、または引用符を確かめてください。',
  'yaml-TAG_RESOLVE_FAILED': (p) => `使えないタグ（! で始まる型指定）があります。詳細: ${p.detail}`,
  'yaml-RESOURCE_EXHAUSTION': () => '括弧などの入れ子が深すぎて読み込めません。内容を見直してください。',
  'yaml-MULTIPLE_DOCS': () => '1つのファイルに複数の文書（--- の区切り）があります。1ファイルに1つの取組だけを書いてください。',
  'yaml-alias': () => 'YAML のアンカー（&）やエイリアス（*）は使えません。同じ文章を使うときは、そのまま書いてください。',
  'yaml-other': (p) => `YAML の書き方に誤りがあります。詳細: ${p.detail}`,
  'empty-file': () => 'ファイルが空です。取組の内容を書くか、不要ならファイルを削除してください。',
  'empty-manifest': () => 'report.yaml が空です。報告書の設定（表題、計画期間、公表する版、章、区分、部・課の一覧）を書いてください。reform init で作る見本が参考になります。',
  'file-too-large': (p) => `ファイルが大きすぎます（${p.size} KB）。1ファイルは ${p.limit} KB までです。`,
  'encoding-sjis': () =>
    '文字コードが UTF-8 ではありません（Shift_JIS で保存されているようです）。エディタで「UTF-8」を選んで保存し直してください（メモ帳なら「名前を付けて保存」→「文字コード: UTF-8」）。',
  'encoding-utf16': () => '文字コードが UTF-16 です。エディタで「UTF-8」を選んで保存し直してください。',
  'encoding-unknown': () => '文字コードが UTF-8 ではありません。エディタで「UTF-8」を選んで保存し直してください。',
  'encoding-binary': () => 'テキストファイルではありません（NUL 文字を含みます）。',
  'no-initiatives': () => '取組のファイルがありません。initiatives/ フォルダに取組ごとの YAML ファイルを置いてください。',
  // Schema
  'schema-unknown-key': (p) => `「${p.key}」という項目はありません。${maybe(p, true) || `書ける項目: ${p.allowed}`}`,
  'schema-required': (p) => `必要な項目「${p.key}」がありません。`,
  'schema-bad-key': (p) => `「${p.key}」はキーとして使えません。年度は西暦の4桁（例: 2019）で書いてください。`,
  'schema-type': (p) => `${typeJa(p.expected)}を書いてください（書かれている値: ${p.foundType === 'array' || p.foundType === 'object' || p.foundType === 'null' ? typeJa(p.foundType) : p.found}）。`,
  'schema-enum': (p) => `次のどれかを書いてください: ${p.expected}（書かれている値: ${p.found}）。${maybe(p, true)}`,
  'schema-const': (p) => `「${p.expected}」を書いてください（書かれている値: ${p.found}）。`,
  'schema-pattern': (p) => `書き方が違います（書かれている値: ${p.found}）。${p.expected}`,
  'schema-division-format': (p) => `担当課は「部/課」の形で、半角の / で区切って書いてください（例: 総務部/人事課。書かれている値: ${p.found}）。${maybe(p, true)}`,
  'schema-minimum': (p) => `${p.limit} 以上を書いてください（書かれている値: ${p.found}）。`,
  'schema-maximum': (p) => `${p.limit} 以下を書いてください（書かれている値: ${p.found}）。`,
  'schema-minLength': () => '空です。内容を書いてください。',
  'schema-maxLength': (p) => `長すぎます。${p.limit} 文字までにしてください。`,
  'schema-minItems': (p) => `少なくとも ${p.limit} 件書いてください。`,
  'schema-maxItems': (p) => `${p.limit} 件までにしてください。`,
  'schema-minProperties': () => '中身が空です。少なくとも1つ書いてください。',
  'schema-other': (p) => `書き方が正しくありません（${p.detail}）。`,
  // Rules
  'rule-period-order': (p) => `計画期間の最後の年度（${p.to}）が最初の年度（${p.from}）より前です。`,
  'rule-period-too-long': (p) => `計画期間が ${p.years} 年度あります。工程表に並べられるのは 21 年度までです。`,
  'rule-year-outside-plan': (p) => `${p.year}（${p.yearLabel}）は計画期間 ${p.from}～${p.to}（${p.fromLabel}～${p.toLabel}）の外です。`,
  'rule-duplicate': (p) => `「${p.value}」が重複しています。`,
  'rule-duplicate-number': (p) => `番号 ${p.number} は ${p.other} でも使われています。番号は重複できません。`,
  'rule-number-gap': (p) => `番号 ${p.missing} の取組がありません（番号は 1 から欠けずに続けてください。この取組は ${p.number}）。`,
  'rule-unknown-section': (p) => `章「${p.value}」は report.yaml の sections にありません。書ける章: ${p.allowed}。${maybe(p, true)}`,
  'rule-unknown-division': (p) => `「${p.value}」は report.yaml の部・課の一覧（departments）にありません。${maybe(p, true)}`,
  'rule-unknown-department': (p) => `部「${p.department}」は report.yaml の部・課の一覧（departments）にありません。${maybe(p, true)}`,
  'rule-phase-order': (p) => `終了年度（${p.to}）が開始年度（${p.from}）より前です。`,
  'rule-then-single-year': () => '「年度内の次の段階」（then）は、1つの年度の中の段階にだけ書けます（開始年度と終了年度を同じにしてください）。',
  'rule-phase-overlap': (p) => `同じ段で段階「${p.label}」と「${p.other}」が ${p.yearLabel} に重なっています。並行する段階は別の段に書いてください。`,
  'rule-missing-plan': (p) => `今回公表する ${p.yearLabel}（${p.year}）の年次計画がありません。plans に ${p.year}: を書いてください。`,
  'rule-missing-result': (p) => `今回公表する ${p.yearLabel}（${p.year}）の${PERIOD_JA[String(p.period)]}がありません。results の ${p.year}: に ${p.period}: を書いてください。`,
  'rule-unknown-direction': (p) => `区分「${p.value}」は report.yaml の今後の取組方向（directions）にありません。書ける区分: ${p.allowed}。`,
  'rule-reason-both': () => '「上の行と共通」（reasonSharedWithAbove: true）にした行には、区分の理由（reason）を書かないでください。',
  'rule-reason-missing': () => '区分の理由（reason）がありません。上の行と同じ理由なら reasonSharedWithAbove: true と書いてください。',
  'rule-reason-shared-first': () => '最初の行は「上の行と共通」にできません。区分の理由（reason）を書いてください。',
  'rule-reason-shared-direction': (p) => `区分の理由を上の行と共通にするには、区分も同じにしてください（この行: ${p.value}、上の行: ${p.above}）。`,
  'rule-control-char': () => '制御文字（目に見えない特殊な文字）が含まれています。コピーしたときに紛れ込んだものを削除してください。',
  'rule-no-glyph': (p) =>
    `「${p.char}」（${p.codePoint}）は同梱のフォント（BIZ UDPゴシック、Noto Sans JP）にない文字です。見る人のパソコンによっては □ になるため、別の文字に置き換えてください。`,
  'rule-achieved-after-edition': (p) =>
    `達成年度 ${p.year}（${p.yearLabel}）は、この報告の年度 ${p.edition}（${p.editionLabel}）より後です。まだ来ていない年度に「達成済」とは書けません。`,
  'rule-result-after-edition': (p) =>
    `${p.year}（${p.yearLabel}）の実績は、この報告の年度 ${p.edition}（${p.editionLabel}）より後です。実績は報告の年度までしか書けません。`,
  // Command-level errors
  'no-report-dir': (p) => `フォルダ「${p.dir}」が見つかりません。`,
  'not-a-report-dir': (p) => `「${p.dir}」はファイルです。報告書のフォルダ（report.yaml と initiatives/ のあるフォルダ）を指定してください（例: data）。`,
  'no-manifest': (p) => `フォルダ「${p.dir}」に ${p.file} がありません。報告書のフォルダを指定するか、reform init で作ってください。`,
  'too-many-files': (p) => `${p.dir} のファイルが多すぎます（${p.count} 件、上限 ${p.limit} 件）。`,
  internal: (p) => `reform の内部エラーです（入力の誤りではありません）。お手数ですが、次の内容を添えて担当者に連絡してください: ${p.detail}`,
  usage: (p) => `コマンドの指定に誤りがあります: ${p.detail}`,
  'fs-error': (p) => `${p.file ? `「${p.file}」を読み書きできません: ` : 'ファイルを読み書きできません: '}${p.reason}（${p.code}）`,
  'fs-EISDIR': () => 'フォルダです。ファイルの名前を指定してください',
  'fs-ENOTDIR': () => 'パスの途中にフォルダではなくファイルがあります',
  'fs-EEXIST': () => '同じ名前のファイルかフォルダがすでにあります',
  'fs-EACCES': () => '権限がありません',
  'fs-EPERM': () => '権限がありません',
  'fs-ENOSPC': () => 'ディスクの空きがありません',
  'fs-EROFS': () => '書き込みできない場所です',
  'fs-ENOENT': () => '見つかりません',
  'fs-EBUSY': () => 'ほかのプログラムが使用中です（Excel などで開いていれば閉じてください）',
  'fs-EMFILE': () => '同時に開けるファイルの数を超えました',
  'fs-ENAMETOOLONG': () => '名前が長すぎます',
  'fs-ELOOP': () => 'シンボリックリンクが循環しています',
  // validate output
  summary: (p) => `${p.files} ファイル、取組 ${p.initiatives} 件、取組項目 ${p.items} 件、エラー ${p.errors} 件`,
  'summary-ok': () => '問題はありません。',
  'summary-errors': (p) => `${p.errors} 件のエラーがあります。上のメッセージに従って直してください。`,
  field: (p) => `項目: ${p.field}（${p.path}）`,
};

const en: Record<string, Template> = {
  'yaml-DUPLICATE_KEY': (p) => `The same key${p.key ? ` "${p.key}"` : ''} is written twice (2019 and "2019" are the same key). Remove one of them.`,
  'yaml-complex-key': () => 'A key cannot be a list or a mapping. Write keys as plain names or numbers.',
  'not-a-regular-file': (p) => `"${p.file}" is not a regular file (a symbolic link, a directory…). Put initiative files into initiatives/ as regular files.`,
  'file-vanished': (p) => `"${p.file}" could not be read (it may have been removed while reading).`,
  'yaml-TAB_AS_INDENT': () => 'A tab is used for indentation. Indent YAML with spaces.',
  'yaml-BAD_INDENT': () => 'The indentation is inconsistent. Lines at the same level must start with the same number of spaces (an unclosed [ { or quote on a line above causes this too).',
  'yaml-MISSING_CHAR': (p) => `A character is missing (an unclosed bracket or quote?). Detail: ${p.detail}`,
  'yaml-BLOCK_AS_IMPLICIT_KEY': () => 'A key is not written correctly. Check the ": " (colon and space) of "key: value".',
  'yaml-MULTILINE_IMPLICIT_KEY': () => 'A key spans several lines. Check for a missing ": " or broken indentation.',
  'yaml-UNEXPECTED_TOKEN': (p) => `A character is not allowed here. Detail: ${p.detail}`,
  'yaml-BAD_SCALAR_START': () => 'A value starts wrongly. Check the space after "- " or ": ", or the quotes.',
  'yaml-TAG_RESOLVE_FAILED': (p) => `A tag (a type starting with !) is not supported. Detail: ${p.detail}`,
  'yaml-RESOURCE_EXHAUSTION': () => 'The nesting (brackets) is too deep to read. Check the content.',
  'yaml-MULTIPLE_DOCS': () => 'The file holds several documents (separated by ---). Write one initiative per file.',
  'yaml-alias': () => 'YAML anchors (&) and aliases (*) are not allowed. Write the text out in full.',
  'yaml-other': (p) => `The YAML is malformed. Detail: ${p.detail}`,
  'empty-file': () => 'The file is empty. Write the initiative, or delete the file.',
  'empty-manifest': () => 'report.yaml is empty. Write the report settings (title, plan period, edition, sections, categories, departments); the example made by reform init shows them.',
  'file-too-large': (p) => `The file is too large (${p.size} KB). A file may have at most ${p.limit} KB.`,
  'encoding-sjis': () => 'The file is not UTF-8 (it looks like Shift_JIS). Save it again choosing "UTF-8" in your editor.',
  'encoding-utf16': () => 'The file is UTF-16. Save it again choosing "UTF-8" in your editor.',
  'encoding-unknown': () => 'The file is not UTF-8. Save it again choosing "UTF-8" in your editor.',
  'encoding-binary': () => 'This is not a text file (it contains NUL characters).',
  'no-initiatives': () => 'There are no initiative files. Put one YAML file per initiative into the initiatives/ folder.',
  'schema-unknown-key': (p) => `There is no field "${p.key}".${maybe(p, false) || ` Allowed: ${p.allowed}`}`,
  'schema-required': (p) => `The required field "${p.key}" is missing.`,
  'schema-bad-key': (p) => `"${p.key}" cannot be used as a key. Write fiscal years as 4-digit Western years (e.g. 2019).`,
  'schema-type': (p) => `Expected ${p.expected}, found ${p.foundType} (${p.found}).`,
  'schema-enum': (p) => `Expected one of: ${p.expected}; found ${p.found}.${maybe(p, false)}`,
  'schema-const': (p) => `Expected "${p.expected}", found ${p.found}.`,
  'schema-pattern': (p) => `Wrong format (found: ${p.found}). ${p.expected}`,
  'schema-division-format': (p) => `Write 担当課 as department/division with a half-width / (e.g. 総務部/人事課; found: ${p.found}).${maybe(p, false)}`,
  'schema-minimum': (p) => `Expected ${p.limit} or more, found ${p.found}.`,
  'schema-maximum': (p) => `Expected ${p.limit} or less, found ${p.found}.`,
  'schema-minLength': () => 'Empty. Write the text.',
  'schema-maxLength': (p) => `Too long: at most ${p.limit} characters.`,
  'schema-minItems': (p) => `Write at least ${p.limit} entries.`,
  'schema-maxItems': (p) => `At most ${p.limit} entries.`,
  'schema-minProperties': () => 'Empty: write at least one entry.',
  'schema-other': (p) => `Invalid (${p.detail}).`,
  'rule-period-order': (p) => `The plan period ends (${p.to}) before it starts (${p.from}).`,
  'rule-period-too-long': (p) => `The plan period has ${p.years} fiscal years; the chart holds at most 21.`,
  'rule-year-outside-plan': (p) => `${p.year} (${p.yearLabel}) is outside the plan period ${p.from}–${p.to}.`,
  'rule-duplicate': (p) => `"${p.value}" is duplicated.`,
  'rule-duplicate-number': (p) => `Number ${p.number} is also used by ${p.other}. Numbers must be unique.`,
  'rule-number-gap': (p) => `There is no initiative number ${p.missing} (numbers run from 1 without gaps; this one is ${p.number}).`,
  'rule-unknown-section': (p) => `Section "${p.value}" is not in report.yaml's sections. Allowed: ${p.allowed}.${maybe(p, false)}`,
  'rule-unknown-division': (p) => `"${p.value}" is not in report.yaml's departments.${maybe(p, false)}`,
  'rule-unknown-department': (p) => `Department "${p.department}" is not in report.yaml's departments.${maybe(p, false)}`,
  'rule-phase-order': (p) => `The last year (${p.to}) is before the first year (${p.from}).`,
  'rule-then-single-year': () => '"then" (a change within a year) is only allowed on a phase of one fiscal year.',
  'rule-phase-overlap': (p) => `Phases "${p.label}" and "${p.other}" overlap in ${p.year} in the same lane. Put parallel phases into separate lanes.`,
  'rule-missing-plan': (p) => `The annual plan for the published year ${p.year} (${p.yearLabel}) is missing: add ${p.year}: under plans.`,
  'rule-missing-result': (p) => `The ${PERIOD_EN[String(p.period)]} for the published year ${p.year} are missing: add ${p.period}: under results.${p.year}.`,
  'rule-unknown-direction': (p) => `Category "${p.value}" is not among report.yaml's directions. Allowed: ${p.allowed}.`,
  'rule-reason-both': () => 'A row with reasonSharedWithAbove: true must not have its own reason.',
  'rule-reason-missing': () => 'The reason (区分の理由) is missing. If it is the same as the row above, write reasonSharedWithAbove: true.',
  'rule-reason-shared-first': () => 'The first row cannot share the reason of the row above. Write its reason.',
  'rule-reason-shared-direction': (p) => `Rows that share a reason must have the same category (this row: ${p.value}, above: ${p.above}).`,
  'rule-control-char': () => 'The text contains control characters (invisible special characters). Remove them.',
  'rule-no-glyph': (p) =>
    `"${p.char}" (${p.codePoint}) is in none of the bundled fonts (BIZ UDPGothic, Noto Sans JP) and may print as an empty box. Replace it.`,
  'rule-achieved-after-edition': (p) =>
    `The year achieved, ${p.year} (${p.yearLabel}), is after this edition's year ${p.edition} (${p.editionLabel}).`,
  'rule-result-after-edition': (p) =>
    `Results for ${p.year} (${p.yearLabel}) are after this edition's year ${p.edition} (${p.editionLabel}).`,
  'no-report-dir': (p) => `Directory "${p.dir}" not found.`,
  'not-a-report-dir': (p) => `"${p.dir}" is a file. Name a report directory (the one holding report.yaml and initiatives/), e.g. data.`,
  'no-manifest': (p) => `There is no ${p.file} in "${p.dir}". Name a report directory, or create one with reform init.`,
  'too-many-files': (p) => `Too many files in ${p.dir} (${p.count}; at most ${p.limit}).`,
  internal: (p) => `Internal error in reform (not a fault of your input). Please report it with this detail: ${p.detail}`,
  usage: (p) => `Invalid command line: ${p.detail}`,
  'fs-error': (p) => `${p.file ? `Cannot read or write "${p.file}": ` : 'Cannot read or write a file: '}${p.reason} (${p.code})`,
  'fs-EISDIR': () => 'it is a directory; give a file name',
  'fs-ENOTDIR': () => 'a part of the path is a file, not a directory',
  'fs-EEXIST': () => 'a file or directory of that name already exists',
  'fs-EACCES': () => 'permission denied',
  'fs-EPERM': () => 'permission denied',
  'fs-ENOSPC': () => 'no space left on the disk',
  'fs-EROFS': () => 'the place is read-only',
  'fs-ENOENT': () => 'not found',
  'fs-EBUSY': () => 'in use by another program (close it in Excel if it is open)',
  'fs-EMFILE': () => 'too many open files',
  'fs-ENAMETOOLONG': () => 'the name is too long',
  'fs-ELOOP': () => 'symbolic links form a loop',
  summary: (p) => `${plural(p.files, 'file')}, ${plural(p.initiatives, 'initiative')}, ${plural(p.items, 'item')}, ${plural(p.errors, 'error')}`,
  'summary-ok': () => 'No problems found.',
  'summary-errors': (p) => `${plural(p.errors, 'error')}. Fix them as the messages above say.`,
  field: (p) => `field: ${p.field} (${p.path})`,
};

const catalogues: Record<Lang, Record<string, Template>> = { ja, en };

/** Adds messages (used by command modules for their own texts). */
export function defineMessages(messages: Record<Lang, Record<string, Template>>): void {
  Object.assign(ja, messages.ja);
  Object.assign(en, messages.en);
}

export function t(lang: Lang, key: string, params: Params = {}): string {
  const cat = catalogues[lang];
  const tpl = cat[key] ?? (key.startsWith('yaml-') ? cat['yaml-other'] : key.startsWith('schema-') ? cat['schema-other'] : undefined);
  if (!tpl) return `${key} ${JSON.stringify(params)}`;
  return tpl({ detail: '', ...params });
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (v.startsWith('ja')) return 'ja';
  if (v.startsWith('en')) return 'en';
  return undefined;
}
