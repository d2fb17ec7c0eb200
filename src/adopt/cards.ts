/**
 * Declared tables laid out as cards (個票, `layout: cards`) read back from a sheet: one block per initiative,
 * found by its label rows (the first column's cells matching the declared columns' headings, 取組の目的,
 * 担当課), its heading the row above them (「1-① 行政手続のオンライン化」: the number, then the title), 章
 * rows (Ⅰ 行政サービスのデジタル化) between the blocks; then the card's small tables, each found by its
 * title (主要事業と予算額) and its heading rows (the declared headings, a group's heading over its run), its
 * rows read by kind up to a blank row, a label, another title or the next card; the 合計 row and the computed
 * 計 are not data. A label, heading or figure that cannot be read is named by its cell. Pure.
 */
import type { ColumnSpec, TableSpec } from '../model/figures.js';
import type { Initiative, Manifest } from '../model/schema-types.js';
import { divisionRefs, k, readNumber } from './declared.js';
import { cleanCellText } from './extract.js';
import type { Grid } from './grid.js';
import { parseYearHeading, westernOf } from './headings.js';
import type { Note } from './mapping.js';

type CardTable = NonNullable<NonNullable<TableSpec['card']>['tables']>[number];
type Indicator = NonNullable<Initiative['indicators']>[number];
type Project = NonNullable<Initiative['projects']>[number];

/** The words of a card's label cell: 「目標 令和7年度」 for a column under a group, as the workbook prints it. */
const labelKeys = (c: ColumnSpec) => [k(c.heading), ...(c.group ? [k(`${c.group} ${c.heading}`)] : [])];

export interface CardReading {
  cards: number;
  projects: number;
  indicators: number;
}

/** Whether a sheet holds the cards of `spec`: how many first-column cells are its labels. */
export function cardLabelCount(grid: Grid, spec: TableSpec): number {
  const keys = new Set(spec.columns.flatMap(labelKeys));
  let n = 0;
  for (let r = 1; r <= grid.sheet.maxRow; r++) if (keys.has(k(grid.text(r, 1)))) n++;
  return n;
}

/** The initiatives of a card sheet (numbered in the order read), with notes naming each cell not read. */
export function readCards(
  grid: Grid,
  file: string,
  spec: TableSpec,
  m: Manifest,
  notes: Note[],
): { initiatives: Initiative[]; reading: CardReading } {
  const where = (r: number, c: number) => `${file}!${grid.where(r, c)}`;
  const labelOf = new Map<string, number>();
  spec.columns.forEach((c, ci) => {
    for (const key of labelKeys(c)) if (!labelOf.has(key)) labelOf.set(key, ci);
  });
  const tables = spec.card?.tables ?? [];
  const captionOf = new Map(tables.map((t) => [k(t.title), t]));
  const sectionOf = new Map<string, string>();
  for (const s of m.sections) {
    sectionOf.set(k(`${s.mark} ${s.title}`), s.id);
    sectionOf.set(k(`${s.mark}${s.title}`), s.id);
    sectionOf.set(k(s.title), s.id);
  }
  const isLabel = (r: number) => labelOf.has(k(grid.text(r, 1)));
  const sectionAt = (r: number) => {
    const t = grid.text(r, 1).replace(/[（(][^）)]*[）)]$/u, '');
    return sectionOf.get(k(t));
  };
  const maxRow = grid.sheet.maxRow;
  const initiatives: Initiative[] = [];
  const reading: CardReading = { cards: 0, projects: 0, indicators: 0 };
  let section = m.sections[0]?.id;
  let card: { ini: Initiative; top: number; seen: Set<number> } | undefined;
  const finish = () => {
    if (!card) return;
    spec.columns.forEach((c, ci) => {
      if (!card!.seen.has(ci))
        notes.push({
          where: where(card!.top, 1),
          key: 'adopt-note-card-label-missing',
          params: { card: card!.ini.title, heading: c.group ? `${c.group} ${c.heading}` : c.heading },
        });
    });
    initiatives.push(card.ini);
    card = undefined;
  };
  for (let r = 1; r <= maxRow; r++) {
    const first = grid.text(r, 1);
    if (!first) continue;
    const s = sectionAt(r);
    if (s && !isLabel(r + 1)) {
      finish();
      section = s;
      continue;
    }
    if (!isLabel(r) && isLabel(r + 1) && !captionOf.has(k(first))) {
      // A card's heading: 「1-① 題名」 (the number up to the first space), or the title alone.
      finish();
      const text = cleanCellText(first).replace(/\n/g, ' ');
      const m1 = /^(\S+)[\s\u3000]+(.+)$/su.exec(text);
      const title = m1 && /[\d０-９①-⑳]/u.test(m1[1]) ? m1[2].trim() : text;
      reading.cards++;
      card = {
        ini: { number: initiatives.length + 1, section: section ?? '', title } as Initiative,
        top: r,
        seen: new Set(),
      };
      continue;
    }
    if (!card) continue;
    const ci = labelOf.get(k(first));
    if (ci !== undefined) {
      card.seen.add(ci);
      readLabelRow(card.ini, spec.columns[ci], grid.text(r, 2), where(r, 2), m, notes);
      continue;
    }
    const table = captionOf.get(k(first));
    if (table) {
      r = readCardTable(grid, r, table, card.ini, notes, where, reading, (x) =>
        Boolean(isLabel(x) || captionOf.has(k(grid.text(x, 1))) || sectionAt(x) || isLabel(x + 1)),
      );
      continue;
    }
    notes.push({ where: where(r, 1), key: 'adopt-note-card-label-unknown', params: { label: first, table: spec.id } });
  }
  finish();
  return { initiatives, reading };
}

