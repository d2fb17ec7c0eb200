/** Messages about hostile or invisible input: characters named, encodings said, unsafe output folders refused. */
import { charName } from '../diagnostics/visible.js';
import { defineMessages } from '../i18n.js';

const nameOf = (cp: string | number, lang: 'ja' | 'en') => charName(String.fromCodePoint(Number(cp)), lang);
const more = (n: string | number | undefined, ja: boolean) =>
  Number(n) > 1 ? (ja ? `（この値にはほかにも ${Number(n) - 1} 個あります）` : ` (${Number(n) - 1} more in this value)`) : '';

const CP1252_JA = 'Windows の欧文用の文字コード（cp1252）で書かれた記号（“ ” ‘ ’ – など）のようです。';
const CP1252_EN = 'It looks like a typographic character (“ ” ‘ ’ – …) saved in the Windows Western encoding (cp1252). ';

const TYPE_EN: Record<string, string> = {
  string: 'a text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping ("key: value" lines)',
  array: 'a list (lines starting with "- ")',
  null: 'nothing',
};
const TYPE_JA: Record<string, string> = {
  string: '文字列',
  integer: '整数',
  number: '数値',
  boolean: 'true または false',
  object: '「キー: 値」の組（マッピング）',
  array: '「- 」で始まる行の並び（リスト）',
  null: '空',
};
const types = (t: string | number | undefined, table: Record<string, string>, or: string) =>
  String(t ?? '').split(',').map((x) => table[x] ?? x).join(or);
const foundJa = (p: Record<string, string | number>) =>
  p.foundType === 'array' || p.foundType === 'object' || p.foundType === 'null' ? types(p.foundType, TYPE_JA, '') : p.found;
const foundEn = (p: Record<string, string | number>) =>
  p.foundType === 'array' || p.foundType === 'object' || p.foundType === 'null' ? types(p.foundType, TYPE_EN, '') : `${types(p.foundType, TYPE_EN, '')} "${p.found}"`;

