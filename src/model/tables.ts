/**
 * The declared tables of a report (manifest `tables`), laid out for every renderer: heading rows
 * (章, 中項目, 区分), data rows with one cell per declared column (printed text and raw value), 再掲
 * rows, subtotal and total rows (memo rows excluded), rating counts, footnotes and the 工程 columns
 * at year, half-year or quarter resolution. HTML, workbook and open data read only this. Pure.
 */
import { fiscalYearLong, fiscalYearShort } from '../era.js';
import {
  countingOf,
  countRatings,
  countsText,
  formatNumber,
  indicatorFigures,
  sumCounted,
  yenWords,
  type ColumnSpec,
  type Effect,
  type Indicator,
  type Project,
  type RatingScale,
  type TableSpec,
} from './figures.js';
import { circledNumber, phaseText, type Report } from './report.js';
import type { Initiative, Manifest, Phase } from './schema-types.js';
import type { CardTableView, CardView, CellMark, CellView, ColumnView, RowView, SlotCell } from './table-view.js';
import { kindOf, numberFormat, ratingOf } from './column-kinds.js';
import { ambiguousDivisionNames } from './divisions.js';
import { cardTableId } from './open-data-files.js';

export type {
  CardTableView,
  CardView,
  CellMark,
  CellView,
  ColumnView,
  RatingView,
  RowView,
  SlotCell,
} from './table-view.js';
export { ratingOf } from './column-kinds.js';

export interface HeadingView {
  level: 1 | 2;
  text: string;
  /** Counts of the summary scale within this heading, printed beside it. */
  counts?: string;
  diffMark?: CellMark;
}

export type BlockView = { heading: HeadingView } | { row: RowView };

export interface TableView {
  id: string;
  /** 別表1; empty when the table has none. */
  label: string;
  title: string;
  /** The sentence above the table with its figures filled in. */
  lead?: string;
  unitNote?: string;
  columns: ColumnView[];
  /** Rows of the table head: 2 when a schedule column has parts. */
  headRows: 1 | 2;
  blocks: BlockView[];
  legend?: {
    title: string;
    levels: { code: string; label: string; symbol?: string; text?: string; description?: string }[];
  }[];
  summary?: { title: string; text: string; counts: { code: string; label: string; count: number }[] };
  footnotes: string[];
  /**
   * Printed as a table per group (splitBy: group): each heading opens a table of its own, with the head
   * rows and its subtotal; the total row follows as a small table of `totalColumns` alone.
   */
  split?: { totalColumns: number[] };
  /** 令和7年度 第1四半期（6月末時点） */
  editionLabel: string;
  /** The organisation and edition printed under the title. */
  editionLine: boolean;
  /** One table per 章, each from a new page; the 章's heading as a row of the table or above it. */
  pages?: { heading: 'row' | 'above' };
  /** The legend of the 区分 of 今後の取組方向 (a verification.direction column). */
  directions?: { intro?: string; items: { code: string; label: string; description: string }[] };
  /** What the index says of the table under its link. */
  indexSummary?: string;
  /** The workbook's columns fill the page in the declared widths' proportions (fillWidth). */
  fillWidth?: boolean;
  /** The open-data files it publishes, as declared (render/opendata/published.ts; none: its rows and 工程). */
  openData?: TableSpec['openData'];
  /** layout: cards: one card (個票) per data row of `blocks`, in their order; each starts a page when `newPage`. */
  cards?: { newPage: boolean; list: CardView[]; tables: { id: string; title: string; rows: string }[] };
  /** `reform diff`: the lead sentence's and the counts' marks (their figures moved). */
  diffMarks?: { lead?: CellMark; summary?: CellMark };
}

const QUARTER_END = ['6月末', '9月末', '12月末', '3月末'];
const HALF = ['上期', '下期'];
const STAGE = { interim: '中間評価', final: '最終評価', forecast: '見込み' } as const;
const QUARTER = ['4～6月', '7～9月', '10～12月', '1～3月'];

/** 別表1 令和6年度 財政効果額, or the title alone for a table without a label. */
export function tableName(t: Pick<TableView, 'label' | 'title'>): string {
  return [t.label, t.title].filter(Boolean).join(' ');
}

