/**
 * The mapping from an office's sheets to reform's fields: which sheet is which table, where its header
 * ends, which column is which field (by heading text, 和暦 year headings included), and the decisions
 * on uncertain 工程. Inferred on the first run and written to adopt.yaml (mapping-file.ts), where the
 * office corrects it for the next run (--map). Pure.
 */
import type { Grid } from './grid.js';
import { type Field, fieldOf, parseHalfHeading, parseYearHeading, resolveYears, type YearHeading } from './headings.js';
import { address } from './workbook.js';

export type TableKind = 'progress' | 'verification';

export interface SheetMapping {
  file: string;
  sheet: string;
  table: TableKind | 'skip' | 'declared';
  /** Header rows, 1-based and inclusive. */
  header: { first: number; last: number };
  /** Column (1-based) of each field. */
  columns: Partial<Record<Field, number>>;
  /** The fiscal-year columns of the 工程, in order; with half-year columns (上期・下期) each has its part. */
  years: { col: number; year: number; part?: 1 | 2 }[];
  /** A table declared in report.yaml (--manifest): its id and the sheet column of each declared column. */
  declared?: { table: string; columns: number[] };
}

/** A decision on one uncertain 工程 (a shape by name, or a cell), written in adopt.yaml. */
export interface PhaseDecision {
  ignore?: boolean;
  label?: string;
  from?: number;
  to?: number;
}

export interface Mapping {
  title?: string;
  organisation?: string;
  planPeriod?: { from: number; to: number };
  edition?: { fiscalYear: number; period: 'firstHalf' | 'fullYear' };
  /** The label of a 工程 drawn as filled cells without text. */
  fillLabel?: string;
  sheets: SheetMapping[];
  /** Keyed by `sheet!D12` (a cell) or `sheet!図形名` (a shape). */
  phases: Record<string, PhaseDecision>;
}

/** Something adopt read but is not sure of, or could not read: where it is and what was done. */
export interface Note {
  /** file!sheet!cell, or file!sheet!shape name. */
  where: string;
  key: NoteKey;
  params?: Record<string, string | number>;
}

export type NoteKey =
  | 'adopt-note-not-a-table'
  | 'adopt-note-years-unsure'
  | 'adopt-note-column-unknown'
  | 'adopt-note-cell-skipped'
  | 'adopt-note-no-value'
  | 'adopt-note-shape-between'
  | 'adopt-note-shape-outside'
  | 'adopt-note-shape-unplaced'
  | 'adopt-note-label-ambiguous'
  | 'adopt-note-label-missing'
  | 'adopt-note-label-unused'
  | 'adopt-note-fill-label'
  | 'adopt-note-division-split'
  | 'adopt-note-division-unknown'
  | 'adopt-note-no-schedule'
  | 'adopt-note-not-in-progress'
  | 'adopt-note-renumbered'
  | 'adopt-note-edition-guessed'
  | 'adopt-note-organisation-guessed'
  | 'adopt-note-direction-unknown'
  | 'adopt-note-not-a-number'
  | 'adopt-note-rating-unknown'
  | 'adopt-note-declared-differs'
  | 'adopt-note-declared-rows'
  | 'adopt-note-declared-missing'
  | 'adopt-note-declared-column-missing'
  | 'adopt-note-section-not-printed'
  | 'adopt-note-halves-as-years'
  | 'adopt-note-layout-unsupported';

/** Rows searched for the header. */
const HEADER_SEARCH_ROWS = 60;

/**
 * The header of a sheet: the first row with two or more field headings, down to the bottom of the
 * merged cells that start in it and any rows below that still hold headings or years.
 */
