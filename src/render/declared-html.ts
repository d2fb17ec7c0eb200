/**
 * The HTML pages of a report: the index and one page per table (templates/declared.hbs inside
 * layout.hbs), from the tables decided once (render/report-tables.ts: report.yaml's `tables`, or the
 * seed's 別表1 and 別表2 as built-in declarations) and laid out by model/tables.ts. A table with
 * `sectionPages` is one table per 章, each in its `section.part` from a new page (render/paginate.ts
 * continues them with （続き）). Same safety as render/html.ts: a private Handlebars instance, `{{ }}`
 * only (raw forms refused), no scripts. The declared tables' styles (templates/declared.css) are
 * appended to style.css only for reports that declare tables, so the sample's style.css does not change.
 *
 * reform diff --format html: the cells diff marked on the views (diff/figures.ts, `diffMark`) carry the class
 * `changed` (and `consequence` for a figure computed from an edit); every table, the seed's and declared, alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { Report } from '../model/report.js';
import { tableName, type CellMark, type ColumnView, type RowView, type TableView } from '../model/tables.js';
import { declaredPageName, decideTables, type ReportTables } from './report-tables.js';
import { templatesDir as builtinTemplatesDir } from '../paths.js';
import { eraOfFiscalYear, fiscalYearLong } from '../era.js';
import { UserError } from '../errors.js';
import { sealHtml } from './csp.js';
import {
  loadTemplates,
  pdfNameOf,
  PAGES,
  compileTemplateFile,
  rich,
  resolveTemplateFiles,
  sizeLabel,
  downloadViews,
  type HtmlOptions,
  type HtmlPage,
  type OutputLinks,
} from './html.js';
import { openDataIndex } from './opendata.js';
import { kindOf } from '../model/column-kinds.js';
import { printedTildesInHtml } from './tilde.js';
import { wordsOfLabel } from './linebreak.js';

export const DECLARED_TEMPLATE = 'declared.hbs';
export const DECLARED_CSS = 'declared.css';

function templateFile(userDir: string | undefined, name: string): string {
  const own = userDir ? path.join(userDir, name) : undefined;
  return own && existsSync(own) ? own : path.join(builtinTemplatesDir, name);
}

/** The declared tables' styles, appended to style.css. */
export function readDeclaredStylesheet(userDir?: string): string {
  return readFileSync(templateFile(userDir, DECLARED_CSS), 'utf8');
}

function compileDeclared(userDir?: string): { template: HandlebarsTemplateDelegate; bare: HandlebarsTemplateDelegate } {
  const files = resolveTemplateFiles(userDir);
  const hb = Handlebars.create();
  const read = (file: string) => compileTemplateFile(hb, file);
  hb.registerPartial('layout', read(files['layout.hbs']));
  hb.registerPartial('rich', read(files['partials/rich.hbs']));
  hb.registerPartial('schedule', read(files['partials/schedule.hbs']));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // A layout that is only its content: the tables' bodies for the diff page.
  return { template: read(templateFile(userDir, DECLARED_TEMPLATE)), bare: hb.compile('{{> @partial-block}}') };
}

export { declaredPageName } from './report-tables.js';

export function renderDeclaredPages(report: Report, opts: HtmlOptions = {}): HtmlPage[] {
  const outputs: OutputLinks = opts.outputs ?? { pdf: true };
  const decided = opts.tables ?? decideTables(report);
  const tables = decided.views;
  const { template, bare } = compileDeclared(opts.templatesDir);
  const partials = opts.bare ? { layout: bare } : undefined;
  // reform's CSP first in every page, whatever the template (render/csp.ts); bare fragments sit in a page that has one.
  const seal = opts.bare ? (html: string) => html : sealHtml;
  const file = templateFile(opts.templatesDir, DECLARED_TEMPLATE);
  const common = {
    report: { title: report.title, organisation: report.organisation, editionLabel: tables[0]?.editionLabel ?? '' },
  };
  const pages: HtmlPage[] = (opts.indexOnly ? [] : tables).map((t) => {
    const name = declaredPageName(t);
    const title = tableName(t);
    const context = {
      ...common,
      page: { kind: 'declared', title, pdf: outputs.pdf ? pdfNameOf(name) : undefined, index: PAGES.index },
      ...tableContext(t),
    };
    return { name, title, data: seal(run(template, context, file, partials).trimStart()) };
  });
  const index = {
    ...common,
    page: { kind: 'index', title: report.title },
    title: report.title,
    ...indexView(report, decided, outputs),
  };
  const files = resolveTemplateFiles(opts.templatesDir);
  return [
    {
      name: PAGES.index,
      title: report.title,
      data: seal(run(loadTemplates(opts.templatesDir).index, index, files['index.hbs'])),
    },
    ...pages,
  ];
}