/** 令和7年度上半期, 令和7年度, 令和7年度 第1四半期（6月末時点） */
export function declaredEditionLabel(m: Manifest): string {
  const y = fiscalYearLong(m.edition.fiscalYear);
  const stage = m.edition.stage ? ` ${STAGE[m.edition.stage]}` : '';
  if (m.edition.quarter)
    return `${y} 第${m.edition.quarter}四半期（${QUARTER_END[m.edition.quarter - 1]}時点）${stage}`;
  return `${m.edition.period === 'firstHalf' ? `${y}上半期` : y}${stage}`;
}

/** The rating keys tried for the edition, most specific first: 2025Q1, 2025H1, 2025. */
export function currentPeriodKeys(m: Manifest): string[] {
  const fy = m.edition.fiscalYear;
  const keys: string[] = [];
  if (m.edition.quarter) keys.push(`${fy}Q${m.edition.quarter}`);
  if (m.edition.period === 'firstHalf') keys.push(`${fy}H1`);
  else keys.push(`${fy}Q4`, `${fy}H2`);
  keys.push(String(fy));
  return keys;
}

function columnHeading(col: ColumnSpec): string {
  const f = col.format;
  if (f?.unitIn === 'header' && f.unit) return `${col.heading}（${f.unit}）`;
  return col.heading;
}

function partsOf(col: ColumnSpec): number {
  return col.resolution === 'half' ? 2 : col.resolution === 'quarter' ? 4 : 1;
}

/** A phase's slots at the given resolution: fromPart/toPart within its years. */
export function layoutSlots(phases: readonly Phase[], first: number, years: number, parts: number): SlotCell[] {
  const total = years * parts;
  const cells: SlotCell[] = [];
  const slot = (year: number, part: number) => (year - first) * parts + Math.min(Math.max(part, 1), parts) - 1;
  const sorted = [...phases].sort((a, b) => slot(a.from, a.fromPart ?? 1) - slot(b.from, b.fromPart ?? 1));
  let next = 0;
  for (const p of sorted) {
    const start = Math.max(0, slot(p.from, p.fromPart ?? 1));
    const end = Math.min(total - 1, slot(p.to ?? p.from, p.toPart ?? parts));
    if (end < start || start < next) continue; // outside the period or overlapping: reported by validate
    for (; next < start; next++) cells.push({ start: next, span: 1 });
    const arrow = p.arrow ?? end > start;
    const phase = { label: p.label, ...(p.then ? { then: p.then } : {}), arrow };
    cells.push({ start, span: end - start + 1, text: phaseText(phase), phase });
    next = end + 1;
  }
  for (; next < total; next++) cells.push({ start: next, span: 1 });
  return cells;
}

/** The tables of these declarations (report.yaml's `tables` unless given), laid out. */
export function buildTables(report: Report, specs: readonly TableSpec[] = report.manifest.tables ?? []): TableView[] {
  return specs.map((spec) => buildTable(report, spec));
}

interface Placed {
  ini: Initiative;
  /** 2-(1)-① */
  mark: string;
  sectionId: string;
  subsectionId?: string;
}

/** The number printed for each initiative, from the manifest's numbering pattern. */
export function numberInitiatives(report: Report, own?: string): Map<number, Placed> {
  const m = report.manifest;
  const pattern = own ?? m.numbering ?? '{local}';
  const out = new Map<number, Placed>();
  m.sections.forEach((s, si) => {
    const inSection = report.initiatives.filter((i) => i.sectionId === s.id).map((i) => i.data);
    const groups: { sub?: string; subIndex: number; list: Initiative[] }[] = [
      { subIndex: 0, list: inSection.filter((i) => !i.subsection) },
    ];
    (s.subsections ?? []).forEach((sub, k) => {
      groups.push({ sub: sub.id, subIndex: k + 1, list: inSection.filter((i) => i.subsection === sub.id) });
    });
    for (const g of groups) {
      g.list.forEach((ini, k) => {
        const mark = pattern
          .replace(/\{section\}/g, String(si + 1))
          .replace(/\{subsection\}/g, String(g.subIndex))
          .replace(/\{local\}/g, circledNumber(k + 1))
          .replace(/\{number\}/g, String(ini.number));
        out.set(ini.number, { ini, mark, sectionId: s.id, ...(g.sub ? { subsectionId: g.sub } : {}) });
      });
    }
  });
  return out;
}

