/**
 * What a form carries so that its answers go back where they came from: in a hidden sheet
 * (ID_SHEET), the report, the edition and the 課, and for each cell to fill the initiative (番号
 * and 具体的取組, to notice a row that no longer exists) and the YAML field; for each locked cell a
 * digest of its text (to notice a changed locked cell, since protection without a password can be
 * lifted). A hidden sheet survives Excel and LibreOffice saving the file (tested), where custom
 * document properties do not always. The same identifier is also written to the workbook's
 * keywords property. Pure.
 */
import { createHash } from 'node:crypto';
import type { Manifest } from '../model/schema-types.js';
import type { Segment } from './yaml-edit.js';
import { normaliseCellText } from './normalise.js';

export const ID_SHEET = 'reform_id';
export const FORM_MAGIC = 'reform-form';
export const FORM_VERSION = 1;

export interface FormIdentity {
  report: string;
  /** 2019-fullYear */
  edition: string;
  /** 総務部/人事課 */
  division: string;
}

/** The report a form belongs to: organisation, title and plan period (stable across editions). */
export function reportKey(m: Manifest): string {
  return `${m.organisation}|${m.title}|${m.planPeriod.from}-${m.planPeriod.to}`;
}

export interface FillCell {
  sheet: string;
  /** A1 address */
  cell: string;
  number: number;
  title: string;
  path: Segment[];
  /** Digest of the verification row's 取組項目 (a row that moved or went away is refused). */
  rowKey: string;
}

export interface LockedCell {
  sheet: string;
  cell: string;
  digest: string;
}

export const digest = (text: string): string =>
  createHash('sha256').update(normaliseCellText(text)).digest('hex').slice(0, 16);

/** Rows of the hidden sheet: [kind, …values]. */
export function identityRows(
  id: FormIdentity,
  fills: readonly FillCell[],
  locked: readonly LockedCell[],
): (string | number)[][] {
  return [
    [FORM_MAGIC, FORM_VERSION],
    ['report', id.report],
    ['edition', id.edition],
    ['division', id.division],
    ...fills.map((f) => ['fill', f.sheet, f.cell, f.number, f.title, JSON.stringify(f.path), f.rowKey]),
    ...locked.map((l) => ['lock', l.sheet, l.cell, l.digest]),
  ];
}

export interface ParsedIdentity {
  id: FormIdentity;
  fills: FillCell[];
  locked: LockedCell[];
}

/** Reads the rows back; undefined when they are not a form's identifier. */
export function parseIdentityRows(rows: readonly (readonly string[])[]): ParsedIdentity | undefined {
  if (rows[0]?.[0] !== FORM_MAGIC) return undefined;
  const get = (k: string) => rows.find((r) => r[0] === k)?.[1];
  const report = get('report');
  const edition = get('edition');
  const division = get('division');
  if (report === undefined || edition === undefined || division === undefined) return undefined;
  const fills: FillCell[] = [];
  const locked: LockedCell[] = [];
  for (const r of rows) {
    if (r[0] === 'fill') {
      let path: Segment[];
      try {
        path = JSON.parse(r[5]);
      } catch {
        return undefined;
      }
      fills.push({ sheet: r[1], cell: r[2], number: Number(r[3]), title: r[4], path, rowKey: r[6] ?? '' });
    } else if (r[0] === 'lock') locked.push({ sheet: r[1], cell: r[2], digest: r[3] });
  }
  return { id: { report, edition, division }, fills, locked };
}
