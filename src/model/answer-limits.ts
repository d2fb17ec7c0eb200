/**
 * How long an answer a 課 writes may be: what fits the printed column. The manifest may set its own
 * (`forms.maxLength`); the forms enforce it as Excel data validation, import and validate warn about
 * a longer text at its cell or line. Pure.
 */
import type { Manifest } from './schema-types.js';

export const DEFAULT_MAX_LENGTH = { plan: 1000, result: 1000, verification: 500, text: 1000 } as const;
export type LengthKey = keyof typeof DEFAULT_MAX_LENGTH;

export function maxLengthOf(m: Manifest, key: LengthKey): number {
  return m.forms?.maxLength?.[key] ?? DEFAULT_MAX_LENGTH[key];
}

/** Characters as a person counts them (a surrogate pair is one). */
export const charCount = (s: string): number => [...s.replace(/\n+$/, '')].length;
