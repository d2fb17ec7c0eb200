/**
 * The report's data as normalised tables for open data (a table's `openData` rows: initiatives,
 * schedule-years, plans-results, verification; the seed's 別表1 and 別表2 publish these): one value
 * per cell, nothing merged, Western fiscal years with the 和暦 label in a column of its own, the
 * direction (A/B) in a column of its own. Each column has an English key (JSON) and a Japanese name (CSV
 * header, JSON `columns`). A table publishes the initiatives it shows (`shown`).
 *
 * Text that has several lines in the data (a plan, a result, a verification text) keeps them as lines
 * here, joined with LF; the writer (opendata/files.ts, portable.ts) trims their indent and joins them with
 * 「｜」, so that no cell holds a line break or spaces for layout. The caret of a centred line is dropped.
 */
import { fiscalYearLong } from '../../era.js';
import { parseDivision, phaseText, RESULT_PERIOD_LABEL, type InitiativeView, type Report } from '../../model/report.js';
import { parseRichText, richTextToPlainLines, type RichLine } from '../../model/richtext.js';
import { LINE_SEPARATOR } from './portable.js';

export type OpenDataValue = string | number | null;
export type OpenDataRow = Record<string, OpenDataValue>;

export interface OpenDataColumn {
  /** English key: the JSON property. */
  key: string;
  /** Japanese name: the CSV header. */
  name: string;
  type: 'integer' | 'string';
  /** Whether the value may be empty (CSV) / null (JSON). */
  nullable?: boolean;
  description: string;
}

export type OpenDataTableId = 'initiatives' | 'schedule' | 'plans-results' | 'verification';

export interface OpenDataTable {
  /** Its file's id in the seed's 別表1 and 別表2. */
  id: OpenDataTableId;
  /** What a table declares to publish it (its `openData[].rows`). */
  rows: 'initiatives' | 'schedule-years' | 'plans-results' | 'verification';
  /** Japanese name of the table. */
  name: string;
  /** One row per… */
  grain: string;
  columns: readonly OpenDataColumn[];
}

const INITIATIVE_COLUMNS: readonly OpenDataColumn[] = [
  { key: 'number', name: '番号', type: 'integer', description: '具体的取組の通し番号（報告書全体で1から）' },
  { key: 'section', name: '章', type: 'string', description: '章の番号（例: I、II）' },
  { key: 'section_title', name: '章の名称', type: 'string', description: '章の名称' },
  { key: 'title', name: '具体的取組', type: 'string', description: '具体的取組の名称' },
];

const TEXT_NOTE = `複数行の文章は、行ごとに「${LINE_SEPARATOR}」で区切る（行頭の字下げは除く）。`;

