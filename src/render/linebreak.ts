/**
 * Where a printed line may not break, beyond what the browser knows: a number with its sign, separators,
 * decimal point and unit (「△１２．５％」「２，３８１千円」「H30:7,654件」) is one unit, and a 担当課 breaks
 * between 部 and 課 only. The renderers wrap such runs in nowrap spans; pure functions here.
 */

/** A sign, digits (half- or full-width) with separators between them, and a unit. */
const DIGITS = '[0-9０-９]+(?:[,，.．][0-9０-９]+)*';
const UNIT = '(?:％|%|千円|万円|億円|円|件|名|人|回|日|倍|ポイント|か所|箇所)?';
const NUMBER = new RegExp(`[△▲▽▼＋+−]${DIGITS}${UNIT}|${DIGITS}${UNIT}`, 'gu');

export interface TextPart {
  text: string;
  /** Kept on one line. */
  nw: boolean;
  /** A long run of Latin letters, digits and symbols (a URL, a code): broken anywhere, not moved whole. */
  bk?: boolean;
}

/** Runs of 20 or more half-width characters without a space: wider than most cells. */
const LONG_LATIN = /[\x21-\x7e]{20,}/gu;

/**
 * The text cut into runs: numbers of two characters or more marked to be kept on one line, long Latin
 * runs marked to break anywhere (so that a bullet is not left alone on its line before a URL).
 */
export function keepNumbersTogether(text: string): TextPart[] {
  const out: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(LONG_LATIN)) {
    if (m.index! > last) out.push(...numberParts(text.slice(last, m.index)));
    out.push({ text: m[0], nw: false, bk: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push(...numberParts(text.slice(last)));
  return out;
}

function numberParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(NUMBER)) {
    if ([...m[0]].length < 2) continue;
    if (m.index! > last) parts.push({ text: text.slice(last, m.index), nw: false });
    parts.push({ text: m[0], nw: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), nw: false });
  return parts;
}

/**
 * A phase label cut at its word boundaries (after ・、 and spaces), so that a narrow one-year column
 * wraps it between words: 「地域説明会・」「準備会設立・」「規約策定支援」.
 */
export function wordsOfLabel(label: string): string[] {
  return label.split(/(?<=[・、，,\s])/u).filter((w) => w !== '');
}