function buildTable(report: Report, spec: TableSpec): TableView {
  const m = report.manifest;
  const fy = m.edition.fiscalYear;
  const scales = new Map((m.ratingScales ?? []).map((s) => [s.id, s]));
  const keys = currentPeriodKeys(m);
  const prevKeys = [`${fy - 1}Q4`, `${fy - 1}H2`, String(fy - 1)];
  const placed = numberInitiatives(report, spec.numbering);
  const first = m.planPeriod.from;
  const yearCount = m.planPeriod.to - m.planPeriod.from + 1;

  const columns = columnViews(spec.columns, m);
  const scheduleCol = spec.columns.find((c) => kindOf(c.kind).layout === 'slots');
  const itemCol = spec.columns.find((c) => kindOf(c.kind).layout === 'items');
  const hasTitle = spec.columns.some((c) => c.kind === 'title');
  const views = new Map(report.initiatives.map((v) => [v.number, v]));
  const ambiguous = ambiguousDivisionNames(m);
  // The marks of each numbering pattern a column prints (① before a title), worked out once.
  const marks = new Map<string, Map<number, Placed>>();
  const markOf = (pattern: string, n: number) => {
    if (!marks.has(pattern)) marks.set(pattern, numberInitiatives(report, pattern));
    return marks.get(pattern)!.get(n)?.mark ?? '';
  };

  const cell = (
    col: ColumnSpec,
    p: Placed,
    reappear: boolean,
    ind?: Indicator,
    eff?: Effect,
    project?: Project,
    verification?: number,
  ): CellView => {
    const ini = p.ini;
    const memo = eff?.memo === true;
    const wording = ind?.wording ?? eff?.wording;
    const kind = kindOf(col.kind);
    const printed = kind.cell({
      col,
      manifest: m,
      ini,
      mark: p.mark,
      reappear,
      ...(ind ? { indicator: ind, figures: indicatorFigures(ind, fy, first) } : {}),
      ...(eff ? { effect: eff, counting: countingOf(eff, m) } : {}),
      ...(project ? { project } : {}),
      scales,
      keys,
      prevKeys,
      hasTitle,
      ...(views.has(ini.number) ? { view: views.get(ini.number) } : {}),
      ...(verification !== undefined ? { verification } : {}),
      markOf: (pattern) => markOf(pattern, ini.number),
      ambiguous,
      // The ※ marks of the initiative's footnotes follow its name (or the row's label without a name column).
      notes: () => (ini.footnotes ?? []).map((_, i) => `※${footnoteIndex(report, spec, ini, i)}`).join(''),
      num: (value, unit) => {
        if (value === undefined) return { text: '' };
        const format = numberFormat(col, unit, memo, wording);
        return { text: formatNumber(value, format), value, format };
      },
    });
    // A note on this one figure (figureNotes): ※N after it, the note under the table. A 再掲 row shows it too.
    const record = ind ?? eff;
    const key = kind.notedAt?.({ col, manifest: m });
    const note = key !== undefined && record ? record.figureNotes?.[key] : undefined;
    if (note === undefined || typeof printed.value !== 'number' || !record) return printed;
    const n = figureNoteIndex(report, record, key!);
    noted.add(n);
    return { ...printed, figureNote: { mark: `※${n}`, text: note } };
  };
  const noted = new Set<number>();

  const blocks: BlockView[] = [];
  const dataRows: RowView[] = [];
  const rowsFor = (p: Placed, reappear: boolean): RowView[] => {
    const lanes = scheduleCol
      ? (p.ini.items ?? []).flatMap((it) =>
          it.schedule.map((l) => layoutSlots(l.phases, first, yearCount, partsOf(scheduleCol))),
        )
      : [];
    // With checkbox, □ before each 取組項目 that does not say checkbox: false.
    const box = (it: { label: string; checkbox?: boolean }) =>
      itemCol?.checkbox && it.checkbox !== false ? `□${it.label}` : it.label;
    const laneItems = scheduleCol
      ? (p.ini.items ?? []).map((it) => ({ label: box(it), lanes: it.schedule.length }))
      : [];
    const mk = (ind?: Indicator, eff?: Effect, verification?: number): RowView => ({
      kind: 'data',
      number: p.ini.number,
      ...(eff?.memo ? { memo: true } : {}),
      ...(reappear ? { reappearance: true } : {}),
      cells: spec.columns.map((c) => cell(c, p, reappear, ind, eff, undefined, verification)),
      lanes,
      laneItems,
      source: {
        initiative: p.ini,
        ...(ind ? { indicator: ind } : {}),
        ...(eff ? { effect: eff } : {}),
        ...(verification !== undefined ? { verification } : {}),
        sectionId: p.sectionId,
        ...(p.subsectionId ? { subsectionId: p.subsectionId } : {}),
      },
    });
    const rows =
      spec.rows === 'indicators'
        ? (p.ini.indicators ?? []).map((ind) => mk(ind))
        : spec.rows === 'effects'
          ? (p.ini.effects ?? []).map((eff) => mk(undefined, eff))
          : spec.rows === 'verification'
            ? (p.ini.verification ?? []).map((_, i) => mk(undefined, undefined, i))
            : [mk()];
    // A column that spans the initiative's rows: one cell on its first row.
    spec.columns.forEach((c, ci) => {
      if (c.span !== 'initiative' || rows.length < 2) return;
      rows[0].cells[ci] = { ...rows[0].cells[ci], rowspan: rows.length };
      for (const r of rows.slice(1)) r.cells[ci] = { text: '', covered: true };
    });
    rows.forEach((r, i) => {
      r.indexInInitiative = i;
    });
    return rows;
  };
  const totalRow = (rows: RowView[], label: string, group?: string): RowView =>
    sumRow(spec.columns, rows, label, rows === dataRows ? 'total' : 'subtotal', m, group);
  const subtotalLabel = (groupLabel: string, own?: string) =>
    own ?? (spec.subtotalLabel ?? '小計').replace(/\{group\}/g, groupLabel);
  // A group of one row needs no subtotal when the table says so (it would repeat the row).
  const wantsSubtotal = (rows: RowView[]) =>
    spec.subtotals === true && (spec.singleRowSubtotals !== false || rows.filter((r) => !r.memo).length > 1);

  const summaryScale = spec.summary ? scales.get(spec.summary) : undefined;
  const countOf = (rows: RowView[]) =>
    summaryScale
      ? countsText(
          countRatings(
            unique(rows).map((r) => ratingOf(r.source!.initiative, summaryScale.id, keys)),
            summaryScale,
          ),
        )
      : undefined;

  const ordered = [...placed.values()];
  const groupBy = spec.groupBy ?? 'section';
  if (groupBy === 'category') {
    for (const cat of m.categories ?? []) {
      const rows = ordered.flatMap((p) => rowsFor(p, false)).filter((r) => r.source?.effect?.category === cat.id);
      if (rows.length === 0) continue;
      blocks.push({ heading: { level: 1, text: cat.label } });
      for (const r of rows) blocks.push({ row: r });
      dataRows.push(...rows);
      if (wantsSubtotal(rows))
        blocks.push({ row: totalRow(rows, subtotalLabel(cat.label, cat.subtotalLabel), cat.id) });
    }
  } else if (groupBy === 'none') {
    const rows = ordered.flatMap((p) => rowsFor(p, false));
    for (const r of rows) blocks.push({ row: r });
    dataRows.push(...rows);
  } else {
    m.sections.forEach((s) => {
      const own = ordered.filter((p) => p.sectionId === s.id && !p.subsectionId);
      const subs = (s.subsections ?? []).map((sub, k) => ({
        sub,
        k,
        list: [
          ...ordered.filter((p) => p.subsectionId === sub.id).map((p) => ({ p, again: false })),
          ...ordered.filter((p) => (p.ini.alsoUnder ?? []).includes(sub.id)).map((p) => ({ p, again: true })),
        ],
      }));
      const sectionRows: RowView[] = [];
      const head: HeadingView = { level: 1, text: `${s.mark} ${s.title}` };
      const start = blocks.length;
      const ownRows = own.flatMap((p) => rowsFor(p, false));
      for (const r of ownRows) blocks.push({ row: r });
      sectionRows.push(...ownRows);
      for (const { sub, k, list } of subs) {
        const rows = list.flatMap(({ p, again }) => rowsFor(p, again));
        if (rows.length === 0) continue;
        blocks.push({
          heading: { level: 2, text: `(${k + 1}) ${sub.title}`, ...(countOf(rows) ? { counts: countOf(rows) } : {}) },
        });
        for (const r of rows) blocks.push({ row: r });
        sectionRows.push(...rows);
      }
      if (sectionRows.length === 0) return;
      const counts = countOf(sectionRows);
      blocks.splice(start, 0, { heading: { ...head, ...(counts ? { counts } : {}) } });
      dataRows.push(...sectionRows);
      if (wantsSubtotal(sectionRows)) blocks.push({ row: totalRow(sectionRows, subtotalLabel(s.title), s.id) });
    });
  }
  if (spec.total) blocks.push({ row: totalRow(dataRows, spec.totalLabel ?? '合計') });
  if (spec.numbering?.includes('{row}')) numberRowsInGroups(blocks, spec);

  const legend = spec.legend
    ? [...new Set(spec.columns.filter((c) => c.kind === 'rating' && c.scale).map((c) => c.scale!))]
        .map((id) => scales.get(id))
        .filter((s): s is RatingScale => s !== undefined)
        .map((s) => ({ title: s.title, levels: s.levels }))
    : undefined;
  const summaryCounts = summaryScale
    ? countRatings(
        unique(dataRows).map((r) => ratingOf(r.source!.initiative, summaryScale.id, keys)),
        summaryScale,
      )
    : undefined;

  const lead = spec.lead !== undefined ? fillLead(spec.lead, spec, blocks) : undefined;
  const cards =
    spec.layout === 'cards'
      ? {
          newPage: spec.card?.newPage !== false,
          tables: (spec.card?.tables ?? []).map((t, ti) => ({ id: cardTableId(t, ti), title: t.title, rows: t.rows })),
          list: dataRows.map((row) => {
            const p = placed.get(row.number!)!;
            const tables = (spec.card?.tables ?? []).map((t, ti): CardTableView => {
              const records: { ind?: Indicator; eff?: Effect; project?: Project }[] =
                t.rows === 'projects'
                  ? (p.ini.projects ?? []).map((project) => ({ project }))
                  : t.rows === 'indicators'
                    ? (p.ini.indicators ?? []).map((ind) => ({ ind }))
                    : (p.ini.effects ?? []).map((eff) => ({ eff }));
              const rows: RowView[] = records.map(({ ind, eff, project }) => ({
                kind: 'data',
                number: p.ini.number,
                ...(eff?.memo ? { memo: true } : {}),
                cells: t.columns.map((c) => cell(c, p, false, ind, eff, project)),
                lanes: [],
                laneItems: [],
                source: {
                  initiative: p.ini,
                  ...(ind ? { indicator: ind } : {}),
                  ...(eff ? { effect: eff } : {}),
                  ...(project ? { project } : {}),
                  sectionId: p.sectionId,
                  ...(p.subsectionId ? { subsectionId: p.subsectionId } : {}),
                },
              }));
              if (t.total && rows.length > 0) rows.push(sumRow(t.columns, rows, t.totalLabel ?? '合計', 'total', m));
              const cols = columnViews(t.columns, m);
              return {
                id: cardTableId(t, ti),
                title: t.title,
                columns: cols,
                headRows: cols.some((c) => c.grouped) ? 2 : 1,
                rows,
                empty: t.empty ?? '該当なし',
              };
            });
            return { number: p.ini.number, mark: p.mark, heading: `${p.mark} ${p.ini.title}`.trim(), row, tables };
          }),
        }
      : undefined;
  return {
    id: spec.id,
    label: spec.label ?? '',
    title: spec.title,
    ...(lead !== undefined ? { lead } : {}),
    ...(spec.unitNote ? { unitNote: spec.unitNote } : {}),
    columns,
    headRows: columns.some((c) => c.slots?.some((s) => s.part) || c.grouped) ? 2 : 1,
    blocks,
    ...(legend && legend.length > 0 ? { legend } : {}),
    ...(summaryScale && summaryCounts
      ? { summary: { title: summaryScale.title, text: countsText(summaryCounts), counts: summaryCounts } }
      : {}),
    footnotes: [...(spec.footnotes ?? []), ...tableFootnotes(report, new Set(dataRows.map((r) => r.number)), noted)],
    ...(spec.splitBy === 'group' ? { split: { totalColumns: totalColumns(spec) } } : {}),
    editionLabel: declaredEditionLabel(m),
    editionLine: spec.editionLine !== false,
    ...(spec.sectionPages && groupBy === 'section' ? { pages: { heading: spec.sectionHeading ?? 'row' } } : {}),
    ...(spec.legend && spec.columns.some((c) => c.kind === 'verification.direction')
      ? {
          directions: {
            ...(spec.legendIntro !== undefined ? { intro: spec.legendIntro } : {}),
            items: (m.directions ?? []).map((d) => ({ code: d.code, label: d.label, description: d.description })),
          },
        }
      : {}),
    ...(spec.indexSummary !== undefined ? { indexSummary: spec.indexSummary } : {}),
    ...(spec.fillWidth ? { fillWidth: true } : {}),
    ...(spec.openData ? { openData: spec.openData } : {}),
    ...(cards ? { cards } : {}),
  };
}

