/**
 * Text of the open data after the 統一ルール (総務省「機械判読可能なデータの表記方法の統一ルール」):
 * - no platform-dependent characters (機種依存文字): circled and parenthesised numbers, Roman numerals,
 *   squared units and era names, ㈱ … are written with ordinary characters (① → 1, Ⅱ → II, ㎡ → m2,
 *   ㈱ → (株)), by their Unicode compatibility decomposition (NFKC) applied to those characters only;
 * - no line breaks and no spaces for layout inside a cell: each line is trimmed of its indent, and the
 *   lines are joined with 「｜」 (LINE_SEPARATOR, documented in docs/open-data.md and in each text
 *   column's description).
 * The same values go to the CSV and to the JSON, so that both say the same.
 */

/** What joins the lines of a multi-line text in one cell. */
export const LINE_SEPARATOR = '｜';

/**
 * Characters outside JIS X 0208 that Japanese office software has drawn differently (NEC and IBM
 * extensions): enclosed alphanumerics (①, ⑴, ⒈, Ⓐ), number forms (Ⅰ, ⅰ), enclosed CJK (㈱, ㊤), CJK
 * compatibility (㍉, ㎡, ㍻), №, ℡.
 */
export const PLATFORM_DEPENDENT = /[\u2460-\u24FF\u2150-\u218F\u2776-\u2793\u3200-\u33FF\u2116\u2121]/gu;

/** The text with platform-dependent characters written with ordinary ones. */
export function portableChars(text: string): string {
  return text.replace(PLATFORM_DEPENDENT, (ch) => {
    const n = ch.normalize('NFKC');
    // ❶ has no decomposition: its number from the code point.
    if (n === ch && ch >= '\u2776' && ch <= '\u2793') return String(((ch.codePointAt(0)! - 0x2776) % 10) + 1);
    return n === ch ? '' : n;
  });
}

/** A text for one cell: portable characters, lines trimmed of their indent and joined with LINE_SEPARATOR. */
export function portableText(text: string): string {
  return portableChars(text)
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line !== '')
    .join(LINE_SEPARATOR);
}

/** Every string value of the rows made portable (numbers, null and booleans as they are). */
export function portableRows<T extends Record<string, unknown>>(rows: readonly T[]): T[] {
  return rows.map(
    (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' ? portableText(v) : v])) as T,
  );
}
