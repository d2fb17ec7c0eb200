/**
 * The JSON Schemas in schema/ and the lookups that turn an ajv error into a message about a printed field
 * at a line of the YAML file (their validators are in validators.ts, which fmt does not need).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { schemaDir } from '../paths.js';

type JsonSchema = Record<string, any>;

export type SchemaName = 'manifest' | 'initiative';

let schemas: Record<string, JsonSchema> | undefined;

function load(file: string): JsonSchema {
  return JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8'));
}

function compile(): { schemas: Record<string, JsonSchema> } {
  schemas ??= {
    'common.schema.json': load('common.schema.json'),
    'manifest.schema.json': load('manifest.schema.json'),
    'initiative.schema.json': load('initiative.schema.json'),
  };
  return { schemas };
}

export function rootSchema(name: SchemaName): JsonSchema {
  return compile().schemas[`${name}.schema.json`];
}

/** Follows $ref (within and across our three files), merging the referring node's own title/description. */
export function resolveRef(node: JsonSchema | undefined, base: string): { node: JsonSchema | undefined; base: string } {
  let current = node;
  let currentBase = base;
  for (let i = 0; current && typeof current.$ref === 'string' && i < 10; i++) {
    const [file, pointer] = current.$ref.split('#');
    const fileName = file || currentBase;
    const target = pointer
      .split('/')
      .filter(Boolean)
      .reduce<any>((n, key) => n?.[key], compile().schemas[fileName]);
    const { $ref: _ignored, ...own } = current;
    current = { ...target, ...own };
    currentBase = fileName;
  }
  return { node: current, base: currentBase };
}

/** The schema node that describes the value at `segments` of a document of the given schema. */
export function schemaAt(name: SchemaName, segments: readonly (string | number)[]): JsonSchema | undefined {
  let base = `${name}.schema.json`;
  let node: JsonSchema | undefined = rootSchema(name);
  for (const seg of segments) {
    ({ node, base } = resolveRef(node, base));
    if (!node) return undefined;
    if (typeof seg === 'number' || (/^\d+$/.test(String(seg)) && node.items)) {
      node = node.items;
    } else if (node.properties && seg in node.properties) {
      node = node.properties[seg];
    } else if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      node = node.additionalProperties;
    } else return undefined;
  }
  return resolveRef(node, base).node;
}

/** Properties a node may have, with their printed titles: used for "did you mean". */
export function knownProperties(
  name: SchemaName,
  segments: readonly (string | number)[],
): { key: string; title?: string }[] {
  const node = schemaAt(name, segments);
  if (!node?.properties) return [];
  return Object.keys(node.properties).map((key) => ({ key, title: schemaAt(name, [...segments, key])?.title }));
}

/** The printed label (schema title) of the field at `segments`. */
export function fieldTitle(name: SchemaName, segments: readonly (string | number)[]): string | undefined {
  // For array elements, use the array's title (e.g. 取組項目 for items[0]).
  const trimmed = [...segments];
  while (trimmed.length > 0) {
    const t = schemaAt(name, trimmed)?.title;
    if (t) return t;
    trimmed.pop();
  }
  return undefined;
}
