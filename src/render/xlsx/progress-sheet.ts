/**
 * 別表1 (進捗状況): 番号 | 具体的取組 | 工程 (取組項目, one column per fiscal year) | 年次計画 | 実績 | 担当課,
 * with a two-row header, a row per section and, per initiative, one row per 工程 lane.
 * 番号, 具体的取組, 年次計画, 実績 and 担当課 are merged over the initiative's rows, a 取組項目 over its
 * lanes, a phase over its fiscal years.
 */
import type { InitiativeView, Report, ScheduleCell } from '../../model/report.js';
import {
  addCell,
  blockCapacityPt,
  minimumRowHeight,
  newSheet,
  placeSections,
  rowsFor,
  splitTextToHeight,
  type SheetModel,
} from './grid.js';
import { textHeightPt } from './measure.js';
import { STYLES, type CellStyleName } from './styles.js';
import { cellText, cleanText, richTextLines } from './text.js';

/**
 * Column widths in px (at 96 dpi), in the proportions of the published table and of the PDF
 * (templates/style.css: 3%, 11%, 13%, 5% per fiscal year, 22%, 22%, 9%) over 1200 px: printed one
 * page wide on A4 landscape that is a scale of about 87%, so 9 pt text prints at about 7.8 pt.
 */
export const PROGRESS_COLUMNS_PX = {
  number: 36,
  title: 132,
  item: 156,
  year: 60,
  plan: 264,
  result: 264,
  division: 108,
} as const;

export interface ProgressColumns {
  number: number;
  title: number;
  item: number;
  firstYear: number;
  plan: number;
  result: number;
  division: number;
  last: number;
}

export function progressColumns(yearCount: number): ProgressColumns {
  const firstYear = 4;
  const plan = firstYear + yearCount;
  return { number: 1, title: 2, item: 3, firstYear, plan, result: plan + 1, division: plan + 2, last: plan + 2 };
}

export function measure(text: string, widthPx: number, style: CellStyleName): number {
  return text ? textHeightPt(text, { widthPx, fontSizePt: STYLES[style].font.size }) : 0;
}

export function buildProgressSheet(report: Report, name: string): SheetModel {
  const years = report.years;
  const C = progressColumns(years.length);
  const W = PROGRESS_COLUMNS_PX;
  const sheet = newSheet(name, [W.number, W.title, W.item, ...years.map(() => W.year), W.plan, W.result, W.division]);
  const table = report.manifest.progressTable;

  // Title line: the table's title, and its label (別表1) at the right.
  addCell(sheet, { row: 1, col: 1, colSpan: C.last - 1, value: cleanText(table.title), style: 'title' });
  addCell(sheet, { row: 1, col: C.last, value: cleanText(table.label), style: 'label' });

  // Two-row header.
  const h = 2;
  addCell(sheet, { row: h, col: C.number, rowSpan: 2, value: '番号', style: 'header' });
  addCell(sheet, { row: h, col: C.title, rowSpan: 2, value: '具体的取組', style: 'header' });
  addCell(sheet, { row: h, col: C.item, colSpan: 1 + years.length, value: '工程', style: 'header' });
  addCell(sheet, { row: h + 1, col: C.item, value: '取組項目', style: 'header' });
  years.forEach((y, i) => {
    addCell(sheet, { row: h + 1, col: C.firstYear + i, value: y.label, style: 'header' });
  });
  addCell(sheet, { row: h, col: C.plan, rowSpan: 2, value: cleanText(report.edition.planHeading), style: 'header' });
  addCell(sheet, {
    row: h,
    col: C.result,
    rowSpan: 2,
    value: cleanText(report.edition.resultHeading),
    style: 'header',
  });
  addCell(sheet, { row: h, col: C.division, rowSpan: 2, value: '担当課', style: 'header' });
  sheet.printTitleRows = [h, h + 1];
  sheet.freezeRows = h + 1;

  const capacity = blockCapacityPt(sheet);
  placeSections(sheet, report, h + 2, C.last, (initiative, top) =>
    placeInitiative(sheet, report, initiative, top, C, capacity),
  );
  return sheet;
}

/** The text of the cells merged over the initiative's rows. */
export function progressBlockTexts(ini: InitiativeView): {
  title: string;
  plan: string;
  result: string;
  division: string;
} {
  const W = PROGRESS_COLUMNS_PX;
  const size = STYLES.body.font.size;
  const plan = [
    ...(ini.achievedNote ? [ini.achievedNote] : []),
    ...richTextLines(ini.plan, { widthPx: W.plan, fontSizePt: size }),
  ];
  const result = richTextLines(ini.result, { widthPx: W.result, fontSizePt: size });
  const division = ini.divisionBlocks.flatMap((b) => [...(b.heading ? [b.heading] : []), b.division.full]);
  return {
    title: cellText([`${ini.localMark} ${ini.title}`]),
    plan: cellText(plan),
    result: cellText(result),
    division: cellText(division),
  };
}

/** The mark of a block that continues an initiative from the page before. */
export const CONTINUED = '（続き）';

/**
 * An initiative taller than a printed page becomes several blocks of rows, each no taller than a
 * page, each with its own merged cells (so no page break falls inside a merged range): whole 取組項目
 * while they fit, 年次計画, 実績 and 担当課 cut by lines; 番号 and 具体的取組 repeated, marked （続き）.
 * Returns the first row of each block and the next free row.
 */