export const OPEN_DATA_TABLES: readonly OpenDataTable[] = [
  {
    id: 'initiatives',
    rows: 'initiatives',
    name: '具体的取組',
    grain: '具体的取組ごとに1行',
    columns: [
      ...INITIATIVE_COLUMNS.slice(0, 3),
      {
        key: 'number_in_section',
        name: '章内の番号',
        type: 'integer',
        description: '章の中での番号（表では丸数字で印刷）',
      },
      INITIATIVE_COLUMNS[3],
      {
        key: 'achieved_fiscal_year',
        name: '達成年度',
        type: 'integer',
        nullable: true,
        description: '目標を達成した年度（西暦の年度。未達成なら空）',
      },
      {
        key: 'achieved_fiscal_year_label',
        name: '達成年度（和暦）',
        type: 'string',
        nullable: true,
        description: '達成年度の和暦表記（例: 平成28年度）',
      },
      { key: 'department', name: '担当部', type: 'string', description: '担当する部' },
      { key: 'division', name: '担当課', type: 'string', description: '担当する課' },
    ],
  },
  {
    id: 'schedule',
    rows: 'schedule-years',
    name: '工程',
    grain: '具体的取組 × 取組項目 × 工程の段 × 年度（計画期間の各年度）ごとに1行',
    columns: [
      ...INITIATIVE_COLUMNS,
      {
        key: 'item_number',
        name: '取組項目番号',
        type: 'integer',
        description: '具体的取組の中での取組項目の順番（1から）',
      },
      { key: 'item', name: '取組項目', type: 'string', description: '取組項目（表で付ける□は含まない）' },
      { key: 'lane', name: '段', type: 'integer', description: '工程の段（並行する段階があるとき2以上）' },
      {
        key: 'fiscal_year',
        name: '年度',
        type: 'integer',
        description: '年度（西暦。2019 は令和元年度＝2019年4月～2020年3月）',
      },
      {
        key: 'fiscal_year_label',
        name: '年度（和暦）',
        type: 'string',
        description: '年度の和暦表記（例: 令和元年度）',
      },
      {
        key: 'phase',
        name: '段階',
        type: 'string',
        nullable: true,
        description: 'この年度の段階（例: 実施）。段階がなければ空',
      },
      {
        key: 'phase_then',
        name: '段階（その後）',
        type: 'string',
        nullable: true,
        description: '同じ年度の中で続く段階（「検討 → 順次実施」の「順次実施」）',
      },
      {
        key: 'phase_from',
        name: '段階の開始年度',
        type: 'integer',
        nullable: true,
        description: 'この段階の最初の年度（西暦）',
      },
      {
        key: 'phase_to',
        name: '段階の終了年度',
        type: 'integer',
        nullable: true,
        description: 'この段階の最後の年度（西暦）',
      },
      {
        key: 'phase_text',
        name: '工程表の表記',
        type: 'string',
        nullable: true,
        description: '表での表記（例: ← 実施 →）',
      },
      { key: 'department', name: '担当部', type: 'string', description: '取組項目を担当する部' },
      { key: 'division', name: '担当課', type: 'string', description: '取組項目を担当する課' },
    ],
  },
  {
    id: 'plans-results',
    rows: 'plans-results',
    name: '年次計画・実績',
    grain: '具体的取組 × 年度 × 年次計画または実績（上半期・年間）ごとに1行（データにあるすべての年度）',
    columns: [
      ...INITIATIVE_COLUMNS,
      { key: 'fiscal_year', name: '年度', type: 'integer', description: '年度（西暦）' },
      { key: 'fiscal_year_label', name: '年度（和暦）', type: 'string', description: '年度の和暦表記' },
      { key: 'kind', name: '種別', type: 'string', description: '「年次計画」または「実績」' },
      { key: 'period', name: '期間', type: 'string', description: '「年間」または「上半期」（年次計画は年間）' },
      { key: 'months', name: '対象月', type: 'string', description: '「4月～3月」または「4月～9月」' },
      { key: 'text', name: '内容', type: 'string', description: `年次計画または実績の文章。${TEXT_NOTE}` },
    ],
  },
  {
    id: 'verification',
    rows: 'verification',
    name: '検証',
    grain: '検証の行（別表2の行）ごとに1行',
    columns: [
      ...INITIATIVE_COLUMNS,
      { key: 'row_number', name: '行番号', type: 'integer', description: '具体的取組の中での検証の行の順番（1から）' },
      { key: 'item', name: '取組項目', type: 'string', description: `検証する取組項目。${TEXT_NOTE}` },
      { key: 'content', name: '内容', type: 'string', description: `取組の内容。${TEXT_NOTE}` },
      { key: 'outcome', name: '実績・効果', type: 'string', description: `実績・効果。${TEXT_NOTE}` },
      { key: 'direction', name: '区分', type: 'string', description: '今後の取組方向の区分の記号（A、B…）' },
      {
        key: 'direction_label',
        name: '区分の内容',
        type: 'string',
        description: '区分の意味（例: 現在の取組を基本的に継続するもの）',
      },
      {
        key: 'reason',
        name: '区分の理由',
        type: 'string',
        nullable: true,
        description: `区分の理由。表で複数の行に共通（結合）の理由は、その各行に同じ文章を入れる。${TEXT_NOTE}`,
      },
      { key: 'department', name: '担当部', type: 'string', description: '担当する部' },
      { key: 'division', name: '担当課', type: 'string', description: '担当する課' },
    ],
  },
];

/** key → Japanese name, per table: what the JSON files carry as `columns`. */
export const OPEN_DATA_COLUMNS: Readonly<Record<OpenDataTableId, Readonly<Record<string, string>>>> =
  Object.fromEntries(
    OPEN_DATA_TABLES.map((t) => [t.id, Object.fromEntries(t.columns.map((c) => [c.key, c.name]))]),
  ) as Record<OpenDataTableId, Record<string, string>>;

/** Multi-line rich text as open-data text: content lines joined with LF, nesting as full-width spaces. */
export function plainText(lines: readonly RichLine[]): string {
  const out = richTextToPlainLines([...lines]);
  while (out.length > 0 && out[out.length - 1].trim() === '') out.pop();
  while (out.length > 0 && out[0].trim() === '') out.shift();
  return out.join('\n');
}

function base(report: Report, ini: InitiativeView): OpenDataRow {
  const section = report.sections.find((s) => s.id === ini.sectionId);
  return {
    number: ini.number,
    section: section?.mark ?? ini.sectionId,
    section_title: section?.title ?? '',
    title: ini.title,
  };
}

