/**
 * The HTML pages of a report: 別表1 and 別表2 (render/html.ts), or, when report.yaml declares its own
 * tables, those tables (render/declared-html.ts), as the one table decision (render/report-tables.ts)
 * says; and the stylesheet they need.
 */
import type { Report } from '../model/report.js';
import { readDeclaredStylesheet, renderDeclaredPages } from './declared-html.js';
import { readStylesheet, renderHtmlPages, type HtmlOptions, type HtmlPage } from './html.js';
import { decideTables, type ReportTables } from './report-tables.js';

export function renderPages(report: Report, opts: HtmlOptions = {}): HtmlPage[] {
  const tables = opts.tables ?? decideTables(report);
  return tables.declared ? renderDeclaredPages(report, { ...opts, tables }) : renderHtmlPages(report, opts);
}

/** style.css: the declared tables' rules appended only for reports that declare tables (the sample's is unchanged). */
export function readPagesStylesheet(report: Report, userDir?: string, tables?: ReportTables): string {
  const declared = tables ? tables.declared : Boolean(report.manifest.tables);
  return readStylesheet(userDir) + (declared ? readDeclaredStylesheet(userDir) : '');
}
