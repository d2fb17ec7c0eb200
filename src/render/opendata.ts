/**
 * The base data of both tables as open data, beside the workbook: for each table (see
 * opendata/tables.ts) a CSV and a JSON file under opendata/.
 *
 * CSV: UTF-8 **with a BOM** (EF BB BF). Excel on Japanese Windows reads a CSV without a BOM as
 * Shift_JIS and shows mojibake; with the BOM it opens the file correctly by double-click, which is
 * how most readers of a prefecture's open data use a CSV. Programs are not hindered: Python's
 * `utf-8-sig`, R, pandas and most CSV libraries skip the BOM. RFC 4180: CRLF between records, a field
 * quoted when it holds a comma or a quote. The header row holds the Japanese column names; the lines of a
 * text are joined with 「｜」 (no line break in a cell: opendata/portable.ts).
 * JSON: UTF-8 without a BOM (RFC 8259 forbids one), English keys, `columns` the column dictionary (a list
 * of key, name, type, description, as for the declared tables), the rows in the same order as the CSV.
 * Each table also has its column dictionary as <id>-columns.csv.
 *
 * The output depends on the data only (no dates), so the same data gives the same bytes.
 */
import type { Report } from '../model/report.js';
import type { OutputFile } from './output.js';
import { columnsFileName, tableFiles } from './opendata/files.js';
import {
  declaredCardData,
  declaredOpenData,
  declaredOpenDataFiles,
  declaredOpenDataNames,
  declaredScheduleData,
} from './opendata/declared.js';
import { tableName } from '../model/tables.js';
import { decideTables, type ReportTables } from './report-tables.js';
import { OPEN_DATA_TABLES, tableRows, type OpenDataRow, type OpenDataTable } from './opendata/tables.js';

export { OPEN_DATA_COLUMNS, OPEN_DATA_TABLES } from './opendata/tables.js';
export type { OpenDataColumn, OpenDataTable, OpenDataTableId } from './opendata/tables.js';

export type { OutputFile } from './output.js';

/** Directory of the open-data files in the output directory. */
export const OPEN_DATA_DIR = 'opendata';

/** The byte-order mark written at the start of every CSV file. */
export const CSV_BOM = '\uFEFF';

/** The open-data files of a report's tables (without rendering them), in the order renderOpenData makes them. */
export function openDataFileNames(tables?: ReportTables): string[] {
  if (tables?.declared) return declaredOpenDataNames(tables.views, OPEN_DATA_DIR);
  return OPEN_DATA_TABLES.flatMap((t) => [
    `${OPEN_DATA_DIR}/${t.id}.csv`,
    `${OPEN_DATA_DIR}/${t.id}.json`,
    `${OPEN_DATA_DIR}/${columnsFileName(t.id)}`,
  ]);
}

export function renderOpenData(report: Report, tables: ReportTables = decideTables(report)): OutputFile[] {
  // A report that declares its own tables publishes those (opendata/declared.ts).
  if (tables.declared) return declaredOpenDataFiles(report, tables.views, OPEN_DATA_DIR, CSV_BOM);
  return OPEN_DATA_TABLES.flatMap((table) =>
    tableFiles(
      report,
      OPEN_DATA_DIR,
      CSV_BOM,
      { id: table.id, title: table.name, rowsAre: table.grain },
      table.columns,
      tableRows(report, table.id).map((r) => inColumnOrder(table, r)),
    ),
  );
}

/** One open-data table as the index describes it: its name, what a row is, its columns and row count. */
export interface OpenDataIndexEntry {
  id: string;
  name: string;
  grain: string;
  rows: number;
  /** Each column's name, key, type in words (整数, 文字列（空あり）) and description. */
  columns: { name: string; key: string; type: string; description: string }[];
}

const TYPE_WORDS = { integer: '整数', number: '数値', string: '文字列' } as const;

/** What the index says of each open-data table: the files above hold these. */
export function openDataIndex(report: Report, tables: ReportTables): OpenDataIndexEntry[] {
  if (!tables.declared)
    return OPEN_DATA_TABLES.map((t) => ({
      id: t.id,
      name: t.name,
      grain: t.grain,
      rows: tableRows(report, t.id).length,
      columns: t.columns.map((c) => ({
        name: c.name,
        key: c.key,
        type: `${TYPE_WORDS[c.type]}${c.nullable ? '（空あり）' : ''}`,
        description: c.description,
      })),
    }));
  // Each table's data, and its 工程 as a table of its own where it has one.
  return declaredOpenData(report, tables.views).flatMap((d) => {
    const schedule = declaredScheduleData(report, d.table);
    const name = tableName(d.table);
    const cols = (list: typeof d.columns) =>
      list.map((c) => ({ name: c.name, key: c.key, type: TYPE_WORDS[c.type], description: c.description }));
    return [
      {
        id: d.table.id,
        name,
        grain: d.table.cards ? '個票（取組）ごとに1行' : '表の1行（小計・合計を除く）ごとに1行',
        columns: cols(d.columns),
        rows: d.rows.length,
      },
      ...(schedule
        ? [
            {
              id: `${d.table.id}-schedule`,
              name: `${name}（工程）`,
              grain: '工程の段階ごとに1行',
              columns: cols(schedule.columns),
              rows: schedule.rows.length,
            },
          ]
        : []),
      ...declaredCardData(report, d.table).map((x) => ({ ...x, columns: cols(x.columns), rows: x.rows.length })),
    ];
  });
}

function inColumnOrder(table: OpenDataTable, row: OpenDataRow): OpenDataRow {
  const out: OpenDataRow = {};
  for (const c of table.columns) {
    const v = row[c.key];
    if (v === undefined) throw new Error(`open data ${table.id}: no value for ${c.key}`);
    out[c.key] = v;
  }
  return out;
}

/** The column dictionary of docs/open-data.md as Markdown: files, then each table's columns. */
export function openDataMarkdown(): string {
  const out: string[] = [];
  for (const t of OPEN_DATA_TABLES) {
    out.push(
      `### ${t.name}: \`${OPEN_DATA_DIR}/${t.id}.csv\`, \`${OPEN_DATA_DIR}/${t.id}.json\`, ` +
        `\`${OPEN_DATA_DIR}/${columnsFileName(t.id)}\``,
      '',
      `${t.grain}。`,
      '',
    );
    out.push('| 列名（CSV） | キー（JSON） | 型 | 内容 |', '| --- | --- | --- | --- |');
    for (const c of t.columns)
      out.push(
        `| ${c.name} | \`${c.key}\` | ${c.type === 'integer' ? '整数' : '文字列'}${c.nullable ? '（空あり）' : ''} ` +
          `| ${c.description} |`,
      );
    out.push('');
  }
  return out.join('\n');
}
