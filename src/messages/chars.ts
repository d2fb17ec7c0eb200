/** Names of invisible and control characters for messages: 「ゼロ幅スペース（U+200B）」, "zero-width space (U+200B)". */
import type { Lang } from './catalog.js';

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

const NAMES_JA: Record<number, string> = {
  0x00: 'NUL 文字',
  0x07: 'ベル文字（BEL）',
  0x08: 'バックスペース',
  0x09: 'タブ',
  0x0b: '垂直タブ',
  0x0c: '改ページ文字',
  0x0d: '復帰文字（CR）',
  0x1b: 'エスケープ文字（ESC）',
  0x7f: '削除文字（DEL）',
  0xa0: 'ノーブレークスペース',
  0xad: 'ソフトハイフン',
  0x200b: 'ゼロ幅スペース',
  0x200c: 'ゼロ幅非接合子',
  0x200d: 'ゼロ幅接合子',
  0x200e: '左から右への書字方向マーク',
  0x200f: '右から左への書字方向マーク',
  0x2028: '行区切り文字',
  0x2029: '段落区切り文字',
  0x2060: 'ワードジョイナー',
  0x3000: '全角スペース',
  0xfeff: 'ゼロ幅ノーブレークスペース（BOM）',
};
const NAMES_EN: Record<number, string> = {
  0x00: 'NUL character',
  0x07: 'bell character (BEL)',
  0x08: 'backspace',
  0x09: 'tab',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return (CR)',
  0x1b: 'escape character (ESC)',
  0x7f: 'delete character (DEL)',
  0xa0: 'no-break space',
  0xad: 'soft hyphen',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x2060: 'word joiner',
  0x3000: 'full-width space',
  0xfeff: 'zero-width no-break space (BOM)',
};

/** 「ゼロ幅スペース（U+200B）」 / "zero-width space (U+200B)": the name of a character for a message. */
export function charName(ch: string, lang: Lang): string {
  const cp = ch.codePointAt(0)!;
  const ja = lang === 'ja';
  let name = (ja ? NAMES_JA : NAMES_EN)[cp];
  if (!name) {
    if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) name = ja ? '制御文字' : 'control character';
    else if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x061c)
      name = ja ? '書字方向の制御文字' : 'bidirectional control';
    else name = ja ? '目に見えない文字' : 'invisible character';
  }
  return ja ? `${name}（${hex(cp)}）` : `${name} (${hex(cp)})`;
}
