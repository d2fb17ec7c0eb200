/**
 * `reform diff --format html`'s page (templates/diff.hbs): the list of changes, then the head's tables as
 * the one table decision (render/report-tables.ts) draws them, the edited cells and the figures the tables
 * compute from them marked (`changed`, `consequence`: the marks diff puts on the tables' views, the seed's
 * 別表1・別表2 and declared tables alike). One self-contained file: the stylesheet inline and the
 * shipped fonts embedded, subset to the page's characters as the build subsets them, so that the page
 * shows its Japanese on a machine that has no Japanese font.
 */
import Handlebars from 'handlebars';
import type { Report } from '../model/report.js';
import { UserError } from '../errors.js';
import { buildFonts, codePointsOf } from './fonts.js';
import { compileTemplateFile, PAGES, resolveTemplateFiles } from './html.js';
import { readPagesStylesheet, renderPages } from './pages.js';
import { MARK_CSS } from './marks.js';
import type { ReportTables } from './report-tables.js';

/** One change of reform diff's HTML page: where, and its parts. */
export interface DiffChangeView {
  where: string;
  /** （追加） or （削除）, or empty. */
  tag: string;
  parts: { kind: 'text' | 'del' | 'ins' | 'br'; text?: string }[];
}

export interface DiffPageView {
  title: string;
  summary: string;
  manifestTitle: string;
  manifest: DiffChangeView[];
  initiatives: { header: string; file: string; changes: DiffChangeView[] }[];
  /** The figures the tables compute that moved: 別表1 › 合計 › 効果実績額(B), before and after as printed. */
  figuresTitle: string;
  figures: { where: string; before: string; after: string }[];
}

export interface DiffPageTables {
  /** The head's tables, decided once, with diff's marks on their cells (the seed's and declared alike). */
  tables: ReportTables;
}

/** reform diff's HTML page: the changes, then the head's tables, cells marked, the fonts embedded. */
export async function renderDiffPage(head: Report, view: DiffPageView, marks: DiffPageTables): Promise<string> {
  const templates = compileDiffPage();
  const pages = renderPages(head, {
    tables: marks.tables,
    outputs: { pdf: false },
    bare: true,
  }).filter((p) => p.name !== PAGES.index);
  const style = `${readPagesStylesheet(head, undefined, marks.tables)}${DIFF_CSS}`;
  const page = (css: string) =>
    run(templates.diff, {
      ...view,
      tables: pages.map((p) => templates.safe(p.data)),
      css: templates.safe(css.replace(/<\/style/gi, '<\\/style')),
    });
  // The fonts' subsets for every character of the page (its text and the stylesheet's), as data: URLs.
  const fonts = await buildFonts(codePointsOf([page(style)]));
  const embedded = fonts.css.replace(/url\(\.\/([^)]+)\) format\('woff'\)/g, (whole, name: string) => {
    const file = fonts.files.find((f) => f.name === name);
    if (!file || typeof file.data === 'string') return whole;
    return `url(data:font/woff;base64,${Buffer.from(file.data).toString('base64')}) format('woff')`;
  });
  return page(`${embedded}${style}`);
}

/**
 * templates/diff.hbs and its partial, in a Handlebars instance of their own (the tables' templates are
 * render/html.ts's and render/declared-html.ts'): same rules, `{{ }}` only, raw forms refused.
 */
function compileDiffPage(): { diff: HandlebarsTemplateDelegate; safe(html: string): unknown } {
  const files = resolveTemplateFiles();
  const hb = Handlebars.create();
  const compile = (file: string) => compileTemplateFile(hb, file);
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerPartial('diffChange', compile(files['partials/diff-change.hbs']));
  return { diff: compile(files['diff.hbs']), safe: (html) => new hb.SafeString(html) };
}

function run(template: HandlebarsTemplateDelegate, context: object): string {
  try {
    return template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (e) {
    throw new UserError('template-render', {
      file: resolveTemplateFiles()['diff.hbs'],
      detail: (e as Error).message.split('\n')[0],
    });
  }
}

/** The list of changes, the marks, each table on a page of its own in print. */
const DIFF_CSS = `${MARK_CSS}
.diff-summary { font-size: 10.5pt; margin: 0 0 2em; }
.diff-summary ul { margin: .3em 0 1em; padding-left: 1.5em; }
.diff-summary ins { background: #d7f5dd; text-decoration: none; }
.diff-summary del { background: #fbd9d9; }
.diff-summary h2 { font-size: 12pt; margin: 1.2em 0 .2em; }
.diff-page { break-before: page; margin-top: 2em; }
@media print { .diff-summary { display: none; } .diff-page { margin-top: 0; } }
`;
