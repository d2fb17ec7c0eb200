/**
 * Compares two merged reports field by field, as a reviewer reads the printed tables: changes per
 * initiative (matched by 具体的取組, then by file, 番号 or a similar title) and per field, labelled
 * with the field's printed name from the schema (年次計画, 上半期実績, 担当課, 区分 …). List entries
 * (取組項目, 検証の行, 章, 区分, 部, 課) are matched by identity, not position: a reordered list
 * is a move, a renamed entry is a change. Pure: no I/O, no language (labels are the schema's).
 */
import { isDeepStrictEqual } from 'node:util';
import { fiscalYearAbbrev, fiscalYearLong } from '../era.js';
import type { InitiativeView, Report } from '../model/report.js';
import { pathToString } from '../diagnostics/diagnostic.js';
import { fieldTitle, schemaAt, type SchemaName } from '../validate/schema.js';
import { similarity } from './text.js';
import { cellKey, VERIFICATION_FIELDS, type CellKey, type VerificationField } from '../model/cell-keys.js';
import { decideTables, type ReportTables } from '../render/report-tables.js';
import { compareTables, type EditedNumber, type FigureChange } from './figures.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

export interface Change {
  kind: ChangeKind;
  /** Printed labels from the outside in, e.g. ['取組項目「研修の充実」', '工程']. */
  where: string[];
  /** Data path in the head (in the base for removals), e.g. items[1].schedule. */
  path: string;
  /** Display values: texts, schedule summaries, numbers, booleans. */
  before?: string | number | boolean;
  after?: string | number | boolean;
  /** Moves: 1-based positions in the base and the head. */
  from?: number;
  to?: number;
  /** Cells of the head's printed 別表1・別表2 that show it (model/cell-keys.ts), for the JSON format. */
  cells: CellKey[];
}

export interface InitiativeDiff {
  status: 'added' | 'removed' | 'changed';
  /** 番号 in the head (in the base for removed initiatives). */
  number: number;
  baseNumber?: number;
  title: string;
  /** Source file (head's, or base's when removed). */
  file: string;
  changes: Change[];
}

export interface ReportDiff {
  manifest: Change[];
  initiatives: InitiativeDiff[];
  /** Printed figures of the tables that the changes move (進捗率, 合計 …). */
  figures: FigureChange[];
  /**
   * The head's tables (the one table decision), the cells of every table that changed marked: the
   * edited ones and those computed from them (for the HTML page and the preview's diff view).
   */
  tables: ReportTables;
  identical: boolean;
}

type Segs = (string | number)[];
type Json = unknown;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const firstLine = (s: string, max = 30) => {
  const line =
    s
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .find((l) => l.trim() !== '') ?? '';
  const chars = [...line.trim()];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
};

/** Schema path pattern of a data path: numbers become `*`, year keys become `#`. */
function pattern(segs: Segs): string {
  return segs.map((s) => (typeof s === 'number' ? '*' : /^\d{4}$/.test(s) ? '#' : s)).join('.');
}

/** Which field identifies a list entry (its printed name), per list. */
const IDENTITY: Partial<Record<string, (x: Json) => string | undefined>> = {
  'initiative:items': (x) => (isObject(x) && typeof x.label === 'string' ? x.label : undefined),
  'initiative:verification': (x) => (isObject(x) && typeof x.item === 'string' ? x.item : undefined),
  'initiative:projects': (x) => (isObject(x) && typeof x.name === 'string' ? x.name : undefined),
  'manifest:sections': (x) => (isObject(x) && typeof x.id === 'string' ? x.id : undefined),
  'manifest:directions': (x) => (isObject(x) && typeof x.code === 'string' ? x.code : undefined),
  'manifest:departments': (x) => (isObject(x) && typeof x.name === 'string' ? x.name : undefined),
  'manifest:departments.*.divisions': (x) => (typeof x === 'string' ? x : undefined),
};

/**
 * Lists whose entries are their own identity (a division's name): a changed entry is one removed and
 * one added, never a rename found by similarity (総務課 and 税務課 are different divisions).
 */
const NO_RENAMES = new Set(['manifest:departments.*.divisions']);