function findHeader(grid: Grid): { first: number; last: number } | undefined {
  const maxCol = grid.sheet.maxCol;
  const limit = Math.min(grid.sheet.maxRow, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= limit; r++) {
    const fields = new Set<Field>();
    for (let c = 1; c <= maxCol; c++) {
      const b = grid.startingAt(r, c);
      const f = b ? fieldOf(b.text) : undefined;
      if (f) fields.add(f);
    }
    if (fields.size < 2) continue;
    let last = r;
    for (let c = 1; c <= maxCol; c++) {
      const b = grid.startingAt(r, c);
      if (b && b.range.bottom - r < 4) last = Math.max(last, b.range.bottom);
    }
    for (let next = last + 1; next <= Math.min(grid.sheet.maxRow, last + 2); next++) {
      let headingLike = 0;
      let other = 0;
      for (let c = 1; c <= maxCol; c++) {
        const b = grid.startingAt(next, c);
        if (!b || !b.text.trim()) continue;
        if (fieldOf(b.text) || parseYearHeading(b.text)) headingLike++;
        else other++;
      }
      if (headingLike > 0 && other === 0) last = next;
      else break;
    }
    return { first: r, last };
  }
  return undefined;
}

/** The columns of a header: each column's headings read from the bottom row up. */
export function inferSheet(grid: Grid, file: string, thisYear: number, notes: Note[]): SheetMapping {
  const header = findHeader(grid);
  const skip: SheetMapping = {
    file,
    sheet: grid.name,
    table: 'skip',
    header: header ?? { first: 0, last: 0 },
    columns: {},
    years: [],
  };
  if (!header) {
    notes.push({ where: `${file}!${grid.name}`, key: 'adopt-note-not-a-table' });
    return skip;
  }
  const columns: Partial<Record<Field, number>> = {};
  // A year's columns: one, or two under it (上期・下期); `group` is the year heading's first column.
  const yearCols: { col: number; heading: YearHeading; group: number; part?: 1 | 2 }[] = [];
  for (let c = 1; c <= grid.sheet.maxCol; c++) {
    let found: Field | 'year' | undefined;
    const seen = new Set<string>();
    for (let r = header.last; r >= header.first && !found; r--) {
      const b = grid.block(r, c);
      const text = b.text.trim();
      if (!text || seen.has(text)) continue;
      seen.add(text);
      const half = parseHalfHeading(text);
      if (half && b.range.left === b.range.right && r > header.first) {
        const above = grid.block(r - 1, c);
        const year = parseYearHeading(above.text.trim());
        if (year && above.range.right - above.range.left <= 1) {
          yearCols.push({ col: c, heading: year, group: above.range.left, part: half });
          found = 'year';
          break;
        }
      }
      const year = parseYearHeading(text);
      if (year && b.range.left === b.range.right) {
        yearCols.push({ col: c, heading: year, group: c });
        found = 'year';
        break;
      }
      const f = fieldOf(text);
      if (f && f !== 'schedule' && columns[f] === undefined) {
        columns[f] = c;
        found = f;
      } else if (f === 'schedule') break;
    }
    if (!found && seen.size > 0)
      notes.push({
        where: `${file}!${grid.where(header.first, c)}`,
        key: 'adopt-note-column-unknown',
        params: { text: [...seen].join(' / ') },
      });
  }
  const groups = [...new Set(yearCols.map((y) => y.group))];
  const resolvedGroups = resolveYears(
    groups.map((g) => yearCols.find((y) => y.group === g)!.heading),
    thisYear,
  );
  const resolved = resolvedGroups ? yearCols.map((y) => resolvedGroups[groups.indexOf(y.group)]) : undefined;
  if (yearCols.length > 0 && !resolved)
    notes.push({
      where: `${file}!${grid.where(header.last, yearCols[0].col)}`,
      key: 'adopt-note-years-unsure',
    });
  const years = resolved
    ? yearCols.map((y, i) => ({ col: y.col, year: resolved[i], ...(y.part ? { part: y.part } : {}) }))
    : [];
  const isProgress = years.length > 0 && (columns.plan !== undefined || columns.result !== undefined);
  const isVerification =
    (columns.content !== undefined || columns.outcome !== undefined) && columns.direction !== undefined;
  const table: TableKind | 'skip' = isProgress ? 'progress' : isVerification ? 'verification' : 'skip';
  if (table === 'skip') notes.push({ where: `${file}!${grid.name}`, key: 'adopt-note-not-a-table' });
  return { ...skip, table, header, columns, years };
}

/** The column letter of a field, for the summary and adopt.yaml. */
export function columnLetter(col: number): string {
  return address(1, col).replace(/1$/, '');
}
