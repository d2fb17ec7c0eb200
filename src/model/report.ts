/**
 * The merged, typed report that every renderer reads: sections with their initiatives in order,
 * ①② numbering, fiscal-year columns in 和暦, 工程 laid out as cells, 担当課 resolved to 部 + 課,
 * rich text parsed. Pure: no I/O.
 */
import { fiscalYearAbbrev, fiscalYearLong, fiscalYearShort } from '../era.js';
import type { Initiative, Manifest, Phase } from './schema-types.js';
import { parseRichText, type RichLine } from './richtext.js';

export interface FiscalYearColumn {
  year: number;
  /** 28年度, 元年度 */
  label: string;
  /** 平成28年度 */
  longLabel: string;
}

export interface DivisionView {
  department: string;
  division: string;
  /** 総務部人事課, as 別表1 prints it. */
  full: string;
}

/** One cell of a 工程 lane: a phase over one or more year columns, or an empty year. */
export interface ScheduleCell {
  /** Index of the first year column. */
  start: number;
  span: number;
  phase?: {
    label: string;
    then?: string;
    arrow: boolean;
    /** The text as printed: ← 実施 →, 検討 → 順次実施, 実施 */
    text: string;
  };
}

export interface ItemView {
  label: string;
  checkbox: boolean;
  /** The label as printed, with its □. */
  printedLabel: string;
  heading: string;
  division: DivisionView;
  lanes: ScheduleCell[][];
}

export interface DivisionBlock {
  /** Sub-heading (＜組織体制・運営の検討＞) when the initiative has several divisions. */
  heading?: string;
  division: DivisionView;
}

export interface VerificationRowView {
  item: RichLine[];
  content: RichLine[];
  outcome: RichLine[];
  direction: string;
  /** The reason, on the first row of a run of rows that share it. */
  reason?: RichLine[];
  /** How many rows the reason cell spans (0 on rows covered by the one above). */
  reasonRowSpan: number;
  division: DivisionView;
  raw: { item: string; content: string; outcome: string; reason?: string };
}

export interface InitiativeView {
  number: number;
  sectionId: string;
  /** ①, ②… within the section. */
  localMark: string;
  title: string;
  /** (H28年度達成済) */
  achievedNote?: string;
  achievedIn?: number;
  items: ItemView[];
  plan: RichLine[];
  result: RichLine[];
  divisionBlocks: DivisionBlock[];
  verification: VerificationRowView[];
  /** The data as written, for open data and diffs (classic parts left out are empty). */
  data: ClassicInitiative;
  /** Source file, as shown in messages. */
  file: string;
}

export interface SectionView {
  id: string;
  mark: string;
  title: string;
  initiatives: InitiativeView[];
}

export interface EditionView {
  fiscalYear: number;
  period: 'firstHalf' | 'fullYear';
  /** 令和元年度 */
  yearLabel: string;
  /** 令和元年度 年次計画 */
  planHeading: string;
  /** 上半期実績(4月～9月) */
  resultHeading: string;
}

/**
 * The sample's two tables (別表1, 別表2) need these parts, optional in the schema since a report that
 * declares its own tables (manifest `tables`) may leave them out; validate requires them otherwise.
 */
export type ClassicManifest = Manifest & Required<Pick<Manifest, 'progressTable' | 'verificationTable' | 'directions'>>;
export type ClassicInitiative = Initiative &
  Required<Pick<Initiative, 'division' | 'items' | 'plans' | 'results' | 'verification'>>;

/** The classic parts, empty where a report with declared tables leaves them out (never printed then). */
export function classicManifest(m: Manifest): ClassicManifest {
  return {
    ...m,
    progressTable: m.progressTable ?? { label: '', title: '' },
    verificationTable: m.verificationTable ?? { label: '', title: '', legendIntro: '' },
    directions: m.directions ?? [],
  };
}

export function classicInitiative(i: Initiative): ClassicInitiative {
  return {
    ...i,
    division: i.division ?? '',
    items: i.items ?? [],
    plans: i.plans ?? {},
    results: i.results ?? {},
    verification: i.verification ?? [],
  };
}

export interface Report {
  manifest: ClassicManifest;
  title: string;
  organisation: string;
  years: FiscalYearColumn[];
  edition: EditionView;
  sections: SectionView[];
  directions: ClassicManifest['directions'];
  /** All initiatives in 番号 order. */
  initiatives: InitiativeView[];
}

export const RESULT_PERIOD_LABEL = {
  firstHalf: { short: '上半期実績', months: '4月～9月' },
  fullYear: { short: '年間実績', months: '4月～3月' },
} as const;

/** ① … ⑳, ㉑ … ㊿, then (51). */
export function circledNumber(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `(${n})`;
}

export function phaseText(p: { label: string; then?: string; arrow: boolean }): string {
  const body = p.then ? `${p.label} → ${p.then}` : p.label;
  return p.arrow ? `← ${body} →` : body;
}

export function parseDivision(ref: string): DivisionView {
  // 部/課, 部/課/係 (the 係 printed after its 課), or a 部 without 課.
  const [department, ...rest] = ref.split('/');
  const division = rest.join('');
  return { department, division, full: `${department}${division}` };
}

