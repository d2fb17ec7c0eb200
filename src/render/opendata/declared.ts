/**
 * Open data of the declared tables (manifest `tables`), after the 統一ルール of the Ministry of Internal
 * Affairs for machine-readable data: one record per row of the table (no 小計・合計 rows, which are
 * derived), one value per cell, no merged or "same as above" cells (every row carries its 章, 中項目
 * and 取組), numbers as numbers with their unit in the column name, fiscal years in 西暦 with the 和暦
 * in the next column, a rating as its code with its name beside. These are the `table` and `schedule`
 * files of a table and its cards' small tables (opendata/published.ts).
 */
import { fiscalYearLong } from '../../era.js';
import type { Report } from '../../model/report.js';
import type { Initiative } from '../../model/schema-types.js';
import { numberInitiatives, tableName, type RowView, type TableView } from '../../model/tables.js';
import { LINE_SEPARATOR } from './portable.js';
import { kindOf, type DeclaredColumn, type OpenDataValue } from '../../model/column-kinds.js';

export type { DeclaredColumn } from '../../model/column-kinds.js';
export { divisionLevelNames } from '../../model/column-kinds.js';

export interface DeclaredOpenData {
  table: TableView;
  columns: DeclaredColumn[];
  rows: Record<string, OpenDataValue>[];
}

/** The two columns every declared table's file begins with: its fiscal year in 西暦, then in 和暦. */
function editionColumns(fiscalYear: number): DeclaredColumn[] {
  return [
    {
      key: 'fiscal_year',
      name: '公表年度',
      type: 'integer',
      description: 'この表の年度（西暦）',
      value: () => fiscalYear,
    },
    {
      key: 'fiscal_year_label',
      name: '公表年度（和暦）',
      type: 'string',
      description: '公表年度の和暦',
      value: () => fiscalYearLong(fiscalYear),
    },
  ];
}

export function declaredOpenData(report: Report, views: readonly TableView[]): DeclaredOpenData[] {
  const placed = numberInitiatives(report);
  const m = report.manifest;
  const sectionOf = (id: string) => m.sections.find((s) => s.id === id);
  const subOf = (id?: string) => m.sections.flatMap((s) => s.subsections ?? []).find((s) => s.id === id);
  const hasSubs = m.sections.some((s) => (s.subsections ?? []).length > 0);
  return views.map((table) => {
    const cols: DeclaredColumn[] = [
      ...editionColumns(m.edition.fiscalYear),
      { key: 'number', name: '番号', type: 'integer', description: '取組の通し番号', value: (r) => r.number ?? null },
      {
        key: 'number_printed',
        name: '表示番号',
        type: 'string',
        description: '表に印刷する番号（例: 2-(1)-1。丸数字は数字で書く）',
        value: (r) => placed.get(r.number!)?.mark ?? '',
      },
      {
        key: 'section',
        name: '章',
        type: 'string',
        description: '章の番号',
        value: (r) => sectionOf(r.source!.sectionId)?.mark ?? '',
      },
      {
        key: 'section_title',
        name: '章の名称',
        type: 'string',
        description: '章の名称',
        value: (r) => sectionOf(r.source!.sectionId)?.title ?? '',
      },
      ...(hasSubs
        ? [
            {
              key: 'subsection',
              name: '中項目',
              type: 'string' as const,
              description: '中項目の記号（なければ空）',
              value: (r: RowView) => r.source!.subsectionId ?? null,
            },
            {
              key: 'subsection_title',
              name: '中項目の名称',
              type: 'string' as const,
              description: '中項目の名称（なければ空）',
              value: (r: RowView) => subOf(r.source!.subsectionId)?.title ?? null,
            },
          ]
        : []),
      {
        key: 'title',
        name: '取組名',
        type: 'string',
        description: '取組の名称',
        value: (r) => r.source!.initiative.title,
      },
      {
        key: 'notes',
        name: '注記',
        type: 'string',
        description: `取組の注記（表の下の※。複数は「${LINE_SEPARATOR}」で区切る。なければ空）`,
        value: (r) => (r.source!.initiative.footnotes ?? []).join('\n') || null,
      },
    ];
    if (table.columns.some((c) => kindOf(c.spec.kind).rows === 'indicators')) {
      cols.push({
        key: 'indicator',
        name: '指標',
        type: 'string',
        description: '数値目標の指標',
        value: (r) => r.source!.indicator?.label ?? '',
      });
      cols.push({
        key: 'unit',
        name: '単位',
        type: 'string',
        description: '指標の数値の単位（基準値・目標値・実績値・累計に共通）',
        value: (r) => r.source!.indicator?.unit ?? '',
      });
    }
    if (table.columns.some((c) => kindOf(c.spec.kind).rows === 'effects')) {
      cols.push({
        key: 'category',
        name: '区分',
        type: 'string',
        description: '効果額の区分',
        value: (r) => m.categories?.find((c) => c.id === r.source!.effect?.category)?.label ?? '',
      });
      cols.push({
        key: 'effect_label',
        name: '効果額の項目',
        type: 'string',
        description: '効果額の項目名',
        value: (r) => r.source!.effect?.label ?? r.source!.initiative.title,
      });
      cols.push({
        key: 'memo',
        name: '内数',
        type: 'integer',
        description: '1: 他の行の内数（小計・合計に含まない）、0: それ以外',
        value: (r) => (r.memo ? 1 : 0),
      });
    }
    const ctx = { manifest: m, lineSeparator: LINE_SEPARATOR };
    const dataRows = table.blocks.flatMap((b) =>
      'row' in b && b.row.kind === 'data' && !b.row.reappearance ? [b.row] : [],
    );
    table.columns.forEach((c, ci) => {
      const own = kindOf(c.spec.kind).openData(c, ci, ctx);
      cols.push(...own);
      // Notes on single figures of this column (figureNotes): a column of their own beside the figures, which
      // stay numbers. Only where the table has such a note, so that other tables keep their columns.
      if (own.length === 0 || !dataRows.some((r) => r.cells[ci]?.figureNote)) return;
      cols.push({
        key: `${own[0].key}_note`,
        name: `${own[0].name.replace(/（[^（）]*）$/, '')}の注記`,
        type: 'string',
        description: `「${own[0].name}」の数値に付いた注記（表の※。なければ空）`,
        value: (r) => r.cells[ci]?.figureNote?.text ?? null,
      });
    });
    uniqueKeys(cols);
    const rows = dataRows.map((r) => Object.fromEntries(cols.map((c) => [c.key, c.value(r)])));
    return { table, columns: cols, rows };
  });
}

