/**
 * The tables of a diff: the head's tables as the one table decision draws them (render/report-tables.ts),
 * compared cell by cell with the base's. Each printed cell that differs is marked: `changed` where the
 * writer edited it (a text, a 工程, a number equal to an edited value before and after), `consequence`
 * where the table computes it from an edit (差額, 累計, 進捗率, 小計, 合計, a rating's change, the counts,
 * the lead sentence). The computed figures are listed too, in their printed form, for the text, markdown
 * and JSON formats: 別表1 › 定員管理の適正化 › 進捗率: 87.5% → 95.0%.
 * Rows are matched by 番号 and the indicator's or effect's position (再掲 rows by their order), verification
 * rows by their 取組項目 (their place when it was renamed), 小計 by its group, 合計 alone; headings by their
 * text; columns by kind and settings. Pure: no I/O.
 */
import { kindOf } from '../model/column-kinds.js';
import type { BlockView, CellMark, CellView, RowView, SlotCell, TableView } from '../model/tables.js';
import type { ReportTables } from '../render/report-tables.js';

export interface FigureChange {
  /** 別表1 */
  table: string;
  /** The row as printed: the initiative (and its indicator or effect), 小計（区分）, 合計, or 件数. */
  row: string;
  /** The column heading (empty for the lead sentence). */
  column: string;
  /** Not a row of the table: the lead sentence, or the counts under the table (`row` says 前文, 件数). */
  what?: 'lead' | 'counts';
  before: string;
  after: string;
}

/** A number of an initiative that the writer edited: its value before and after (undefined: none). */
export interface EditedNumber {
  before?: number;
  after?: number;
}

export interface TablesDiff {
  /** The computed figures that changed, as printed (every numeric cell of a matched row that moved). */
  figures: FigureChange[];
  /** The head's tables with their changed and computed cells marked. */
  tables: ReportTables;
}

interface Keyed {
  key: string;
  /** A verification row's place (番号 and index), to pair it when its 取組項目 was renamed. */
  place?: string;
  /** How the text formats name the row. */
  label: string;
  block: BlockView;
}

/** A key per block of a table, unique in it; the label of each row as the text formats print it. */
function blockKeys(t: TableView): Keyed[] {
  const out: Keyed[] = [];
  const seen = new Map<string, number>();
  const unique = (key: string) => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n === 0 ? key : `${key}#${n}`;
  };
  let heading = '';
  for (const b of t.blocks) {
    if ('heading' in b) {
      heading = b.heading.text;
      out.push({ key: unique(`heading:${b.heading.level}:${b.heading.text}`), label: heading, block: b });
      continue;
    }
    const r = b.row;
    // Totals as the table labels them (総合計, 歳入確保対策計).
    const printed = r.cells.find((c) => typeof c.value === 'string' && c.text)?.text;
    if (r.kind === 'total') out.push({ key: unique('total'), label: printed ?? '合計', block: b });
    else if (r.kind === 'subtotal')
      out.push({
        key: unique(`subtotal:${r.group ?? heading}`),
        label: `${printed ?? '小計'}（${heading}）`,
        block: b,
      });
    else {
      const ini = r.source?.initiative;
      const ind = r.source?.indicator ? (ini?.indicators ?? []).indexOf(r.source.indicator) : -1;
      const eff = r.source?.effect ? (ini?.effects ?? []).indexOf(r.source.effect) : -1;
      const detail = r.source?.indicator?.label ?? (r.source?.effect ? (r.source.effect.label ?? '') : '');
      const again = r.reappearance ? 'again:' : '';
      // A verification row by its 取組項目 (a row inserted above it does not move it), its place the fallback.
      const v = r.source?.verification;
      const item = v !== undefined ? ini?.verification?.[v]?.item : undefined;
      out.push({
        key: unique(
          v !== undefined && typeof item === 'string' && item.trim() !== ''
            ? `${again}${r.number}:verification:${item.trim()}`
            : `${again}${r.number}:${ind}:${eff}:${v ?? -1}`,
        ),
        ...(v !== undefined ? { place: `${again}${r.number}:${v}` } : {}),
        label: [ini?.title, detail].filter(Boolean).join(' › '),
        block: b,
      });
    }
  }
  return out;
}

/**
 * Each column's key: its declaration but for the words and widths around it (a renamed heading still matches),
 * and its place among columns declared alike (two 着手状況 of one scale differ by their `period`).
 */
function columnKeys(t: Pick<TableView, 'columns'>): string[] {
  const seen = new Map<string, number>();
  return t.columns.map((c) => {
    const { heading: _h, width: _w, group: _g, ...rest } = c.spec;
    const key = JSON.stringify(rest);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${key}#${n}`;
  });
}
const cellText = (c: CellView | undefined) => JSON.stringify([c?.text ?? '', c?.lines ?? []]);
const laneText = (lane: readonly SlotCell[] | undefined) =>
  JSON.stringify((lane ?? []).map((s) => [s.start, s.span, s.text ?? '']));

