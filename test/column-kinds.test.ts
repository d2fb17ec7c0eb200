/**
 * The column-kind table (model/column-kinds.ts) is complete and coherent: every kind the schema allows
 * has its entry (and no entry is for a kind the schema does not know), each is documented in
 * docs/formats.md, a summable kind is numeric and right-aligned, and a kind that applies to indicator
 * or effect rows is refused by validate in a table of other rows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMN_KINDS, kindOf, type ColumnKind } from '../src/model/column-kinds.js';
import type { ColumnSpec } from '../src/model/figures.js';
import type { Initiative, Manifest } from '../src/model/schema-types.js';
import { repoRoot } from './helpers.js';

const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema/manifest.schema.json'), 'utf8'));
const schemaKinds: string[] = schema.properties.tables.items.properties.columns.items.properties.kind.enum;
const docs = readFileSync(path.join(repoRoot, 'docs/formats.md'), 'utf8');

describe('the column-kind table', () => {
  it('has one entry for every kind of the schema, and none other', () => {
    expect(schemaKinds.length).toBeGreaterThan(10);
    expect(Object.keys(COLUMN_KINDS).sort()).toEqual([...schemaKinds].sort());
  });

  it.each(schemaKinds)('documents %s in docs/formats.md', (kind) => {
    expect(docs).toContain(`\`${kind}\``);
  });

  it.each(schemaKinds)('gives %s a coherent entry', (k) => {
    const kind = kindOf(k as ColumnKind);
    if (kind.summable) expect(kind.numeric).toBe(true);
    expect(kind.align === 'num').toBe(kind.numeric);
    expect(['cell', 'slots', 'items']).toContain(kind.layout);
    expect(typeof kind.cell).toBe('function');
    expect(typeof kind.openData).toBe('function');
  });

  it('ties indicator, effect and 主要事業 (project) kinds to their rows', () => {
    for (const [k, v] of Object.entries(COLUMN_KINDS)) {
      const expected = k.startsWith('indicator.')
        ? 'indicators'
        : k.startsWith('effect.')
          ? 'effects'
          : k.startsWith('verification.')
            ? 'verification'
            : k.startsWith('project.')
              ? 'projects'
              : 'any';
      expect({ [k]: v.rows }).toEqual({ [k]: expected });
    }
  });

  it("says per kind what a 課 is asked: the inputs only, never a computed figure or the office's own column", () => {
    const manifest = {
      edition: { fiscalYear: 2025, period: 'fullYear' },
      directions: [{ code: 'A', label: '継続', description: '続けるもの' }],
      ratingScales: [{ id: 's', title: '評価', levels: [{ code: 'A', label: '達成' }] }],
    } as unknown as Manifest;
    const data = {
      number: 1,
      title: '取組',
      fields: { status: '状況' },
      indicators: [{ label: '指標', unit: '人', actuals: { 2025: 3 } }],
      effects: [{ label: '効果', planned: 10, actual: 8, byYear: { 2025: 8 } }],
      ratings: { 2025: { s: 'A' } },
      plans: { 2025: '計画' },
      results: { 2025: { fullYear: '実績' } },
      verification: [{ item: '項目', content: '内容', outcome: '効果', direction: 'A', reason: '理由' }],
    } as unknown as Initiative;
    const asked = Object.entries(COLUMN_KINDS).flatMap(([k, spec]) => {
      const col = { kind: k, heading: '見出し', field: 'status', year: 2025, scale: 's' } as ColumnSpec;
      // 主要事業 are rows of a card's small table only, never of a table of its own: asked as its initiative.
      const rows = spec.rows === 'any' || spec.rows === 'projects' ? 'initiatives' : spec.rows;
      const ask = spec.ask({ manifest, col, rows, data, index: 0, first: true });
      return ask ? [[k, ask.path.join('.')]] : [];
    });
    expect(Object.fromEntries(asked)).toEqual({
      text: 'fields.status',
      'indicator.actual': 'indicators.0.actuals.2025',
      'effect.planned': 'effects.0.planned',
      'effect.actual': 'effects.0.actual',
      'effect.year': 'effects.0.byYear.2025',
      rating: 'ratings.2025.s',
      plan: 'plans.2025',
      result: 'results.2025.fullYear',
      'verification.content': 'verification.0.content',
      'verification.outcome': 'verification.0.outcome',
      'verification.direction': 'verification.0.direction',
      'verification.reason': 'verification.0.reason',
    });
  });
});
