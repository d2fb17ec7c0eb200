/**
 * The state of a running preview: the last good site (rendered in memory), the errors of the last
 * rebuild, the pages' hashes, and the outputs made on demand (PDFs, workbook, open data).
 * Files and processes stay at the edges: the server (server.ts) asks this for bytes, the command
 * (commands/preview.ts) wires the watcher and the terminal.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isUserError } from '../errors.js';
import { isMessageKey, t, type Lang } from '../messages/index.js';
import { loadReport } from '../pipeline/load-report.js';
import { formatText } from '../diagnostics/format.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Report } from '../model/report.js';
import { compareReports } from '../diff/compare.js';
import { summarizeDiff } from '../diff/format.js';
import { PAGES } from '../render/html.js';
import { WORKBOOK_FILE } from '../render/xlsx.js';
import { onDemandFiles } from '../render/outputs.js';
import type { ReportTables } from '../render/report-tables.js';
import {
  bannerHtml,
  emptyPage,
  hashOf,
  injectPreview,
  pageCsp,
  toolbarHtml,
  type PageState,
  type ToolbarLink,
} from './page.js';
import { loadPatched, snapshotReport, type Snapshot } from './patch.js';
import { contentTypeOf, FONTS_DIR, previewFontFile, renderSite, type Site, type SiteFile } from './site.js';

export interface SessionOptions {
  /** The report directory (absolute). */
  dir: string;
  cwd: string;
  lang: Lang;
  templatesDir?: string;
  /** The base of the diff view: its report and how to name it. */
  base?: { report: Report; label: string };
  /** Prints a line (or block) to the terminal. */
  log: (text: string) => void;
  color?: boolean;
  /**
   * Builds the report like `reform build` into the export directory (for the print view's PDFs and the
   * workbook, made on demand); what it wrote, or why it could not.
   */
  build?: () => Promise<ExportBuild>;
}

/** The outcome of a build on demand: the files written (name → path), or a message for the user. */
export type ExportBuild = { files: Map<string, string>; problem?: string } | { files?: undefined; problem: string };

export interface RebuildResult {
  ok: boolean;
  /** Pages whose content (as shown) changed. */
  changed: string[];
  diagnostics: Diagnostic[];
}

const pdfOf = (page: string) => page.replace(/\.html$/, '.pdf');

export class PreviewSession {
  site?: Site;
  state: PageState = { errors: [], stale: false, none: true, errorCount: 0 };
  private hashes: Record<string, string> = {};
  private listeners = new Set<(hashes: Record<string, string>) => void>();
  /** Bumped at every render: a build on demand belongs to one version of the site. */
  private version = 0;
  private exportJob?: { version: number; job: Promise<ExportBuild> };
  private exportChain: Promise<unknown> = Promise.resolve();

  constructor(readonly opts: SessionOptions) {}

  private rebuilding: Promise<unknown> = Promise.resolve();
  /** The report's files at the last valid build. */
  private lastGood?: Snapshot;

  /** Renders a valid report into the site (with the diff view's highlights); the diff view's note. */
  private async render(report: Report): Promise<string | undefined> {
    const { opts } = this;
    let tables: ReportTables | undefined;
    let diffNote: string | undefined;
    if (opts.base) {
      const diff = compareReports(opts.base.report, report);
      tables = diff.tables;
      const summary = diff.identical
        ? t(opts.lang, 'diff-none', { base: opts.base.label, head: opts.dir })
        : t(opts.lang, 'diff-summary', { ...summarizeDiff(diff) });
      diffNote = `${t(opts.lang, 'preview-base', { base: opts.base.label })} — ${summary}`;
    }
    this.site = await renderSite(report, { templatesDir: opts.templatesDir, tables });
    this.version++;
    return diffNote;
  }

  /** Loads, validates and renders the report again; keeps the last good site when it fails. One at a time. */
  rebuild(): Promise<RebuildResult> {
    const next = this.rebuilding.then(() => this.rebuildNow());
    this.rebuilding = next.catch(() => undefined);
    return next;
  }

