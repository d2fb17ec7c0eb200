/**
 * The three files of one open-data table (opendata/published.ts), whatever its rows: <id>.csv
 * (UTF-8 with a BOM), <id>.json (the rows and the column dictionary, `columns` always a list of
 * {key, name, type, unit?, description}) and <id>-columns.csv (the column dictionary). The values go
 * through portableRows first (opendata/portable.ts), so that CSV and JSON hold the same values.
 */
import type { Report } from '../../model/report.js';
import { toCsv } from './csv.js';
import { portableRows, portableText } from './portable.js';

export interface DictionaryColumn {
  key: string;
  name: string;
  type: 'integer' | 'number' | 'string';
  unit?: string;
  description: string;
}

export const TYPE_JA = { integer: '整数', number: '数値', string: '文字列' } as const;

/** The file name of a table's column dictionary. */
export const columnsFileName = (id: string) => `${id}-columns.csv`;

export function tableFiles(
  report: Report,
  dir: string,
  bom: string,
  table: { id: string; title: string; rowsAre?: string | undefined },
  columns: readonly DictionaryColumn[],
  rawRows: readonly Record<string, string | number | null>[],
): { name: string; data: string }[] {
  const rows = portableRows(rawRows);
  const dictionary = columns.map((c) => ({
    key: c.key,
    name: portableText(c.name),
    type: c.type,
    ...(c.unit ? { unit: portableText(c.unit) } : {}),
    description: portableText(c.description),
  }));
  const doc = {
    title: `${report.title}：${table.title}`,
    organisation: report.organisation,
    edition: {
      fiscalYear: report.edition.fiscalYear,
      fiscalYearLabel: report.edition.yearLabel,
      period: report.edition.period,
    },
    table: table.id,
    ...(table.rowsAre ? { rowsAre: table.rowsAre } : {}),
    columns: dictionary,
    rows,
  };
  return [
    {
      name: `${dir}/${table.id}.csv`,
      data:
        bom +
        toCsv(
          dictionary.map((c) => c.name),
          rows.map((r) => columns.map((c) => r[c.key])),
        ),
    },
    { name: `${dir}/${table.id}.json`, data: `${JSON.stringify(doc, null, 2)}\n` },
    {
      name: `${dir}/${columnsFileName(table.id)}`,
      data:
        bom +
        toCsv(
          ['列名', 'キー', '型', '単位', '説明'],
          dictionary.map((c) => [c.name, c.key, TYPE_JA[c.type], c.unit ?? '', c.description]),
        ),
    },
  ];
}
