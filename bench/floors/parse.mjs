// Floor of validate and fmt --check: read the report's YAML files and parse them with the yaml package
// alone (no schema, no rules, no messages). Usage: node bench/floors/parse.mjs <reportDir>
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';

const dir = process.argv[2];
const names = (await readdir(path.join(dir, 'initiatives'))).filter((n) => n.endsWith('.yaml'));
const files = [path.join(dir, 'report.yaml'), ...names.map((n) => path.join(dir, 'initiatives', n))];
await Promise.all(files.map(async (f) => parseDocument(await readFile(f, 'utf8')).toJS()));