/** Texts equal but for line endings and trailing newlines (a `|` block ends with one, a plain value does not). */
const sameText = (a: string, b: string) =>
  a.replace(/\r\n?/g, '\n').replace(/\n+$/, '') === b.replace(/\r\n?/g, '\n').replace(/\n+$/, '');

/** 工程 as one line: 実施（H28年度～R元年度）、検討 → 順次実施（H28年度）; lanes separated by ／. */
export function scheduleSummary(schedule: Json): string {
  if (!Array.isArray(schedule)) return JSON.stringify(schedule);
  return schedule
    .map((lane) => {
      const phases = isObject(lane) && Array.isArray(lane.phases) ? lane.phases : [];
      return phases
        .map((p: Json) => {
          if (!isObject(p)) return JSON.stringify(p);
          const from = typeof p.from === 'number' ? p.from : undefined;
          const to = typeof p.to === 'number' ? p.to : undefined;
          const years =
            from === undefined ? '' : to !== undefined && to !== from ? `${abbrev(from)}～${abbrev(to)}` : abbrev(from);
          const label = `${p.label ?? ''}${p.then ? ` → ${p.then}` : ''}`;
          const arrow = p.arrow === true ? '、矢印' : p.arrow === false ? '、矢印なし' : '';
          return `${label}（${years}${arrow}）`;
        })
        .join('、');
    })
    .join(' ／ ');
}

function abbrev(year: number): string {
  try {
    return fiscalYearAbbrev(year);
  } catch {
    return String(year);
  }
}

function yearLabel(year: string): string {
  try {
    return fiscalYearLong(Number(year));
  } catch {
    return year;
  }
}

/** A list entry, or anything that is not a plain scalar, as display text (labelled lines). */
function summarize(schema: SchemaName, segs: Segs, value: Json): string | number | boolean {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value === null || value === undefined) return '';
  if (pattern(segs).endsWith('schedule')) return scheduleSummary(value);
  if (Array.isArray(value)) return value.map((v, i) => String(summarize(schema, [...segs, i], v))).join('\n');
  const node = schemaAt(schema, segs);
  const keys = orderedKeys(node, value, {});
  return keys
    .map((k) => {
      const title = fieldTitle(schema, [...segs, k]) ?? k;
      const text = String(summarize(schema, [...segs, k], (value as Record<string, unknown>)[k]));
      const [head, ...rest] = text.split('\n');
      return [`${title}: ${head}`, ...rest.map((l) => `  ${l}`)].join('\n');
    })
    .join('\n');
}

function orderedKeys(node: Record<string, any> | undefined, a: Json, b: Json): string[] {
  const present = new Set([...(isObject(a) ? Object.keys(a) : []), ...(isObject(b) ? Object.keys(b) : [])]);
  const order = node?.properties ? Object.keys(node.properties) : [];
  const known = order.filter((k) => present.has(k));
  const rest = [...present].filter((k) => !order.includes(k));
  // Year-keyed maps: ascending years.
  rest.sort((x, y) => (/^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : 0));
  return [...known, ...rest];
}

interface Walker {
  schema: SchemaName;
  out: Change[];
  /** Head cells for a head data path. */
  cells(segs: Segs): CellKey[];
}

/**
 * Compares a and b at `segs` (head indices) / `baseSegs` (base indices). `where` is the label chain
 * so far; `suffix` is appended to leaf labels (the fiscal year of plans and results).
 */
