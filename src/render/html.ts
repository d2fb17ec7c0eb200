/**
 * The shared parts of the HTML pages (render/declared-html.ts draws every table; render/pages.ts is the
 * entry): the page and link shapes, the templates of templates/ (or a user's copy, file by file: a file
 * missing from `templatesDir` is taken from reform's own templates), rich text for the `rich` partial.
 *
 * Safety: a private Handlebars instance (`Handlebars.create()`), every value from YAML goes through
 * `{{ }}` (HTML-escaped), and templates that use the raw forms `{{{ }}}` or `{{& }}` are refused, so
 * there is no path for markup from the data into the page. Every page starts with reform's own CSP (csp.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { RichLine } from '../model/richtext.js';
import { keepNumbersTogether, type TextPart } from './linebreak.js';
import { templatesDir as builtinTemplatesDir } from '../paths.js';
import { UserError } from '../errors.js';
import type { OutputFile } from './output.js';
import { SEED_PAGES, type ReportTables } from './report-tables.js';

export interface HtmlPage extends OutputFile {
  /** File name in the output directory. */
  name: string;
  title: string;
  /** The page's HTML. */
  data: string;
}

/** What the index links to besides the HTML pages. */
export interface OutputLinks {
  /** The PDFs (progress.pdf, verification.pdf) are produced. */
  pdf?: boolean;
  /** The workbook's file name, when one is written. */
  workbook?: string;
  /** Open-data files, relative to the output directory. */
  openData?: string[];
  /** Sizes in bytes of the files written, by name: the index says how large each link's file is. */
  sizes?: Record<string, number>;
  /**
   * The index's downloads besides the tables and open data, from the list of outputs (render/outputs.ts);
   * without it, the workbook alone.
   */
  downloads?: DownloadLink[];
}

/** A download of the index: 「Excel 別表1・別表2（Excel、10KB）」. */
export interface DownloadLink {
  /** The file, relative to the output directory. */
  name: string;
  /** The short label before the link (Excel). */
  label: string;
  /** The format said after the text, with the size (Excel). */
  format: string;
  /** What it holds (別表1・別表2). */
  text: string;
}

/** The index's downloads as templates/index.hbs lists them, each with its format and size. */
export function downloadViews(
  outputs: OutputLinks,
  tableLabels: string[],
): { label: string; href: string; text: string }[] {
  const links =
    outputs.downloads ??
    (outputs.workbook
      ? [{ name: outputs.workbook, label: 'Excel', format: 'Excel', text: tableLabels.join('・') }]
      : []);
  return links.map((d) => {
    const size = outputs.sizes?.[d.name];
    return {
      label: d.label,
      href: d.name,
      text: `${d.text}（${d.format}${size === undefined ? '' : `、${sizeLabel(size)}`}）`,
    };
  });
}

export interface HtmlOptions {
  templatesDir?: string;
  /** Only the pages' content, without the layout (html, head, body, links): for the diff page. */
  bare?: boolean;
  /** Defaults to PDFs linked, no workbook, no open data. */
  outputs?: OutputLinks;
  /** The report's tables, decided once (render/report-tables.ts); decided here when not given. */
  tables?: ReportTables;
  /** Only the index (the build renders it again last, when it knows the files' sizes). */
  indexOnly?: boolean;
}

export const PAGES = { index: 'index.html', ...SEED_PAGES } as const;

/** One PDF per table, named like its HTML page. */
export function pdfNameOf(htmlName: string): string {
  return htmlName.replace(/\.html$/, '.pdf');
}

export const TEMPLATE_FILES = [
  'layout.hbs',
  'index.hbs',
  'diff.hbs',
  'partials/schedule.hbs',
  'partials/rich.hbs',
  'partials/diff-change.hbs',
  'style.css',
] as const;
export type TemplateFile = (typeof TEMPLATE_FILES)[number];

