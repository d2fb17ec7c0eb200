/**
 * The one decision of a report's tables, made once per build (or preview render, or diff): the
 * declared tables of report.yaml (`tables`) or, for a report that declares none, the seed's two (別表1
 * progress, 別表2 verification) as built-in declarations (model/builtin-tables.ts), all laid out by
 * model/tables.ts. Every renderer (HTML pages, the index, the
 * workbook, open data), the build, preview and diff take the tables from here.
 */
import type { Report } from '../model/report.js';
import { builtInTables } from '../model/builtin-tables.js';
import { buildTables, type TableView } from '../model/tables.js';

export interface TableEntry {
  id: string;
  /** Its HTML page in the output directory (its PDF is named like it). */
  page: string;
  label: string;
  title: string;
  /** The laid-out table. */
  view: TableView;
}

export interface ReportTables {
  /** True when report.yaml declares the tables; false for the seed's 別表1 and 別表2 (built-in declarations). */
  declared: boolean;
  tables: TableEntry[];
  /** The tables laid out: the declared ones, or the built-in 別表1 and 別表2. */
  views: TableView[];
}

/** The HTML page of a table. */
export function declaredPageName(table: { id: string }): string {
  return `${table.id}.html`;
}

export const SEED_PAGES = { progress: 'progress.html', verification: 'verification.html' } as const;

export function decideTables(report: Report): ReportTables {
  const declared = report.manifest.tables !== undefined;
  const views = buildTables(report, report.manifest.tables ?? builtInTables(report));
  return {
    declared,
    views,
    tables: views.map((v) => ({ id: v.id, page: declaredPageName(v), label: v.label, title: v.title, view: v })),
  };
}