export function layoutLane(phases: readonly Phase[], years: readonly FiscalYearColumn[]): ScheduleCell[] {
  const first = years[0].year;
  const cells: ScheduleCell[] = [];
  const sorted = [...phases].sort((a, b) => a.from - b.from);
  let next = 0;
  for (const p of sorted) {
    const start = Math.max(0, p.from - first);
    const end = Math.min(years.length - 1, (p.to ?? p.from) - first);
    if (end < start || start < next) continue; // outside the period or overlapping: reported by validate
    for (; next < start; next++) cells.push({ start: next, span: 1 });
    const arrow = p.arrow ?? (p.to ?? p.from) > p.from;
    const phase = { label: p.label, ...(p.then ? { then: p.then } : {}), arrow };
    cells.push({ start, span: end - start + 1, phase: { ...phase, text: phaseText(phase) } });
    next = end + 1;
  }
  for (; next < years.length; next++) cells.push({ start: next, span: 1 });
  return cells;
}

export function buildReport(written: Manifest, initiatives: readonly { data: Initiative; file: string }[]): Report {
  const manifest = classicManifest(written);
  const years: FiscalYearColumn[] = [];
  for (let y = manifest.planPeriod.from; y <= manifest.planPeriod.to; y++) {
    years.push({ year: y, label: fiscalYearShort(y), longLabel: fiscalYearLong(y) });
  }
  const { fiscalYear, period } = manifest.edition;
  const periodLabel = RESULT_PERIOD_LABEL[period];
  const edition: EditionView = {
    fiscalYear,
    period,
    yearLabel: fiscalYearLong(fiscalYear),
    planHeading: `${fiscalYearLong(fiscalYear)} 年次計画`,
    resultHeading: `${periodLabel.short}(${periodLabel.months})`,
  };

  const sorted = [...initiatives].sort((a, b) => a.data.number - b.data.number);
  const sections: SectionView[] = manifest.sections.map((s) => ({
    id: s.id,
    mark: s.mark,
    title: s.title,
    initiatives: [],
  }));
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  const all: InitiativeView[] = [];
  for (const { data, file } of sorted) {
    const section = sectionById.get(data.section);
    if (!section) continue; // reported by validate
    const view = buildInitiative(classicInitiative(data), file, section.initiatives.length + 1, years, edition);
    section.initiatives.push(view);
    all.push(view);
  }
  return {
    manifest,
    title: manifest.title,
    organisation: manifest.organisation,
    years,
    edition,
    sections,
    directions: manifest.directions,
    initiatives: all,
  };
}

function buildInitiative(
  data: ClassicInitiative,
  file: string,
  local: number,
  years: FiscalYearColumn[],
  edition: EditionView,
): InitiativeView {
  const initiativeDivision = parseDivision(data.division);
  const items: ItemView[] = data.items.map((item) => {
    const checkbox = item.checkbox ?? true;
    return {
      label: item.label,
      checkbox,
      printedLabel: checkbox ? `□${item.label}` : item.label,
      heading: item.heading ?? item.label,
      division: item.division ? parseDivision(item.division) : initiativeDivision,
      lanes: item.schedule.map((lane) => layoutLane(lane.phases, years)),
    };
  });
  const allSame = items.every((i) => i.division.full === items[0].division.full);
  const divisionBlocks: DivisionBlock[] = allSame
    ? [{ division: items[0]?.division ?? initiativeDivision }]
    : items.map((i) => ({ heading: `<${i.heading}>`, division: i.division }));

  const verification: VerificationRowView[] = data.verification.map((row) => ({
    item: parseRichText(row.item),
    content: parseRichText(row.content),
    outcome: parseRichText(row.outcome),
    direction: row.direction,
    reason: row.reason !== undefined ? parseRichText(row.reason) : undefined,
    reasonRowSpan: row.reasonSharedWithAbove ? 0 : 1,
    division: row.division ? parseDivision(row.division) : initiativeDivision,
    raw: {
      item: row.item,
      content: row.content,
      outcome: row.outcome,
      ...(row.reason !== undefined ? { reason: row.reason } : {}),
    },
  }));
  // A reason shared with the rows below spans them.
  for (let i = 0; i < verification.length; i++) {
    if (verification[i].reasonRowSpan === 0) continue;
    let span = 1;
    while (i + span < verification.length && verification[i + span].reasonRowSpan === 0) span++;
    verification[i].reasonRowSpan = span;
  }
  for (let i = 1; i < verification.length; i++) {
    if (verification[i].reasonRowSpan === 0 && verification[i].reason === undefined) {
      let j = i - 1;
      while (j > 0 && verification[j].reasonRowSpan === 0) j--;
      verification[i].raw.reason = verification[j].raw.reason;
    }
  }

  return {
    number: data.number,
    sectionId: data.section,
    localMark: circledNumber(local),
    title: data.title,
    ...(data.achievedIn !== undefined
      ? { achievedNote: `(${fiscalYearAbbrev(data.achievedIn)}達成済)`, achievedIn: data.achievedIn }
      : {}),
    items,
    plan: parseRichText(data.plans[String(edition.fiscalYear)]),
    result: parseRichText(data.results[String(edition.fiscalYear)]?.[edition.period]),
    divisionBlocks,
    verification,
    data,
    file,
  };
}
