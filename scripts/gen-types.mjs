// Derives src/model/schema-types.ts from the JSON Schemas in schema/ (the one source of truth).
// `node scripts/gen-types.mjs --check` exits 1 when the committed file is stale.
import { compile } from 'json-schema-to-typescript';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'src/model/schema-types.ts');

// The schema titles are the printed Japanese labels; json-schema-to-typescript would use them as
// type names, so they are moved into the doc comment and the names come from keys and $defs.
async function loadForTypes(name) {
  const schema = JSON.parse(await readFile(path.join(root, `schema/${name}.schema.json`), 'utf8'));
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    // A $ref with sibling keywords would become a new anonymous type: refer to the shared type instead.
    if (typeof node.$ref === 'string') {
      for (const k of Object.keys(node)) if (k !== '$ref') delete node[k];
      return;
    }
    if (typeof node.title === 'string') {
      node.description = node.description ? `${node.title}: ${node.description}` : node.title;
      delete node.title;
    }
    Object.values(node).forEach(walk);
  };
  walk(schema);
  delete schema.$id;
  // Inline the shared $defs and give every $def an English title, which becomes its type name.
  const common = JSON.parse(await readFile(path.join(root, 'schema/common.schema.json'), 'utf8'));
  walk(common);
  schema.$defs = { ...common.$defs, ...(schema.$defs ?? {}) };
  const pascal = (key) => key.charAt(0).toUpperCase() + key.slice(1);
  for (const [key, def] of Object.entries(schema.$defs)) def.title = pascal(key);
  const rewrite = (node) => {
    if (Array.isArray(node)) return node.forEach(rewrite);
    if (!node || typeof node !== 'object') return;
    if (typeof node.$ref === 'string') node.$ref = node.$ref.replace(/^common\.schema\.json#/, '#');
    Object.values(node).forEach(rewrite);
  };
  rewrite(schema);
  return schema;
}

export async function generate() {
  const opts = {
    cwd: path.join(root, 'schema'),
    bannerComment:
      '/* Generated from schema/*.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run `npm ' +
      'run gen:types`. */',
    additionalProperties: false,
    strictIndexSignatures: false,
    style: { singleQuote: true },
    declareExternallyReferenced: true,
    format: true,
    ignoreMinAndMaxItems: true,
  };
  const manifest = await compile(await loadForTypes('manifest'), 'Manifest', { ...opts });
  const initiative = await compile(await loadForTypes('initiative'), 'Initiative', { ...opts, bannerComment: '' });
  // Both files inline the shared types of common.schema.json: keep the first declaration of each.
  const seen = new Set();
  const dedupe = (text) =>
    text.replace(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n)?export type (\w+) = [^;]*;\n/g, (block, _doc, name) => {
      if (seen.has(name)) return '';
      seen.add(name);
      return block;
    });
  return `${dedupe(manifest)}\n${dedupe(initiative)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await generate();
  if (process.argv.includes('--check')) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== text) {
      console.error('src/model/schema-types.ts is out of date: run `npm run gen:types`.');
      process.exit(1);
    }
  } else {
    await writeFile(target, text);
    console.log(`wrote ${path.relative(root, target)}`);
  }
}