function readLabelRow(ini: Initiative, col: ColumnSpec, text: string, at: string, m: Manifest, notes: Note[]): void {
  if (!text.trim()) return;
  if (col.kind === 'text' && col.field) {
    ini.fields = { ...(ini.fields ?? {}), [col.field]: cleanCellText(text) };
    return;
  }
  if (col.kind === 'division') {
    const r = divisionRefs(text, m);
    for (const u of r.unknown) notes.push({ where: at, key: 'adopt-note-division-unknown', params: { text: u } });
    if (r.refs.length > 0) ini.division = r.refs[0];
    if (r.refs.length > 1) ini.coDivisions = r.refs.slice(1);
    return;
  }
  notes.push({ where: at, key: 'adopt-note-card-kind-unread', params: { heading: col.heading, kind: col.kind } });
}

/**
 * One small table from its title row `top`: the heading rows give each declared column its sheet column
 * (left to right, a heading used once); rows follow until `stops` says a row is no longer the table's.
 * Returns the last row read.
 */
function readCardTable(
  grid: Grid,
  top: number,
  t: CardTable,
  ini: Initiative,
  notes: Note[],
  where: (r: number, c: number) => string,
  reading: CardReading,
  stops: (r: number) => boolean,
): number {
  const maxRow = grid.sheet.maxRow;
  const maxCol = grid.sheet.maxCol;
  const cols: number[] = [];
  let headLast = top;
  let prev = 0;
  for (const c of t.columns) {
    let found = 0;
    for (let x = prev + 1; x <= maxCol && !found; x++)
      for (let r = top + 1; r <= Math.min(top + 3, maxRow); r++) {
        const b = grid.startingAt(r, x);
        if (b && headingMatches(b.text, c)) {
          found = x;
          headLast = Math.max(headLast, b.range.bottom);
          break;
        }
      }
    cols.push(found);
    if (found) prev = found;
  }
  if (cols.every((c) => !c)) {
    // No head: the words for none (予算を伴う事業はありません。) or a table that is not there.
    const next = grid.text(top + 1, 1);
    if (next && !(t.empty && k(next) === k(t.empty)) && !stops(top + 1))
      notes.push({ where: where(top + 1, 1), key: 'adopt-note-card-table-head', params: { table: t.title } });
    return next && !stops(top + 1) ? top + 1 : top;
  }
  t.columns.forEach((c, ci) => {
    if (!cols[ci] && !c.kind.endsWith('budgetTotal'))
      notes.push({
        where: where(top + 1, 1),
        key: 'adopt-note-declared-column-missing',
        params: { table: t.id ?? t.title, heading: c.group ? `${c.group}/${c.heading}` : c.heading },
      });
  });
  const totalKey = k(t.totalLabel ?? '合計');
  let r = headLast + 1;
  for (; r <= maxRow; r++) {
    const texts = cols.map((c) => (c ? grid.text(r, c) : ''));
    if (texts.every((x) => !x) || stops(r)) break;
    // 合計: computed from the rows, not data.
    if (t.total && !texts[0] && texts.some((x) => k(x) === totalKey)) continue;
    if (t.rows === 'projects') {
      const p = {} as Project;
      t.columns.forEach((c, ci) => {
        const text = texts[ci];
        if (!cols[ci] || !text) return;
        if (c.kind === 'project.name') p.name = cleanCellText(text).replace(/\n/g, '');
        else if (c.kind === 'project.summary') p.summary = cleanCellText(text);
        else if (c.kind === 'project.budget' && c.year !== undefined) {
          const n = number(grid, r, cols[ci], text, notes, where);
          if (n !== undefined) p.budgets = { ...(p.budgets ?? {}), [String(c.year)]: n };
        } else if (c.kind !== 'project.budgetTotal')
          notes.push({
            where: where(r, cols[ci]),
            key: 'adopt-note-card-kind-unread',
            params: { heading: c.heading, kind: c.kind },
          });
      });
      if (!p.name) {
        notes.push({ where: where(r, cols[0] || 1), key: 'adopt-note-cell-skipped' });
        continue;
      }
      ini.projects = [...(ini.projects ?? []), p];
      reading.projects++;
    } else if (t.rows === 'indicators') {
      const x = {} as Indicator;
      t.columns.forEach((c, ci) => {
        const text = texts[ci];
        if (!cols[ci] || !text) return;
        const num = () => number(grid, r, cols[ci], text, notes, where);
        const year = c.year !== undefined ? String(c.year) : undefined;
        switch (c.kind) {
          case 'indicator.label':
            x.label = cleanCellText(text).replace(/\n/g, '');
            return;
          case 'indicator.unit':
            x.unit = text.trim();
            return;
          case 'indicator.base': {
            const n = num();
            if (n !== undefined) x.base = { ...(x.base ?? {}), value: n };
            return;
          }
          case 'indicator.baseDate':
            x.base = { ...(x.base ?? { value: 0 }), asOf: text.trim() };
            return;
          case 'indicator.actual': {
            const n = num();
            if (n !== undefined && year) x.actuals = { ...(x.actuals ?? {}), [year]: n };
            return;
          }
          case 'indicator.yearTarget': {
            const n = num();
            if (n !== undefined && year) x.targets = { ...(x.targets ?? {}), [year]: n };
            return;
          }
          case 'indicator.target': {
            const n = num();
            if (n !== undefined) x.target = { ...(x.target ?? {}), value: n };
            return;
          }
          case 'indicator.targetYear': {
            const y = /\d{4}/.exec(text);
            if (y && x.target) x.target.year = Number(y[0]);
            return;
          }
          default:
            notes.push({
              where: where(r, cols[ci]),
              key: 'adopt-note-card-kind-unread',
              params: { heading: c.heading, kind: c.kind },
            });
        }
      });
      if (!x.label) {
        notes.push({ where: where(r, cols[0] || 1), key: 'adopt-note-cell-skipped' });
        continue;
      }
      // The target is the last year's when the table prints only the yearly ones; a level, as a yearly
      // table of targets shows it.
      const years = Object.keys(x.targets ?? {}).sort();
      if (!x.target && years.length > 0) {
        const last = years[years.length - 1];
        x.target = { value: x.targets![last], year: Number(last) };
      }
      if (!x.target) {
        notes.push({ where: where(r, cols[0]), key: 'adopt-note-card-no-target', params: { label: x.label } });
        continue;
      }
      x.unit ??= '';
      x.measure = 'level';
      ini.indicators = [...(ini.indicators ?? []), x];
      reading.indicators++;
    } else {
      notes.push({
        where: where(r, 1),
        key: 'adopt-note-card-kind-unread',
        params: { heading: t.title, kind: t.rows },
      });
      break;
    }
  }
  return r - 1;
}

/** A small table's heading cell for a declared column: its words, or the same year written otherwise (R7). */
function headingMatches(text: string, c: ColumnSpec): boolean {
  if (k(text) === k(c.heading)) return true;
  if (c.year === undefined || !parseYearHeading(c.heading)) return false;
  const y = parseYearHeading(text);
  return (y?.western ?? (y?.era ? westernOf(y.era, y.n) : undefined)) === c.year;
}

function number(
  grid: Grid,
  r: number,
  c: number,
  text: string,
  notes: Note[],
  where: (r: number, c: number) => string,
): number | undefined {
  const n = readNumber(grid.cell(r, c), text);
  if (!n) {
    notes.push({ where: where(r, c), key: 'adopt-note-not-a-number', params: { text } });
    return undefined;
  }
  return n.value;
}
