/**
 * Making text from the input visible before it is printed: a YAML file is untrusted (it comes in a
 * pull request), and an ESC sequence, a CR or a bidi control echoed raw would clear, rewrite or
 * reorder the reviewer's terminal. Written here, not taken from a library: the set of characters
 * and their names (in Japanese for office staff) are specific to reform's messages.
 */

/** Characters never printed raw: C0 (tab and line feed too, unless the caller keeps them), DEL, C1,
 * invisible or direction-changing characters, lone surrogates, and the Unicode tag block. */
const HIDDEN = new RegExp(
  [
    '[\\u0000-\\u001f\\u007f-\\u009f\\u00a0\\u00ad\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e',
    '\\u200b-\\u200f\\u2028-\\u202f\\u205f-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\ufff9-\\ufffb\\uffa0',
    '\\ud800-\\udfff\\u{e0000}-\\u{e007f}]',
  ].join(''),
  'gu',
);

/** Control characters and invisible characters that are refused in text (tab and line feed are allowed). */
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
/** Invisible characters that make two texts look the same, or reorder what is shown. */
export const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

function escapeOne(ch: string): string {
  const cp = ch.codePointAt(0)!;
  // C0 as the Control Pictures block (␛, ␍, ␇…), which every terminal shows as one harmless glyph.
  if (cp < 0x20) return String.fromCodePoint(0x2400 + cp);
  if (cp === 0x7f) return '␡';
  return `<${hex(cp)}>`;
}

export interface VisibleOptions {
  /** Keep line feeds (for multi-line messages); otherwise shown as ␊. */
  keepNewlines?: boolean;
  /** Keep tabs (for code frames, which expand them); otherwise shown as ␉. */
  keepTabs?: boolean;
}

/** The text with every control or invisible character replaced by a visible escape (␛, ␍, <U+200B>…). */
export function visible(text: string, opts: VisibleOptions = {}): string {
  return text.replace(HIDDEN, (ch) => {
    if (ch === '\n' && opts.keepNewlines) return ch;
    if (ch === '\t' && opts.keepTabs) return ch;
    return escapeOne(ch);
  });
}

/** Whether printing the text raw could do anything but print it. */
export function hasHidden(text: string): boolean {
  HIDDEN.lastIndex = 0;
  const found = HIDDEN.test(text);
  HIDDEN.lastIndex = 0;
  return found;
}

/**
 * JSON.stringify leaves DEL, C1, bidi and zero-width characters raw (they are valid JSON); they are
 * written as \uXXXX escapes so the JSON stays exact and the stream carries no raw control character.
 */
export function escapeJsonText(json: string): string {
  return json.replace(HIDDEN, (ch) =>
    // Line feeds, tabs and CR outside strings are JSON's own whitespace; inside strings JSON.stringify escaped them.
    ch === '\n' || ch === '\t' || ch === '\r'
      ? ch
      : Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}

/** The first control or invisible character of a text and its index (UTF-16), if any. */
export function firstHidden(
  text: string,
  which: RegExp = new RegExp(`${CONTROL.source}|${INVISIBLE.source}`, 'u'),
): { ch: string; index: number } | undefined {
  const m = which.exec(text);
  return m ? { ch: m[0], index: m.index } : undefined;
}
