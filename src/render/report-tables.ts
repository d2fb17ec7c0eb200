/**
 * The one decision of a report's tables, made once per build (or preview render, or diff): the
 * declared tables of report.yaml (`tables`), laid out by model/tables.ts, or, for a report that declares
 * none, the seed's two (別表1 progress, 別表2 verification). Every renderer (HTML pages, the index, the
 * workbook, open data), the build, preview and diff take the tables from here.
 */
import type { Report } from '../model/report.js';
import { buildTables, type TableView } from '../model/tables.js';

export interface TableEntry {
  id: string;
  /** Its HTML page in the output directory (its PDF is named like it). */
  page: string;
  label: string;
  title: string;
  /** The laid-out table (declared tables). */
  view?: TableView;
}

export interface ReportTables {
  /** True when report.yaml declares the tables; false for the seed's 別表1 and 別表2. */
  declared: boolean;
  tables: TableEntry[];
  /** The declared tables laid out (empty for the seed's). */
  views: TableView[];
}

/** The HTML page of a declared table. */
export function declaredPageName(table: { id: string }): string {
  return `${table.id}.html`;
}

export const SEED_PAGES = { progress: 'progress.html', verification: 'verification.html' } as const;

export function decideTables(report: Report): ReportTables {
  const m = report.manifest;
  if (m.tables) {
    const views = buildTables(report);
    return {
      declared: true,
      views,
      tables: views.map((v) => ({ id: v.id, page: declaredPageName(v), label: v.label, title: v.title, view: v })),
    };
  }
  return {
    declared: false,
    views: [],
    tables: [
      { id: 'progress', page: SEED_PAGES.progress, label: m.progressTable.label, title: m.progressTable.title },
      {
        id: 'verification',
        page: SEED_PAGES.verification,
        label: m.verificationTable.label,
        title: m.verificationTable.title,
      },
    ],
  };
}