defineMessages({
  ja: {
    'schema-type': (p) => {
      // A space between a Latin word and the Japanese that follows: 「true または false を書いて」.
      const expected = types(p.expected, TYPE_JA, ' または ');
      return `${expected}${/[A-Za-z]$/.test(expected) ? ' ' : ''}を書いてください（書かれている値: ${foundJa(p)}）。`;
    },
    'schema-quoted-number': (p) =>
      `「"${p.number}"」は引用符で囲まれているため、数ではなく文字列として書かれています。数として書くには引用符を外して ${p.number} と書いてください。`,
    'schema-quoted-boolean': (p) =>
      `「"${p.value}"」は引用符で囲まれているため、文字列として書かれています。引用符を外して ${p.value} と書いてください。`,
    'yaml-odd-indent': (p) =>
      `字下げに${nameOf(p.codePoint, 'ja')}が使われています。見た目は空白ですが、YAML の字下げには使えません。半角スペースで書き直してください。`,
    'rule-control-char': (p) =>
      `${nameOf(p.codePoint, 'ja')}が含まれています${more(p.count, true)}。目に見えない制御文字は表に印刷できません。コピーしたときに紛れ込んだものを削除してください。`,
    'rule-invisible-char': (p) =>
      `${nameOf(p.codePoint, 'ja')}が含まれています${more(p.count, true)}。目に見えない文字で、同じに見える文字列が別のものになります。意図したものでなければ削除してください。`,
    'rule-division-hidden-char': (p) =>
      `「${p.value}」には${nameOf(p.codePoint, 'ja')}が含まれていて、見た目が同じでも report.yaml の部・課の一覧（departments）と一致しません。この文字を削除してください。${p.suggestion ? `削除すると「${p.suggestion}」になります。` : ''}`,
    'encoding-nul': () => 'NUL 文字（U+0000）があります。テキストファイルに NUL は書けません。壊れたファイルか、UTF-8 以外の文字コードで保存されたファイルです。',
    'encoding-invalid-byte': (p) =>
      `UTF-8 として読めないバイト（0x${p.byte}）があります。${p.cp1252 ? CP1252_JA : ''}エディタで「UTF-8」を選んで保存し直すか、この位置の文字を書き直してください。`,
    'encoding-detected': (p) =>
      `文字コードが UTF-8 ではありません（${p.encoding} で保存されているようです）。エディタで「UTF-8」を選んで保存し直してください（メモ帳なら「名前を付けて保存」→「文字コード: UTF-8」）。`,
    'yaml-cr-only': () =>
      '改行が CR だけ（古い Mac の形式）になっています。reform は改行 LF か CR+LF のファイルだけを読みます。エディタで改行コードを「LF」か「CRLF」にして保存し直してください。',
    'build-out-contains-report': () => '報告書のフォルダを中に含むフォルダです（例: --out . や --out ..）。報告書の外に専用のフォルダ（例: out）を指定してください。',
    'build-out-system': () => 'システムのフォルダ（/proc、/sys、/dev、/etc、/tmp など）か、特別なフォルダの中です。専用のフォルダ（例: out）を指定してください。',
    'build-out-home': () => 'ホームフォルダそのものです。その中に専用のフォルダ（例: ~/out）を指定してください。',
    'build-out-timeout': (p) => `出力先「${p.out}」を作れませんでした（時間内に終わりませんでした）。ふつうのフォルダを指定してください。`,
    'messages-capped': (p) => `${p.file}: ほかに ${p.count} 件のメッセージがあります（1ファイルにつき最初の ${p.limit} 件だけを表示しました）。`,
  },
  en: {
    'schema-type': (p) => `Write ${types(p.expected, TYPE_EN, ' or ')} here; this is ${foundEn(p)}.`,
    'schema-quoted-number': (p) =>
      `"${p.number}" is in quotes, so it is written as text, not as a number. To write the number, remove the quotes: ${p.number}.`,
    'schema-quoted-boolean': (p) => `"${p.value}" is in quotes, so it is written as text. Remove the quotes: ${p.value}.`,
    'yaml-odd-indent': (p) =>
      `A ${nameOf(p.codePoint, 'en')} is used for indentation. It looks like a space but YAML does not accept it: indent with ordinary spaces.`,
    'rule-control-char': (p) =>
      `The text contains a ${nameOf(p.codePoint, 'en')}${more(p.count, false)}. Invisible control characters cannot be printed; remove it (it usually comes with copy and paste).`,
    'rule-invisible-char': (p) =>
      `The text contains a ${nameOf(p.codePoint, 'en')}${more(p.count, false)}: an invisible character that makes equal-looking texts differ. Remove it unless it is intended.`,
    'rule-division-hidden-char': (p) =>
      `"${p.value}" contains a ${nameOf(p.codePoint, 'en')}, so it does not match report.yaml's departments although it looks the same. Remove that character.${p.suggestion ? ` Without it, it reads "${p.suggestion}".` : ''}`,
    'encoding-nul': () => 'There is a NUL character (U+0000). A text file cannot hold NUL: the file is damaged or saved in an encoding other than UTF-8.',
    'encoding-invalid-byte': (p) =>
      `A byte (0x${p.byte}) is not valid UTF-8. ${p.cp1252 ? CP1252_EN : ''}Save the file again choosing "UTF-8" in your editor, or retype the character here.`,
    'encoding-detected': (p) => `The file is not UTF-8 (it looks like ${p.encoding}). Save it again choosing "UTF-8" in your editor.`,
    'yaml-cr-only': () =>
      'Lines end with CR only (old Mac style). reform reads files whose lines end with LF or CR+LF: save the file again with LF or CRLF line endings.',
    'build-out-contains-report': () => 'it contains the report directory (e.g. --out . or --out ..). Choose a directory of its own outside the report (e.g. out).',
    'build-out-system': () => 'it is a system directory (/proc, /sys, /dev, /etc…) or inside one. Choose a directory of its own (e.g. out).',
    'build-out-home': () => 'it is your home directory itself. Choose a directory inside it (e.g. ~/out).',
    'build-out-timeout': (p) => `The output directory "${p.out}" could not be created in time. Choose an ordinary directory.`,
    'messages-capped': (p) => `${p.file}: ${p.count} more messages (only the first ${p.limit} per file are shown).`,
  },
});
