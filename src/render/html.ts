/**
 * The HTML pages of a report: an index, 別表1 (progress) and 別表2 (verification), rendered with
 * Handlebars templates from templates/ (or a user's copy, file by file: a file missing from
 * `templatesDir` is taken from reform's own templates).
 *
 * Safety: a private Handlebars instance (`Handlebars.create()`), every value from YAML goes through
 * `{{ }}` (HTML-escaped), and templates that use the raw forms `{{{ }}}` or `{{& }}` are refused, so
 * there is no path for markup from the data into the page. Every page starts with reform's own CSP (csp.ts).
 *
 * Cell keys (for `highlight`, used by `reform diff --format html`): a cell whose key is in the set
 * gets the class `changed`.
 *   `${number}:title`                      具体的取組 (both tables)
 *   `${number}:item:${i}`                  取組項目 i (0-based) of 別表1: its label and every 工程 cell of its lanes
 *   `${number}:plan`                       年次計画 of the edition's year
 *   `${number}:result`                     実績 of the edition's period
 *   `${number}:division`                   担当課 of 別表1
 *   `${number}:verification:${r}:${field}` row r (0-based) of 別表2, field one of
 *                                          item | content | outcome | direction | reason | division
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { Report, ScheduleCell } from '../model/report.js';
import type { RichLine } from '../model/richtext.js';
import { ambiguousDivisionNames } from '../model/divisions.js';
import { keepNumbersTogether, wordsOfLabel, type TextPart } from './linebreak.js';
import { cellKey, type CellKey, type VerificationField } from '../model/cell-keys.js';
import { templatesDir as builtinTemplatesDir } from '../paths.js';
import { UserError } from '../errors.js';
import { printedTildesInHtml } from './tilde.js';
import { sealHtml } from './csp.js';
import type { OutputFile } from './output.js';
import { SEED_PAGES, type ReportTables } from './report-tables.js';
import { OPEN_DATA_TABLES, tableRows } from './opendata/tables.js';

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
  /** The cells to mark as changed (reform diff --format html). */
  highlight?: ReadonlySet<CellKey>;
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
  'progress.hbs',
  'verification.hbs',
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

interface CompiledTemplates {
  index: HandlebarsTemplateDelegate;
  progress: HandlebarsTemplateDelegate;
  verification: HandlebarsTemplateDelegate;
  /** A layout that is only its content: the tables' bodies for the diff page. */
  bare: HandlebarsTemplateDelegate;
  /** Marks text that is already safe HTML (rendered by these templates). */
  safe(html: string): unknown;
}

const cache = new Map<string, CompiledTemplates>();

export function loadTemplates(userDir?: string): CompiledTemplates {
  const key = userDir ?? '';
  const hit = cache.get(key);
  if (hit && !userDir) return hit;
  const files = resolveTemplateFiles(userDir);
  const hb = Handlebars.create();
  const source = (f: TemplateFile): string => readTemplateFile(files[f]);
  const compile = (f: TemplateFile) => {
    const text = source(f);
    try {
      // Parse now so that a syntax error names the file (compile() itself is lazy).
      hb.parse(text);
    } catch (e) {
      throw new UserError('template-syntax', { file: files[f], detail: (e as Error).message.split('\n')[0] });
    }
    return hb.compile(text, { preventIndent: true });
  };
  hb.registerPartial('layout', compile('layout.hbs'));
  hb.registerPartial('schedule', compile('partials/schedule.hbs'));
  hb.registerPartial('rich', compile('partials/rich.hbs'));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const compiled: CompiledTemplates = {
    index: compile('index.hbs'),
    progress: compile('progress.hbs'),
    verification: compile('verification.hbs'),
    bare: hb.compile('{{> @partial-block}}'),
    safe: (html) => new hb.SafeString(html),
  };
  if (!userDir) cache.set(key, compiled);
  return compiled;
}

/** The stylesheet written beside the pages as style.css. */
export function readStylesheet(userDir?: string): string {
  return readFileSync(resolveTemplateFiles(userDir)['style.css'], 'utf8');
}

function run(
  template: HandlebarsTemplateDelegate,
  context: object,
  file: string,
  partials?: Record<string, HandlebarsTemplateDelegate>,
): string {
  try {
    // An ASCII ~ between years prints as ～ (render/tilde.ts).
    return printedTildesInHtml(
      template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false, partials }),
    );
  } catch (e) {
    throw new UserError('template-render', { file, detail: (e as Error).message.split('\n')[0] });
  }
}

