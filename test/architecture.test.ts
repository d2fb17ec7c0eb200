/**
 * The layout as a test: no import cycle in src/, no command importing another, nothing in load/
 * importing validate/, no stage importing the commands or the CLI. Imports are read from the source
 * with a regular expression (static `import … from`, `export … from` and `import('…')` with a literal).
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

describe('the layout of src/', () => {
  it('reads a plausible import graph (the check itself works)', () => {
    expect(graph.size).toBeGreaterThan(40);
    expect(graph.get('cli.ts')).toContain('commands/index.ts');
    expect(graph.get('pipeline/load-report.ts')).toEqual(
      expect.arrayContaining(['load/report-dir.ts', 'validate/run.ts']),
    );
    for (const deps of graph.values()) for (const d of deps) expect(graph.has(d), d).toBe(true);
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

  it(
    'keeps the stages below the commands: load/ imports ' +
      'nothing from validate/, no stage imports commands/ or cli.ts',
    () => {
      const importsOf = (prefix: string) =>
        [...graph].filter(([f]) => f.startsWith(prefix)).flatMap(([f, deps]) => deps.map((d) => `${f} → ${d}`));
      expect(importsOf('load/').filter((e) => e.includes('→ validate/'))).toEqual([]);
      const stages = [
        'messages/',
        'diagnostics/',
        'load/',
        'validate/',
        'model/',
        'render/',
        'pipeline/',
        'publish/',
        'diff/',
        'fmt/',
      ];
      const upward = stages.flatMap(importsOf).filter((e) => /→ (commands\/|cli\.ts)/.test(e));
      expect(upward).toEqual([]);
      // The message catalogue and the diagnostics are leaves below every stage.
      expect(importsOf('messages/').filter((e) => !/→ messages\//.test(e))).toEqual([]);
      expect(importsOf('diagnostics/').filter((e) => !/→ (messages|diagnostics)\/|→ context\.ts/.test(e))).toEqual([]);
    },
  );

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
