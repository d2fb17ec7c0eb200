/**
 * The ledger of issued forms (forms-ledger.yaml beside report.yaml, committed with the report): for
 * each form `forms` wrote, a random token, the 課, the edition, the report and the fingerprint of the
 * layout it was issued with. A returned form is read only when its token is in the ledger, not
 * revoked, and issued for this report, this edition and the layout the report has now; the 課, the
 * rows and the cells come from here and from the report, never from the file (docs/security.md).
 * Issuing again for the same 課 and edition with the same layout gives the same token (the forms
 * stay the same bytes); a new layout revokes the old token. Pure: parse and print.
 */
import { randomBytes } from 'node:crypto';
import { parseDocument, stringify } from 'yaml';

export const LEDGER_FILE = 'forms-ledger.yaml';

export interface LedgerEntry {
  token: string;
  /** 総務部/人事課 */
  division: string;
  /** 2019-fullYear, 2025-firstHalf-Q1 */
  edition: string;
  report: string;
  layout: string;
  revoked?: boolean;
}

const TOKEN = /^[0-9a-f]{32}$/;

/** The entries of a ledger text; entries of the wrong shape are left out (the ledger is the office's file). */
export function parseLedger(text: string): LedgerEntry[] {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return [];
  const forms = (doc.toJS() as { forms?: unknown } | null)?.forms;
  if (!Array.isArray(forms)) return [];
  return forms.flatMap((f) => {
    if (!f || typeof f !== 'object') return [];
    const e = f as Record<string, unknown>;
    const ok =
      typeof e.token === 'string' &&
      TOKEN.test(e.token) &&
      ['division', 'edition', 'report', 'layout'].every((k) => typeof e[k] === 'string');
    if (!ok) return [];
    return [
      {
        token: e.token as string,
        division: e.division as string,
        edition: e.edition as string,
        report: e.report as string,
        layout: e.layout as string,
        ...(e.revoked === true ? { revoked: true } : {}),
      },
    ];
  });
}

export function printLedger(entries: readonly LedgerEntry[]): string {
  return (
    '# reform forms が発行した照会様式の控え（reform import はここにある様式だけを取り込みます）。\n' +
    '# 報告書と一緒にコミットしてください。手で書き換えないでください。\n' +
    stringify({ forms: entries.map((e) => ({ ...e })) }, { lineWidth: 0 })
  );
}

export const newToken = (): string => randomBytes(16).toString('hex');

/**
 * The token for a 課's form: the active one when it was issued for the same report, edition and
 * layout; otherwise a new one, and the older active tokens of that 課 and edition are revoked.
 */
export function issue(
  entries: LedgerEntry[],
  want: Omit<LedgerEntry, 'token' | 'revoked'>,
  token: () => string = newToken,
): { token: string; entries: LedgerEntry[]; changed: boolean } {
  const same = entries.find(
    (e) =>
      !e.revoked &&
      e.division === want.division &&
      e.edition === want.edition &&
      e.report === want.report &&
      e.layout === want.layout,
  );
  if (same) return { token: same.token, entries, changed: false };
  const fresh = token();
  const next = entries.map((e) =>
    !e.revoked && e.division === want.division && e.edition === want.edition ? { ...e, revoked: true } : e,
  );
  next.push({ token: fresh, ...want });
  return { token: fresh, entries: next, changed: true };
}