/** Where each template file comes from: the user's directory when it has the file, else reform's. */
export function resolveTemplateFiles(userDir?: string): Record<TemplateFile, string> {
  const out = {} as Record<TemplateFile, string>;
  for (const f of TEMPLATE_FILES) {
    const own = userDir ? path.join(userDir, f) : undefined;
    out[f] = own && existsSync(own) ? own : path.join(builtinTemplatesDir, f);
  }
  return out;
}

const RAW_OUTPUT = /\{\{~?\s*(\{|&)/;

/** A template's text; a file that cannot be read, or that prints raw (unescaped) output, is refused. */
export function readTemplateFile(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError('template-unreadable', { file, detail: (e as Error).message });
  }
  const lineIndex = text.split('\n').findIndex((l) => RAW_OUTPUT.test(l));
  if (lineIndex >= 0) throw new UserError('template-raw', { file, line: lineIndex + 1 });
  return text;
}

/**
 * A template file read (readTemplateFile's checks) and compiled in the given Handlebars instance; parsed now so
 * that a syntax error names the file (compile() itself is lazy).
 */
export function compileTemplateFile(hb: typeof Handlebars, file: string): HandlebarsTemplateDelegate {
  const text = readTemplateFile(file);
  try {
    hb.parse(text);
  } catch (e) {
    throw new UserError('template-syntax', { file, detail: (e as Error).message.split('\n')[0] });
  }
  return hb.compile(text, { preventIndent: true });
}

/** The index page's template (every table is render/declared-html.ts's). */
interface CompiledTemplates {
  index: HandlebarsTemplateDelegate;
}

const cache = new Map<string, CompiledTemplates>();

export function loadTemplates(userDir?: string): CompiledTemplates {
  const key = userDir ?? '';
  const hit = cache.get(key);
  if (hit && !userDir) return hit;
  const files = resolveTemplateFiles(userDir);
  const hb = Handlebars.create();
  const compile = (f: TemplateFile) => compileTemplateFile(hb, files[f]);
  hb.registerPartial('layout', compile('layout.hbs'));
  hb.registerPartial('schedule', compile('partials/schedule.hbs'));
  hb.registerPartial('rich', compile('partials/rich.hbs'));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const compiled: CompiledTemplates = {
    index: compile('index.hbs'),
  };
  if (!userDir) cache.set(key, compiled);
  return compiled;
}

/** The stylesheet written beside the pages as style.css. */
export function readStylesheet(userDir?: string): string {
  return readFileSync(resolveTemplateFiles(userDir)['style.css'], 'utf8');
}

/** A file's size as the index states it: 611KB, 1.4MB. */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))}KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)}MB`;
}

/**
 * A rich-text line for the templates: `text` as written, and `head` + `tail` where the tail (the last
 * two characters of a ＜見出し＞ line) must not be split: a line break is allowed before an ASCII ">",
 * which would leave it alone on the next line.
 */
export interface RichLineView extends RichLine {
  head: string;
  tail: string;
  /** `head` in runs, numbers marked to stay on one line; a △ figure with its words. */
  parts: (TextPart & { words?: string })[];
}

function keepTail(text: string): { text: string; head: string; tail: string } {
  const chars = [...text];
  if (chars.length < 3) return { text, head: text, tail: '' };
  return { text, head: chars.slice(0, -2).join(''), tail: chars.slice(-2).join('') };
}

/** Rich-text lines as the `rich` partial takes them (also used by the declared tables). */
export function rich(lines: RichLine[]): RichLineView[] {
  return lines.map((l) => {
    const v = l.kind === 'heading' ? { ...l, ...keepTail(l.text) } : { ...l, head: l.text, tail: '' };
    // A negative figure written with △ or ▲ says so in words too (read, not printed): 「△１２．５％（マイナス）」.
    const parts = keepNumbersTogether(v.head).map((p) =>
      p.nw && /^[△▲]/u.test(p.text) ? { ...p, words: '（マイナス）' } : p,
    );
    return { ...v, parts };
  });
}
