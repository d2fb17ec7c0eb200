/**
 * 別表2 (検証): the legend of the directions above the table, then
 * 番号 | 具体的取組 | 取組項目 | 内容 | 実績・効果 | 今後の取組方向 (区分, 区分の理由) | 担当課,
 * with a two-row header, a row per section and one row per verification row. 番号 and 具体的取組 are
 * merged over the initiative's rows, a shared 区分の理由 over the rows that share it.
 */
import type { InitiativeView, Report } from '../../model/report.js';
import { ambiguousDivisionNames } from '../../model/divisions.js';
import {
  addCell,
  blockCapacityPt,
  newSheet,
  placeSections,
  rowsFor,
  splitTextToHeight,
  type SheetModel,
} from './grid.js';
import { CONTINUED, measure } from './progress-sheet.js';
import { STYLES } from './styles.js';
import { cellText, cleanText, richTextLines } from './text.js';

/**
 * Column widths in px, in about the proportions of the PDF (3, 11, 12, 19, 23, 4, 20, 8 %) over 1200 px;
 * 担当課 a little wider so that 行財政改革推進課 fits on one line.
 */
export const VERIFICATION_COLUMNS_PX = {
  number: 36,
  title: 132,
  item: 144,
  content: 222,
  outcome: 270,
  direction: 48,
  reason: 240,
  division: 108,
} as const;

const C = {
  number: 1,
  title: 2,
  item: 3,
  content: 4,
  outcome: 5,
  direction: 6,
  reason: 7,
  division: 8,
  last: 8,
} as const;

export function buildVerificationSheet(report: Report, name: string): SheetModel {
  const W = VERIFICATION_COLUMNS_PX;
  const sheet = newSheet(name, [W.number, W.title, W.item, W.content, W.outcome, W.direction, W.reason, W.division]);
  const table = report.manifest.verificationTable;

  addCell(sheet, { row: 1, col: 1, colSpan: C.last - 1, value: cleanText(table.title), style: 'title' });
  addCell(sheet, { row: 1, col: C.last, value: cleanText(table.label), style: 'label' });

  // Legend: what A and B mean.
  let row = 2;
  addCell(sheet, { row, col: 1, colSpan: C.last, value: cleanText(table.legendIntro), style: 'legend' });
  row++;
  for (const d of report.directions) {
    addCell(sheet, {
      row,
      col: 1,
      colSpan: C.last,
      value: cleanText(`${d.code}：${d.label}\n\u3000\u3000${d.description}`),
      style: 'legend',
    });
    row++;
  }
  sheet.fixedHeights.set(row, 6);
  addCell(sheet, { row, col: 1, colSpan: C.last, style: 'legend' });
  row++;

  const h = row;
  addCell(sheet, { row: h, col: C.number, rowSpan: 2, value: '番号', style: 'header' });
  addCell(sheet, { row: h, col: C.title, rowSpan: 2, value: '具体的取組', style: 'header' });
  addCell(sheet, { row: h, col: C.item, rowSpan: 2, value: '取組項目', style: 'header' });
  addCell(sheet, { row: h, col: C.content, rowSpan: 2, value: '内容', style: 'header' });
  addCell(sheet, { row: h, col: C.outcome, rowSpan: 2, value: '実績・効果', style: 'header' });
  addCell(sheet, { row: h, col: C.direction, colSpan: 2, value: '今後の取組方向', style: 'header' });
  addCell(sheet, { row: h + 1, col: C.direction, value: '区分', style: 'header' });
  addCell(sheet, { row: h + 1, col: C.reason, value: '区分の理由', style: 'header' });
  addCell(sheet, { row: h, col: C.division, rowSpan: 2, value: '担当課', style: 'header' });
  sheet.printTitleRows = [h, h + 1];
  sheet.freezeRows = h + 1;

  const capacity = blockCapacityPt(sheet);
  const ambiguous = ambiguousDivisionNames(report.manifest);
  placeSections(sheet, report, h + 2, C.last, (initiative, top) =>
    placeInitiative(sheet, initiative, top, capacity, ambiguous),
  );
  return sheet;
}

