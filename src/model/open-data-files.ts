/**
 * The open-data files a table declaration publishes (its `openData`, docs/formats.md), as ids: the entries it
 * declares (or its rows and its 工程 when it declares none), each with its file's id, then the small tables of
 * its cards. One place for the render (render/opendata/published.ts) and the check of report.yaml (validate
 * rule open-data-files). Pure.
 */
import { kindOf, type ColumnKind } from './column-kinds.js';
import type { TableSpec } from './figures.js';

export type OpenDataEntry = NonNullable<TableSpec['openData']>[number];
export type OpenDataRows = OpenDataEntry['rows'];

/** What a table publishes when it declares no `openData`: its rows, and its 工程 where it has one. */
const DEFAULT: readonly OpenDataEntry[] = [{ rows: 'table' }, { rows: 'schedule' }];

/** A table's file id for rows of this kind when the declaration names none. */
export function defaultOpenDataId(tableId: string, rows: OpenDataRows): string {
  return rows === 'table' ? tableId : `${tableId}-${rows}`;
}

/** Whether a table of these column kinds can publish these rows (schedule: a table with a 工程 column). */
export function canPublish(rows: OpenDataRows, kinds: readonly ColumnKind[]): boolean {
  return rows !== 'schedule' || kinds.some((k) => kindOf(k).layout === 'slots');
}

/** The entries a table publishes, in order, each with its file id and its place in `openData` (declared). */
export function openDataEntries(table: {
  id: string;
  openData?: readonly OpenDataEntry[];
  kinds: readonly ColumnKind[];
}): (OpenDataEntry & { id: string; declaredAt?: number })[] {
  const declared = table.openData !== undefined;
  return (table.openData ?? DEFAULT).flatMap((e, i) =>
    canPublish(e.rows, table.kinds)
      ? [{ ...e, id: e.id ?? defaultOpenDataId(table.id, e.rows), ...(declared ? { declaredAt: i } : {}) }]
      : [],
  );
}

/** A small table of a card's id (its open-data file is <table id>-<this>): as declared, else its rows (projects2…). */
export function cardTableId(t: { id?: string; rows: string }, index: number): string {
  return t.id ?? (index === 0 ? t.rows : `${t.rows}${index + 1}`);
}