/**
 * The small tables of a table laid out as cards (個票): one file per small table, one row per 主要事業 (or
 * indicator, effect) of every card, led by the initiative it belongs to; no 合計 rows (derived).
 */
export function declaredCardData(
  report: Report,
  table: TableView,
): { id: string; name: string; grain: string; columns: DeclaredColumn[]; rows: Record<string, OpenDataValue>[] }[] {
  if (!table.cards) return [];
  const m = report.manifest;
  // The 番号 as the cards print it (the table's own numbering).
  const marks = new Map(table.cards.list.map((c) => [c.number, c.mark]));
  const ctx = { manifest: m, lineSeparator: LINE_SEPARATOR };
  const GRAIN = { projects: '主要事業ごとに1行', indicators: '数値目標ごとに1行', effects: '効果額ごとに1行' } as const;
  return table.cards.tables.map((spec, ti) => {
    const views = table.cards!.list.map((c) => c.tables[ti]);
    const columns = views[0]?.columns ?? [];
    const lead: DeclaredColumn[] = [
      ...editionColumns(m.edition.fiscalYear),
      { key: 'number', name: '番号', type: 'integer', description: '取組の通し番号', value: (r) => r.number ?? null },
      {
        key: 'number_printed',
        name: '表示番号',
        type: 'string',
        description: '個票に印刷する番号（丸数字は数字で書く）',
        value: (r) => marks.get(r.number!) ?? '',
      },
      {
        key: 'title',
        name: '取組名',
        type: 'string',
        description: '取組の名称',
        value: (r) => r.source!.initiative.title,
      },
    ];
    if (spec.rows === 'projects')
      lead.push({
        key: 'project',
        name: '事業名',
        type: 'string',
        description: '主要事業の名称',
        value: (r) => r.source!.project?.name ?? '',
      });
    if (spec.rows === 'indicators')
      lead.push(
        {
          key: 'indicator',
          name: '指標',
          type: 'string',
          description: '数値目標の指標',
          value: (r) => r.source!.indicator?.label ?? '',
        },
        {
          key: 'unit',
          name: '単位',
          type: 'string',
          description: '指標の数値の単位（基準値・目標値・実績値に共通）',
          value: (r) => r.source!.indicator?.unit ?? '',
        },
      );
    if (spec.rows === 'effects')
      lead.push(
        {
          key: 'effect_label',
          name: '効果額の項目',
          type: 'string',
          description: '効果額の項目名',
          value: (r) => r.source!.effect?.label ?? r.source!.initiative.title,
        },
        {
          key: 'memo',
          name: '内数',
          type: 'integer',
          description: '1: 他の行の内数（合計に含まない）、0: それ以外',
          value: (r) => (r.memo ? 1 : 0),
        },
      );
    const cols = [...lead, ...columns.flatMap((c, ci) => kindOf(c.spec.kind).openData(c, ci, ctx))];
    uniqueKeys(cols);
    const rows = views.flatMap((v) => v.rows.filter((r) => r.kind === 'data'));
    return {
      id: `${table.id}-${spec.id}`,
      name: `${tableName(table)}（${spec.title}）`,
      grain: GRAIN[spec.rows as keyof typeof GRAIN] ?? '1件ごとに1行',
      columns: cols,
      rows: rows.map((r) => Object.fromEntries(cols.map((c) => [c.key, c.value(r)]))),
    };
  });
}

