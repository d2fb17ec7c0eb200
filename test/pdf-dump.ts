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
