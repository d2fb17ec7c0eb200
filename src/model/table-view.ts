/**
 * The shapes of a laid-out table (model/tables.ts makes them, every renderer reads them): a cell, a row,
 * a column. Apart from tables.ts so that the column-kind table (column-kinds.ts) can name them.
 */
import type { ColumnSpec, Effect, Indicator, NumberFormat, Project } from './figures.js';
import type { RichLine } from './richtext.js';
import type { Initiative } from './schema-types.js';

/**
 * How `reform diff` marks a printed cell: the figure or text that was edited, or one the table computes from
 * it (差額, 累計, 進捗率, 小計, 合計, counts). Set only on the tables of a diff; renderers print it as a class.
 */
export type CellMark = 'changed' | 'consequence';

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
  /** A ※ on this one figure (figureNotes): its mark (※3) and the note printed under the table. */
  figureNote?: { mark: string; text: string };
  /** A rating.change cell: the direction and the two ratings it compares. */
  change?: { direction: 'up' | 'same' | 'down'; previous: RatingView; current: RatingView };
  /** A number printed before the text, kept on one line (① of a title with its own numbering). */
  mark?: string;
  /** A note printed above the lines ((H28年度達成済) of a 年次計画). */
  note?: string;
  /** 担当課 as blocks: 部 and 課 each kept whole, a heading per 取組項目 when they differ. */
  blocks?: { heading?: string; department: string; division: string }[];
  /** The blocks as one run of text (a verification row's 課), not a paragraph each. */
  blocksInline?: boolean;
  /** Rows the cell spans (a reason shared with the rows below, a cell over the initiative's rows). */
  rowspan?: number;
  /** Covered by a cell above that spans it: not printed. */
  covered?: boolean;
  diffMark?: CellMark;
}

export interface SlotCell {
  start: number;
  span: number;
  text?: string;
  /** The phase printed there: its label, the change within the year, drawn as a bar with arrows or not. */
  phase?: { label: string; then?: string; arrow: boolean };
  diffMark?: CellMark;
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
  laneItems: { label: string; lanes: number; diffMark?: CellMark }[];
  /** The row's place among its initiative's rows (0 on the first). */
  indexInInitiative?: number;
  /** The records behind a data row, for open data. */
  source?: {
    initiative: Initiative;
    indicator?: Indicator;
    effect?: Effect;
    /** The verification row's index (rows: verification). */
    verification?: number;
    /** A 主要事業 (a card's table of projects). */
    project?: Project;
    sectionId: string;
    subsectionId?: string;
  };
}

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

/** A small table of a card (主要事業 and their budgets, indicators and their yearly targets). */
export interface CardTableView {
  /** Its open data's name: <table id>-<id>. */
  id: string;
  title: string;
  columns: ColumnView[];
  /** Rows of its head: 2 when columns are grouped (目標（参考） over the years). */
  headRows: 1 | 2;
  /** Data rows, then the 合計 when declared. */
  rows: RowView[];
  /** Printed instead of the table when the initiative has no row for it (該当なし). */
  empty: string;
}

/** One card (個票) of a table laid out as cards: one initiative. */
export interface CardView {
  /** The initiative's 番号 (its data row in the table's blocks). */
  number: number;
  /** The 番号 as the table's numbering prints it (1-①, No.3). */
  mark: string;
  /** 番号 and 取組名, as the card's heading. */
  heading: string;
  /** The label/value rows: one per declared column, label = the column's heading. */
  row: RowView;
  tables: CardTableView[];
}
