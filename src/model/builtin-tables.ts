/**
 * The seed's 別表1 (progress, with the 工程 chart) and 別表2 (verification) as table declarations: what a
 * report.yaml that declares no `tables` gets, laid out and drawn by the same engine as every declared
 * table (model/tables.ts, render/declared-html.ts). They are written in report.yaml's own language, so
 * an office can declare them itself (docs/formats.md shows them); only their names, headings, widths
 * and the index's sentence are worked out here from the report. Pure.
 */
import type { TableSpec } from './figures.js';
import type { ClassicManifest, Report } from './report.js';

/** The share of the page the fiscal-year columns take (in %): 5 each, at least 16 and at most 40. */
const yearsShare = (years: number) => Math.min(40, Math.max(16, years * 5));

// Their open data is the report's data as normalised tables, one file each, named whatever the report
// (docs/open-data.md).
const OPEN_DATA = {
  progress: [
    { rows: 'initiatives', id: 'initiatives' },
    { rows: 'schedule-years', id: 'schedule' },
    { rows: 'plans-results', id: 'plans-results' },
  ],
  verification: [{ rows: 'verification', id: 'verification' }],
} as const satisfies Record<string, NonNullable<TableSpec['openData']>>;

/** The open-data files of the seed's tables, in order. */
export function builtInOpenData(): { rows: string; id: string }[] {
  return [...OPEN_DATA.progress, ...OPEN_DATA.verification];
}

export function builtInTables(report: Report): TableSpec[] {
  const { edition } = report;
  const sections = report.sections.filter((s) => s.initiatives.length > 0).length;
  const all = report.sections.flatMap((s) => s.initiatives);
  const items = all.reduce((n, it) => n + it.items.length, 0);
  const rows = all.reduce((n, it) => n + it.verification.length, 0);
  const first = report.years[0]?.longLabel ?? '';
  const last = report.years.at(-1)?.longLabel ?? '';
  return seedTables(report.manifest, {
    planHeading: edition.planHeading,
    resultHeading: edition.resultHeading,
    years: report.years.length,
    progressSummary:
      `${sections}章、具体的取組 ${all.length}件（取組項目 ${items}件）の工程（${first}～${last}）、` +
      `${edition.planHeading}と${edition.resultHeading}、担当課。`,
    verificationSummary:
      `${sections}章、具体的取組 ${all.length}件の取組項目 ${rows}件ごとの内容、実績・効果、` +
      '今後の取組方向（区分と区分の理由）、担当課。',
  });
}

/** What of the report the seed's declarations print besides the manifest: headings, years, the index's sentences. */
export interface SeedShape {
  planHeading: string;
  resultHeading: string;
  years: number;
  progressSummary?: string;
  verificationSummary?: string;
}

/**
 * The seed's two declarations from the manifest and the report's shape (the department forms take them from
 * the manifest alone: their columns ask by kind, not by heading or width).
 */
export function seedTables(m: ClassicManifest, shape: SeedShape): TableSpec[] {
  const years = yearsShare(shape.years);
  // Widths in % of the page: the two texts share what the others leave.
  const text = (100 - 36 - years) / 2;
  const progress: TableSpec = {
    id: 'progress',
    label: m.progressTable.label,
    title: m.progressTable.title,
    rows: 'initiatives',
    numbering: '{number}',
    sectionPages: true,
    sectionHeading: 'row',
    editionLine: false,
    fillWidth: true,
    ...(shape.progressSummary !== undefined ? { indexSummary: shape.progressSummary } : {}),
    openData: OPEN_DATA.progress,
    // The department forms' sheet 実績, in every 課's form (the names forms issued before carry).
    form: { sheet: '実績', title: `{edition}の取組状況（${m.progressTable.label}）`, always: true },
    columns: [
      { kind: 'number', heading: '番号', width: 3, span: 'initiative' },
      { kind: 'title', heading: '具体的取組', width: 11, span: 'initiative', numbering: '{local}' },
      { kind: 'item', heading: '取組項目', width: 13, group: '工程', checkbox: true },
      { kind: 'schedule', heading: '工程', width: years, group: '工程' },
      { kind: 'plan', heading: shape.planHeading, width: text },
      { kind: 'result', heading: shape.resultHeading, width: text },
      { kind: 'division', heading: '担当課', width: 9 },
    ],
  };
  const verification: TableSpec = {
    id: 'verification',
    label: m.verificationTable.label,
    title: m.verificationTable.title,
    rows: 'verification',
    numbering: '{number}',
    sectionPages: true,
    sectionHeading: 'above',
    editionLine: false,
    fillWidth: true,
    legend: true,
    legendIntro: m.verificationTable.legendIntro,
    ...(shape.verificationSummary !== undefined ? { indexSummary: shape.verificationSummary } : {}),
    openData: OPEN_DATA.verification,
    form: { sheet: '検証', always: true },
    columns: [
      { kind: 'number', heading: '番号', width: 3, span: 'initiative' },
      { kind: 'title', heading: '具体的取組', width: 11, span: 'initiative', numbering: '{local}' },
      { kind: 'verification.item', heading: '取組項目', width: 12 },
      { kind: 'verification.content', heading: '内容', width: 19 },
      { kind: 'verification.outcome', heading: '実績・効果', width: 23 },
      { kind: 'verification.direction', heading: '区分', width: 4, group: '今後の取組方向' },
      { kind: 'verification.reason', heading: '区分の理由', width: 20, group: '今後の取組方向' },
      { kind: 'verification.division', heading: '担当課', width: 8 },
    ],
  };
  return [progress, verification];
}