interface RowTexts {
  item: string;
  content: string;
  outcome: string;
  direction: string;
  division: string;
}

/** Runs of rows sharing one 区分の理由: [first row index, row count]. */
export function reasonGroups(ini: InitiativeView): { start: number; count: number }[] {
  const groups: { start: number; count: number }[] = [];
  ini.verification.forEach((v, i) => {
    if (i === 0 || v.reasonRowSpan !== 0) groups.push({ start: i, count: 1 });
    else groups[groups.length - 1].count++;
  });
  return groups;
}

/**
 * An initiative's rows; when taller than a printed page, several blocks of whole rows (rows sharing a
 * 区分の理由 stay together), each no taller than a page, 番号 and 具体的取組 repeated （続き）.
 * Returns the next free row, or the first row of each block and the next free row.
 */
function placeInitiative(
  sheet: SheetModel,
  ini: InitiativeView,
  top: number,
  capacity: number,
  ambiguous: Set<string>,
): number | number[] {
  const W = VERIFICATION_COLUMNS_PX;
  const size = STYLES.body.font.size;
  const lines = (l: Parameters<typeof richTextLines>[0], widthPx: number) =>
    cellText(richTextLines(l, { widthPx, fontSizePt: size }));
  const rowsTexts: RowTexts[] = ini.verification.map((v) => ({
    item: lines(v.item, W.item),
    content: lines(v.content, W.content),
    outcome: lines(v.outcome, W.outcome),
    direction: cleanText(v.direction),
    division: cleanText(ambiguous.has(v.division.division) ? v.division.full : v.division.division),
  }));
  if (rowsTexts.length === 0) rowsTexts.push({ item: '', content: '', outcome: '', direction: '', division: '' });
  const reasons = reasonGroups(ini).map((g) => ({
    ...g,
    text: lines(ini.verification[g.start].reason ?? [], W.reason),
  }));
  if (reasons.length === 0) reasons.push({ start: 0, count: 1, text: '' });
  const titleText = cellText([`${ini.localMark} ${ini.title}`]);
  const rowNeed = (t: RowTexts) =>
    Math.max(
      measure(t.item, W.item, 'body'),
      measure(t.content, W.content, 'body'),
      measure(t.outcome, W.outcome, 'body'),
      measure(t.direction, W.direction, 'direction'),
      measure(t.division, W.division, 'body'),
    );
  const groupNeedOf = (rows: RowTexts[], reasonText: string) =>
    Math.max(
      rows.reduce((n, t) => n + rowNeed(t), 0),
      measure(reasonText, W.reason, 'body'),
    );
  const groupNeed = reasons.map((g) => groupNeedOf(rowsTexts.slice(g.start, g.start + g.count), g.text));
  const total = Math.max(
    groupNeed.reduce((a, b) => a + b, 0),
    measure(titleText, W.title, 'body'),
  );
  if (total <= capacity) return placeBlock(sheet, ini, top, titleText, rowsTexts, reasons);
  // Units that never share a page break: a 区分の理由 with its rows; a single row taller than a page is cut
  // by lines into pieces no taller than a page, its 取組項目 repeated （続き）.
  interface Unit {
    rows: RowTexts[];
    reason: string;
    need: number;
  }
  const units: Unit[] = [];
  const box = (widthPx: number) => ({ widthPx, fontSizePt: STYLES.body.font.size });
  reasons.forEach((g, gi) => {
    const rows = rowsTexts.slice(g.start, g.start + g.count);
    if (groupNeed[gi] <= capacity || rows.length !== 1) {
      units.push({ rows, reason: g.text, need: groupNeed[gi] });
      return;
    }
    let rest = { ...rows[0], reason: g.text };
    for (let piece = 0; piece < 200; piece++) {
      const item = piece === 0 ? rest.item : `${rows[0].item}${CONTINUED}`;
      const [content, contentRest] = splitTextToHeight(rest.content, box(W.content), capacity);
      const [outcome, outcomeRest] = splitTextToHeight(rest.outcome, box(W.outcome), capacity);
      const [reason, reasonRest] = splitTextToHeight(rest.reason, box(W.reason), capacity);
      const row = { ...rest, item, content, outcome };
      units.push({ rows: [row], reason, need: groupNeedOf([row], reason) });
      if (!contentRest && !outcomeRest && !reasonRest) break;
      rest = { ...rest, content: contentRest, outcome: outcomeRest, reason: reasonRest };
    }
  });
  const bounds = [top];
  let row = top;
  let u = 0;
  while (u < units.length) {
    const from = u;
    let used = units[u++].need;
    while (u < units.length && used + units[u].need <= capacity) used += units[u++].need;
    const title = from === 0 ? titleText : cellText([`${ini.localMark} ${ini.title}${CONTINUED}`]);
    const blockRows: RowTexts[] = [];
    const blockReasons: { start: number; count: number; text: string }[] = [];
    for (const unit of units.slice(from, u)) {
      blockReasons.push({ start: blockRows.length, count: unit.rows.length, text: unit.reason });
      blockRows.push(...unit.rows);
    }
    row = placeBlock(sheet, ini, row, title, blockRows, blockReasons);
    bounds.push(row);
  }
  return bounds;
}