export function renderHtmlPages(report: Report, opts: HtmlOptions = {}): HtmlPage[] {
  const templates = loadTemplates(opts.templatesDir);
  const files = resolveTemplateFiles(opts.templatesDir);
  const highlight: ReadonlySet<CellKey> = opts.highlight ?? new Set<CellKey>();
  const outputs: OutputLinks = opts.outputs ?? { pdf: true };
  const cls = (key: CellKey) => (highlight.has(key) ? 'changed' : '');
  const m = report.manifest;

  const common = {
    report: { title: report.title, organisation: report.organisation, editionLabel: editionLabel(report) },
  };

  const partials = opts.bare ? { layout: templates.bare } : undefined;
  // reform's CSP first in every page, whatever the template (render/csp.ts); bare fragments sit in a page that has one.
  const seal = opts.bare ? (html: string) => html : sealHtml;
  const index = {
    ...common,
    page: { kind: 'index', title: report.title },
    title: report.title,
    ...indexView(report, outputs),
  };
  const indexPage = {
    name: PAGES.index,
    title: report.title,
    data: seal(run(templates.index, index, files['index.hbs'], partials)),
  };
  if (opts.indexOnly) return [indexPage];

  const progressTitle = `${m.progressTable.label} ${m.progressTable.title}`;
  const verificationTitle = `${m.verificationTable.label} ${m.verificationTable.title}`;
  const sections = report.sections.filter((s) => s.initiatives.length > 0);

  const progress = {
    ...common,
    page: {
      kind: 'progress',
      title: progressTitle,
      pdf: outputs.pdf ? pdfNameOf(PAGES.progress) : undefined,
      index: PAGES.index,
    },
    label: m.progressTable.label,
    title: m.progressTable.title,
    // The era in text (visually hidden) before the short label: 「令和」元年度 reads 令和元年度.
    years: report.years.map((y) => ({
      ...y,
      era: y.longLabel.endsWith(y.label) ? y.longLabel.slice(0, -y.label.length) : '',
    })),
    yearCount: report.years.length,
    scheduleColspan: report.years.length + 1,
    totalColspan: report.years.length + 6,
    planHeading: report.edition.planHeading,
    resultHeading: report.edition.resultHeading,
    sections: sections.map((s) => ({
      mark: s.mark,
      title: s.title,
      heading: `${s.mark} ${s.title}`,
      caption: `${progressTitle}（${s.mark} ${s.title}）`,
      initiatives: s.initiatives.map((it) => {
        const rows: object[] = [];
        it.items.forEach((item, i) => {
          const itemCls = cls(cellKey.item(it.number, i));
          item.lanes.forEach((lane, j) => {
            rows.push({
              first: rows.length === 0,
              itemStart: j === 0,
              item: j === 0 ? { label: item.printedLabel, rowspan: item.lanes.length, cls: itemCls } : undefined,
              cells: lane.map((c) => scheduleCellView(c, itemCls, report)),
            });
          });
        });
        return {
          number: it.number,
          localMark: it.localMark,
          title: it.title,
          achievedNote: it.achievedNote,
          rowCount: rows.length,
          rows,
          plan: rich(it.plan),
          result: rich(it.result),
          divisionBlocks: it.divisionBlocks.map((b) => ({
            heading: b.heading !== undefined ? keepTail(b.heading) : undefined,
            division: b.division,
          })),
          cls: {
            title: cls(cellKey.title(it.number)),
            plan: cls(cellKey.plan(it.number)),
            result: cls(cellKey.result(it.number)),
            division: cls(cellKey.division(it.number)),
          },
        };
      }),
    })),
  };

  const ambiguous = ambiguousDivisionNames(report.manifest);
  const verification = {
    ...common,
    page: {
      kind: 'verification',
      title: verificationTitle,
      pdf: outputs.pdf ? pdfNameOf(PAGES.verification) : undefined,
      index: PAGES.index,
    },
    label: m.verificationTable.label,
    title: m.verificationTable.title,
    legend: { intro: m.verificationTable.legendIntro, directions: report.directions },
    sections: sections.map((s) => ({
      mark: s.mark,
      title: s.title,
      heading: `${s.mark} ${s.title}`,
      caption: `${verificationTitle}（${s.mark} ${s.title}）`,
      initiatives: s.initiatives.map((it) => ({
        number: it.number,
        localMark: it.localMark,
        title: it.title,
        rowCount: it.verification.length,
        titleCls: cls(cellKey.title(it.number)),
        rows: it.verification.map((row, r) => {
          const k = (field: VerificationField) => cls(cellKey.verification(it.number, r, field));
          return {
            first: r === 0,
            item: rich(row.item),
            content: rich(row.content),
            outcome: rich(row.outcome),
            direction: row.direction,
            reason: row.reasonRowSpan > 0 ? { lines: rich(row.reason ?? []), rowspan: row.reasonRowSpan } : undefined,
            division: ambiguous.has(row.division.division) ? row.division : { division: row.division.division },
            cls: {
              item: k('item'),
              content: k('content'),
              outcome: k('outcome'),
              direction: k('direction'),
              reason: k('reason'),
              division: k('division'),
            },
          };
        }),
      })),
    })),
  };

  return [
    indexPage,
    {
      name: PAGES.progress,
      title: progressTitle,
      data: seal(run(templates.progress, progress, files['progress.hbs'], partials)),
    },
    {
      name: PAGES.verification,
      title: verificationTitle,
      data: seal(run(templates.verification, verification, files['verification.hbs'], partials)),
    },
  ];
}

