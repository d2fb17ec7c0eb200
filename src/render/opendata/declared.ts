/**
 * Open data of the declared tables (manifest `tables`), after the 統一ルール of the Ministry of Internal
 * Affairs for machine-readable data: one record per row of the table (no 小計・合計 rows, which are
 * derived), one value per cell, no merged or "same as above" cells (every row carries its 章, 中項目
 * and 取組), numbers as numbers with their unit in the column name, fiscal years in 西暦 with the 和暦
 * in the next column, a rating as its code with its name beside. For each table: <id>.csv (UTF-8 with
 * BOM), <id>.json (rows and the column dictionary) and <id>-columns.csv (the column dictionary).
 */
import { fiscalYearLong, westernPointInTime } from '../../era.js';
import type { Report } from '../../model/report.js';
import type { Initiative } from '../../model/schema-types.js';
import { buildTables, numberInitiatives, tableName, type RowView, type TableView } from '../../model/tables.js';
import { richTextToPlainLines, parseRichText } from '../../model/richtext.js';
import { tableFiles } from './files.js';
import { LINE_SEPARATOR } from './portable.js';
import type { OpenDataValue } from './tables.js';

export interface DeclaredColumn {
  key: string;
  name: string;
  type: 'integer' | 'number' | 'string';
  unit?: string;
  description: string;
  value: (row: RowView) => OpenDataValue;
}

export interface DeclaredOpenData {
  table: TableView;
  columns: DeclaredColumn[];
  rows: Record<string, OpenDataValue>[];
}

