/**
 * The HTML pages of a report: the index and one page per table, from the one table decision
 * (render/report-tables.ts: report.yaml's tables, or the seed's 別表1 and 別表2 as built-in
 * declarations), all drawn by render/declared-html.ts; and the stylesheet they need.
 */
import type { Report } from '../model/report.js';
import { readDeclaredStylesheet, renderDeclaredPages } from './declared-html.js';
import { readStylesheet, type HtmlOptions, type HtmlPage } from './html.js';
import { decideTables, type ReportTables } from './report-tables.js';

export function renderPages(report: Report, opts: HtmlOptions = {}): HtmlPage[] {
  return renderDeclaredPages(report, { ...opts, tables: opts.tables ?? decideTables(report) });
}

/** style.css: the declared tables' rules appended only for reports that declare tables (the sample's is unchanged). */
export function readPagesStylesheet(report: Report, userDir?: string, tables?: ReportTables): string {
  const declared = tables ? tables.declared : Boolean(report.manifest.tables);
  return readStylesheet(userDir) + (declared ? readDeclaredStylesheet(userDir) : '');
}