function walk(w: Walker, segs: Segs, baseSegs: Segs, where: string[], a: Json, b: Json, suffix = ''): void {
  if (isDeepStrictEqual(a, b)) return;
  if (typeof a === 'string' && typeof b === 'string' && sameText(a, b)) return;
  const pat = pattern(segs);
  const label = () => `${fieldTitle(w.schema, segs) ?? String(segs.at(-1))}${suffix}`;
  const push = (c: Omit<Change, 'cells' | 'path'> & { path?: string }) =>
    w.out.push({ path: pathToString(c.kind === 'removed' ? baseSegs : segs), cells: w.cells(segs), ...c });

  if (pat.endsWith('schedule')) {
    if (a === undefined) push({ kind: 'added', where: [...where, label()], after: scheduleSummary(b) });
    else if (b === undefined) push({ kind: 'removed', where: [...where, label()], before: scheduleSummary(a) });
    else push({ kind: 'changed', where: [...where, label()], before: scheduleSummary(a), after: scheduleSummary(b) });
    return;
  }

  if (Array.isArray(a) && Array.isArray(b)) {
    walkList(w, segs, baseSegs, where, a, b);
    return;
  }
  if (Array.isArray(b) && a === undefined) {
    walkList(w, segs, baseSegs, where, [], b);
    return;
  }
  if (Array.isArray(a) && b === undefined) {
    walkList(w, segs, baseSegs, where, a, []);
    return;
  }

  if ((isObject(a) || a === undefined) && (isObject(b) || b === undefined) && (a !== undefined || b !== undefined)) {
    const node = schemaAt(w.schema, segs);
    const yearKeyed = Boolean(node && !node.properties && node.additionalProperties);
    // Nested settings (計画期間, 別表1の設定 …) name their parent; the root, year maps and list entries do not.
    const inner =
      segs.length > 0 && !yearKeyed && typeof segs.at(-1) !== 'number' && !/^\d{4}$/.test(String(segs.at(-1)))
        ? [...where, label()]
        : where;
    for (const key of orderedKeys(node, a, b)) {
      const av = isObject(a) ? a[key] : undefined;
      const bv = isObject(b) ? b[key] : undefined;
      const sfx = yearKeyed && /^\d{4}$/.test(key) ? `（${yearLabel(key)}）` : suffix;
      walk(w, [...segs, key], [...baseSegs, key], yearKeyed ? where : inner, av, bv, sfx);
    }
    return;
  }

  const display = (v: Json) => summarize(w.schema, segs, v);
  if (a === undefined) push({ kind: 'added', where: [...where, label()], after: display(b) });
  else if (b === undefined) push({ kind: 'removed', where: [...where, label()], before: display(a) });
  else push({ kind: 'changed', where: [...where, label()], before: display(a), after: display(b) });
}

function walkList(w: Walker, segs: Segs, baseSegs: Segs, where: string[], a: Json[], b: Json[]): void {
  const listKey = `${w.schema}:${pattern(segs)}`;
  const identity = IDENTITY[listKey];
  const entryTitle = (i: number) => fieldTitle(w.schema, [...segs, i]) ?? String(segs.at(-1));
  const name = (x: Json, i: number) => {
    const id = identity?.(x);
    return id !== undefined ? `${entryTitle(i)}「${firstLine(id)}」` : `${entryTitle(i)}（${i + 1}）`;
  };
  const pairs = identity
    ? matchLists(a, b, identity, NO_RENAMES.has(listKey) ? Number.POSITIVE_INFINITY : 0.5)
    : positional(a, b);

  const matchedA = new Set(pairs.map(([i]) => i));
  const matchedB = new Set(pairs.map(([, j]) => j));
  // Moves: the entries outside the longest run kept in order.
  const byHead = [...pairs].sort((x, y) => x[1] - y[1]);
  const kept = longestIncreasing(byHead.map(([i]) => i));
  const removed: Change[] = [];
  a.forEach((x, i) => {
    if (!matchedA.has(i)) {
      removed.push({
        kind: 'removed',
        where: [...where, name(x, i)],
        path: pathToString([...baseSegs, i]),
        before: summarize(w.schema, [...segs, i], x),
        cells: [],
      });
    }
  });
  w.out.push(...removed);
  for (let j = 0; j < b.length; j++) {
    if (!matchedB.has(j)) {
      w.out.push({
        kind: 'added',
        where: [...where, name(b[j], j)],
        path: pathToString([...segs, j]),
        after: summarize(w.schema, [...segs, j], b[j]),
        cells: w.cells([...segs, j]),
      });
      continue;
    }
    const [i] = byHead.find(([, jj]) => jj === j)!;
    if (identity && !kept.has(i)) {
      w.out.push({
        kind: 'moved',
        where: [...where, name(b[j], j)],
        path: pathToString([...segs, j]),
        from: i + 1,
        to: j + 1,
        cells: w.cells([...segs, j]),
      });
    }
    walk(w, [...segs, j], [...baseSegs, i], [...where, name(a[i], i)], a[i], b[j]);
  }
}

function positional(a: Json[], b: Json[]): [number, number][] {
  return Array.from({ length: Math.min(a.length, b.length) }, (_, i) => [i, i] as [number, number]);
}

