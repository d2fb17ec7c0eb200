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
  effectCumulative,
  effectDifference,
  effectRateParts,
  effectYear,
  effectYears,
  effectYearTotal,
  formatNumber,
  indicatorFigures,
  rateOf,
  sumCounted,
  yenWords,
  type ColumnSpec,
  type Effect,
  type Indicator,
  type NumberFormat,
  type RatingScale,
  type TableSpec,
} from './figures.js';
import { circledNumber, phaseText, type Report } from './report.js';
import { parseRichText, type RichLine } from './richtext.js';
import type { Initiative, Manifest, Phase } from './schema-types.js';

export interface RatingView {
  scale: string;
  code: string;
  label: string;
  symbol?: string;
  /** The symbol in words (◎ → 達成). */
  text: string;
}

/** One cell: `text` as printed; `value` for the workbook and open data (numbers stay numbers). */
export interface CellView {
  text: string;
  value?: number | string;
  format?: NumberFormat;
  lines?: RichLine[];
  rating?: RatingView;
  /** A text cell that holds a number (12, 1,234平方メートル): aligned as numbers are. */
  align?: 'right';
  /** A rating.change cell: the direction and the two ratings it compares. */
  change?: { direction: 'up' | 'same' | 'down'; previous: RatingView; current: RatingView };
}

export interface SlotCell {
  start: number;
  span: number;
  text?: string;
}

export interface RowView {
  kind: 'data' | 'subtotal' | 'total';
  /** A subtotal's group: the category id or the section id. */
  group?: string;
  /** Initiative 番号 (data rows). */
  number?: number;
  memo?: boolean;
  /** Listed again (再掲): printed, not counted. */
  reappearance?: boolean;
  cells: CellView[];
  /** 工程 lanes, when the table has a schedule column (at least one lane). */
  lanes: SlotCell[][];
  /** The 取組項目 of the lanes, in order: each covers `lanes` of them (item column). */
  laneItems: { label: string; lanes: number }[];
  /** The records behind a data row, for open data. */
  source?: { initiative: Initiative; indicator?: Indicator; effect?: Effect; sectionId: string; subsectionId?: string };
}

export interface HeadingView {
  level: 1 | 2;
  text: string;
  /** Counts of the summary scale within this heading, printed beside it. */
  counts?: string;
}

export type BlockView = { heading: HeadingView } | { row: RowView };

export interface ColumnView {
  spec: ColumnSpec;
  heading: string;
  numeric: boolean;
  /** The heading over a run of columns (令和6年度 over 見込額 and 実績額): on the first column of the run. */
  group?: { text: string; span: number };
  /** Under a group heading (the head's second row). */
  grouped?: boolean;
  /** Slots of a schedule column: [year label, part label]. */
  slots?: { year: number; yearLabel: string; part?: string }[];
}

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
  /** 令和7年度 第1四半期（6月末時点） */
  editionLabel: string;
}

const SUMMABLE = new Set([
  'effect.planned',
  'effect.actual',
  'effect.difference',
  'effect.year',
  'effect.yearTotal',
  'effect.cumulative',
  'effect.yearPlanned',
  'effect.yearActual',
  'effect.plannedTotal',
  'effect.actualTotal',
]);
/** Kinds whose cell may carry the record's wording (公用車の台数 12台削減): the record's own quantities. */
const WORDED = new Set([...SUMMABLE, 'indicator.base', 'indicator.target', 'indicator.actual', 'indicator.cumulative']);
const NUMERIC = new Set([
  ...SUMMABLE,
  'effect.rate',
  'indicator.base',
  'indicator.target',
  'indicator.actual',
  'indicator.cumulative',
  'indicator.progress',
]);
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

export function ratingOf(ini: Initiative, scaleId: string, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const code = ini.ratings?.[k]?.[scaleId];
    if (code !== undefined) return code;
  }
  return undefined;
}

