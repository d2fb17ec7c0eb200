// Compiles the JSON Schemas in schema/ ahead of time with ajv's standalone code generation into
// src/validate/validators.generated.ts, so that a command does not load and run ajv's compiler at start-up
// (measured: ~0.2 s of every `reform validate`). `--check` exits 1 when the committed file is stale.
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'src/validate/validators.generated.ts');

/** The same options as the compiler would use at run time (src/validate/schema.ts). */
export const AJV_OPTIONS = { allErrors: true, strict: true, verbose: true, allowUnionTypes: true };

export async function generateValidators() {
  const ajv = new Ajv2020.default({ ...AJV_OPTIONS, code: { source: true, esm: true, lines: true } });
  const ids = {};
  for (const name of ['common', 'manifest', 'initiative']) {
    const schema = JSON.parse(await readFile(path.join(root, `schema/${name}.schema.json`), 'utf8'));
    ajv.addSchema(schema);
    ids[name] = schema.$id;
  }
  const code = standaloneCode.default(ajv, { manifest: ids.manifest, initiative: ids.initiative });
  // ajv writes require() for its small runtime helpers even in ESM mode: turn them into imports.
  const imports = new Set();
  const body = code.replace(/require\("ajv\/dist\/runtime\/(\w+)"\)/g, (_, name) => {
    imports.add(name);
    return `runtime_${name}`;
  });
  // The helpers are CommonJS with `exports.default`: Node's ESM import gives module.exports, bundlers the function.
  const header = [...imports].flatMap((name) => [
    `import runtime_${name}_module from 'ajv/dist/runtime/${name}.js';`,
    `const runtime_${name} = { default: runtime_${name}_module.default ?? runtime_${name}_module };`,
  ]);
  return [
    '// @ts-nocheck',
    '/* Generated from schema/*.schema.json by scripts/gen-validators.mjs (ajv standalone code).',
    ' * Do not edit: change the schema and run `npm run gen:types`. */',
    ...header,
    body.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await generateValidators();
  if (process.argv.includes('--check')) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== text) {
      console.error('src/validate/validators.generated.ts is out of date: run `npm run gen:types`.');
      process.exit(1);
    }
  } else {
    await writeFile(target, text);
    console.log(`wrote ${path.relative(root, target)}`);
  }
}