/** Keys unique (two columns of the same kind get _2, _3). */
function uniqueKeys(cols: DeclaredColumn[]): void {
  const seen = new Map<string, number>();
  for (const c of cols) {
    const n = (seen.get(c.key) ?? 0) + 1;
    seen.set(c.key, n);
    if (n > 1) c.key = `${c.key}_${n}`;
  }
}

/** One row per 段階 of the 工程 of a table with a schedule column: years in 西暦 with the 和暦 beside. */
export function declaredScheduleData(
  report: Report,
  table: TableView,
): { columns: DeclaredColumn[]; rows: Record<string, OpenDataValue>[] } | undefined {
  const col = table.columns.find((c) => kindOf(c.spec.kind).layout === 'slots');
  if (!col) return undefined;
  const partName =
    col.spec.resolution === 'half'
      ? '半期（1: 上期、2: 下期）'
      : col.spec.resolution === 'quarter'
        ? '四半期（1～4）'
        : '期';
  type P = {
    number: number;
    title: string;
    item: string;
    lane: number;
    phase: NonNullable<Initiative['items']>[number]['schedule'][number]['phases'][number];
  };
  const list: P[] = [];
  const shown = new Set(
    table.blocks.flatMap((b) => ('row' in b && b.row.kind === 'data' && !b.row.reappearance ? [b.row.number] : [])),
  );
  for (const v of report.initiatives) {
    if (!shown.has(v.number)) continue;
    (v.data.items ?? []).forEach((it) => {
      it.schedule.forEach((lane, li) => {
        lane.phases.forEach((phase) => {
          list.push({ number: v.number, title: v.data.title, item: it.label, lane: li + 1, phase });
        });
      });
    });
  }
  const c = (
    key: string,
    name: string,
    type: DeclaredColumn['type'],
    description: string,
    value: (p: P) => OpenDataValue,
  ) => ({ key, name, type, description, value });
  const columns = [
    c('number', '番号', 'integer', '取組の通し番号', (p) => p.number),
    c('title', '取組名', 'string', '取組の名称', (p) => p.title),
    c('item', '取組項目', 'string', '工程の取組項目', (p) => p.item),
    c('lane', '段', 'integer', '取組項目の中の工程の段（1から）', (p) => p.lane),
    c('phase', '段階', 'string', '段階の名前', (p) =>
      p.phase.then ? `${p.phase.label} → ${p.phase.then}` : p.phase.label,
    ),
    c('from_fiscal_year', '開始年度', 'integer', '開始年度（西暦）', (p) => p.phase.from),
    c('from_fiscal_year_label', '開始年度（和暦）', 'string', '開始年度の和暦', (p) => fiscalYearLong(p.phase.from)),
    c(
      'from_part',
      `開始の${partName}`,
      'integer',
      '開始年度の中の期（省略時は年度の初め）',
      (p) => p.phase.fromPart ?? 1,
    ),
    c('to_fiscal_year', '終了年度', 'integer', '終了年度（西暦）', (p) => p.phase.to ?? p.phase.from),
    c('to_fiscal_year_label', '終了年度（和暦）', 'string', '終了年度の和暦', (p) =>
      fiscalYearLong(p.phase.to ?? p.phase.from),
    ),
    c(
      'to_part',
      `終了の${partName}`,
      'integer',
      '終了年度の中の期（省略時は年度の終わり）',
      (p) => p.phase.toPart ?? (col.spec.resolution === 'half' ? 2 : col.spec.resolution === 'quarter' ? 4 : 1),
    ),
  ];
  // DeclaredColumn's value takes a RowView; these take a phase: kept apart by the caller.
  const rows = list.map((p) => Object.fromEntries(columns.map((x) => [x.key, x.value(p)])));
  return { columns: columns.map((x) => ({ ...x, value: () => null })), rows };
}
