/**
 * What a table publishes as open data, as one typed table: per `openData` row kind of a table declaration
 * (docs/formats.md), its file's name when the declaration names none (the ids: model/open-data-files.ts), what
 * one of its rows is, and its columns and rows. `table` is the table's own rows (their column kinds' open-data cells,
 * model/column-kinds.ts), `schedule` its 工程 per phase, the others the report's data as normalised tables
 * (opendata/tables.ts: the seed's 別表1 and 別表2 declare these). `satisfies Record<…>` keeps it complete.
 * A table laid out as cards also publishes each small table of its cards, after these. Pure.
 */
import type { Report } from '../../model/report.js';
import { tableName, type TableView } from '../../model/tables.js';
import type { OpenDataValue } from '../../model/column-kinds.js';
import { openDataEntries, type OpenDataRows } from '../../model/open-data-files.js';
import { declaredCardData, declaredOpenData, declaredScheduleData } from './declared.js';
import type { DictionaryColumn } from './files.js';
import {
  OPEN_DATA_TABLES,
  initiativeRows,
  planResultRows,
  scheduleRows,
  verificationRows,
  type OpenDataRow,
  type OpenDataTable,
  type Shown,
} from './tables.js';

/** A column as the files and the index describe it; `nullable` says 「（空あり）」 on the index. */
export type PublishedColumn = DictionaryColumn & { nullable?: boolean };

/** One open-data table of a report: written as <id>.csv, <id>.json and <id>-columns.csv. */
export interface PublishedTable {
  id: string;
  name: string;
  /** What one row is, in words (the index). */
  grain: string;
  /** Said in the JSON file as `rowsAre` (the normalised tables; the files of a table's own rows never did). */
  rowsAre?: string;
  columns: readonly PublishedColumn[];
  rows: readonly Record<string, OpenDataValue>[];
}

interface PublishedKind {
  /** The file's name when the declaration gives none (its id: model/open-data-files.ts). */
  name: (table: TableView) => string;
  /** Its grain, columns and rows. */
  data: (report: Report, table: TableView) => Omit<PublishedTable, 'id' | 'name'>;
}

/** The initiatives whose rows the table prints (再掲 counted once). */
function shownIn(table: TableView): Shown {
  return new Set(
    table.blocks.flatMap((b) =>
      'row' in b && b.row.kind === 'data' && b.row.number !== undefined ? [b.row.number] : [],
    ),
  );
}

/** A normalised table of the report's data (opendata/tables.ts), for the initiatives the table shows. */
function normalised(kind: OpenDataTable['rows'], rows: (report: Report, shown: Shown) => OpenDataRow[]): PublishedKind {
  const t = OPEN_DATA_TABLES.find((x) => x.rows === kind)!;
  return {
    name: () => t.name,
    data: (report, table) => ({
      grain: t.grain,
      rowsAre: t.grain,
      columns: t.columns,
      rows: rows(report, shownIn(table)).map((r) => inColumnOrder(t.id, t.columns, r)),
    }),
  };
}

export const PUBLISHED_KINDS = {
  table: {
    name: (t) => tableName(t),
    data: (report, t) => {
      const [d] = declaredOpenData(report, [t]);
      return {
        grain: t.cards ? '個票（取組）ごとに1行' : '表の1行（小計・合計を除く）ごとに1行',
        columns: d.columns,
        rows: d.rows,
      };
    },
  },
  schedule: {
    name: (t) => `${tableName(t)}（工程）`,
    data: (report, t) => {
      const d = declaredScheduleData(report, t);
      return { grain: '工程の段階ごとに1行', columns: d?.columns ?? [], rows: d?.rows ?? [] };
    },
  },
  'schedule-years': normalised('schedule-years', scheduleRows),
  initiatives: normalised('initiatives', initiativeRows),
  'plans-results': normalised('plans-results', planResultRows),
  verification: normalised('verification', verificationRows),
} satisfies Record<OpenDataRows, PublishedKind>;

/** A table's declared files, or its rows and its 工程 when it declares none; each with its id and name. */
function entriesOf(table: TableView): { kind: PublishedKind; id: string; name: string }[] {
  const kinds = table.columns.map((c) => c.spec.kind);
  return openDataEntries({ id: table.id, openData: table.openData, kinds }).map((e) => ({
    kind: PUBLISHED_KINDS[e.rows],
    id: e.id,
    name: e.title ?? PUBLISHED_KINDS[e.rows].name(table),
  }));
}

/** The ids of a table's open-data tables, in order, without making them. */
export function publishedIds(table: TableView): string[] {
  return [...entriesOf(table).map((e) => e.id), ...(table.cards?.tables ?? []).map((x) => `${table.id}-${x.id}`)];
}

/** The open-data tables of a report's tables, in order: each table's declared files, then its cards' tables. */
export function publishedTables(report: Report, tables: readonly TableView[]): PublishedTable[] {
  return tables.flatMap((table) => [
    ...entriesOf(table).map((e) => ({ id: e.id, name: e.name, ...e.kind.data(report, table) })),
    ...declaredCardData(report, table).map((d) => ({
      id: d.id,
      name: d.name,
      grain: d.grain,
      columns: d.columns,
      rows: d.rows,
    })),
  ]);
}

function inColumnOrder(id: string, columns: readonly { key: string }[], row: OpenDataRow): OpenDataRow {
  const out: OpenDataRow = {};
  for (const c of columns) {
    const v = row[c.key];
    if (v === undefined) throw new Error(`open data ${id}: no value for ${c.key}`);
    out[c.key] = v;
  }
  return out;
}