/** A 小計 or 合計 row of the given columns over the rows counted (再掲 and 内数 left out). */
function sumRow(
  columns: readonly ColumnSpec[],
  rows: readonly RowView[],
  label: string,
  kind: 'subtotal' | 'total',
  m: Manifest,
  group?: string,
): RowView {
  const at = labelColumn(columns);
  const counted = rows.filter((r) => r.kind === 'data' && !r.reappearance && !r.memo);
  return {
    kind,
    ...(group !== undefined ? { group } : {}),
    lanes: [],
    laneItems: [],
    cells: columns.map((col, ci) => {
      if (ci === at) return { text: label, value: label };
      const f = numberFormat(col, undefined, false);
      const printed = (sum: number | undefined): CellView =>
        sum === undefined ? { text: '' } : { text: formatNumber(sum, f), value: sum, format: f };
      // A kind with its own total (a rate of the totals, never a sum of rates), else the sum of a summable one.
      const k = kindOf(col.kind);
      if (k.total) return printed(k.total(col, counted, m));
      if (!k.summable) return { text: '' };
      return printed(sumCounted(counted.map((r) => ({ value: r.cells[ci].value as number | undefined }))));
    }),
  };
}

/** The columns' views: headings (unit in the header), 工程 slots, and one heading over each run of a group. */
function columnViews(specs: readonly ColumnSpec[], m: Manifest): ColumnView[] {
  const first = m.planPeriod.from;
  const columns: ColumnView[] = specs.map((col) => {
    const view: ColumnView = { spec: col, heading: columnHeading(col), numeric: kindOf(col.kind).numeric };
    if (col.group !== undefined) view.grouped = true;
    if (kindOf(col.kind).layout === 'slots') {
      const parts = partsOf(col);
      view.slots = [];
      for (let y = first; y <= m.planPeriod.to; y++) {
        for (let p = 0; p < parts; p++) {
          view.slots.push({
            year: y,
            yearLabel: fiscalYearShort(y),
            ...(parts === 2 ? { part: HALF[p] } : parts === 4 ? { part: QUARTER[p] } : {}),
          });
        }
      }
    }
    return view;
  });
  // A run of columns with the same group gets one heading over them.
  columns.forEach((c, i) => {
    const g = c.spec.group;
    if (g === undefined || (i > 0 && columns[i - 1].spec.group === g)) return;
    let span = 1;
    while (columns[i + span]?.spec.group === g) span++;
    c.group = { text: g, span };
  });
  return columns;
}