/**
 * The cards of a table laid out as cards (個票), marked, and the numbers of their small tables that moved, as
 * printed: a card's label/value cells are its data row's (marked with the table's rows: `rows`); its small
 * tables matched by 番号, the small table's id and the row's position, the 合計 alone, columns as columnKeys
 * matches them. An edited cell is `changed` (a number when it equals an edit before and after), one the small
 * table computes (計, 合計) a `consequence`; a row the base does not have is `changed` whole.
 */
function compareCards(
  old: TableView,
  t: TableView,
  name: string,
  rows: ReadonlyMap<number, RowView>,
  markOf: (row: RowView, was: CellView, now: CellView, numeric: boolean) => CellMark,
): { figures: FigureChange[]; cards: TableView['cards'] } {
  if (!t.cards) return { figures: [], cards: t.cards };
  const out: FigureChange[] = [];
  const before = new Map((old.cards?.list ?? []).map((c) => [c.number, c]));
  const list = t.cards.list.map((card) => {
    const row = rows.get(card.number) ?? card.row;
    const was = before.get(card.number);
    const tables = card.tables.map((x) => {
      const y = was?.tables.find((o) => o.id === x.id);
      const oldColumns = new Map(y ? columnKeys(y).map((k, i) => [k, i]) : []);
      const keys = columnKeys(x);
      const oldData = (y?.rows ?? []).filter((r) => r.kind === 'data');
      const oldTotal = y?.rows.find((r) => r.kind === 'total');
      let d = 0;
      const marked = x.rows.map((r): RowView => {
        const prev = r.kind === 'data' ? oldData[d++] : r.kind === 'total' ? oldTotal : undefined;
        if (!prev) {
          const mark: CellMark = r.kind === 'data' ? 'changed' : 'consequence';
          return { ...r, cells: r.cells.map((c) => (c.text ? { ...c, diffMark: mark } : c)) };
        }
        const label =
          r.kind === 'total'
            ? (r.cells.find((c) => typeof c.value === 'string' && c.text)?.text ?? '合計')
            : (r.source?.project?.name ?? r.source?.indicator?.label ?? r.source?.effect?.label ?? '');
        const cells = r.cells.map((cell, ci) => {
          const c = x.columns[ci];
          const oi = oldColumns.get(keys[ci]);
          if (oi === undefined) return cell;
          const p = prev.cells[oi];
          if (cellText(p) === cellText(cell)) return cell;
          if (c.numeric)
            out.push({
              table: name,
              row: [card.heading, x.title, label].filter(Boolean).join(' › '),
              column: c.spec.group ? `${c.spec.group} ${c.spec.heading}` : c.spec.heading,
              before: p?.text || '—',
              after: cell.text || '—',
            });
          return { ...cell, diffMark: markOf(r, p ?? { text: '' }, cell, c.numeric || cell.align === 'right') };
        });
        return { ...r, cells };
      });
      return { ...x, rows: marked };
    });
    return { ...card, row, tables };
  });
  return { figures: out, cards: { ...t.cards, list } };
}

/**
 * Compares the tables of two reports (each decided once) and marks the head's. `edited`: the numbers
 * each initiative's file changed (by 番号 in the head), to tell the edited cell from the computed ones.
 */