function placeBlock(
  sheet: SheetModel,
  ini: InitiativeView,
  top: number,
  titleText: string,
  rowsTexts: RowTexts[],
  reasons: { start: number; count: number; text: string }[],
): number {
  const W = VERIFICATION_COLUMNS_PX;

  // Physical rows per verification row: one, unless a cell needs more than Excel's tallest row.
  const rows = rowsTexts.map((t) =>
    rowsFor(
      Math.max(
        measure(t.item, W.item, 'body'),
        measure(t.content, W.content, 'body'),
        measure(t.outcome, W.outcome, 'body'),
        measure(t.direction, W.direction, 'direction'),
        measure(t.division, W.division, 'body'),
      ),
    ),
  );
  const span = (start: number, count: number) => rows.slice(start, start + count).reduce((a, b) => a + b, 0);
  for (const g of reasons) {
    const need = rowsFor(measure(g.text, W.reason, 'body'));
    const have = span(g.start, g.count);
    if (need > have) rows[g.start + g.count - 1] += need - have;
  }
  const blockNeed = rowsFor(
    Math.max(measure(titleText, W.title, 'body'), measure(String(ini.number), W.number, 'number')),
  );
  const total = span(0, rows.length);
  if (blockNeed > total) rows[rows.length - 1] += blockNeed - total;
  const blockRows = Math.max(total, blockNeed);

  addCell(sheet, { row: top, col: C.number, rowSpan: blockRows, value: ini.number, style: 'number' });
  addCell(sheet, { row: top, col: C.title, rowSpan: blockRows, value: titleText, style: 'body' });
  const rowTop = (i: number) => top + span(0, i);
  rowsTexts.forEach((t, i) => {
    const r = rowTop(i);
    addCell(sheet, { row: r, col: C.item, rowSpan: rows[i], value: t.item, style: 'body' });
    addCell(sheet, { row: r, col: C.content, rowSpan: rows[i], value: t.content, style: 'body' });
    addCell(sheet, { row: r, col: C.outcome, rowSpan: rows[i], value: t.outcome, style: 'body' });
    addCell(sheet, { row: r, col: C.direction, rowSpan: rows[i], value: t.direction, style: 'direction' });
    addCell(sheet, { row: r, col: C.division, rowSpan: rows[i], value: t.division, style: 'body' });
  });
  for (const g of reasons) {
    addCell(sheet, {
      row: rowTop(g.start),
      col: C.reason,
      rowSpan: span(g.start, g.count),
      value: g.text,
      style: 'body',
    });
  }
  return top + blockRows;
}