/** Rows of distinct initiatives, 再掲 left out: each counted once. */
function unique(rows: readonly RowView[]): RowView[] {
  const seen = new Set<number>();
  return rows.filter((r) => {
    if (r.reappearance || r.number === undefined || seen.has(r.number)) return false;
    seen.add(r.number);
    return true;
  });
}

/** The columns of a split table's grand-total table: the one that says 合計, then those with a total. */
function totalColumns(spec: TableSpec): number[] {
  const label = labelColumn(spec.columns);
  return spec.columns.flatMap((c, i) => {
    const kind = kindOf(c.kind);
    return i === label || kind.summable || kind.total ? [i] : [];
  });
}

/** The column that carries 小計 / 合計: the last non-numeric column before the first numeric one. */
function labelColumn(columns: readonly ColumnSpec[]): number {
  const firstNumeric = columns.findIndex((c) => kindOf(c.kind).summable);
  return firstNumeric > 0 ? firstNumeric - 1 : 0;
}

/**
 * The notes of the report, numbered ※1, ※2… in 番号 order: each initiative's footnotes, then the notes on its
 * single figures (figureNotes of its indicators and effects, in the order written).
 */
interface NoteEntry {
  ini: Initiative;
  /** The footnote's index, or the figure's record and key. */
  index?: number;
  figure?: { record: Indicator | Effect; key: string };
  text: string;
}

