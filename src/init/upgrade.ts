/**
 * `reform upgrade`: what changes when an office's repository moves to the running reform: its package in
 * vendor/ (the old one removed), the dependency in package.json, the copied schemas, and the lockfile's
 * entry for reform (dropped, so that `npm install` records the new package's integrity instead of npm
 * taking the old one from its cache). Computed first, written by the command; the schema changes are
 * listed by field and printed label, so that the office sees what it can now write and what is now required.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { UserError } from '../errors.js';
import { readRegularFile } from '../load/read.js';
import { schemaDir } from '../paths.js';
import { readTarball, type ReformPackage } from './pack.js';
import { VENDOR_DIR, vendoredSpec } from './scaffold.js';

export interface ProjectFile {
  /** Path inside the project, with forward slashes. */
  path: string;
  content: string | Buffer;
}

export interface SchemaChange {
  /** The schema file, e.g. initiative.schema.json. */
  file: string;
  added: string[];
  removed: string[];
  /** Fields that must now be written. */
  required: string[];
  /** The file changed in other ways (descriptions, allowed values, limits). */
  other: boolean;
}

export interface UpgradePlan {
  /** reform's spec in package.json before. */
  oldSpec: string;
  /** The version carried before, when it can be read. */
  oldVersion?: string;
  newVersion: string;
  newSpec: string;
  writes: ProjectFile[];
  /** Old packages in vendor/ to delete. */
  removes: string[];
  schemaChanges: SchemaChange[];
  /** Nothing to do: the project already carries this reform. */
  upToDate: boolean;
}

const MAX_JSON_BYTES = 8 * 1024 * 1024;
const MAX_TARBALL_BYTES = 64 * 1024 * 1024;
const SCHEMA_FILE = /^schema\/[^/]+\.schema\.json$/;

async function readJson(
  dir: string,
  rel: string,
  shown: string,
): Promise<{ text: string; value: Record<string, unknown> } | undefined> {
  const r = await readRegularFile(path.join(dir, rel), MAX_JSON_BYTES);
  if (!('bytes' in r)) {
    if ('tooLarge' in r || r.error === 'not-a-regular-file')
      throw new UserError('upgrade-bad-json', { file: path.join(shown, rel) });
    return undefined;
  }
  const text = r.bytes.toString('utf8');
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
    return { text, value };
  } catch {
    throw new UserError('upgrade-bad-json', { file: path.join(shown, rel) });
  }
}

