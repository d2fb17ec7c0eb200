/** Messages of the command line itself: internal errors, usage errors, file-system errors. */
import { defineMessages } from './catalog.js';

export const cliMessages = defineMessages({
  internal: {
    ja: (p) =>
      `reform の内部エラーです（入力の誤りではありません）。お手数ですが、次の内容を添えて担当者に連絡してください: ${p.detail}`,
    en: (p) => `Internal error in reform (not a fault of your input). Please report it with this detail: ${p.detail}`,
  },
  usage: {
    ja: (p) => `コマンドの指定に誤りがあります: ${p.detail}`,
    en: (p) => `Invalid command line: ${p.detail}`,
  },
  'fs-error': {
    ja: (p) =>
      `${p.file ? `「${p.file}」を読み書きできません: ` : 'ファイルを読み書きできません: '}${p.reason}（${p.code}）`,
    en: (p) =>
      `${p.file ? `Cannot read or write "${p.file}": ` : 'Cannot read or write a file: '}${p.reason} (${p.code})`,
  },
  'fs-EISDIR': {
    ja: () => 'フォルダです。ファイルの名前を指定してください',
    en: () => 'it is a directory; give a file name',
  },
  'fs-ENOTDIR': {
    ja: () => 'パスの途中にフォルダではなくファイルがあります',
    en: () => 'a part of the path is a file, not a directory',
  },
  'fs-EEXIST': {
    ja: () => '同じ名前のファイルかフォルダがすでにあります',
    en: () => 'a file or directory of that name already exists',
  },
  'fs-EACCES': {
    ja: () => '権限がありません',
    en: () => 'permission denied',
  },
  'fs-EPERM': {
    ja: () => '権限がありません',
    en: () => 'permission denied',
  },
  'fs-ENOSPC': {
    ja: () => 'ディスクの空きがありません',
    en: () => 'no space left on the disk',
  },
  'fs-EROFS': {
    ja: () => '書き込みできない場所です',
    en: () => 'the place is read-only',
  },
  'fs-ENOENT': {
    ja: () => '見つかりません',
    en: () => 'not found',
  },
  'fs-EBUSY': {
    ja: () => 'ほかのプログラムが使用中です（Excel などで開いていれば閉じてください）',
    en: () => 'in use by another program (close it in Excel if it is open)',
  },
  'fs-EMFILE': {
    ja: () => '同時に開けるファイルの数を超えました',
    en: () => 'too many open files',
  },
  'fs-ENAMETOOLONG': {
    ja: () => '名前が長すぎます',
    en: () => 'the name is too long',
  },
  'fs-ELOOP': {
    ja: () => 'シンボリックリンクが循環しています',
    en: () => 'symbolic links form a loop',
  },
});
