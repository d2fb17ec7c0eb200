/** Reads a tagged PDF back for the tests with test/tools/pdf_structure.py (pikepdf): tree, outline, artifacts. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './helpers.js';

export interface StructNode {
  type: string;
  scope?: string;
  alt?: string;
  actual?: string;
  id?: string;
  headers?: string[];
  text: string;
  kids: StructNode[];
}
export interface PdfDump {
  tree: StructNode;
  outline: { title: string; kids: { title: string }[] }[];
  untagged: string[];
  artifacts: string[];
  /** Painting operators outside any marked content, per page. */
  unmarked: string[][];
  xmp: { 'dc:title': string; 'dc:language': string[]; 'dc:creator': string[] } | null;
}

const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const dumps = new Map<string, PdfDump>();

export function dumpPdf(file: string): PdfDump {
  const done = dumps.get(file);
  if (done) return done;
  const dump: PdfDump = JSON.parse(
    execFileSync(python, [path.join(repoRoot, 'test/tools/pdf_structure.py'), file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  dumps.set(file, dump);
  return dump;
}

/** Every node of the given type, in document order. */
export const all = (n: StructNode, type: string): StructNode[] => [
  ...(n.type === type ? [n] : []),
  ...n.kids.flatMap((k) => all(k, type)),
];

/**
 * What is wrong with the table cells' /Headers of a tagged PDF, as a list (empty when all is well): every TD
 * names headers that resolve to TH elements, at least one column header and one row header of its own row, and
 * at most one group heading (a TH alone in its row: 章, 中項目, 区分): its own, the last one above it in its
 * table. With `groupsNamed`, a table with group headings has cells that name them (row-group headers: the
 * declared tables'; the sample's section row heads no row group of the HTML).
 */
export function cellHeaderProblems(dump: PdfDump, opts: { groupsNamed?: boolean } = {}): string[] {
  const ids = new Map<string, StructNode>();
  const walkIds = (n: StructNode) => {
    if (n.id) ids.set(n.id, n);
    for (const k of n.kids) walkIds(k);
  };
  walkIds(dump.tree);
  const anyLone = new Set(
    all(dump.tree, 'TR').flatMap((r) => {
      const own = r.kids.filter((k) => k.type === 'TH' || k.type === 'TD');
      return own.length === 1 && own[0].type === 'TH' ? [own[0]] : [];
    }),
  );
  const problems: string[] = [];
  let cells = 0;
  for (const table of all(dump.tree, 'Table')) {
    const lone = new Set<StructNode>();
    let group: StructNode | undefined;
    let grouped = 0;
    for (const r of all(table, 'TR')) {
      const own = r.kids.filter((k) => k.type === 'TH' || k.type === 'TD');
      if (own.length === 1 && own[0].type === 'TH') {
        lone.add(own[0]);
        group = own[0];
        continue;
      }
      for (const td of own.filter((k) => k.type === 'TD')) {
        cells++;
        const at = `${td.text.slice(0, 30)}`;
        const headers = (td.headers ?? []).map((h) => ids.get(h));
        if (headers.length === 0 || headers.some((h) => h?.type !== 'TH')) problems.push(`${at}: unresolved /Headers`);
        const found = headers.filter((h): h is StructNode => h !== undefined);
        if (!found.some((h) => h.scope === 'Column')) problems.push(`${at}: no column header`);
        if (!found.some((h) => h.scope === 'Row' && !lone.has(h))) problems.push(`${at}: no row header of its own`);
        const groups = found.filter((h) => anyLone.has(h));
        if (groups.length > 0) grouped++;
        for (const h of groups.filter((x) => x !== group))
          problems.push(`${at}: names another group's heading ${h.text}`);
        if (groups.length > 1) problems.push(`${at}: names ${groups.length} group headings`);
      }
    }
    if (opts.groupsNamed && lone.size > 0 && grouped === 0)
      problems.push(`${table.text.slice(0, 30)}: no cell names its group heading`);
  }
  if (cells === 0) problems.push('no table cell at all');
  return problems;
}

/** A trend (↑（○→◎）), a △ figure or a parenthesised 内数 figure, or a cell that starts with a rating symbol. */
const symbolCell = (symbols: string[]) => (text: string) =>
  /^[↑↓→↗↘]（/u.test(text) ||
  /^[△▲][0-9０-９]/u.test(text) ||
  /^[（(][△▲]?[0-9０-９][^）)]*[）)]/u.test(text) ||
  symbols.some((s) => text.startsWith(s));

/**
 * The table cells showing a symbol (the rating scales' symbols, a trend, △, 内数 parentheses) without an
 * /ActualText that says it in words (longer than what is printed); and how many symbol cells there are.
 */
export function symbolCellProblems(dump: PdfDump, symbols: string[]): { problems: string[]; cells: number } {
  const isSymbol = symbolCell(symbols);
  const problems: string[] = [];
  let cells = 0;
  for (const td of all(dump.tree, 'TD')) {
    if (!isSymbol(td.text)) continue;
    cells++;
    if (!td.actual) problems.push(`${td.text.slice(0, 30)}: no /ActualText`);
    else if (td.actual.length <= td.text.replace(/（[^（）]*）$/u, '').length)
      problems.push(`${td.text.slice(0, 30)}: /ActualText without words (${td.actual})`);
  }
  return { problems, cells };
}

/** What is wrong with the list items: each LI holds at most one Lbl (first) and one LBody with the rest. */
export function listProblems(dump: PdfDump): string[] {
  return all(dump.tree, 'LI').flatMap((li) => {
    const kinds = li.kids.map((k) => k.type).join(',');
    return kinds === 'Lbl,LBody' || kinds === 'LBody' ? [] : [`${li.text.slice(0, 30)}: ${kinds}`];
  });
}