/** Pairs entries by identity; then the rest by the most similar identity (or content), best first. */
export function matchLists<T>(
  a: readonly T[],
  b: readonly T[],
  identity: (x: T) => string | undefined,
  minScore = 0.5,
): [number, number][] {
  const pairs: [number, number][] = [];
  const freeA = new Set(a.map((_, i) => i));
  const freeB = new Set(b.map((_, j) => j));
  const byId = new Map<string, number[]>();
  a.forEach((x, i) => {
    const id = identity(x);
    if (id !== undefined) byId.set(id, [...(byId.get(id) ?? []), i]);
  });
  b.forEach((y, j) => {
    const id = identity(y);
    const queue = id !== undefined ? byId.get(id) : undefined;
    const i = queue?.shift();
    if (i !== undefined) {
      pairs.push([i, j]);
      freeA.delete(i);
      freeB.delete(j);
    }
  });
  if (Number.isFinite(minScore) && freeA.size > 0 && freeB.size > 0 && freeA.size * freeB.size <= 2500) {
    const candidates: { i: number; j: number; score: number }[] = [];
    // Whole-entry similarity (for an entry whose name was rewritten) only for a few leftovers.
    const small = freeA.size <= 8 && freeB.size <= 8;
    for (const i of freeA) {
      for (const j of freeB) {
        let score = similarity(identity(a[i]) ?? '', identity(b[j]) ?? '');
        if (score < minScore && small)
          score = Math.max(score, similarity(JSON.stringify(a[i]), JSON.stringify(b[j])) - 0.2);
        if (score >= minScore) candidates.push({ i, j, score });
      }
    }
    candidates.sort((x, y) => y.score - x.score || x.j - y.j);
    for (const { i, j } of candidates) {
      if (!freeA.has(i) || !freeB.has(j)) continue;
      pairs.push([i, j]);
      freeA.delete(i);
      freeB.delete(j);
    }
  }
  return pairs;
}

/** The values of the longest strictly increasing subsequence. */
function longestIncreasing(xs: number[]): Set<number> {
  const tails: number[] = [];
  const tailIdx: number[] = [];
  const prev: number[] = new Array(xs.length).fill(-1);
  xs.forEach((x, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
    tailIdx[lo] = i;
    prev[i] = lo > 0 ? tailIdx[lo - 1] : -1;
  });
  const out = new Set<number>();
  let k = tailIdx[tails.length - 1] ?? -1;
  while (k >= 0) {
    out.add(xs[k]);
    k = prev[k];
  }
  return out;
}

/** Highlight keys of the head's printed cells for a data path of an initiative. */
function initiativeCells(head: Report, view: InitiativeView): (segs: Segs) => CellKey[] {
  const n = view.number;
  const { fiscalYear, period } = head.edition;
  return (segs) => {
    const [top, i, field] = segs;
    switch (top) {
      case 'number':
      case 'section':
      case 'title':
      case 'achievedIn':
        return [cellKey.title(n)];
      case 'division':
        return [
          cellKey.division(n),
          ...view.data.verification.flatMap((row, r) => (row.division ? [] : [cellKey.verification(n, r, 'division')])),
        ];
      case 'items':
        if (i === undefined) return view.items.map((_, k) => cellKey.item(n, k));
        return field === 'division' || field === 'heading'
          ? [cellKey.item(n, Number(i)), cellKey.division(n)]
          : [cellKey.item(n, Number(i))];
      case 'plans':
        return i === undefined || String(i) === String(fiscalYear) ? [cellKey.plan(n)] : [];
      case 'results':
        return (i === undefined || String(i) === String(fiscalYear)) && (field === undefined || field === period)
          ? [cellKey.result(n)]
          : [];
      case 'verification': {
        if (i === undefined)
          return view.verification.flatMap((_, r) => VERIFICATION_FIELDS.map((f) => cellKey.verification(n, r, f)));
        if (field === undefined) return VERIFICATION_FIELDS.map((f) => cellKey.verification(n, Number(i), f));
        if (field === 'reasonSharedWithAbove') return [cellKey.verification(n, Number(i), 'reason')];
        return (VERIFICATION_FIELDS as readonly string[]).includes(String(field))
          ? [cellKey.verification(n, Number(i), field as VerificationField)]
          : [];
      }
      default:
        return [];
    }
  };
}

