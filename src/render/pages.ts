/**
 * The HTML pages of a report: 別表1 and 別表2 (render/html.ts), or, when report.yaml declares its own
 * tables, those tables (render/declared-html.ts); and the stylesheet they need.
 */
import type { Report } from '../model/report.js';
import { readDeclaredStylesheet, renderDeclaredPages } from './declared-html.js';
import { readStylesheet, renderHtmlPages, type HtmlOptions, type HtmlPage } from './html.js';

export function renderPages(report: Report, opts: HtmlOptions = {}): HtmlPage[] {
  return report.manifest.tables ? renderDeclaredPages(report, opts) : renderHtmlPages(report, opts);
}

/** style.css: the declared tables' rules appended only for reports that declare tables (the sample's is unchanged). */
export function readPagesStylesheet(report: Report, userDir?: string): string {
  return readStylesheet(userDir) + (report.manifest.tables ? readDeclaredStylesheet(userDir) : '');
}
