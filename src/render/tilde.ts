/**
 * An ASCII `~` written between two years or numbers (2024~2026, 令和6~8年度, R6~R8) is drawn raised, near
 * the cap height, in BIZ UDPゴシック: it reads as a stray mark, not as "from … to". The printed outputs
 * (HTML, PDF, the workbook) print it as the full-width tilde ～ (U+FF5E), which sits on the middle of the
 * line as the 〜 of Japanese text does. The data keeps its text: YAML, open data and the forms are unchanged.
 * A `~` anywhere else (a URL's ~user, a lone ~) is printed as written.
 */

/** A `~` with a digit, 年, 度, 月, 日 or a closing bracket before it and a digit or an era's letter after it. */
const BETWEEN_NUMBERS = /(?<=[0-9０-９年度月日)）])[ \t]*~[ \t]*(?=[0-9０-９RHSrhs令平昭])/gu;

export function printedTildes(text: string): string {
  return text.includes('~') ? text.replace(BETWEEN_NUMBERS, '～') : text;
}

/** The same in the text of an HTML page: never inside a tag (an attribute, a URL) or a style or script block. */
export function printedTildesInHtml(html: string): string {
  if (!html.includes('~')) return html;
  return html
    .split(/(<(?:style|script)\b[\s\S]*?<\/(?:style|script)>|<[^>]*>)/i)
    .map((part, i) => (i % 2 === 1 ? part : printedTildes(part)))
    .join('');
}