/** A file's size as the index states it: 611KB, 1.4MB. */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))}KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)}MB`;
}

/**
 * The index page's links, each saying what it is, its format and size (別表1（PDF、611KB）), a short
 * summary of each table, and the open-data files with what they hold and their column dictionary.
 */
function indexView(report: Report, outputs: OutputLinks) {
  const m = report.manifest;
  const sized = (format: string, name: string) => {
    const size = outputs.sizes?.[name];
    return size === undefined ? `（${format}）` : `（${format}、${sizeLabel(size)}）`;
  };
  const initiatives = report.sections.reduce((n, s) => n + s.initiatives.length, 0);
  const all = report.sections.flatMap((s) => s.initiatives);
  const items = all.reduce((n, it) => n + it.items.length, 0);
  const rows = all.reduce((n, it) => n + it.verification.length, 0);
  const first = report.years[0]?.longLabel ?? '';
  const last = report.years.at(-1)?.longLabel ?? '';
  const sections = report.sections.filter((s) => s.initiatives.length > 0).length;
  const tables = [
    {
      table: m.progressTable,
      page: PAGES.progress,
      summary:
        `${sections}章、具体的取組 ${initiatives}件（取組項目 ${items}件）の工程（${first}～${last}）、` +
        `${report.edition.planHeading}と${report.edition.resultHeading}、担当課。`,
    },
    {
      table: m.verificationTable,
      page: PAGES.verification,
      summary:
        `${sections}章、具体的取組 ${initiatives}件の取組項目 ${rows}件ごとの内容、実績・効果、` +
        '今後の取組方向（区分と区分の理由）、担当課。',
    },
  ].map(({ table, page, summary }) => {
    const pdf = pdfNameOf(page);
    return {
      label: table.label,
      title: table.title,
      html: { href: page, text: `${table.label} ${table.title}${sized('HTML', page)}` },
      pdf: outputs.pdf ? { href: pdf, text: `${table.label}${sized('PDF', pdf)}` } : undefined,
      summary,
    };
  });
  const workbook = outputs.workbook
    ? {
        href: outputs.workbook,
        text: `${m.progressTable.label}・${m.verificationTable.label}${sized('Excel', outputs.workbook)}`,
      }
    : undefined;
  const openData = (outputs.openData ?? []).map(
    (name): { href: string; text: string; description: string; dict?: string } => {
      const [, id, columnsFile, ext] = /^(?:.*\/)?([^/]+?)(-columns)?\.(csv|json)$/.exec(name) ?? [];
      const table = OPEN_DATA_TABLES.find((t) => t.id === id);
      if (!table) return { href: name, text: name, description: '' };
      const count = tableRows(report, table.id).length;
      const format = ext === 'csv' ? 'CSV' : 'JSON';
      if (columnsFile)
        return {
          href: name,
          text: `${table.name}の列の説明${sized(format, name)}`,
          description: `列ごとに1行（列名、キー、型、単位、説明）、${table.columns.length}行。`,
          dict: `dict-${table.id}`,
        };
      return {
        href: name,
        text: `${table.name}${sized(format, name)}`,
        description: `${table.grain}、${count}行・${table.columns.length}列。`,
        dict: `dict-${table.id}`,
      };
    },
  );
  const dictionary = OPEN_DATA_TABLES.filter((t) => openData.some((f) => f.dict === `dict-${t.id}`)).map((t) => ({
    id: `dict-${t.id}`,
    name: t.name,
    grain: t.grain,
    columns: t.columns.map((c) => ({
      name: c.name,
      key: c.key,
      type: `${c.type === 'integer' ? '整数' : '文字列'}${c.nullable ? '（空あり）' : ''}`,
      description: c.description,
    })),
  }));
  const downloads = downloadViews(outputs, [m.progressTable.label, m.verificationTable.label]);
  return { tables, workbook, downloads, openData, dictionary };
}

/** 令和元年度上半期 / 令和元年度 */
function editionLabel(report: Report): string {
  return report.edition.period === 'firstHalf' ? `${report.edition.yearLabel}上半期` : report.edition.yearLabel;
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

function scheduleCellView(c: ScheduleCell, cls: string, report: Report) {
  if (!c.phase) return { span: c.span, empty: true, cls };
  const { label, then, arrow, text } = c.phase;
  // The phase's years in words, for assistive technology: 平成29年度～令和元年度 (～ is U+FF5E, which NVDA reads).
  const first = report.years[c.start]?.longLabel;
  const last = report.years[c.start + c.span - 1]?.longLabel;
  const range = c.span > 1 ? `${first}～${last}` : first;
  // A bar's label includes the change within the year; a plain phase prints label and then apart.
  const barLabel = then ? `${label} → ${then}` : label;
  const words = wordsOfLabel(arrow ? barLabel : label);
  // A word of more than four characters does not fit a one-year column at the body size: print it smaller.
  const small = c.span === 1 && words.some((w) => [...w.trim()].length > 4);
  const common = {
    span: c.span,
    labelWords: words,
    text,
    range,
    cls: small ? `${cls} small`.trim() : cls,
    wide: c.span > 1,
  };
  if (arrow) return { ...common, arrow: true, label: barLabel };
  return { ...common, arrow: false, label, then };
}
