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
 * names headers that resolve to TH elements, at least one column header and one row header, and never a group
 * heading (a TH alone in its row: 章, 中項目, 区分), whose rows it does not head in Chromium's reading.
 */
export function cellHeaderProblems(dump: PdfDump): string[] {
  const ids = new Map<string, StructNode>();
  const lone = new Set<StructNode>();
  const rows: StructNode[] = [];
  const walk = (n: StructNode) => {
    if (n.id) ids.set(n.id, n);
    if (n.type === 'TR') {
      rows.push(n);
      const cells = n.kids.filter((k) => k.type === 'TH' || k.type === 'TD');
      if (cells.length === 1 && cells[0].type === 'TH') lone.add(cells[0]);
    }
    for (const k of n.kids) walk(k);
  };
  walk(dump.tree);
  const problems: string[] = [];
  let cells = 0;
  for (const r of rows)
    for (const td of r.kids.filter((k) => k.type === 'TD')) {
      cells++;
      const at = `${td.text.slice(0, 30)}`;
      const headers = (td.headers ?? []).map((h) => ids.get(h));
      if (headers.length === 0 || headers.some((h) => h?.type !== 'TH')) problems.push(`${at}: unresolved /Headers`);
      const found = headers.filter((h): h is StructNode => h !== undefined);
      if (!found.some((h) => h.scope === 'Column')) problems.push(`${at}: no column header`);
      if (!found.some((h) => h.scope === 'Row' && !lone.has(h))) problems.push(`${at}: no row header of its own`);
      for (const h of found.filter((x) => lone.has(x))) problems.push(`${at}: names the group heading ${h.text}`);
    }
  if (cells === 0) problems.push('no table cell at all');
  return problems;
}
