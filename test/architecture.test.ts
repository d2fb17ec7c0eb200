/**
 * The layout as a test: no import cycle in src/, no command importing another, and every import between two
 * modules allowed by the may-import table of ARCHITECTURE.md (read from the file, so the document and the check
 * cannot drift apart). Imports are read from the source with a regular expression (static `import … from`,
 * `export … from` and `import('…')` with a literal; type-only imports count too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';
import { areas } from '../src/messages/index.js';

const srcDir = path.join(repoRoot, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** src-relative path → the src-relative files it imports (relative imports only). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const re =
    /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)|(?:^|\n)\s*import\s+'([^']+)'/g;
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const deps: string[] = [];
    for (const m of text.matchAll(re)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (!spec.startsWith('.')) continue;
      deps.push(
        path
          .relative(srcDir, path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')))
          .split(path.sep)
          .join('/'),
      );
    }
    graph.set(path.relative(srcDir, file).split(path.sep).join('/'), deps);
  }
  return graph;
}

const graph = importGraph();

/** The module of a src-relative file: its top folder, or the file itself at the top (`era.ts`). */
const moduleOf = (file: string) => file.split('/')[0];

/**
 * The may-import table of ARCHITECTURE.md ("## The modules"): module → the modules it may import. The module is
 * the first column's `src/x/` or `src/x.ts`; the last column names modules in backquotes (or says nothing).
 */
function readMayImport(): Map<string, Set<string>> {
  const text = readFileSync(path.join(repoRoot, 'ARCHITECTURE.md'), 'utf8');
  const section = text.slice(text.indexOf('## The modules'), text.indexOf('\n## ', text.indexOf('## The modules') + 1));
  const table = new Map<string, Set<string>>();
  for (const line of section.split('\n')) {
    const m = /^\| `src\/([^`/]+)\/?` \|.*\| ([^|]*) \|$/.exec(line);
    if (!m) continue;
    table.set(m[1], new Set([...m[2].matchAll(/`([^`]+)`/g)].map((x) => x[1])));
  }
  return table;
}

const mayImport = readMayImport();

describe('the layout of src/', () => {
  it('reads a plausible import graph (the check itself works)', () => {
    expect(graph.size).toBeGreaterThan(40);
    expect(graph.get('cli.ts')).toContain('commands/index.ts');
    expect(graph.get('pipeline/load-report.ts')).toEqual(
      expect.arrayContaining(['load/report-dir.ts', 'validate/run.ts']),
    );
    for (const deps of graph.values()) for (const d of deps) expect(graph.has(d), d).toBe(true);
    expect(mayImport.size).toBeGreaterThan(20);
    expect(mayImport.get('render')).toEqual(new Set(['model', 'fonts', 'era.ts', 'errors.ts', 'paths.ts']));
    expect(mayImport.get('era.ts')).toEqual(new Set());
  });

  it('has no import cycle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const d of graph.get(file) ?? []) visit(d, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('has no command importing another command (index.ts lists them, spec.ts is their shape)', () => {
    const shared = new Set(['commands/index.ts', 'commands/spec.ts']);
    const offending = [...graph]
      .filter(([file]) => file.startsWith('commands/') && file !== 'commands/index.ts')
      .flatMap(([file, deps]) =>
        deps.filter((d) => d.startsWith('commands/') && !shared.has(d)).map((d) => `${file} → ${d}`),
      );
    expect(offending).toEqual([]);
  });

  it('imports across modules only as the may-import table of ARCHITECTURE.md states', () => {
    const offending = [...graph].flatMap(([file, deps]) => {
      const from = moduleOf(file);
      return deps
        .filter((d) => moduleOf(d) !== from && !mayImport.get(from)?.has(moduleOf(d)))
        .map((d) => `${file} → ${d}`);
    });
    expect(offending).toEqual([]);
  });

  it('the table has a row for every module of src/, and names only modules in its last column', () => {
    const modules = new Set([...graph.keys()].map(moduleOf));
    for (const entry of readdirSync(srcDir)) modules.add(entry);
    expect([...modules].filter((m) => !mayImport.has(m)).sort()).toEqual([]);
    expect([...mayImport.keys()].filter((m) => !modules.has(m))).toEqual([]);
    for (const [m, allowed] of mayImport)
      expect(
        [...allowed].filter((a) => !modules.has(a) || a === m),
        m,
      ).toEqual([]);
    // The stages stay below the commands; load/ reads, validate/ judges; the message catalogue is a leaf.
    for (const [m, allowed] of mayImport) {
      if (m !== 'cli.ts') expect(allowed.has('cli.ts'), m).toBe(false);
      if (m !== 'cli.ts' && m !== 'commands') expect(allowed.has('commands'), m).toBe(false);
    }
    expect(mayImport.get('load')?.has('validate')).toBe(false);
    expect(mayImport.get('messages')?.size).toBe(0);
  });

  it('declares every message key in one area only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [area, messages] of Object.entries(areas)) {
      for (const key of Object.keys(messages)) {
        if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${area}`);
        seen.set(key, area);
      }
    }
    expect(seen.size).toBeGreaterThan(150);
    expect(twice).toEqual([]);
  });

  // The whole tree is formatted in one commit of its own (npm run lint); until then, the modules new in this layout.
  it('has no source line longer than 120 characters in the modules new in this layout', () => {
    const dirs = [
      'diagnostics/print.ts',
      'messages/catalog.ts',
      'messages/index.ts',
      'publish/',
      'load/read.ts',
      'browser/advice.ts',
    ];
    const long = [...graph.keys()]
      .filter((f) => dirs.some((d) => f.startsWith(d)))
      .flatMap((f) =>
        readFileSync(path.join(srcDir, f), 'utf8')
          .split('\n')
          .flatMap((line, i) => (line.length > 120 ? [`${f}:${i + 1} (${line.length})`] : [])),
      );
    expect(long).toEqual([]);
  });
});
