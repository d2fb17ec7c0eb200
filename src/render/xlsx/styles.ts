/**
 * Cell styles of the workbook. Every cell gets its font explicitly (BIZ UDPゴシック, shipped with
 * Windows 10 and later), so that nothing falls back to the workbook's default font.
 */
import type { Alignment, Borders, Fill, Font, Style } from 'exceljs';

export const FONT_NAME = 'BIZ UDPゴシック';
/** Body text size in pt, as in the PDF's tables. */
export const BODY_SIZE = 9;

export type CellStyleName =
  | 'title'
  | 'label'
  | 'legend'
  | 'header'
  | 'section'
  | 'subsection'
  | 'count'
  | 'body'
  | 'number'
  | 'phase'
  | 'direction'
  | 'amount'
  | 'amountTotal'
  | 'fieldLabel'
  | 'caption';

export interface CellStyleSpec {
  font: { size: number; bold?: boolean };
  horizontal: 'left' | 'center' | 'right';
  vertical: 'top' | 'middle' | 'bottom';
  bordered: boolean;
  fill?: string;
  /** alignment.indent in levels (a 中項目 row: Excel indents it, no spaces in the text). */
  indent?: number;
  wrap: boolean;
}

export const STYLES: Record<CellStyleName, CellStyleSpec> = {
  title: { font: { size: 12, bold: true }, horizontal: 'left', vertical: 'middle', bordered: false, wrap: true },
  label: { font: { size: 11, bold: true }, horizontal: 'right', vertical: 'middle', bordered: false, wrap: false },
  legend: { font: { size: BODY_SIZE }, horizontal: 'left', vertical: 'top', bordered: false, wrap: true },
  header: {
    font: { size: BODY_SIZE, bold: true },
    horizontal: 'center',
    vertical: 'middle',
    bordered: true,
    fill: 'FFD9D9D9',
    wrap: true,
  },
  section: {
    font: { size: 10, bold: true },
    horizontal: 'left',
    vertical: 'middle',
    bordered: true,
    fill: 'FFF2F2F2',
    wrap: true,
  },
  /** A 中項目 heading: the section style, indented by Excel (not by full-width spaces in its text). */
  subsection: {
    font: { size: 10 },
    horizontal: 'left',
    vertical: 'middle',
    bordered: true,
    fill: 'FFF2F2F2',
    indent: 1,
    wrap: true,
  },
  /** A count (評価ごとの件数) as a number. */
  count: { font: { size: BODY_SIZE }, horizontal: 'right', vertical: 'top', bordered: true, wrap: false },
  body: { font: { size: BODY_SIZE }, horizontal: 'left', vertical: 'top', bordered: true, wrap: true },
  number: { font: { size: BODY_SIZE }, horizontal: 'center', vertical: 'top', bordered: true, wrap: true },
  phase: { font: { size: BODY_SIZE }, horizontal: 'center', vertical: 'middle', bordered: true, wrap: true },
  direction: { font: { size: 10, bold: true }, horizontal: 'center', vertical: 'middle', bordered: true, wrap: true },
  /** Numbers of the declared tables, right-aligned. */
  amount: { font: { size: BODY_SIZE }, horizontal: 'right', vertical: 'top', bordered: true, wrap: false },
  /** 小計 and 合計 of the declared tables. */
  amountTotal: {
    font: { size: BODY_SIZE, bold: true },
    horizontal: 'right',
    vertical: 'top',
    bordered: true,
    fill: 'FFF2F2F2',
    wrap: false,
  },
  /** The label of a card's label/value row (取組の目的, 担当課). */
  fieldLabel: {
    font: { size: BODY_SIZE, bold: true },
    horizontal: 'left',
    vertical: 'top',
    bordered: true,
    fill: 'FFF2F2F2',
    wrap: true,
  },
  /** The title above a card's small table (主要事業). */
  caption: { font: { size: 10, bold: true }, horizontal: 'left', vertical: 'bottom', bordered: false, wrap: true },
};

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

/** A fresh exceljs style object (never shared between cells: exceljs mutates styles in place). */
export function excelStyle(name: CellStyleName): Partial<Style> {
  const spec = STYLES[name];
  const font: Partial<Font> = {
    name: FONT_NAME,
    family: 3,
    charset: 128,
    size: spec.font.size,
    color: { argb: 'FF000000' },
  };
  if (spec.font.bold) font.bold = true;
  const alignment: Partial<Alignment> = { horizontal: spec.horizontal, vertical: spec.vertical, wrapText: spec.wrap };
  if (spec.indent) alignment.indent = spec.indent;
  const style: Partial<Style> = { font, alignment };
  if (spec.bordered) {
    const border: Partial<Borders> = { top: { ...THIN }, left: { ...THIN }, bottom: { ...THIN }, right: { ...THIN } };
    style.border = border;
  }
  if (spec.fill) {
    const fill: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: spec.fill } };
    style.fill = fill;
  }
  return style;
}
