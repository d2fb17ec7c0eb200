/**
 * Sheet names Excel accepts: 1–31 characters, none of : \ / ? * [ ], no apostrophe at either end
 * (we replace every apostrophe: the print-titles reference quotes the name in apostrophes), not
 * "History" (reserved), unique within the workbook (case-insensitively).
 */
const FORBIDDEN = /[:\\/?*[\]\u0000-\u001F']/gu;

export function safeSheetName(wanted: string, used: ReadonlySet<string>, fallback = 'Sheet'): string {
  let name = [...wanted.replace(FORBIDDEN, '_').trim()].slice(0, 31).join('');
  if (!name || name.toLowerCase() === 'history') name = fallback;
  const taken = new Set([...used].map((n) => n.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = [...name].slice(0, 31 - suffix.length).join('') + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
