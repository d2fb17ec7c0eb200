/**
 * The shape of reform's message catalogue. Each area (src/messages/*.ts) declares its messages with
 * defineMessages: every key carries its Japanese and its English text side by side, so a key written
 * in one language only does not compile. index.ts joins the areas and types t() by key.
 */
export type Lang = 'ja' | 'en';
export type Params = Record<string, string | number>;
export type Template = (p: Params) => string;
export interface Message {
  ja: Template;
  en: Template;
}

export const defineMessages = <K extends string>(messages: Record<K, Message>): Record<K, Message> => messages;

const englishPlural = new Intl.PluralRules('en');

/** The English word for a count: `pluralWord(1, 'file')` is "file", `pluralWord(2, 'file')` "files". */
export function pluralWord(n: string | number, one: string, other = `${one}s`): string {
  return englishPlural.select(Number(n)) === 'one' ? one : other;
}

/** A count with its English noun: "1 file", "3 files". */
export function plural(n: string | number, one: string, other?: string): string {
  return `${n} ${pluralWord(n, one, other)}`;
}

export function parseLang(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (v.startsWith('ja')) return 'ja';
  if (v.startsWith('en')) return 'en';
  return undefined;
}
