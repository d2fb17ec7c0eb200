import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './helpers.js';
// @ts-expect-error: a plain .mjs build script without types
import { generate } from '../scripts/gen-types.mjs';
import { generateValidators } from '../scripts/gen-validators.mjs';

const schemaDir = path.join(repoRoot, 'schema');
const schemas = ['common', 'manifest', 'initiative'].map((n) => ({
  n,
  s: JSON.parse(readFileSync(path.join(schemaDir, `${n}.schema.json`), 'utf8')),
}));

describe('the JSON Schema, the one source of truth', () => {
  it('is draft 2020-12', () => {
    for (const { s } of schemas) expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('gives every property a printed label (title) and an explanation (description), and refuses unknown keys', () => {
    const missing: string[] = [];
    const walk = (node: any, where: string) => {
      if (!node || typeof node !== 'object') return;
      if (node.properties) {
        if (node.additionalProperties !== false) missing.push(`${where}: additionalProperties is not false`);
        for (const [k, v] of Object.entries<any>(node.properties)) {
          if (!v.title) missing.push(`${where}.${k}: no title`);
          if (!v.description && !v.$ref) missing.push(`${where}.${k}: no description`);
        }
      }
      for (const [k, v] of Object.entries(node)) if (typeof v === 'object') walk(v, `${where}/${k}`);
    };
    for (const { n, s } of schemas) walk(s, n);
    expect(missing).toEqual([]);
  });

  it('has TypeScript types generated from it that are up to date (npm run gen:types)', async () => {
    const current = readFileSync(path.join(repoRoot, 'src/model/schema-types.ts'), 'utf8');
    expect(current).toBe(await generate());
  });

  it('has validators compiled ahead of time from it that are up to date (npm run gen:types)', async () => {
    const current = readFileSync(path.join(repoRoot, 'src/validate/validators.generated.ts'), 'utf8');
    expect(current).toBe(await generateValidators());
  });

  it('is bound by every data file’s first line, for editors', () => {
    const manifest = readFileSync(path.join(repoRoot, 'data/report.yaml'), 'utf8');
    expect(manifest.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/manifest.schema.json');
    const dir = path.join(repoRoot, 'data/initiatives');
    for (const f of readdirSync(dir)) {
      expect(readFileSync(path.join(dir, f), 'utf8').split('\n')[0], f).toBe(
        '# yaml-language-server: $schema=../../schema/initiative.schema.json',
      );
    }
  });
});