function ratingView(scale: RatingScale | undefined, code: string | undefined): RatingView | undefined {
  if (!scale || code === undefined) return undefined;
  const level = scale.levels.find((l) => l.code === code);
  if (!level) return undefined;
  return { scale: scale.id, code, label: level.label, symbol: level.symbol, text: level.text ?? level.label };
}

function divisionText(ini: Initiative): string {
  const full = (ref: string) => ref.split('/').join('');
  if (ini.division === undefined) return '';
  if (!ini.coDivisions?.length) return full(ini.division);
  return `${[ini.division, ...ini.coDivisions].map(full).join('・')}（共管）`;
}

function numberFormat(col: ColumnSpec, unit: string | undefined, memo: boolean, wording?: string): NumberFormat {
  const f = col.format ?? {};
  const progress = col.kind === 'indicator.progress' || col.kind === 'effect.rate';
  return {
    ...(wording && WORDED.has(col.kind) ? { wording } : {}),
    unit: f.unit ?? (progress ? '%' : (unit ?? '')),
    unitIn: f.unitIn ?? 'cell',
    ...(f.decimals !== undefined ? { decimals: f.decimals } : progress ? { decimals: 1 } : {}),
    negative: f.negative ?? 'triangle',
    ...(memo ? { memo: true } : {}),
  };
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
    cells.push({
      start,
      span: end - start + 1,
      text: phaseText({ label: p.label, ...(p.then ? { then: p.then } : {}), arrow }),
    });
    next = end + 1;
  }
  for (; next < total; next++) cells.push({ start: next, span: 1 });
  return cells;
}