/** The index's links in the shape templates/index.hbs reads: format and size, a summary, the column dictionaries. */
function indexView(report: Report, decided: ReportTables, outputs: OutputLinks) {
  const tables = decided.views;
  const sized = (format: string, name: string) => {
    const size = outputs.sizes?.[name];
    return size === undefined ? `（${format}）` : `（${format}、${sizeLabel(size)}）`;
  };
  const rowsOf = (t: TableView) => t.blocks.filter((b) => 'row' in b && b.row.kind === 'data').length;
  const links = tables.map((t) => {
    const page = declaredPageName(t);
    const pdf = pdfNameOf(page);
    return {
      label: t.label,
      title: t.title,
      html: { href: page, text: `${tableName(t)}${sized('HTML', page)}` },
      pdf: outputs.pdf ? { href: pdf, text: `${t.label || t.title}${sized('PDF', pdf)}` } : undefined,
      summary: t.indexSummary ?? `${rowsOf(t)}行。列: ${t.columns.map(headingInGroup).join('、')}。`,
    };
  });
  const workbook = outputs.workbook
    ? { href: outputs.workbook, text: `${tables.map((t) => t.label).join('・')}${sized('Excel', outputs.workbook)}` }
    : undefined;
  // Every open-data file links its 列の説明.
  const data = openDataIndex(report, decided);
  const openData = (outputs.openData ?? []).map(
    (name): { href: string; text: string; description: string; dict?: string } => {
      // By the whole name: an id may itself end in -columns (validate keeps the names apart).
      const base = name.slice(name.lastIndexOf('/') + 1);
      const match = data
        .flatMap((x) => [
          { d: x, file: `${x.id}.csv`, ext: 'csv', columnsFile: false },
          { d: x, file: `${x.id}.json`, ext: 'json', columnsFile: false },
          { d: x, file: `${x.id}-columns.csv`, ext: 'csv', columnsFile: true },
        ])
        .find((x) => x.file === base);
      if (!match) return { href: name, text: name, description: '' };
      const { d, ext, columnsFile } = match;
      const format = ext === 'csv' ? 'CSV' : 'JSON';
      if (columnsFile)
        return {
          href: name,
          text: `${d.name}の列の説明${sized(format, name)}`,
          description: `列ごとに1行（列名、キー、型、単位、説明）、${d.columns.length}行。`,
          dict: `dict-${d.id}`,
        };
      return {
        href: name,
        text: `${d.name}${sized(format, name)}`,
        description: `${d.grain}、${d.rows}行・${d.columns.length}列。`,
        dict: `dict-${d.id}`,
      };
    },
  );
  const dictionary = data
    .filter((d) => openData.some((f) => f.dict === `dict-${d.id}`))
    .map((d) => ({ id: `dict-${d.id}`, name: d.name, grain: d.grain, columns: d.columns }));
  const downloads = downloadViews(
    outputs,
    tables.map((t) => t.label),
  );
  return { tables: links, workbook, downloads, openData, dictionary };
}

/** A column's heading with its group's: 令和7年度 見込額. */
const headingInGroup = (c: ColumnView) => (c.spec.group ? `${c.spec.group} ${c.heading}` : c.heading);

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

/** The last two characters of a heading kept together (＜見出し＞ never leaves its ＞ alone on a line). */
function keepTail(text: string): { text: string; head: string; tail: string } {
  const chars = [...text];
  if (chars.length < 3) return { text, head: text, tail: '' };
  return { text, head: chars.slice(0, -2).join(''), tail: chars.slice(-2).join('') };
}