/** Writes JSON as the file had it: its indentation and line ends. */
function jsonLike(original: string, value: unknown): string {
  const indent = /^[ \t]+(?=")/m.exec(original)?.[0] ?? '  ';
  const eol = original.includes('\r\n') ? '\r\n' : '\n';
  return `${JSON.stringify(value, null, indent).replace(/\n/g, eol)}${eol}`;
}

/** A project-relative `file:…tgz` spec (vendor/reform-x.tgz), or undefined for anything else. */
function carriedPath(spec: string): string | undefined {
  const m = /^file:(.+\.tgz)$/i.exec(spec);
  if (!m) return undefined;
  const rel = path.posix.normalize(m[1].replace(/\\/g, '/'));
  if (path.posix.isAbsolute(rel) || /^[a-z]:/i.test(rel) || rel.startsWith('..')) return undefined;
  return rel;
}

/** Two tarballs with the same files (gzip may differ between zlib versions; the tar inside does not). */
function sameContent(a: Buffer, b: Buffer): boolean {
  if (a.equals(b)) return true;
  try {
    return gunzipSync(a).equals(gunzipSync(b));
  } catch {
    return false;
  }
}

/** The reform packages a project carries (vendor/reform-*.tgz). */
async function carriedPackages(dir: string, name: string): Promise<string[]> {
  const entries = await readdir(path.join(dir, VENDOR_DIR), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.startsWith(`${name}-`) && e.name.endsWith('.tgz'))
    .map((e) => `${VENDOR_DIR}/${e.name}`)
    .sort();
}

type Json = Record<string, unknown>;

/** Every field a schema declares, by path (items[].label), with its printed label (title). */
export function schemaFields(schema: unknown): { fields: Map<string, string>; required: Set<string> } {
  const fields = new Map<string, string>();
  const required = new Set<string>();
  const root = (schema && typeof schema === 'object' ? schema : {}) as Json;
  const local = (ref: unknown): Json | undefined => {
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
    let node: unknown = root;
    for (const seg of ref.slice(2).split('/')) node = (node as Json | undefined)?.[seg.replace(/~1/g, '/')];
    return node && typeof node === 'object' ? (node as Json) : undefined;
  };
  const visit = (node: unknown, prefix: string, seen: Set<unknown>, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 24 || seen.has(node)) return;
    const n = node as Json;
    const next = new Set(seen).add(node);
    const target = local(n.$ref);
    if (target) visit(target, prefix, next, depth + 1);
    if (Array.isArray(n.required))
      for (const k of n.required) required.add(prefix ? `${prefix}.${String(k)}` : String(k));
    if (n.properties && typeof n.properties === 'object') {
      for (const [k, child] of Object.entries(n.properties as Json)) {
        const p = prefix ? `${prefix}.${k}` : k;
        const title = (child as Json | undefined)?.title ?? local((child as Json | undefined)?.$ref)?.title;
        if (!fields.has(p) || (!fields.get(p) && typeof title === 'string'))
          fields.set(p, typeof title === 'string' ? title : '');
        visit(child, p, next, depth + 1);
      }
    }
    if (n.items) visit(n.items, `${prefix}[]`, next, depth + 1);
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const)
      if (Array.isArray(n[key])) for (const s of n[key] as unknown[]) visit(s, prefix, next, depth + 1);
    for (const key of ['then', 'else', 'additionalProperties'] as const) visit(n[key], prefix, next, depth + 1);
    if (n.patternProperties && typeof n.patternProperties === 'object')
      for (const s of Object.values(n.patternProperties as Json)) visit(s, `${prefix}.*`, next, depth + 1);
  };
  visit(root, '', new Set(), 0);
  return { fields, required };
}

function label(path: string, title: string): string {
  return title ? `${path}（${title}）` : path;
}

/** What changed between two versions of the schema files (by file name). */
export function compareSchemas(before: Map<string, string>, after: Map<string, string>): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const file of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(file);
    const b = after.get(file);
    if (a === b) continue;
    const parse = (t: string | undefined) => {
      try {
        return t === undefined ? {} : JSON.parse(t);
      } catch {
        return {};
      }
    };
    const old = schemaFields(parse(a));
    const now = schemaFields(parse(b));
    const added = [...now.fields].filter(([p]) => !old.fields.has(p)).map(([p, t]) => label(p, t));
    const removed = [...old.fields].filter(([p]) => !now.fields.has(p)).map(([p, t]) => label(p, t));
    const required = [...now.required]
      .filter((p) => !old.required.has(p) && old.fields.has(p))
      .map((p) => label(p, now.fields.get(p) ?? ''));
    const other = added.length + removed.length + required.length === 0;
    changes.push({ file, added, removed, required, other });
  }
  return changes;
}

/** The schema files of a tarball or of a folder, by file name. */
function schemasOf(files: Map<string, Buffer>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [p, data] of files) if (SCHEMA_FILE.test(p)) out.set(p.slice('schema/'.length), data.toString('utf8'));
  return out;
}

async function projectSchemas(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const names = await readdir(path.join(dir, 'schema')).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.schema.json')).sort()) {
    const r = await readRegularFile(path.join(dir, 'schema', name), MAX_JSON_BYTES);
    if ('bytes' in r) out.set(name, r.bytes.toString('utf8'));
  }
  return out;
}