  private async rebuildNow(): Promise<RebuildResult> {
    const { opts } = this;
    const started = performance.now();
    let diagnostics: Diagnostic[] = [];
    let next: PageState;
    try {
      const loaded = await loadReport(opts.dir, { cwd: opts.cwd });
      diagnostics = loaded.diagnostics;
      if (loaded.report) {
        const diffNote = await this.render(loaded.report);
        next = { errors: [], stale: false, none: false, errorCount: 0, diffNote };
        this.lastGood = await snapshotReport(opts.dir, opts.cwd).catch(() => this.lastGood);
        if (diagnostics.length > 0) opts.log(formatText(diagnostics, opts.lang, loaded.texts, Boolean(opts.color)));
        const uncovered = this.site?.uncovered ?? [];
        if (uncovered.length > 0) opts.log(t(opts.lang, 'build-font-uncovered', { chars: uncovered.join(' ') }));
      } else {
        const sources = loaded.texts;
        const errors = diagnostics.map((d) => ({ text: formatText([d], opts.lang, sources, false).trimEnd() }));
        const errorCount = loaded.stats.errors;
        // The other files' edits still show: the broken files are taken as they were at the last valid build.
        const patched = this.lastGood
          ? await loadPatched(opts.dir, opts.cwd, diagnostics, this.lastGood).catch(() => undefined)
          : undefined;
        let diffNote = this.state.diffNote;
        let note: string | undefined;
        if (patched?.loaded.report) {
          diffNote = await this.render(patched.loaded.report);
          note = t(opts.lang, 'preview-banner-patched', {
            files: [...patched.replaced, ...patched.omitted].join(', '),
          });
        }
        next = { errors, errorCount, stale: Boolean(this.site), none: !this.site, diffNote, note };
        opts.log(formatText(diagnostics, opts.lang, sources, Boolean(opts.color)));
        opts.log(
          `${t(opts.lang, 'summary', { ...loaded.stats })}: ${t(opts.lang, 'summary-errors', { errors: errorCount })}`,
        );
        opts.log(note ?? t(opts.lang, this.site ? 'preview-invalid' : 'preview-invalid-first', { errors: errorCount }));
      }
    } catch (e) {
      // A broken custom template, or a file that cannot be read: shown like a data error. Anything else is a bug.
      const fsError = e as NodeJS.ErrnoException;
      let text: string;
      if (isUserError(e)) text = t(opts.lang, e.key, e.params);
      else if (typeof fsError?.code === 'string' && /^E[A-Z]+$/.test(fsError.code)) {
        const file = fsError.path ? path.relative(opts.cwd, fsError.path) || fsError.path : '';
        const key = `fs-${fsError.code}`;
        const reason = isMessageKey(key) ? t(opts.lang, key) : fsError.code;
        text = t(opts.lang, 'fs-error', { file, reason, code: fsError.code });
      } else throw e;
      next = {
        ...this.state,
        errors: [{ text }],
        errorCount: 1,
        stale: Boolean(this.site),
        none: !this.site,
        note: undefined,
      };
      opts.log(text);
      opts.log(t(opts.lang, this.site ? 'preview-invalid' : 'preview-invalid-first', { errors: 1 }));
    }
    this.state = next;
    const before = this.hashes;
    this.hashes = Object.fromEntries(this.pageNames().map((name) => [name, this.pageHash(name)]));
    // A page that is no longer there (a table removed from report.yaml) changed too.
    const changed = [...new Set([...Object.keys(before), ...Object.keys(this.hashes)])].filter(
      (n) => before[n] !== this.hashes[n],
    );
    const s = ((performance.now() - started) / 1000).toFixed(2);
    if (next.errors.length === 0)
      opts.log(
        t(opts.lang, changed.length > 0 ? 'preview-updated' : 'preview-unchanged', { s, pages: changed.join(', ') }),
      );
    if (changed.length > 0) for (const l of this.listeners) l(this.hashes);
    return { ok: next.errors.length === 0, changed, diagnostics };
  }