function placeInitiative(
  sheet: SheetModel,
  report: Report,
  ini: InitiativeView,
  top: number,
  C: ProgressColumns,
  capacity: number,
): number | number[] {
  const W = PROGRESS_COLUMNS_PX;
  const texts = progressBlockTexts(ini);
  const size = STYLES.body.font.size;
  const min = minimumRowHeight();
  const itemsAll = ini.items.map((item) => {
    const lanes: ScheduleCell[][] = item.lanes.length > 0 ? item.lanes : [emptyLane(report)];
    const label = cellText([item.printedLabel]);
    const lanesPt = lanes.reduce(
      (n, lane) => n + Math.max(min, ...lane.map((c) => measure(c.phase?.text ?? '', c.span * W.year, 'phase'))),
      0,
    );
    return { label, lanes, need: Math.max(measure(label, W.item, 'body'), lanesPt) };
  });
  const total = Math.max(
    itemsAll.reduce((n, it) => n + it.need, 0),
    measure(texts.title, W.title, 'body'),
    measure(texts.plan, W.plan, 'body'),
    measure(texts.result, W.result, 'body'),
    measure(texts.division, W.division, 'body'),
  );
  if (total <= capacity || capacity <= 4 * min) return placeBlock(sheet, report, ini, top, C, texts, ini.items);

  const bounds = [top];
  let row = top;
  const queue = ini.items.map((item, i) => ({ item, need: itemsAll[i].need }));
  let plan = texts.plan;
  let result = texts.result;
  let division = texts.division;
  const box = (widthPx: number) => ({ widthPx, fontSizePt: size });
  for (let block = 0; queue.length > 0 || plan || result || division; block++) {
    const title = block === 0 ? texts.title : cellText([`${ini.localMark} ${ini.title}${CONTINUED}`]);
    const taken: typeof queue = [];
    let used = 0;
    while (queue.length > 0 && used + queue[0].need <= capacity) {
      used += queue[0].need;
      taken.push(queue.shift()!);
    }
    const [planHead, planRest] = splitTextToHeight(plan, box(W.plan), capacity);
    const [resultHead, resultRest] = splitTextToHeight(result, box(W.result), capacity);
    const [divisionHead, divisionRest] = splitTextToHeight(division, box(W.division), capacity);
    if (taken.length === 0 && !planHead && !resultHead && !divisionHead && queue.length > 0) taken.push(queue.shift()!);
    const blockTexts = { title, plan: planHead, result: resultHead, division: divisionHead };
    row = placeBlock(
      sheet,
      report,
      ini,
      row,
      C,
      blockTexts,
      taken.map((t) => t.item),
    );
    bounds.push(row);
    plan = planRest;
    result = resultRest;
    division = divisionRest;
    if (block > 200) break;
  }
  return bounds;
}

/** One block of rows: the given 取組項目 (or one empty lane) and the merged cells beside them. */
function placeBlock(
  sheet: SheetModel,
  report: Report,
  ini: InitiativeView,
  top: number,
  C: ProgressColumns,
  texts: { title: string; plan: string; result: string; division: string },
  blockItems: InitiativeView['items'],
): number {
  const W = PROGRESS_COLUMNS_PX;

  // Rows per lane: one, unless a cell needs more than Excel's tallest row.
  const items = blockItems.map((item) => {
    const lanes: ScheduleCell[][] = item.lanes.length > 0 ? item.lanes : [emptyLane(report)];
    const laneRows = lanes.map((lane) =>
      rowsFor(Math.max(0, ...lane.map((c) => measure(c.phase?.text ?? '', c.span * W.year, 'phase')))),
    );
    const label = cellText([item.printedLabel]);
    const labelRows = rowsFor(measure(label, W.item, 'body'));
    const total = laneRows.reduce((a, b) => a + b, 0);
    if (labelRows > total) laneRows[laneRows.length - 1] += labelRows - total;
    return { label, lanes, laneRows };
  });
  if (items.length === 0) items.push({ label: '', lanes: [emptyLane(report)], laneRows: [1] });
  const blockNeed = Math.max(
    measure(texts.title, W.title, 'body'),
    measure(texts.plan, W.plan, 'body'),
    measure(texts.result, W.result, 'body'),
    measure(texts.division, W.division, 'body'),
  );
  let rows = items.reduce((n, it) => n + it.laneRows.reduce((a, b) => a + b, 0), 0);
  const needRows = rowsFor(blockNeed);
  if (needRows > rows) {
    const last = items[items.length - 1];
    last.laneRows[last.laneRows.length - 1] += needRows - rows;
    rows = needRows;
  }

  addCell(sheet, { row: top, col: C.number, rowSpan: rows, value: ini.number, style: 'number' });
  addCell(sheet, { row: top, col: C.title, rowSpan: rows, value: texts.title, style: 'body' });
  addCell(sheet, { row: top, col: C.plan, rowSpan: rows, value: texts.plan, style: 'body' });
  addCell(sheet, { row: top, col: C.result, rowSpan: rows, value: texts.result, style: 'body' });
  addCell(sheet, { row: top, col: C.division, rowSpan: rows, value: texts.division, style: 'body' });

  let r = top;
  for (const item of items) {
    const itemRows = item.laneRows.reduce((a, b) => a + b, 0);
    addCell(sheet, { row: r, col: C.item, rowSpan: itemRows, value: item.label, style: 'body' });
    item.lanes.forEach((lane, l) => {
      for (const cell of lane) {
        addCell(sheet, {
          row: r,
          col: C.firstYear + cell.start,
          rowSpan: item.laneRows[l],
          colSpan: cell.span,
          ...(cell.phase ? { value: cleanText(cell.phase.text) } : {}),
          style: 'phase',
        });
      }
      r += item.laneRows[l];
    });
  }
  return top + rows;
}

function emptyLane(report: Report): ScheduleCell[] {
  return report.years.map((_, i) => ({ start: i, span: 1 }));
}
