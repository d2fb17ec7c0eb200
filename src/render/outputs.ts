/**
 * The one list of outputs: per output, its files for a report's tables, its renderer, its link on the
 * index (label, what it holds, format; the build adds the size), the content type the preview serves
 * it with, and whether the preview makes it on demand (by a build) rather than on every save.
 * The build (publish/index.ts) writes what this lists, the index links it, the preview routes it.
 * Adding an output format is one entry here and its renderer (ARCHITECTURE.md).
 */
import type { Report } from '../model/report.js';
import { pdfNameOf, type DownloadLink, type OutputLinks } from './html.js';
import { openDataFileNames, renderOpenData } from './opendata.js';
import type { OutputFile } from './output.js';
import type { ReportTables } from './report-tables.js';
import { renderWorkbook, WORKBOOK_FILE } from './xlsx.js';

export interface OutputFormat {
  id: 'pages' | 'pdf' | 'workbook' | 'opendata';
  /** Its files for these tables, relative to the output directory. */
  files(tables: ReportTables): string[];
  /**
   * Makes its files in memory. The pages are rendered by the build with the links of the others (and
   * again for the index, with their sizes); the PDFs are printed from the pages by a browser.
   */
  render?: (report: Report, tables: ReportTables) => Promise<OutputFile[]>;
  /** Content types of its files, by extension. */
  types: Record<string, string>;
  /** The preview makes it by a build when asked (not on every save). */
  onDemand: boolean;
  /** Its entry in the index's downloads (the tables and open data have their own sections). */
  download?: (tables: ReportTables) => Omit<DownloadLink, 'name'>;
}

const tablePages = (t: ReportTables) => t.tables.map((e) => e.page);

export const OUTPUTS: readonly OutputFormat[] = [
  {
    id: 'pages',
    files: (t) => ['index.html', ...tablePages(t)],
    types: { '.html': 'text/html; charset=utf-8' },
    onDemand: false,
  },
  { id: 'pdf', files: (t) => tablePages(t).map(pdfNameOf), types: { '.pdf': 'application/pdf' }, onDemand: true },
  {
    id: 'workbook',
    files: () => [WORKBOOK_FILE],
    render: async (report, t) => [{ name: WORKBOOK_FILE, data: await renderWorkbook(report, t) }],
    types: { '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    onDemand: true,
    download: (t) => ({ label: 'Excel', format: 'Excel', text: t.tables.map((e) => e.label).join('・') }),
  },
  {
    id: 'opendata',
    files: (t) => openDataFileNames(t),
    render: async (report, t) => renderOpenData(report, t),
    types: { '.csv': 'text/csv; charset=utf-8', '.json': 'application/json; charset=utf-8' },
    onDemand: true,
  },
];

/** Content types of the outputs, of style.css and of the font files. */
export const CONTENT_TYPES: Record<string, string> = Object.assign(
  {
    '.css': 'text/css; charset=utf-8',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
    '.ttf': 'font/ttf',
    '.txt': 'text/plain; charset=utf-8',
  },
  ...OUTPUTS.map((o) => o.types),
);

/** The files the preview makes on demand for these tables. */
export function onDemandFiles(tables: ReportTables): Set<string> {
  return new Set(OUTPUTS.filter((o) => o.onDemand).flatMap((o) => o.files(tables)));
}

/** What the index links, for these tables: the PDFs when made, the downloads and the open data. */
export function outputLinks(tables: ReportTables, opts: { pdf: boolean; sizes?: Record<string, number> }): OutputLinks {
  const files = (id: OutputFormat['id']) => OUTPUTS.find((o) => o.id === id)?.files(tables) ?? [];
  const downloads = OUTPUTS.flatMap((o) =>
    o.download ? o.files(tables).map((name) => ({ name, ...o.download!(tables) })) : [],
  );
  return {
    pdf: opts.pdf,
    workbook: files('workbook')[0],
    openData: files('opendata'),
    downloads,
    ...(opts.sizes ? { sizes: opts.sizes } : {}),
  };
}
