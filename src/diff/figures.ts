/**
 * The computed consequences of a change, for `reform diff` on a report with declared tables: each
 * number that the tables print (差額, 累計, 進捗率, 小計, 合計 …) and each rating count, compared
 * between base and head in its printed form: 別表1 › 定員管理の適正化 › 進捗率: 87.5% → 95.0%.
 * Rows are matched by 番号 and the indicator's or effect's position, 小計 by its heading, 合計 alone.
 * Pure: no I/O.
 */
import type { Report } from '../model/report.js';
import { buildTables, type RowView, type TableView } from '../model/tables.js';

export interface FigureChange {
  /** 別表1 */
  table: string;
  /** The row as printed: the initiative (and its indicator or effect), 小計（区分）, 合計, or 件数. */
  row: string;
  /** The column heading. */
  column: string;
  before: string;
  after: string;
}

function rowKeys(t: TableView): Map<string, { label: string; row: RowView }> {
  const out = new Map<string, { label: string; row: RowView }>();
  let heading = '';
  for (const b of t.blocks) {
    if ('heading' in b) {
      heading = b.heading.text;
      continue;
    }
    const r = b.row;
    // Totals as the table labels them (総合計, 歳入確保対策計).
    const printed = r.cells.find((c) => typeof c.value === 'string' && c.text)?.text;
    if (r.kind === 'total') out.set('total', { label: printed ?? '合計', row: r });
    else if (r.kind === 'subtotal')
      out.set(`subtotal:${heading}`, { label: `${printed ?? '小計'}（${heading}）`, row: r });
    else if (!r.reappearance && r.source) {
      const ini = r.source.initiative;
      const ind = r.source.indicator ? (ini.indicators ?? []).indexOf(r.source.indicator) : -1;
      const eff = r.source.effect ? (ini.effects ?? []).indexOf(r.source.effect) : -1;
      const detail = r.source.indicator?.label ?? (r.source.effect ? (r.source.effect.label ?? '') : '');
      out.set(`${r.number}:${ind}:${eff}`, { label: [ini.title, detail].filter(Boolean).join(' › '), row: r });
    }
  }
  return out;
}

const columnKey = (c: TableView['columns'][number]) =>
  `${c.spec.kind}:${c.spec.year ?? ''}:${c.spec.scale ?? ''}:${c.spec.base ?? ''}:${c.spec.field ?? ''}`;

/** The numbers of the cards' small tables, matched by 番号, the small table's id and the row's position (合計 alone). */
function compareCards(old: TableView, t: TableView): FigureChange[] {
  if (!old.cards || !t.cards) return [];
  const out: FigureChange[] = [];
  const before = new Map(old.cards.list.map((c) => [c.number, c]));
  for (const card of t.cards.list) {
    const was = before.get(card.number);
    if (!was) continue;
    card.tables.forEach((x) => {
      const y = was.tables.find((o) => o.id === x.id);
      if (!y) return;
      const oldColumns = new Map(y.columns.map((c, i) => [columnKey(c), i]));
      const data = x.rows.filter((r) => r.kind === 'data');
      const oldData = y.rows.filter((r) => r.kind === 'data');
      const pairs = [
        ...data.map((r, i) => [r, oldData[i]] as const),
        [x.rows.find((r) => r.kind === 'total'), y.rows.find((r) => r.kind === 'total')] as const,
      ];
      for (const [row, prev] of pairs) {
        if (!row || !prev) continue;
        const name =
          row.kind === 'total'
            ? (row.cells.find((c) => typeof c.value === 'string' && c.text)?.text ?? '合計')
            : (row.source?.project?.name ?? row.source?.indicator?.label ?? row.source?.effect?.label ?? '');
        x.columns.forEach((c, ci) => {
          if (!c.numeric) return;
          const oi = oldColumns.get(columnKey(c));
          if (oi === undefined) return;
          const a = prev.cells[oi]?.text ?? '';
          const b = row.cells[ci]?.text ?? '';
          if (a !== b)
            out.push({
              table: t.label || t.title,
              row: [card.heading, x.title, name].filter(Boolean).join(' › '),
              column: c.spec.group ? `${c.spec.group} ${c.spec.heading}` : c.spec.heading,
              before: a || '—',
              after: b || '—',
            });
        });
      }
    });
  }
  return out;
}

export function compareFigures(base: Report, head: Report): FigureChange[] {
  if (!head.manifest.tables) return [];
  const before = new Map(buildTables(base).map((t) => [t.id, t]));
  const out: FigureChange[] = [];
  for (const t of buildTables(head)) {
    const old = before.get(t.id);
    if (!old) continue;
    const oldRows = rowKeys(old);
    const oldColumns = new Map(old.columns.map((c, i) => [columnKey(c), i]));
    for (const [key, { label, row }] of rowKeys(t)) {
      const was = oldRows.get(key);
      if (!was) continue;
      t.columns.forEach((c, ci) => {
        if (!c.numeric) return;
        const oi = oldColumns.get(columnKey(c));
        if (oi === undefined) return;
        const a = was.row.cells[oi]?.text ?? '';
        const b = row.cells[ci]?.text ?? '';
        if (a !== b)
          out.push({
            table: t.label || t.title,
            row: label,
            column: c.spec.group ? `${c.spec.group} ${c.spec.heading}` : c.spec.heading,
            before: a || '—',
            after: b || '—',
          });
      });
    }
    // The small tables of cards (個票): each 主要事業's figures and the 合計 they move.
    out.push(...compareCards(old, t));
    // The lead sentence quotes computed figures: it changes with them.
    if (old.lead !== undefined && t.lead !== undefined && old.lead !== t.lead)
      out.push({ table: t.label || t.title, row: '前文', column: '', before: old.lead, after: t.lead });
    if (old.summary && t.summary && old.summary.text !== t.summary.text) {
      out.push({
        table: t.label || t.title,
        row: '件数',
        column: t.summary.title,
        before: old.summary.text,
        after: t.summary.text,
      });
    }
  }
  return out;
}