export function compareTables(
  base: ReportTables,
  head: ReportTables,
  edited: ReadonlyMap<number, readonly EditedNumber[]>,
): TablesDiff {
  const before = new Map(base.views.map((t) => [t.id, t]));
  const figures: FigureChange[] = [];
  const views = head.views.map((t) => {
    const old = before.get(t.id);
    if (!old) return t;
    const name = t.label || t.title;
    const oldKeyed = blockKeys(old);
    const headKeyed = blockKeys(t);
    const oldBlocks = new Map(oldKeyed.map((k) => [k.key, k]));
    // A verification row whose 取組項目 the base does not have pairs with the base's row at its place, when
    // that row's 取組項目 is gone from the head too (a renamed 取組項目: a change, not a removal and an addition).
    const headKeys = new Set(headKeyed.map((k) => k.key));
    const oldByPlace = new Map(oldKeyed.filter((k) => k.place && !headKeys.has(k.key)).map((k) => [k.place!, k]));
    const baseOf = (k: Keyed) => oldBlocks.get(k.key) ?? (k.place ? oldByPlace.get(k.place) : undefined);
    const oldColumns = new Map(columnKeys(old).map((k, i) => [k, i]));
    const headColumns = columnKeys(t);
    const wasEdited = (row: RowView, was: CellView, now: CellView) =>
      (edited.get(row.number ?? Number.NaN) ?? []).some(
        (e) => e.before === (was.value as number | undefined) && e.after === (now.value as number | undefined),
      );
    const markOf = (row: RowView, was: CellView, now: CellView, numeric: boolean): CellMark => {
      if (row.kind !== 'data' || now.change) return 'consequence';
      if (!numeric && typeof now.value !== 'number') return 'changed';
      return wasEdited(row, was, now) ? 'changed' : 'consequence';
    };

    const blocks = headKeyed.map((keyed): BlockView => {
      const { label, block } = keyed;
      const was = baseOf(keyed)?.block;
      if ('heading' in block) {
        if (!was || !('heading' in was)) return { heading: { ...block.heading, diffMark: 'changed' } };
        if (block.heading.counts === was.heading.counts) return block;
        figures.push({
          table: name,
          row: label,
          column: t.summary?.title ?? '',
          before: was.heading.counts || '—',
          after: block.heading.counts || '—',
        });
        return { heading: { ...block.heading, diffMark: 'consequence' } };
      }
      const row = block.row;
      if (!was || !('row' in was)) {
        // A row the base does not have: an added initiative (or indicator, effect), or a new group's 小計.
        const mark: CellMark = row.kind === 'data' ? 'changed' : 'consequence';
        return {
          row: {
            ...row,
            cells: row.cells.map((c) => (c.text ? { ...c, diffMark: mark } : c)),
            lanes: row.lanes.map((lane) => lane.map((s) => ({ ...s, diffMark: mark }))),
            laneItems: row.laneItems.map((it) => ({ ...it, diffMark: mark })),
          },
        };
      }
      const old = was.row;
      let lanes = row.lanes;
      /** 取組項目 (by index) whose label or 工程 changed. */
      const changedItems = new Set<number>();
      const itemOfLane = row.laneItems.flatMap((it, i) => Array.from({ length: it.lanes }, () => i));
      const cells = row.cells.map((cell, ci) => {
        const c = t.columns[ci];
        const oi = oldColumns.get(headColumns[ci]);
        if (oi === undefined) return cell;
        const layout = kindOf(c.spec.kind).layout;
        if (layout === 'slots') {
          // In a lane that changed, the slots the base's lane does not have as they are (a phase moved, renamed).
          // Its 取組項目 is marked too, as the seed's 別表1 always marked an item whose 工程 changed.
          if (row.lanes.some((lane, i) => laneText(lane) !== laneText(old.lanes[i])))
            lanes = row.lanes.map((lane, i) => {
              if (laneText(lane) === laneText(old.lanes[i])) return lane;
              if (itemOfLane[i] !== undefined) changedItems.add(itemOfLane[i]);
              const was = new Set((old.lanes[i] ?? []).map((s) => laneText([s])));
              return lane.map((s) => (was.has(laneText([s])) ? s : { ...s, diffMark: 'changed' as const }));
            });
          return cell;
        }
        if (layout === 'items') {
          const same = (i: number) =>
            row.laneItems[i].label === old.laneItems[i]?.label && row.laneItems[i].lanes === old.laneItems[i]?.lanes;
          row.laneItems.forEach((_, i) => {
            if (!same(i)) changedItems.add(i);
          });
          return cell;
        }
        const prev = old.cells[oi];
        if (cellText(prev) === cellText(cell)) return cell;
        const numeric = c.numeric || cell.align === 'right';
        const mark = markOf(row, prev ?? { text: '' }, cell, numeric);
        // Every number that moved (the edited one too, as printed), and what the table computes in words (↑).
        if ((c.numeric || mark === 'consequence') && !row.reappearance)
          figures.push({
            table: name,
            row: label,
            column: c.spec.group ? `${c.spec.group} ${c.spec.heading}` : c.spec.heading,
            before: prev?.text || '—',
            after: cell.text || '—',
          });
        return { ...cell, diffMark: mark };
      });
      const laneItems = row.laneItems.map((it, i) =>
        changedItems.has(i) ? { ...it, diffMark: 'changed' as const } : it,
      );
      return { row: { ...row, cells, lanes, laneItems } };
    });

    // The cards (個票): their label/value cells are the marked rows; each 主要事業's figures and the 合計 they move.
    const dataRows = new Map(
      blocks.flatMap((b) =>
        'row' in b && b.row.kind === 'data' && b.row.number !== undefined && !b.row.reappearance
          ? [[b.row.number, b.row] as const]
          : [],
      ),
    );
    const cards = compareCards(old, t, name, dataRows, markOf);
    figures.push(...cards.figures);
    const marks: NonNullable<TableView['diffMarks']> = {};
    // The lead sentence quotes computed figures: it changes with them.
    if (old.lead !== undefined && t.lead !== undefined && old.lead !== t.lead) {
      figures.push({ table: name, row: '前文', what: 'lead', column: '', before: old.lead, after: t.lead });
      marks.lead = 'consequence';
    }
    if (old.summary && t.summary && old.summary.text !== t.summary.text) {
      figures.push({
        table: name,
        row: '件数',
        what: 'counts',
        column: t.summary.title,
        before: old.summary.text,
        after: t.summary.text,
      });
      marks.summary = 'consequence';
    }
    return {
      ...t,
      blocks,
      ...(cards.cards ? { cards: cards.cards } : {}),
      ...(marks.lead || marks.summary ? { diffMarks: marks } : {}),
    };
  });
  const byId = new Map(views.map((v) => [v.id, v]));
  return {
    figures,
    tables: {
      ...head,
      views,
      tables: head.tables.map((e) => (e.view ? { ...e, view: byId.get(e.id) ?? e.view } : e)),
    },
  };
}