  currentHashes(): Record<string, string> {
    return { ...this.hashes };
  }

  /** Called with every page's hash after each rebuild that changed a page. */
  subscribe(listener: (hashes: Record<string, string>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private decorations(name: string): { toolbar: string; banner: string } {
    const { lang } = this.opts;
    const site = this.site;
    const links: ToolbarLink[] = [
      {
        href: PAGES.index,
        label: site?.pages.find((p) => p.name === PAGES.index)?.title ?? 'index',
        current: name === PAGES.index,
      },
    ];
    for (const p of site?.pages ?? [])
      if (p.name !== PAGES.index) links.push({ href: p.name, label: p.title, current: p.name === name });
    if (site && name !== PAGES.index) links.push({ href: pdfOf(name), label: t(lang, 'preview-print-view') });
    if (site) links.push({ href: WORKBOOK_FILE, label: t(lang, 'preview-workbook') });
    return { toolbar: toolbarHtml(links, lang, this.state.diffNote), banner: bannerHtml(this.state, lang) };
  }

  private pageHash(name: string): string {
    const page = this.site?.pages.find((p) => p.name === name);
    const { toolbar, banner } = this.decorations(name);
    return hashOf(page?.hash ?? 'none', '\0', toolbar, '\0', banner);
  }

  /** The index and the pages of the report's tables (the last good site's; the index alone before one). */
  private pageNames(): string[] {
    return this.site ? this.site.pages.map((p) => p.name) : [PAGES.index];
  }

  isPage(name: string): boolean {
    return this.pageNames().includes(name);
  }

  /** The build's CSP of a page (its own CSP <meta>), which the preview's header follows. */
  pagePolicy(name: string): string | undefined {
    const built = this.site?.pages.find((p) => p.name === name);
    return built ? pageCsp(built.html) : undefined;
  }

  /** A page as served: the built HTML with the toolbar, the banner and the reload script (by nonce). */
  page(name: string, nonce: string): string | undefined {
    if (!this.isPage(name)) return undefined;
    const built = this.site?.pages.find((p) => p.name === name);
    const html = built?.html ?? emptyPage(`reform preview — ${name}`);
    const { toolbar, banner } = this.decorations(name);
    return injectPreview(html, { nonce, page: name, hash: this.hashes[name] ?? '', toolbar, banner });
  }

  /** style.css of the last good site, and the fonts. */
  async file(name: string): Promise<SiteFile | undefined> {
    if (name.startsWith(`${FONTS_DIR}/`)) return previewFontFile(name, this.site);
    return this.site?.files.get(name);
  }

  /** Names of the outputs made on demand (PDF, workbook, open data). */
  isExport(name: string): boolean {
    return this.site ? onDemandFiles(this.site.tables).has(name) : false;
  }

  /**
   * An output made on demand: the first request after a change runs one build (the build core, as
   * `reform build` does) into the export directory; later requests reuse it. Undefined: no such output.
   * Throws an Error whose message is for the user (no browser, invalid report…).
   */
  async export(name: string): Promise<SiteFile | undefined> {
    const build = this.opts.build;
    if (!this.site || !this.isExport(name) || !build) return undefined;
    if (!this.exportJob || this.exportJob.version !== this.version) {
      const job = this.exportChain.then(() => build());
      this.exportChain = job.catch(() => undefined);
      this.exportJob = { version: this.version, job };
      job.catch(() => (this.exportJob = undefined));
    }
    const built = await this.exportJob.job;
    const file = built.files?.get(name);
    if (!file) {
      if (built.problem) throw new Error(built.problem);
      return undefined;
    }
    return { type: contentTypeOf(name), body: await readFile(file) };
  }
}