function initiativeNotes(report: Report): NoteEntry[] {
  const out: NoteEntry[] = [];
  for (const v of report.initiatives) {
    (v.data.footnotes ?? []).forEach((text, index) => {
      out.push({ ini: v.data, index, text });
    });
    for (const record of [...(v.data.indicators ?? []), ...(v.data.effects ?? [])])
      for (const [key, text] of Object.entries(record.figureNotes ?? {}))
        out.push({ ini: v.data, figure: { record, key }, text });
  }
  return out;
}

function footnoteIndex(report: Report, _spec: TableSpec, ini: Initiative, i: number): number {
  return initiativeNotes(report).findIndex((n) => n.ini.number === ini.number && n.index === i) + 1;
}

/** The ※ number of a figure's note (0 when it has none). */
function figureNoteIndex(report: Report, record: Indicator | Effect, key: string): number {
  return initiativeNotes(report).findIndex((n) => n.figure?.record === record && n.figure.key === key) + 1;
}

/**
 * The notes shown under the table, keeping the report-wide ※ numbers: those of the initiatives in it, and
 * those of the figures it prints.
 */
function tableFootnotes(report: Report, shown: Set<number | undefined>, figures: ReadonlySet<number>): string[] {
  return initiativeNotes(report).flatMap((n, k) =>
    (n.figure ? figures.has(k + 1) : shown.has(n.ini.number)) ? [`※${k + 1} ${n.text}`] : [],
  );
}

