/** What several rules share: the plan period's parameters, duplicates, the 担当課 list, a walk over the texts. */
import { fiscalYearLong } from '../../era.js';
import type { Manifest } from '../../model/schema-types.js';
import type { Lang, Params } from '../../messages/catalog.js';
import { charName } from '../../messages/chars.js';
import type { Segs } from '../rule.js';
import { suggest } from '../suggest.js';

/** A year and the plan period, in Western and era years (the era only in Japanese messages). */
export function yearParams(year: number, m: Pick<Manifest, 'planPeriod'>): Params {
  return {
    year,
    yearLabel: fiscalYearLong(year),
    from: m.planPeriod.from,
    to: m.planPeriod.to,
    fromLabel: fiscalYearLong(m.planPeriod.from),
    toLabel: fiscalYearLong(m.planPeriod.to),
  };
}

/** Indexes of the values that repeat an earlier one. */
export function duplicates(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  values.forEach((v, i) => {
    if (seen.has(v)) out.push(i);
    else seen.add(v);
  });
  return out;
}

/** Every 担当課 the manifest knows, as written in the initiatives (部/課, or the 部 alone when it has no 課). */
export function divisionCandidates(m: Pick<Manifest, 'departments'>): string[] {
  return m.departments.flatMap((d) => (d.divisions.length === 0 ? [d.name] : d.divisions.map((v) => `${d.name}/${v}`)));
}

/** Slots per year of the 工程: 2 or 4 when a declared 工程 column prints half-years or quarters. */
export function scheduleResolution(m: Pick<Manifest, 'tables'>): { name: 'year' | 'half' | 'quarter'; parts: number } {
  const col = (m.tables ?? []).flatMap((t) => t.columns).find((c) => c.kind === 'schedule' && c.resolution);
  if (col?.resolution === 'half') return { name: 'half', parts: 2 };
  if (col?.resolution === 'quarter') return { name: 'quarter', parts: 4 };
  return { name: 'year', parts: 1 };
}

/** An unknown reference: the value, where it should be defined, what is allowed and the closest candidate. */
export function unknownRef(value: string, allowed: readonly string[], where: string, extra: Params = {}): Params {
  const guess = suggest(value, allowed);
  return { value, where, allowed: allowed.join(', '), ...extra, ...(guess ? { suggestion: guess } : {}) };
}

/** Every string of the data (and, with `keys`, every mapping key) with its path. */
export function walkStrings(
  value: unknown,
  segs: Segs,
  visit: (v: string, segs: Segs, isKey: boolean) => void,
  keys = false,
): void {
  if (typeof value === 'string') visit(value, segs, false);
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) walkStrings(v, [...segs, i], visit, keys);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (keys) visit(k, [...segs, k], true);
      walkStrings(v, [...segs, k], visit, keys);
    }
  }
}

/** "Did you mean" at the end of a message. */
export const maybeJa = (p: Params) => (p.suggestion ? `もしかして「${p.suggestion}」ですか？` : '');
export const maybeEn = (p: Params) => (p.suggestion ? ` Did you mean "${p.suggestion}"?` : '');

/** 「ゼロ幅スペース（U+200B）」, "zero-width space (U+200B)": a character named from its code point. */
export const charNameOf = (cp: string | number | undefined, lang: Lang) =>
  charName(String.fromCodePoint(Number(cp)), lang);

/** "(2 more in this value)" when a value holds the character more than once. */
export const moreOf = (n: string | number | undefined, lang: Lang) =>
  Number(n) > 1
    ? lang === 'ja'
      ? `（この値にはほかにも ${Number(n) - 1} 個あります）`
      : ` (${Number(n) - 1} more in this value)`
    : '';

/** "a tab", "an escape character": the English article for a character's name. */
export const withArticle = (name: string) => `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