export function declaredOpenData(report: Report): DeclaredOpenData[] {
  const placed = numberInitiatives(report);
  const m = report.manifest;
  const sectionOf = (id: string) => m.sections.find((s) => s.id === id);
  const subOf = (id?: string) => m.sections.flatMap((s) => s.subsections ?? []).find((s) => s.id === id);
  const hasSubs = m.sections.some((s) => (s.subsections ?? []).length > 0);
  return buildTables(report).map((table) => {
    const cols: DeclaredColumn[] = [
      {
        key: 'fiscal_year',
        name: '公表年度',
        type: 'integer',
        description: 'この表の年度（西暦）',
        value: () => m.edition.fiscalYear,
      },
      {
        key: 'fiscal_year_label',
        name: '公表年度（和暦）',
        type: 'string',
        description: '公表年度の和暦',
        value: () => fiscalYearLong(m.edition.fiscalYear),
      },
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
    if (table.columns.some((c) => c.spec.kind.startsWith('indicator.'))) {
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
    if (table.columns.some((c) => c.spec.kind.startsWith('effect.'))) {
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
    table.columns.forEach((c, ci) => {
      const k = c.spec.kind;
      const unitOf = () => c.spec.format?.unit ?? (k === 'indicator.progress' || k === 'effect.rate' ? '%' : undefined);
      const num = (key: string, name: string, description: string, unit = unitOf()) =>
        cols.push({
          key,
          name: unit ? `${name}（${unit}）` : name,
          type: 'number',
          ...(unit ? { unit } : {}),
          description,
          value: (r) => numeric(r, ci),
        });
      const yr = (y: number | undefined) => (y ? `${y}年度（${fiscalYearLong(y)}）` : '');
      switch (k) {
        case 'indicator.base':
          num('base', '基準値', '基準値（単位は「単位」列）', undefined);
          return;
        case 'indicator.baseDate':
          cols.push({
            key: 'base_as_of',
            name: '基準値の時点',
            type: 'string',
            description: '基準値の時点（西暦。日付は 2024-04-01、年度末は 3月31日の日付、年度だけなら 2023年度）',
            value: (r) => {
              const asOf = r.source!.indicator?.base?.asOf;
              return asOf ? (westernPointInTime(asOf) ?? null) : null;
            },
          });
          cols.push({
            key: 'base_as_of_label',
            name: '基準値の時点（和暦）',
            type: 'string',
            description: '基準値の時点（取組ファイルに書かれたとおり。例: 令和6年4月1日）',
            value: (r) => r.source!.indicator?.base?.asOf ?? null,
          });
          return;
        case 'indicator.target':
          num('target', '目標値', '目標値（単位は「単位」列）', undefined);
          return;
        case 'indicator.targetYear':
          cols.push({
            key: 'target_fiscal_year',
            name: '目標年度',
            type: 'integer',
            description: '目標年度（西暦）',
            value: (r) => r.source!.indicator?.target.year ?? null,
          });
          cols.push({
            key: 'target_fiscal_year_label',
            name: '目標年度（和暦）',
            type: 'string',
            description: '目標年度の和暦',
            value: (r) => (r.source!.indicator?.target.year ? fiscalYearLong(r.source!.indicator.target.year) : null),
          });
          return;
        case 'indicator.actual':
          num(
            c.spec.year ? `actual_${c.spec.year}` : 'actual_latest',
            c.spec.year ? `実績値 ${yr(c.spec.year)}` : '最新の実績値',
            '実績値（単位は「単位」列）',
            undefined,
          );
          return;
        case 'indicator.cumulative':
          num('cumulative', '累計', '実績値の累計（計算値、単位は「単位」列）', undefined);
          return;
        case 'indicator.progress':
          num('progress_rate', '進捗率', '進捗率（計算値、100を超えることがある）', '%');
          return;
        case 'effect.planned':
          num('planned', '効果見込額', '効果見込額');
          return;
        case 'effect.actual':
          num('actual', '効果実績額', '効果実績額');
          return;
        case 'effect.difference':
          num('difference', '差額', '差額（効果実績額−効果見込額、計算値）');
          return;
        case 'effect.year':
          num(`effect_${c.spec.year}`, `効果額 ${yr(c.spec.year)}`, `${c.spec.year}年度の効果額`);
          return;
        case 'effect.yearTotal':
          num('effect_total', '年度別効果額の計', '年度別効果額の合計（計算値）');
          return;
        case 'effect.cumulative': {
          const y = c.spec.year ?? m.edition.fiscalYear;
          num(`effect_cumulative_${y}`, `効果額の累計 ${yr(y)}`, `${y}年度までの年度別効果額の累計（計算値）`);
          return;
        }
        case 'effect.yearPlanned':
          num(`planned_${c.spec.year}`, `見込額 ${yr(c.spec.year)}`, `${c.spec.year}年度の見込額`);
          return;
        case 'effect.yearActual':
          num(`actual_${c.spec.year}`, `実績額 ${yr(c.spec.year)}`, `${c.spec.year}年度の実績額`);
          return;
        case 'effect.plannedTotal':
          num('planned_total', '見込額の計', '年度別の見込額の合計（計算値）');
          return;
        case 'effect.actualTotal':
          num('actual_total', '実績額の計', '年度別の実績額の合計（計算値）');
          return;
        case 'effect.rate': {
          const over = c.spec.base === 'plannedTotal' ? '計画期間の見込額の計' : 'その年度の見込額';
          const y = c.spec.year;
          num(
            y ? `rate_${y}${c.spec.base === 'plannedTotal' ? '_of_total' : ''}` : 'rate',
            y ? `${c.heading} ${yr(y)}` : c.heading,
            y
              ? `${y}年度の実績額 ÷ ${over}（計算値）`
              : `実績額 ÷ ${c.spec.base === 'plannedTotal' ? over : '見込額'}（計算値）`,
            '%',
          );
          return;
        }
        case 'rating':
          cols.push({
            key: `rating_${c.spec.scale}${c.spec.period === 'previous' ? '_previous' : ''}`,
            name: `${c.heading}（記号）`,
            type: 'string',
            description: `${c.heading}の評価の記号`,
            value: (r) => r.cells[ci].rating?.code ?? null,
          });
          cols.push({
            key: `rating_${c.spec.scale}${c.spec.period === 'previous' ? '_previous' : ''}_label`,
            name: c.heading,
            type: 'string',
            description: `${c.heading}の評価の名前`,
            value: (r) => r.cells[ci].rating?.label ?? null,
          });
          return;
        case 'rating.change': {
          // One value a cell: the direction in words, last year's rating (code and name) kept as data.
          const scaleTitle = m.ratingScales?.find((x) => x.id === c.spec.scale)?.title ?? c.spec.scale ?? '';
          const key = `rating_change_${c.spec.scale}`;
          cols.push({
            key,
            name: c.heading,
            type: 'string',
            description: `前年度から${scaleTitle}がどう変わったか（上がった、変わらない、下がった）`,
            value: (r) => (r.cells[ci].change ? CHANGE_WORDS[r.cells[ci].change!.direction] : null),
          });
          cols.push({
            key: `${key}_previous`,
            name: `前年度の${scaleTitle}（記号）`,
            type: 'string',
            description: `前年度の${scaleTitle}の記号`,
            value: (r) => r.cells[ci].change?.previous.code ?? null,
          });
          cols.push({
            key: `${key}_previous_label`,
            name: `前年度の${scaleTitle}`,
            type: 'string',
            description: `前年度の${scaleTitle}の名前`,
            value: (r) => r.cells[ci].change?.previous.label ?? null,
          });
          return;
        }
        case 'division': {
          // Named for what they hold: an office whose top level is 課 and whose second is 係 gets 担当課, 担当係.
          const [top, second] = divisionLevelNames(m.departments);
          cols.push({
            key: 'department',
            name: `担当${top}`,
            type: 'string',
            description: `担当する${top}`,
            value: (r) => r.source!.initiative.division?.split('/')[0] ?? null,
          });
          cols.push({
            key: 'division',
            name: `担当${second}`,
            type: 'string',
            description: `担当する${second}（その下の係・室まで）。${second}のない${top}は空`,
            value: (r) => r.source!.initiative.division?.split('/').slice(1).join('') || null,
          });
          cols.push({
            key: 'co_divisions',
            name: '共管の担当課',
            type: 'string',
            description: '共管の担当課（部課、複数は「、」で区切る）',
            value: (r) => (r.source!.initiative.coDivisions ?? []).map((d) => d.split('/').join('')).join('、') || null,
          });
          return;
        }
        case 'text':
          cols.push({
            key: `text_${c.spec.field}`,
            name: c.heading,
            type: 'string',
            description: `${c.heading}（複数行は、行ごとに「${LINE_SEPARATOR}」で区切る）`,
            value: (r) =>
              richTextToPlainLines(parseRichText(r.source!.initiative.fields?.[c.spec.field ?? ''])).join('\n') || null,
          });
          return;
        default:
          return; // number, title, labels, category: in the leading columns; schedule: not tabular here
      }
    });
    // Keys unique (two columns of the same kind get _2, _3).
    const seen = new Map<string, number>();
    for (const c of cols) {
      const n = (seen.get(c.key) ?? 0) + 1;
      seen.set(c.key, n);
      if (n > 1) c.key = `${c.key}_${n}`;
    }
    const dataRows = table.blocks.flatMap((b) =>
      'row' in b && b.row.kind === 'data' && !b.row.reappearance ? [b.row] : [],
    );
    const rows = dataRows.map((r) => Object.fromEntries(cols.map((c) => [c.key, c.value(r)])));
    return { table, columns: cols, rows };
  });
}

const CHANGE_WORDS = { up: '上がった', same: '変わらない', down: '下がった' } as const;

/**
 * The printed names of the two levels of 担当課 (部 and 課 by default): the suffix every name of that level
 * shares (部, 局, 課, 室, 係, 班…), when they all share one.
 */
export function divisionLevelNames(
  departments: readonly { name: string; divisions: readonly string[] }[],
): [string, string] {
  const suffix = (names: string[], fallback: string) => {
    const last = new Set(names.map((n) => n.slice(-1)));
    const only = last.size === 1 ? [...last][0] : undefined;
    return only && /^[部局課室係班所庁]$/.test(only) ? only : fallback;
  };
  const top = suffix(
    departments.map((d) => d.name),
    '部',
  );
  const second = suffix(
    departments.flatMap((d) => d.divisions.map((v) => v.split('/')[0])),
    top === '部' ? '課' : top === '課' ? '係' : '課',
  );
  return [top, second];
}

function numeric(r: RowView, ci: number): number | null {
  const v = r.cells[ci].value;
  return typeof v === 'number' ? v : null;
}

/** One row per 段階 of the 工程 of a table with a schedule column: years in 西暦 with the 和暦 beside. */
export function declaredScheduleData(
  report: Report,
  table: TableView,
): { columns: DeclaredColumn[]; rows: Record<string, OpenDataValue>[] } | undefined {
  const col = table.columns.find((c) => c.spec.kind === 'schedule');
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

export function declaredOpenDataFiles(report: Report, dir: string, bom: string): { name: string; data: string }[] {
  const files: { name: string; data: string }[] = [];
  for (const { table, columns, rows } of declaredOpenData(report)) {
    files.push(...tableFiles(report, dir, bom, { id: table.id, title: tableName(table) }, columns, rows));
    const schedule = declaredScheduleData(report, table);
    if (schedule)
      files.push(
        ...tableFiles(
          report,
          dir,
          bom,
          { id: `${table.id}-schedule`, title: `${tableName(table)}（工程）` },
          schedule.columns,
          schedule.rows,
        ),
      );
  }
  return files;
}