/** A printed number split where a line may break: between the figure and its unit or words, never inside them. */
function numberParts(text: string): string[] {
  const m = /^(.*?)(\(?[△-]?[0-9][0-9,.]*)(.*)$/u.exec(text);
  if (!m) return [text];
  return [m[1], m[2], m[3]].filter(Boolean);
}

/** A table's <colgroup> and head rows (a group's heading over its run, the 工程's years and parts). */
function headOf(columns: readonly ColumnView[], headRows: 1 | 2) {
  const colCount = columns.reduce((n, c) => n + (c.slots?.length ?? 1), 0);
  // Widths in full-width characters, as shares of the page: the table always fills its width.
  const ems = columns.flatMap((c) =>
    c.slots ? c.slots.map(() => (c.spec.width ?? c.slots!.length * 4) / c.slots!.length) : [c.spec.width ?? 8],
  );
  const total = ems.reduce((a, b) => a + b, 0);
  const cols = ems.map((em) => ({ width: `${((100 * em) / total).toFixed(2)}%` }));
  const head1: object[] = [];
  const head2: object[] = [];
  const yearHeads = (c: ColumnView, rowspan: boolean) => {
    // One heading per year; with parts, the parts below.
    const years = [...new Set(c.slots!.map((s) => s.year))];
    for (const y of years) {
      const slots = c.slots!.filter((s) => s.year === y);
      // The era in words before 6年度 (令和), as the sample's year headings have it: read, not printed.
      const era = eraOfFiscalYear(y).era.name;
      if (slots[0].part) {
        head1.push({ text: slots[0].yearLabel, era, scope: 'colgroup', colspan: slots.length });
        for (const s of slots) head2.push({ text: s.part });
      } else if (!rowspan) head2.push({ text: slots[0].yearLabel, era, scope: 'col' });
      else head1.push({ text: slots[0].yearLabel, era, scope: 'col', rowspan: headRows === 2 ? 2 : undefined });
    }
  };
  columns.forEach((c, i) => {
    if (c.grouped) {
      // A column group: its heading over the run of these columns (a grand-total table has fewer), as wide as
      // their columns and 工程 slots; the columns' own headings below.
      const g = c.spec.group;
      if (i === 0 || columns[i - 1].spec.group !== g) {
        let n = 1;
        while (columns[i + n]?.spec.group === g) n++;
        const span = columns.slice(i, i + n).reduce((k, x) => k + (x.slots?.length ?? 1), 0);
        head1.push({ text: g, scope: 'colgroup', colspan: span > 1 ? span : undefined });
      }
      if (c.slots) yearHeads(c, false);
      else head2.push({ text: c.heading });
      return;
    }
    if (!c.slots) {
      head1.push({ text: c.heading, scope: 'col', rowspan: headRows === 2 ? 2 : undefined });
      return;
    }
    yearHeads(c, true);
  });
  return { cols, colCount, head1, head2, ems: total };
}

function tableContext(t: TableView) {
  // ※N marks link to their footnote (ids unique on the page: the table's id and the note's number).
  const noteIds = new Map<string, string>();
  // The first ※N of each note in the table, which the note links back to.
  const refs = new Map<string, string>();
  // A note's ※ mark is its list marker (the PDF's Lbl; its text the LBody): printed as before.
  const footnotes: { text: string; mark?: string; id?: string; n?: string; back?: string }[] = t.footnotes.map((f) => {
    const mark = /^※[0-9]*/.exec(f)?.[0];
    const note = mark ? { text: f.slice(mark.length), mark } : { text: f };
    const n = mark?.slice(1);
    if (!n) return note;
    noteIds.set(n, `${t.id}-note-${n}`);
    return { ...note, id: `${t.id}-note-${n}`, n };
  });
  const rowsOf = (row: RowView) => rowViews(t.columns, row, noteIds, refs);
  const name = tableName(t);
  // Pages: one per 章 (sectionPages), its rows one <tbody> per initiative; else one table, a <tbody> per heading.
  const pages: object[] = [];
  type Group = { kind: string; rows: object[]; level?: number; heading?: string; headingMark?: string; total?: true };
  const groups: Group[] = [];
  if (t.pages) {
    let page: { bodies: object[] } | undefined;
    for (const b of t.blocks) {
      if ('heading' in b && b.heading.level === 1) {
        const heading = `${b.heading.text}${b.heading.counts ? `（${b.heading.counts}）` : ''}`;
        page = {
          bodies: [],
          ...{
            index: pages.length,
            heading,
            hidden: t.pages.heading === 'row',
            caption: `${name}（${b.heading.text}）`,
            sectionRow: t.pages.heading === 'row' ? heading : undefined,
          },
        };
        pages.push(page);
        continue;
      }
      if (!page) {
        page = { bodies: [] };
        pages.push({ ...page, caption: name });
      }
      if ('heading' in b) {
        page.bodies.push({
          kind: 'group',
          rows: [{ heading: b.heading, headingMark: markClass(b.heading.diffMark), cls: 'heading-row' }],
        });
        continue;
      }
      const last = page.bodies.at(-1) as { kind: string; number?: number; rows: object[] } | undefined;
      const own = b.row.kind === 'data' ? b.row.number : undefined;
      if (last && own !== undefined && last.number === own) last.rows.push(...rowsOf(b.row));
      else
        page.bodies.push({
          kind: own !== undefined ? 'initiative' : 'group',
          number: own,
          id: own !== undefined && b.row.indexInInitiative === 0 ? `${t.id}-${own}` : undefined,
          rows: rowsOf(b.row),
        });
    }
  } else {
    // Group rows under their headings: one <tbody> per heading, whose <th scope="rowgroup"> heads its rows. A
    // total, or a section's subtotal after its subsections (subtotals are of the first level's groups), is not
    // under that heading: it gets a <tbody> of its own.
    let current: Group | undefined;
    for (const b of t.blocks) {
      if ('heading' in b) {
        current = {
          kind: 'group',
          rows: [{ heading: b.heading, headingMark: markClass(b.heading.diffMark), cls: 'heading-row' }],
          level: b.heading.level,
          heading: b.heading.text,
          headingMark: markClass(b.heading.diffMark),
        };
        groups.push(current);
        continue;
      }
      if (t.split && b.row.kind === 'total') {
        // A split table's grand total: a small table of its own, of the columns with a total.
        const only = t.split.totalColumns;
        const row = { ...b.row, cells: only.map((ci) => b.row.cells[ci]) };
        groups.push({
          kind: 'group',
          rows: rowViews(
            only.map((ci) => t.columns[ci]),
            row,
            noteIds,
            refs,
          ),
          total: true,
        });
        current = undefined;
        continue;
      }
      const own = b.row.kind === 'subtotal' && current?.level === 1;
      if (b.row.kind !== 'data' && !own && current?.level !== undefined) {
        current = { kind: 'group', rows: [] };
        groups.push(current);
      }
      if (!current) {
        current = { kind: 'group', rows: [] };
        groups.push(current);
      }
      current.rows.push(...rowsOf(b.row));
    }
    // splitBy: group prints a table per group (below); else one table.
    if (!t.split) pages.push({ caption: name, bodies: groups });
  }
  const { cols, colCount, head1, head2, ems } = headOf(t.columns, t.headRows);
  const cards = t.cards ? cardsContext(t, t.cards, noteIds) : undefined;
  // Each note links back to its first ※N in the table.
  for (const f of footnotes) if (f.n !== undefined && refs.has(f.n)) f.back = `#${refs.get(f.n)}`;
  // The tables printed: one, or (splitBy: group) one per group under its heading (also in its caption), then
  // the grand total's. Each repeats its head rows on a continued page.
  const splitPart = (g: Group): object => {
    if (!g.total)
      return {
        part: true,
        heading: g.heading,
        headingMark: g.headingMark,
        caption: g.heading ? `${name} ${g.heading}` : name,
        cols,
        colCount,
        head1,
        head2,
        bodies: [{ kind: g.kind, rows: g.rows.filter((r) => !(r as { heading?: unknown }).heading) }],
      };
    const own = t.split!.totalColumns.map((ci) => t.columns[ci]);
    const two = own.some((c) => c.grouped || c.slots?.some((s) => s.part));
    const head = headOf(own, two ? 2 : 1);
    // The column that says 合計 is headed 区分 here (its heading in the group tables, 取組項目, names nothing).
    const [first, ...rest] = head.head1 as { text: string }[];
    const label = (g.rows[0] as { cells: { text: string }[] }).cells[0]?.text ?? '';
    return {
      part: true,
      heading: label,
      caption: `${name} ${label}`,
      total: true,
      width: `${Math.min(100, (100 * head.ems) / ems).toFixed(2)}%`,
      cols: head.cols,
      colCount: head.colCount,
      head1: [{ ...first, text: '区分' }, ...rest],
      head2: head.head2,
      bodies: [{ kind: g.kind, rows: g.rows }],
    };
  };
  if (t.split) for (const g of groups) pages.push(splitPart(g));
  return {
    label: t.label,
    title: t.title,
    name,
    lead: t.lead,
    diffMarks: { lead: markClass(t.diffMarks?.lead), summary: markClass(t.diffMarks?.summary) },
    editionLabel: t.editionLabel,
    editionLine: t.editionLine,
    unitNote: t.unitNote,
    legend: t.legend,
    directions: t.directions,
    // A table of 章 pages is set as a sheet of its own (style.css), named by its id; the others as declared tables.
    tableClass: t.pages ? `sheet ${t.id}` : 'sheet declared-table',
    sectioned: Boolean(t.pages),
    cols,
    colCount,
    head1,
    head2,
    pages,
    split: t.split !== undefined,
    summary: t.summary,
    footnotes,
    cards,
  };
}

/**
 * The cards (個票) of a table laid out as cards, in the order of its blocks: a 章 heading, then its cards. Each
 * card: its heading (番号 and 取組名), its label/value rows as a table of row headers and cells, then its small
 * tables (主要事業 with the 合計, targets under their group heading). With `newPage`, every card but the first
 * starts a page; a 章 heading starts it instead of the card right after it, so that they stay together.
 */
function cardsContext(t: TableView, cards: NonNullable<TableView['cards']>, noteIds: ReadonlyMap<string, string>) {
  const byNumber = new Map(cards.list.map((c) => [c.number, c]));
  const grouped = t.blocks.some((b) => 'heading' in b);
  const out: object[] = [];
  let afterHeading = false;
  for (const b of t.blocks) {
    const newPage = cards.newPage && out.length > 0 && !afterHeading;
    if ('heading' in b) {
      out.push({ group: { text: b.heading.text, counts: b.heading.counts, newPage } });
      afterHeading = true;
      continue;
    }
    afterHeading = false;
    const card = b.row.kind === 'data' && b.row.number !== undefined ? byNumber.get(b.row.number) : undefined;
    if (!card) continue;
    const [cells] = rowViews(t.columns, card.row, noteIds) as { cells: Record<string, unknown>[] }[];
    const fields = t.columns.map((c, ci) => ({
      label: headingInGroup(c),
      cell: { ...cells.cells[ci], header: false },
    }));
    out.push({
      card: {
        id: `${t.id}-card-${card.number}`,
        heading: card.heading,
        newPage,
        deep: grouped,
        fields,
        tables: card.tables.map((x) => ({
          title: x.title,
          name: `${card.heading} ${x.title}`,
          ...headOf(x.columns, x.headRows),
          rows: x.rows.flatMap((r) => rowViews(x.columns, r, noteIds)),
          empty: x.empty,
          deep: grouped,
        })),
      },
    });
  }
  // Heading levels under the page's h1: 章 h2, card h3, its tables h4; without 章 headings one level up (deep).
  return { items: out };
}

type NotePart = { text: string; href?: string; label?: string; id?: string; nb?: boolean };

/** The link of a ※N to its footnote; the first of each note gets an id, which the note links back to. */
function noteLink(n: string, noteIds: ReadonlyMap<string, string>, refs: Map<string, string>): NotePart | undefined {
  const id = noteIds.get(n);
  if (!id) return undefined;
  const first = !refs.has(n);
  if (first) refs.set(n, id.replace(/-note-(\d+)$/, '-ref-$1'));
  return { text: `※${n}`, href: `#${id}`, label: `注記${n}へ`, ...(first ? { id: refs.get(n) } : {}) };
}

/** The text in runs, a ※N that has its footnote as a link to it. */
function noteParts(
  text: string,
  noteIds: ReadonlyMap<string, string>,
  refs: Map<string, string> = new Map(),
): NotePart[] {
  const parts: NotePart[] = [];
  let at = 0;
  for (const m of text.matchAll(/※(\d+)/g)) {
    const link = noteLink(m[1], noteIds, refs);
    if (!link) continue;
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push(link);
    at = m.index + m[0].length;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
  return parts;
}

const CHANGE_WORDS = { up: '上がった', same: '変わらない', down: '下がった' } as const;

/** Words for what a cell shows by a symbol: the rating, the trend, △ and the parentheses of 内数. */
function cellWords(cell: RowView['cells'][number], row: RowView, numeric: boolean): string | undefined {
  if (cell.change) {
    const { direction, previous, current } = cell.change;
    return `前年度から${CHANGE_WORDS[direction]}（${previous.label}から${current.label}）`;
  }
  if (cell.rating?.symbol) return `（${cell.rating.text}）`;
  if (!numeric || typeof cell.value !== 'number') return undefined;
  const words = [cell.value < 0 && cell.text.includes('△') ? 'マイナス' : '', row.memo ? '内数' : ''].filter(Boolean);
  return words.length > 0 ? `（${words.join('、')}）` : undefined;
}

/** The period of a 工程 bar in words: （令和6年度下期～令和8年度下期）. */
function slotPeriod(c: ColumnView, start: number, span: number): string | undefined {
  const first = c.slots?.[start];
  const last = c.slots?.[start + span - 1];
  if (!first || !last) return undefined;
  const name = (s: { year: number; part?: string }) => `${fiscalYearLong(s.year)}${s.part ?? ''}`;
  return first === last ? `（${name(first)}）` : `（${name(first)}～${name(last)}）`;
}

/**
 * reform diff's highlight as classes: every highlighted cell is `changed`; a figure the table computes from an
 * edit is also `consequence` (coloured apart, render/marks.ts).
 */
const markClass = (mark?: CellMark) =>
  mark === 'consequence' ? 'changed consequence' : mark === 'changed' ? 'changed' : undefined;
/** A cell's class with its diff mark. */
const marked = (cls: string, mark?: CellMark) => (mark ? `${cls} ${markClass(mark)}` : cls);

/** A phase of a one-year-resolution 工程 as templates/partials/schedule.hbs draws it (a bar over its years). */
function yearCellView(c: ColumnView, s: RowView['lanes'][number][number], cls: string) {
  if (!s.phase) return { span: s.span, empty: true, cls };
  const { label, then, arrow } = s.phase;
  const year = (i: number) => fiscalYearLong(c.slots![i].year);
  // The phase's years in words, for assistive technology: 平成29年度～令和元年度 (～ is U+FF5E, which NVDA reads).
  const range = s.span > 1 ? `${year(s.start)}～${year(s.start + s.span - 1)}` : year(s.start);
  // A bar's label includes the change within the year; a plain phase prints label and then apart.
  const barLabel = then ? `${label} → ${then}` : label;
  const words = wordsOfLabel(arrow ? barLabel : label);
  // A word of more than four characters does not fit a one-year column at the body size: print it smaller.
  const small = s.span === 1 && words.some((w) => [...w.trim()].length > 4);
  const common = { span: s.span, labelWords: words, range, cls: small ? `${cls} small`.trim() : cls, wide: s.span > 1 };
  if (arrow) return { ...common, arrow: true, label: barLabel };
  return { ...common, arrow: false, label, then };
}

function rowViews(
  columns: ColumnView[],
  row: RowView,
  noteIds: ReadonlyMap<string, string> = new Map(),
  refs: Map<string, string> = new Map(),
): object[] {
  const laneCount = Math.max(1, row.lanes.length);
  const cls = [row.kind, row.memo ? 'memo' : '', row.reappearance ? 'again' : ''].filter(Boolean).join(' ');
  // The 取組項目 of each lane, and the lanes where one starts.
  const itemOfLane: number[] = [];
  row.laneItems.forEach((it, i) => {
    for (let k = 0; k < it.lanes; k++) itemOfLane.push(i);
  });
  const out: object[] = [];
  for (let lane = 0; lane < laneCount; lane++) {
    const cells: object[] = [];
    const itemStart = lane === 0 || itemOfLane[lane] !== itemOfLane[lane - 1];
    columns.forEach((c, ci) => {
      if (c.slots) {
        const slots =
          row.lanes[lane] ??
          (row.kind === 'data' || lane > 0
            ? [{ start: 0, span: c.slots.length }]
            : [{ start: 0, span: c.slots.length }]);
        // One column per year: the sample's bars, words kept whole (partials/schedule.hbs).
        if (!c.slots.some((x) => x.part)) {
          cells.push({ yr: true, cells: slots.map((s) => yearCellView(c, s, marked('', s.diffMark).trim())) });
          return;
        }
        for (const s of slots) {
          const arrow = s.text?.startsWith('← ') && s.text.endsWith(' →');
          cells.push({
            slot: true,
            diffMark: markClass(s.diffMark),
            span: s.span > 1 ? s.span : undefined,
            text: s.text ?? '',
            arrow,
            label: arrow ? s.text!.slice(2, -2) : undefined,
            // Every bar states its period in words (read, not printed), as the sample's 工程 does.
            period: s.text ? slotPeriod(c, s.start, s.span) : undefined,
          });
        }
        return;
      }
      const kind = kindOf(c.spec.kind);
      if (kind.layout === 'items') {
        // One cell per 取組項目, over its lanes.
        let first = 0;
        row.laneItems.forEach((it, i) => {
          if (first === lane)
            cells.push({
              text: it.label,
              parts: noteParts(it.label, noteIds, refs),
              cls: marked(['text', kind.className].filter(Boolean).join(' '), it.diffMark),
              header: row.kind === 'data',
              scope: 'row',
              rowspan: it.lanes > 1 ? it.lanes : undefined,
            });
          first += it.lanes;
        });
        if (lane === 0 && row.laneItems.length === 0)
          cells.push({ text: '', cls: 'text', rowspan: laneCount > 1 ? laneCount : undefined });
        return;
      }
      if (lane > 0) return;
      const cell = row.cells[ci];
      if (cell.covered) return;
      const numeric = c.numeric || cell.align === 'right';
      // The row's naming cells are its row headers; in a 小計・合計 row, the cell that says 小計 or 合計.
      const header =
        (row.kind === 'data' && kind.rowHeader) ||
        (row.kind !== 'data' && cell.text !== '' && !numeric && !row.cells.slice(0, ci).some((x) => x.text !== ''));
      const text =
        cell.mark && cell.text.startsWith(`${cell.mark} `) ? cell.text.slice(cell.mark.length + 1) : cell.text;
      const rowspan = cell.rowspan ?? laneCount;
      cells.push({
        text,
        mark: cell.mark,
        note: cell.note,
        // 部 and 課 each whole, a line (or, inline, a run) each.
        blocks: cell.blocks?.map((b) => ({
          ...b,
          heading: b.heading !== undefined ? keepTail(b.heading) : undefined,
        })),
        blocksInline: cell.blocksInline,
        // A figure and its unit never broken inside (nb); text in runs, a ※N linked to its footnote.
        // A note on the figure itself (figureNotes): its ※N after the figure, linked.
        parts: [
          ...(numeric && text ? numberParts(text).map((t) => ({ text: t, nb: true })) : noteParts(text, noteIds, refs)),
          ...(cell.figureNote
            ? [noteLink(cell.figureNote.mark.slice(1), noteIds, refs) ?? { text: cell.figureNote.mark }]
            : []),
        ],
        lines: cell.lines && cell.lines.length > 0 && !numeric ? rich(cell.lines) : undefined,
        cls: marked([numeric ? 'num' : kind.align, kind.className].filter(Boolean).join(' '), cell.diffMark),
        header,
        // A naming cell over the initiative's rows heads them all.
        scope: header && c.spec.span === 'initiative' ? 'rowgroup' : 'row',
        rowspan: rowspan > 1 ? rowspan : undefined,
        words: cellWords(cell, row, numeric),
      });
    });
    out.push({
      cells,
      cls: [cls, itemStart && row.laneItems.length > 0 ? 'item-start' : ''].filter(Boolean).join(' '),
    });
  }
  return out;
}
