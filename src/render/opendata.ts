/**
 * The open data of a report's tables, beside the workbook: the tables of decideTables each publish the
 * open-data tables their declaration names (opendata/published.ts; the seed's 別表1 and 別表2 the report's
 * data as normalised tables, opendata/tables.ts), each as a CSV and a JSON file and its column dictionary
 * under opendata/ (opendata/files.ts).
 *
 * CSV: UTF-8 **with a BOM** (EF BB BF). Excel on Japanese Windows reads a CSV without a BOM as
 * Shift_JIS and shows mojibake; with the BOM it opens the file correctly by double-click, which is
 * how most readers of a prefecture's open data use a CSV. Programs are not hindered: Python's
 * `utf-8-sig`, R, pandas and most CSV libraries skip the BOM. RFC 4180: CRLF between records, a field
 * quoted when it holds a comma or a quote. The header row holds the Japanese column names; the lines of a
 * text are joined with 「｜」 (no line break in a cell: opendata/portable.ts).
 * JSON: UTF-8 without a BOM (RFC 8259 forbids one), English keys, `columns` the column dictionary (a list
 * of key, name, type, description), the rows in the same order as the CSV.
 * Each table also has its column dictionary as <id>-columns.csv.
 *
 * The output depends on the data only (no dates), so the same data gives the same bytes.
 */
import type { Report } from '../model/report.js';
import { builtInOpenData } from '../model/builtin-tables.js';
import type { OutputFile } from './output.js';
import { columnsFileName, tableFiles } from './opendata/files.js';
import { publishedIds, publishedTables, type PublishedTable } from './opendata/published.js';
import { OPEN_DATA_TABLES } from './opendata/tables.js';
import { decideTables, type ReportTables } from './report-tables.js';

export { OPEN_DATA_COLUMNS, OPEN_DATA_TABLES } from './opendata/tables.js';
export type { OpenDataColumn, OpenDataTable, OpenDataTableId } from './opendata/tables.js';

export type { OutputFile } from './output.js';

/** Directory of the open-data files in the output directory. */
export const OPEN_DATA_DIR = 'opendata';

/** The byte-order mark written at the start of every CSV file. */
export const CSV_BOM = '\uFEFF';

const trio = (id: string) => [
  `${OPEN_DATA_DIR}/${id}.csv`,
  `${OPEN_DATA_DIR}/${id}.json`,
  `${OPEN_DATA_DIR}/${columnsFileName(id)}`,
];

/**
 * The open-data files of a report's tables (without rendering them), in the order renderOpenData makes
 * them; without tables, those of the seed's 別表1 and 別表2 (which name their files whatever the report).
 */
export function openDataFileNames(tables?: ReportTables): string[] {
  if (!tables) return builtInOpenData().flatMap((e) => trio(e.id));
  return tables.views.flatMap(publishedIds).flatMap(trio);
}

/**
 * A decision's open-data tables, made once: a build writes the files and describes them on the index twice (the
 * pages, then the index with the files' sizes), all from the same decision (its views are made for one report).
 */
const published = new WeakMap<ReportTables['views'], PublishedTable[]>();
function publishedOf(report: Report, tables: ReportTables): PublishedTable[] {
  let made = published.get(tables.views);
  if (!made) {
    made = publishedTables(report, tables.views);
    published.set(tables.views, made);
  }
  return made;
}

export function renderOpenData(report: Report, tables: ReportTables = decideTables(report)): OutputFile[] {
  return publishedOf(report, tables).flatMap((t) =>
    tableFiles(report, OPEN_DATA_DIR, CSV_BOM, { id: t.id, title: t.name, rowsAre: t.rowsAre }, t.columns, t.rows),
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
  return publishedOf(report, tables).map((t) => ({
    id: t.id,
    name: t.name,
    grain: t.grain,
    rows: t.rows.length,
    columns: t.columns.map((c) => ({
      name: c.name,
      key: c.key,
      type: `${TYPE_WORDS[c.type]}${c.nullable ? '（空あり）' : ''}`,
      description: c.description,
    })),
  }));
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
      `表の宣言（report.yaml の \`tables\`）では \`openData\` の \`{ rows: ${t.rows}, id: ${t.id} }\`` +
        `（\`id\` を省くと 表の記号-${t.rows}）。`,
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