export function buildTables(report: Report): TableView[] {
  return (report.manifest.tables ?? []).map((spec) => buildTable(report, spec));
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

  const columns: ColumnView[] = spec.columns.map((col) => {
    const view: ColumnView = { spec: col, heading: columnHeading(col), numeric: NUMERIC.has(col.kind) };
    if (col.group !== undefined) view.grouped = true;
    if (col.kind === 'schedule') {
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
  const scheduleCol = spec.columns.find((c) => c.kind === 'schedule');
  const hasTitle = spec.columns.some((c) => c.kind === 'title');

  const cell = (col: ColumnSpec, p: Placed, reappear: boolean, ind?: Indicator, eff?: Effect): CellView => {
    const ini = p.ini;
    const memo = eff?.memo === true;
    const wording = ind?.wording ?? eff?.wording;
    const num = (value: number | undefined, unit?: string): CellView => {
      if (value === undefined) return { text: '' };
      const format = numberFormat(col, unit, memo, wording);
      return { text: formatNumber(value, format), value, format };
    };
    const figures = ind ? indicatorFigures(ind, fy, first) : undefined;
    const counting = eff ? countingOf(eff, m) : undefined;
    // The ※ marks of the initiative's footnotes follow its name (or the row's label without a name column).
    const notes = () => (ini.footnotes ?? []).map((_, i) => `※${footnoteIndex(report, spec, ini, i)}`).join('');
    switch (col.kind) {
      case 'number':
        return { text: p.mark, value: p.mark };
      case 'title': {
        const t = `${ini.title}${reappear ? '（再掲）' : ''}${notes()}`;
        return { text: t, value: ini.title };
      }
      case 'text': {
        const raw = col.field ? ini.fields?.[col.field] : undefined;
        const lines = parseRichText(raw);
        const text = lines.map((l) => l.text).join('\n');
        return { text, value: raw ?? '', lines, ...(NUMBER_TEXT.test(text) ? { align: 'right' as const } : {}) };
      }
      case 'division':
        return { text: divisionText(ini), value: divisionText(ini) };
      case 'schedule':
      case 'item':
        return { text: '' };
      case 'indicator.label':
        return { text: `${ind?.label ?? ''}${hasTitle ? '' : notes()}`, value: ind?.label ?? '' };
      case 'indicator.unit':
        return { text: ind?.unit ?? '', value: ind?.unit ?? '' };
      case 'indicator.base':
        return num(ind?.base?.value, ind?.unit);
      case 'indicator.baseDate':
        return { text: ind?.base?.asOf ?? '', value: ind?.base?.asOf ?? '' };
      case 'indicator.target':
        return num(ind?.target.value, ind?.unit);
      case 'indicator.targetYear':
        return ind?.target.year ? { text: fiscalYearLong(ind.target.year), value: ind.target.year } : { text: '' };
      case 'indicator.actual':
        return num(col.year !== undefined ? ind?.actuals?.[String(col.year)] : figures?.latest, ind?.unit);
      case 'indicator.cumulative':
        return num(figures?.cumulative, ind?.unit);
      case 'indicator.progress':
        return num(figures?.progressRate);
      case 'effect.category': {
        const c = (m.categories ?? []).find((x) => x.id === eff?.category);
        return { text: c?.label ?? eff?.category ?? '', value: c?.label ?? eff?.category ?? '' };
      }
      case 'effect.label': {
        const t = eff?.label ?? ini.title;
        return { text: `${t}${hasTitle ? '' : notes()}`, value: t };
      }
      case 'effect.planned':
        return num(eff?.planned);
      case 'effect.actual':
        return num(eff?.actual);
      case 'effect.difference':
        return num(eff ? effectDifference(eff) : undefined);
      case 'effect.year':
        return num(eff && col.year !== undefined ? effectYear(eff, col.year, counting) : undefined);
      case 'effect.yearTotal':
        return num(eff ? effectYearTotal(eff, counting) : undefined);
      case 'effect.cumulative':
        return num(eff ? effectCumulative(eff, col.year ?? fy, counting) : undefined);
      case 'effect.yearPlanned':
      case 'effect.yearActual': {
        const key = col.kind === 'effect.yearPlanned' ? 'planned' : 'actual';
        return num(eff && col.year !== undefined ? effectYears(eff, key, counting).get(col.year) : undefined);
      }
      case 'effect.plannedTotal':
      case 'effect.actualTotal': {
        const key = col.kind === 'effect.plannedTotal' ? 'planned' : 'actual';
        const values = eff ? [...effectYears(eff, key, counting).values()] : [];
        return num(values.length > 0 ? sumCounted(values.map((value) => ({ value }))) : undefined);
      }
      case 'effect.rate':
        return num(eff ? rateOf(effectRateParts(eff, col.year, col.base ?? 'planned', counting)) : undefined);
      case 'rating':
      case 'rating.change': {
        const scale = col.scale ? scales.get(col.scale) : undefined;
        const cur = ratingView(scale, ratingOf(ini, col.scale ?? '', col.period === 'previous' ? prevKeys : keys));
        if (col.kind === 'rating')
          return cur ? { text: showRating(cur, col.show), value: cur.code, rating: cur } : { text: '' };
        const prev = ratingView(scale, ratingOf(ini, col.scale ?? '', prevKeys));
        if (!cur || !prev || !scale) return { text: '' };
        const rank = (r: RatingView) => scale.levels.findIndex((l) => l.code === r.code);
        const direction = rank(cur) < rank(prev) ? 'up' : rank(cur) > rank(prev) ? 'down' : 'same';
        const arrow = { up: '↑', down: '↓', same: '→' }[direction];
        const t = `${arrow}（${showRating(prev, col.show)}→${showRating(cur, col.show)}）`;
        return { text: t, value: t, change: { direction, previous: prev, current: cur } };
      }
    }
  };

  const blocks: BlockView[] = [];
  const dataRows: RowView[] = [];
  const rowsFor = (p: Placed, reappear: boolean): RowView[] => {
    const lanes = scheduleCol
      ? (p.ini.items ?? []).flatMap((it) =>
          it.schedule.map((l) => layoutSlots(l.phases, first, yearCount, partsOf(scheduleCol))),
        )
      : [];
    const laneItems = scheduleCol
      ? (p.ini.items ?? []).map((it) => ({ label: it.label, lanes: it.schedule.length }))
      : [];
    const mk = (ind?: Indicator, eff?: Effect): RowView => ({
      kind: 'data',
      number: p.ini.number,
      ...(eff?.memo ? { memo: true } : {}),
      ...(reappear ? { reappearance: true } : {}),
      cells: spec.columns.map((c) => cell(c, p, reappear, ind, eff)),
      lanes,
      laneItems,
      source: {
        initiative: p.ini,
        ...(ind ? { indicator: ind } : {}),
        ...(eff ? { effect: eff } : {}),
        sectionId: p.sectionId,
        ...(p.subsectionId ? { subsectionId: p.subsectionId } : {}),
      },
    });
    if (spec.rows === 'indicators') return (p.ini.indicators ?? []).map((ind) => mk(ind));
    if (spec.rows === 'effects') return (p.ini.effects ?? []).map((eff) => mk(undefined, eff));
    return [mk()];
  };
  const totalRow = (rows: RowView[], label: string, group?: string): RowView => ({
    kind: rows === dataRows ? 'total' : 'subtotal',
    ...(group !== undefined ? { group } : {}),
    lanes: [],
    laneItems: [],
    cells: spec.columns.map((col, ci) => {
      if (ci === labelColumn(spec)) return { text: label, value: label };
      const counted = rows.filter((r) => !r.reappearance && !r.memo);
      const f = numberFormat(col, undefined, false);
      const printed = (sum: number | undefined): CellView =>
        sum === undefined ? { text: '' } : { text: formatNumber(sum, f), value: sum, format: f };
      if (col.kind === 'effect.rate') {
        // A rate of a total is the rate of the totals, never a sum of rates.
        const parts = counted.flatMap((r) => {
          const e = r.source?.effect;
          return e ? [effectRateParts(e, col.year, col.base ?? 'planned', countingOf(e, m))] : [];
        });
        const part = (k: 'numerator' | 'denominator') => sumCounted(parts.map((p) => ({ value: p[k] })));
        return printed(rateOf({ numerator: part('numerator'), denominator: part('denominator') }));
      }
      if (!SUMMABLE.has(col.kind)) return { text: '' };
      return printed(sumCounted(counted.map((r) => ({ value: r.cells[ci].value as number | undefined }))));
    }),
  });
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
    footnotes: [...(spec.footnotes ?? []), ...tableFootnotes(report, new Set(dataRows.map((r) => r.number)))],
    editionLabel: declaredEditionLabel(m),
  };
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

/** The column that carries 小計 / 合計: the last non-numeric column before the first numeric one. */
function labelColumn(spec: TableSpec): number {
  const firstNumeric = spec.columns.findIndex((c) => SUMMABLE.has(c.kind));
  return firstNumeric > 0 ? firstNumeric - 1 : 0;
}

function showRating(r: RatingView, show: ColumnSpec['show']): string {
  if (show === 'label') return r.label;
  if (show === 'code') return r.code;
  return r.symbol ?? r.code;
}

/** Footnotes of the initiatives in the table, in 番号 order, numbered ※1, ※2… */
function initiativeNotes(report: Report): { ini: Initiative; index: number; text: string }[] {
  const out: { ini: Initiative; index: number; text: string }[] = [];
  for (const v of report.initiatives)
    (v.data.footnotes ?? []).forEach((text, index) => {
      out.push({ ini: v.data, index, text });
    });
  return out;
}

function footnoteIndex(report: Report, _spec: TableSpec, ini: Initiative, i: number): number {
  return initiativeNotes(report).findIndex((n) => n.ini.number === ini.number && n.index === i) + 1;
}

/** The notes of the initiatives shown in the table, keeping the report-wide ※ numbers. */
function tableFootnotes(report: Report, shown: Set<number | undefined>): string[] {
  return initiativeNotes(report).flatMap((n, k) => (shown.has(n.ini.number) ? [`※${k + 1} ${n.text}`] : []));
}

/** A text that is a number with at most a short unit: 12, 1,234平方メートル, △5.5%. */
const NUMBER_TEXT = /^[△▲-]?[0-9０-９][0-9０-９,，]*(\.[0-9]+)?[^\s0-9]{0,8}$/u;

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