/** The plan for moving the project in `dir` to the packed reform `packed`. */
export async function planUpgrade(
  dir: string,
  packed: ReformPackage & { data: Buffer },
  shown = dir,
): Promise<UpgradePlan> {
  const pkg = await readJson(dir, 'package.json', shown);
  if (!pkg) throw new UserError('upgrade-no-package', { dir: shown });
  const section = ['devDependencies', 'dependencies'].find(
    (s) => typeof (pkg.value[s] as Json | undefined)?.[packed.name] === 'string',
  );
  if (!section) throw new UserError('upgrade-no-reform', { file: path.join(shown, 'package.json'), name: packed.name });
  const oldSpec = String((pkg.value[section] as Json)[packed.name]);
  const newPath = `${VENDOR_DIR}/${packed.fileName}`;
  const newSpec = vendoredSpec(packed.fileName);

  // The package carried before: the one package.json names, else the one in vendor/.
  const carried = await carriedPackages(dir, packed.name);
  const named = carriedPath(oldSpec);
  let oldFiles: Map<string, Buffer> | undefined;
  for (const candidate of [named, ...carried].filter((p): p is string => Boolean(p))) {
    const r = await readRegularFile(path.join(dir, ...candidate.split('/')), MAX_TARBALL_BYTES);
    if (!('bytes' in r)) continue;
    oldFiles = await readTarball(r.bytes, (f) => f === 'package.json' || SCHEMA_FILE.test(f));
    if (oldFiles) break;
  }
  let oldVersion: string | undefined;
  try {
    const v = JSON.parse(oldFiles?.get('package.json')?.toString('utf8') ?? 'null')?.version;
    if (typeof v === 'string') oldVersion = v;
  } catch {
    oldVersion = undefined;
  }

  const newSchemas = new Map<string, string>();
  for (const name of (await readdir(schemaDir)).filter((n) => n.endsWith('.schema.json')).sort())
    newSchemas.set(name, await readFile(path.join(schemaDir, name), 'utf8'));
  const copies = await projectSchemas(dir);
  const before = oldFiles && schemasOf(oldFiles).size > 0 ? schemasOf(oldFiles) : copies;

  const writes: ProjectFile[] = [];
  const existing = await readRegularFile(path.join(dir, VENDOR_DIR, packed.fileName), MAX_TARBALL_BYTES);
  const samePackage = 'bytes' in existing && sameContent(existing.bytes, packed.data);
  if (!samePackage) writes.push({ path: newPath, content: packed.data });
  for (const [name, text] of newSchemas)
    if (copies.get(name) !== text) writes.push({ path: `schema/${name}`, content: text });
  if (oldSpec !== newSpec) {
    (pkg.value[section] as Json)[packed.name] = newSpec;
    writes.push({ path: 'package.json', content: jsonLike(pkg.text, pkg.value) });
  }
  const lock = await readJson(dir, 'package-lock.json', shown);
  if (lock && (!samePackage || oldSpec !== newSpec)) {
    // Without its entry, `npm install` reads the new package and records its integrity and dependencies.
    const packages = lock.value.packages as Json | undefined;
    const deps = lock.value.dependencies as Json | undefined;
    let changed = false;
    if (packages && `node_modules/${packed.name}` in packages) {
      delete packages[`node_modules/${packed.name}`];
      changed = true;
    }
    const rootEntry = packages?.[''] as Json | undefined;
    const rootSection = rootEntry?.[section] as Json | undefined;
    if (rootSection && typeof rootSection[packed.name] === 'string') {
      rootSection[packed.name] = newSpec;
      changed = true;
    }
    if (deps && packed.name in deps) {
      delete deps[packed.name];
      changed = true;
    }
    if (changed) writes.push({ path: 'package-lock.json', content: jsonLike(lock.text, lock.value) });
  }
  const removes = carried.filter((p) => p !== newPath);
  return {
    oldSpec,
    ...(oldVersion ? { oldVersion } : {}),
    newVersion: packed.version,
    newSpec,
    writes,
    removes,
    schemaChanges: compareSchemas(before, newSchemas),
    upToDate: writes.length === 0 && removes.length === 0,
  };
}