/** {row} of a table's numbering: 1, 2, 3 … again after each heading; a memo row keeps the number above it. */
function numberRowsInGroups(blocks: BlockView[], spec: TableSpec): void {
  const cols = spec.columns.flatMap((c, i) => (c.kind === 'number' ? [i] : []));
  let n = 0;
  for (const b of blocks) {
    if ('heading' in b) {
      n = 0;
      continue;
    }
    if (b.row.kind !== 'data') continue;
    if (!b.row.memo || n === 0) n++;
    for (const ci of cols) {
      const text = b.row.cells[ci].text.replace(/\{row\}/g, String(n));
      b.row.cells[ci] = { text, value: text };
    }
  }
}

const LEAD_FIELD = /\{(total|subtotal)\.([A-Za-z0-9_-]+)(?:\.([A-Za-z0-9_-]+))?(?:\|(万円))?\}/g;

/** The places of a lead sentence that name no column or group of the table: for validate. */
export function leadProblems(lead: string, spec: TableSpec): string[] {
  const ids = new Set(spec.columns.flatMap((c) => (c.id ? [c.id] : [])));
  const out: string[] = [];
  for (const m of lead.matchAll(LEAD_FIELD)) {
    const column = m[1] === 'total' ? m[2] : m[3];
    if (column === undefined || !ids.has(column)) out.push(m[0]);
  }
  return out;
}

/** The lead sentence with its figures: {total.planned}, {subtotal.revenue.actual}, |万円 for 億・万 words. */
function fillLead(lead: string, spec: TableSpec, blocks: readonly BlockView[]): string {
  const rows = blocks.flatMap((b) => ('row' in b ? [b.row] : []));
  return lead.replace(LEAD_FIELD, (all, which: string, a: string, b: string | undefined, words?: string) => {
    const columnId = which === 'total' ? a : b;
    const ci = spec.columns.findIndex((c) => c.id !== undefined && c.id === columnId);
    const row = rows.find((r) => (which === 'total' ? r.kind === 'total' : r.kind === 'subtotal' && r.group === a));
    const cell = ci >= 0 ? row?.cells[ci] : undefined;
    if (!cell) return all;
    if (words && typeof cell.value === 'number') return yenWords(cell.value, cell.format?.unit ?? '');
    return cell.text;
  });
}