/** The initiatives a table shows, by 番号. */
export type Shown = ReadonlySet<number>;

export function initiativeRows(report: Report, shown: Shown): OpenDataRow[] {
  const rows: OpenDataRow[] = [];
  for (const section of report.sections) {
    section.initiatives.forEach((ini, i) => {
      if (!shown.has(ini.number)) return;
      const division = parseDivision(ini.data.division);
      rows.push({
        ...base(report, ini),
        number_in_section: i + 1,
        achieved_fiscal_year: ini.achievedIn ?? null,
        achieved_fiscal_year_label: ini.achievedIn !== undefined ? fiscalYearLong(ini.achievedIn) : null,
        department: division.department ?? '',
        division: division.division ?? '',
      });
    });
  }
  return sortByNumber(rows);
}

export function scheduleRows(report: Report, shown: Shown): OpenDataRow[] {
  const rows: OpenDataRow[] = [];
  for (const ini of report.initiatives) {
    if (!shown.has(ini.number)) continue;
    ini.data.items.forEach((item, i) => {
      const view = ini.items[i];
      item.schedule.forEach((lane, l) => {
        for (const year of report.years) {
          const p = lane.phases.find((ph) => ph.from <= year.year && year.year <= (ph.to ?? ph.from));
          const to = p ? (p.to ?? p.from) : undefined;
          rows.push({
            ...base(report, ini),
            item_number: i + 1,
            item: item.label,
            lane: l + 1,
            fiscal_year: year.year,
            fiscal_year_label: year.longLabel,
            phase: p ? p.label : null,
            phase_then: p?.then ?? null,
            phase_from: p ? p.from : null,
            phase_to: to ?? null,
            phase_text: p ? phaseText({ label: p.label, then: p.then, arrow: p.arrow ?? to! > p.from }) : null,
            department: view.division.department,
            division: view.division.division,
          });
        }
      });
    });
  }
  return rows;
}

const PERIOD_ORDER = ['firstHalf', 'fullYear'] as const;
const PERIOD_NAME = { firstHalf: '上半期', fullYear: '年間' } as const;

export function planResultRows(report: Report, shown: Shown): OpenDataRow[] {
  const rows: OpenDataRow[] = [];
  for (const ini of report.initiatives) {
    if (!shown.has(ini.number)) continue;
    const years = new Set<number>();
    for (const k of Object.keys(ini.data.plans ?? {})) years.add(Number(k));
    for (const k of Object.keys(ini.data.results ?? {})) years.add(Number(k));
    for (const year of [...years].filter(Number.isFinite).sort((a, b) => a - b)) {
      const label = fiscalYearLong(year);
      const plan = ini.data.plans?.[String(year)];
      if (plan !== undefined) {
        rows.push({
          ...base(report, ini),
          fiscal_year: year,
          fiscal_year_label: label,
          kind: '年次計画',
          period: '年間',
          months: RESULT_PERIOD_LABEL.fullYear.months,
          text: plainText(parseRichText(plan)),
        });
      }
      const results = ini.data.results?.[String(year)] ?? {};
      for (const period of PERIOD_ORDER) {
        const text = results[period];
        if (text === undefined) continue;
        rows.push({
          ...base(report, ini),
          fiscal_year: year,
          fiscal_year_label: label,
          kind: '実績',
          period: PERIOD_NAME[period],
          months: RESULT_PERIOD_LABEL[period].months,
          text: plainText(parseRichText(text)),
        });
      }
    }
  }
  return rows;
}

export function verificationRows(report: Report, shown: Shown): OpenDataRow[] {
  const labels = new Map(report.directions.map((d) => [d.code, d.label]));
  const rows: OpenDataRow[] = [];
  for (const ini of report.initiatives) {
    if (!shown.has(ini.number)) continue;
    ini.verification.forEach((v, i) => {
      const reason = v.raw.reason;
      rows.push({
        ...base(report, ini),
        row_number: i + 1,
        item: plainText(v.item),
        content: plainText(v.content),
        outcome: plainText(v.outcome),
        direction: v.direction,
        direction_label: labels.get(v.direction) ?? '',
        reason: reason !== undefined ? plainText(parseRichText(reason)) : null,
        department: v.division.department,
        division: v.division.division,
      });
    });
  }
  return rows;
}

function sortByNumber(rows: OpenDataRow[]): OpenDataRow[] {
  return rows.sort((a, b) => (a.number as number) - (b.number as number));
}
