/**
 * `reform init`: the files of a new report project. They come from templates/init/ (a path segment
 * `dot-x` becomes `.x`, and `gitignore` becomes `.gitignore`, so that these files do not act on
 * reform's own repository), plus reform's schema/ (copied, so that the `$schema` lines and the
 * editor settings resolve without network), reform's own package in vendor/ and a package.json that
 * depends on it by a relative path (so that `npm ci` works in every clone, on every CI runner).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, UserError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { DEFAULT_REPORT_DIR, packageRoot, schemaDir, templatesDir } from '../paths.js';
import { suggest } from '../validate/suggest.js';

export interface ScaffoldFile {
  /** Path inside the new project, with forward slashes. */
  path: string;
  content: string | Buffer;
}

export interface ScaffoldOptions {
  /**
   * Where the new project gets reform: a tarball it carries in vendor/ (the default of `reform init`),
   * or an npm dependency spec (a registry version, a git URL) written as it is.
   */
  reform: { spec: string } | { tarball: { fileName: string; data: Buffer } };
  /** The package name (from the folder name). */
  name: string;
  /** Start from examples/<example> (its report.yaml and initiatives) instead of the default data/. */
  example?: string;
}

export const examplesDir = path.join(packageRoot, 'examples');

/** The examples that `reform init --example NAME` can start from. */
export async function exampleNames(): Promise<string[]> {
  const entries = await readdir(examplesDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** An example's files as data/…, their `$schema` lines pointing at the project's schema/. */
async function exampleFiles(name: string): Promise<ScaffoldFile[]> {
  const names = await exampleNames();
  if (!names.includes(name)) {
    const guess = suggest(name, names);
    throw new UsageError('init-unknown-example', {
      name,
      allowed: names.join(', '),
      ...(guess ? { suggestion: guess } : {}),
    });
  }
  const dir = path.join(examplesDir, name);
  const files: ScaffoldFile[] = [];
  for (const rel of await walk(dir)) {
    if (!rel.endsWith('.yaml')) continue;
    const text = (await readFile(path.join(dir, rel), 'utf8')).replace(
      /(\$schema=)\.\.\/((?:\.\.\/)*)schema\//,
      '$1$2schema/',
    );
    files.push({ path: `${DEFAULT_REPORT_DIR}/${rel}`, content: text });
  }
  return files;
}

const INIT_DIR = path.join(templatesDir, 'init');

function targetName(rel: string): string {
  return rel
    .split('/')
    .map((seg) => (seg.startsWith('dot-') ? `.${seg.slice(4)}` : seg === 'gitignore' ? '.gitignore' : seg))
    .join('/');
}

async function walk(dir: string, base = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const rel = base ? `${base}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await walk(path.join(dir, e.name), rel)));
    else if (e.isFile()) out.push(rel);
  }
  return out.sort();
}

/** The folder of the new project that carries reform's package (committed with it). */
export const VENDOR_DIR = 'vendor';

/** The dependency spec of a carried tarball: relative, so that it resolves in every clone. */
export function vendoredSpec(fileName: string): string {
  return `file:${VENDOR_DIR}/${fileName}`;
}

/** npm package names: lower case, no spaces; a Japanese folder name gives "reform-report". */
export function packageName(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  return name || 'reform-report';
}

export async function scaffoldFiles(opts: ScaffoldOptions): Promise<ScaffoldFile[]> {
  const files: ScaffoldFile[] = [];
  const example = opts.example ? await exampleFiles(opts.example) : [];
  for (const rel of await walk(INIT_DIR)) {
    if (example.length > 0 && rel.startsWith(`${DEFAULT_REPORT_DIR}/`)) continue;
    files.push({ path: targetName(rel), content: await readFile(path.join(INIT_DIR, rel)) });
  }
  files.push(...example);
  for (const name of (await readdir(schemaDir)).filter((n) => n.endsWith('.schema.json')).sort()) {
    files.push({ path: `schema/${name}`, content: await readFile(path.join(schemaDir, name)) });
  }
  let spec: string;
  if ('tarball' in opts.reform) {
    spec = vendoredSpec(opts.reform.tarball.fileName);
    files.push({ path: `${VENDOR_DIR}/${opts.reform.tarball.fileName}`, content: opts.reform.tarball.data });
  } else {
    spec = opts.reform.spec;
  }
  const pkg = {
    name: opts.name,
    version: '0.0.0',
    private: true,
    description: '行財政改革取組の進捗表（別表1）と検証表（別表2）',
    scripts: {
      validate: 'reform validate',
      fmt: 'reform fmt',
      diff: 'reform diff origin/main',
      build: 'reform build',
    },
    devDependencies: { reform: spec },
  };
  files.push({ path: 'package.json', content: `${JSON.stringify(pkg, null, 2)}\n` });
  return files.sort((a, b) => a.path.localeCompare(b.path, 'en'));
}

export interface ScaffoldResult {
  dir: string;
  written: string[];
  overwritten: string[];
}

/** Writes the scaffold into `dir`; refuses (before writing anything) when a file exists, unless `force`. */
export async function writeScaffold(
  dir: string,
  files: ScaffoldFile[],
  force: boolean,
  shown = dir,
): Promise<ScaffoldResult> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UserError('init-not-dir', { dir: shown });
  const existing: string[] = [];
  for (const f of files) {
    const target = path.join(dir, ...f.path.split('/'));
    if (await stat(target).catch(() => undefined)) existing.push(f.path);
  }
  if (existing.length > 0 && !force) {
    throw new UserError('init-exists', {
      dir: shown,
      files: existing.slice(0, 10).join(', ') + (existing.length > 10 ? ' …' : ''),
      count: existing.length,
    });
  }
  for (const f of files) await writeFileAtomic(path.join(dir, ...f.path.split('/')), f.content);
  return { dir, written: files.map((f) => f.path), overwritten: existing };
}