const basename = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** Pairs the initiatives of two reports: same 具体的取組, then same file name, then same 番号, then a similar title. */
function matchInitiatives(base: readonly InitiativeView[], head: readonly InitiativeView[]): [number, number][] {
  const pairs: [number, number][] = [];
  const freeA = new Set(base.map((_, i) => i));
  const freeB = new Set(head.map((_, j) => j));
  const pass = (key: (v: InitiativeView) => string) => {
    const byKey = new Map<string, number[]>();
    for (const i of freeA) byKey.set(key(base[i]), [...(byKey.get(key(base[i])) ?? []), i]);
    for (const j of [...freeB]) {
      const i = byKey.get(key(head[j]))?.shift();
      if (i === undefined) continue;
      pairs.push([i, j]);
      freeA.delete(i);
      freeB.delete(j);
    }
  };
  pass((v) => v.title);
  pass((v) => basename(v.file));
  pass((v) => String(v.number));
  const rest = matchLists(
    [...freeA].map((i) => base[i]),
    [...freeB].map((j) => head[j]),
    (v) => v.title,
  );
  const fa = [...freeA];
  const fb = [...freeB];
  for (const [x, y] of rest) pairs.push([fa[x], fb[y]]);
  return pairs;
}

/** The numbers each initiative's file changed, by its 番号 in the head. */
function editedNumbers(initiatives: readonly InitiativeDiff[]): Map<number, EditedNumber[]> {
  const isNumber = (v: unknown): v is number | undefined => v === undefined || typeof v === 'number';
  const out = new Map<number, EditedNumber[]>();
  for (const d of initiatives) {
    if (d.status === 'removed') continue;
    const edits = d.changes.filter(
      (c) =>
        (c.kind === 'changed' || c.kind === 'added' || c.kind === 'removed') && isNumber(c.before) && isNumber(c.after),
    );
    out.set(
      d.number,
      edits.map((c) => ({ before: c.before as number | undefined, after: c.after as number | undefined })),
    );
  }
  return out;
}

/** Compares two reports; their tables as decided (render/report-tables.ts), decided here when not given. */
export function compareReports(
  base: Report,
  head: Report,
  tables: { base: ReportTables; head: ReportTables } = { base: decideTables(base), head: decideTables(head) },
): ReportDiff {
  const manifest: Change[] = [];
  walk({ schema: 'manifest', out: manifest, cells: () => [] }, [], [], [], base.manifest, head.manifest);

  const pairs = matchInitiatives(base.initiatives, head.initiatives);
  const initiatives: InitiativeDiff[] = [];
  const matchedBase = new Set(pairs.map(([i]) => i));
  const matchedHead = new Set(pairs.map(([, j]) => j));

  head.initiatives.forEach((view, j) => {
    const cells = initiativeCells(head, view);
    const changes: Change[] = [];
    const w: Walker = { schema: 'initiative', out: changes, cells };
    if (!matchedHead.has(j)) {
      walk(w, [], [], [], undefined, view.data);
      initiatives.push({ status: 'added', number: view.number, title: view.title, file: view.file, changes });
      return;
    }
    const [i] = pairs.find(([, jj]) => jj === j)!;
    const old = base.initiatives[i];
    walk(w, [], [], [], old.data, view.data);
    if (changes.length > 0) {
      initiatives.push({
        status: 'changed',
        number: view.number,
        ...(old.number !== view.number ? { baseNumber: old.number } : {}),
        title: view.title,
        file: view.file,
        changes,
      });
    }
  });
  base.initiatives.forEach((view, i) => {
    if (!matchedBase.has(i))
      initiatives.push({
        status: 'removed',
        number: view.number,
        baseNumber: view.number,
        title: view.title,
        file: view.file,
        changes: [],
      });
  });
  initiatives.sort(
    (x, y) => x.number - y.number || (x.status === 'removed' ? 1 : 0) - (y.status === 'removed' ? 1 : 0),
  );

  const compared = compareTables(tables.base, tables.head, editedNumbers(initiatives));
  return {
    manifest,
    initiatives,
    figures: compared.figures,
    tables: compared.tables,
    identical: manifest.length === 0 && initiatives.length === 0,
  };
}
