/**
 * What identifies a form: a hidden sheet (ID_SHEET) with a magic word and the token that `forms`
 * recorded in the ledger (ledger.ts). Nothing else of the sheet is trusted or read: the 課, the
 * edition, the rows and the cells come from the ledger and the report. A hidden sheet survives Excel
 * and LibreOffice saving the file (tested), where custom document properties do not always. Pure.
 */
import type { Manifest } from '../model/schema-types.js';

export const ID_SHEET = 'reform_id';
export const FORM_MAGIC = 'reform-form';
export const FORM_VERSION = 2;

/** The report a form belongs to: organisation, title and plan period (stable across editions). */
export function reportKey(m: Manifest): string {
  return `${m.organisation}|${m.title}|${m.planPeriod.from}-${m.planPeriod.to}`;
}
