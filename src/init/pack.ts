/**
 * reform as a package an office's repository carries: the running reform (an installed copy or a
 * checkout with dist/ built) packed into an npm tarball, the same files `npm pack` ships, so that
 * `reform init` and `reform upgrade` can put it into vendor/ and `npm ci` works on any computer.
 *
 * Written here rather than by running `npm pack`: an installed reform has no tarball and no npm
 * project around it, the packed package.json must lose the scripts (`prepare` runs tsc, which an
 * installation has not, and npm warns about every install script of a file dependency), and the
 * bytes must not depend on the time or the computer, so that packing the same reform again gives the
 * same file and the office's package-lock.json stays valid. The tar format is tar-stream's; gzip is node's.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { extract, pack } from 'tar-stream';
import { UserError } from '../errors.js';
import { packageRoot } from '../paths.js';

/** npm's own fixed date for packed files (`npm pack` uses it too), so that a tarball does not depend on the clock. */
const PACKED_MTIME = new Date('1985-10-26T08:15:00.000Z');

/** What npm never packs, even inside a folder that `files` lists. */
const NEVER_PACKED = [
  /^\.git$/,
  /^\.svn$/,
  /^\.hg$/,
  /^CVS$/,
  /^node_modules$/,
  /^\.DS_Store$/,
  /^\._/,
  /^\..*\.swp$/,
  /^npm-debug\.log$/,
  /^\.npmrc$/,
  /^package-lock\.json$/,
  /\.orig$/,
];

/** Files npm packs whatever `files` says. */
const ALWAYS_PACKED = /^(readme|license|licence|copying)(\..*)?$/i;

/** The manifest fields an installed reform needs; scripts and devDependencies stay in reform's repository. */
const PACKED_FIELDS = [
  'name',
  'version',
  'description',
  'license',
  'private',
  'type',
  'bin',
  'engines',
  'dependencies',
  'files',
] as const;

export interface PackedFile {
  /** Path inside the package, with forward slashes (without npm's `package/` prefix). */
  path: string;
  data: Buffer;
}

export interface ReformPackage {
  name: string;
  version: string;
  /** `reform-0.1.0.tgz`, as `npm pack` names it. */
  fileName: string;
  files: PackedFile[];
}

export function tarballName(name: string, version: string): string {
  return `${name.replace(/^@/, '').replace(/[/\\]/g, '-')}-${version}.tgz`;
}

async function walk(root: string, rel: string, out: string[]): Promise<void> {
  const abs = path.join(root, ...rel.split('/'));
  const info = await lstat(abs).catch(() => undefined);
  if (!info) return;
  if (info.isFile()) {
    out.push(rel);
    return;
  }
  if (!info.isDirectory()) return;
  for (const name of (await readdir(abs)).sort()) {
    if (NEVER_PACKED.some((re) => re.test(name))) continue;
    await walk(root, `${rel}/${name}`, out);
  }
}

/** The manifest as packed: only what an installation uses. */
export function packedManifest(pkg: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of PACKED_FIELDS) if (pkg[key] !== undefined) out[key] = pkg[key];
  return out;
}

/** The files of the reform at `root`, as npm would pack them (its package.json's `files`). */
export async function reformPackage(root = packageRoot): Promise<ReformPackage> {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  const name = String(pkg.name);
  const version = String(pkg.version);
  const main = typeof pkg.bin === 'object' && pkg.bin ? Object.values(pkg.bin)[0] : undefined;
  // A checkout that was never compiled would give an office a reform that cannot start.
  if (!(await lstat(path.join(root, 'dist', 'cli.js')).catch(() => undefined)))
    throw new UserError('init-not-built', { dir: root });
  const listed = Array.isArray(pkg.files) ? pkg.files.map(String) : [];
  const rels: string[] = [];
  for (const entry of listed) {
    const rel = entry.replace(/\\/g, '/').replace(/^\.?\/+|\/+$/g, '');
    if (!rel || rel.split('/').includes('..')) continue;
    await walk(root, rel, rels);
  }
  for (const name of (await readdir(root)).sort()) {
    if (ALWAYS_PACKED.test(name) && (await lstat(path.join(root, name))).isFile()) rels.push(name);
  }
  const unique = [...new Set(rels.filter((r) => r !== 'package.json'))].sort();
  const files: PackedFile[] = [
    { path: 'package.json', data: Buffer.from(`${JSON.stringify(packedManifest(pkg), null, 2)}\n`) },
  ];
  for (const rel of unique) files.push({ path: rel, data: await readFile(path.join(root, ...rel.split('/'))) });
  if (typeof main === 'string' && !files.some((f) => f.path === main.replace(/^\.\//, '')))
    throw new UserError('init-not-built', { dir: root });
  return { name, version, fileName: tarballName(name, version), files };
}

/** The .tgz of a package: `package/…` entries, fixed dates and owners, and gzip without the OS byte. */
export async function tarball(files: PackedFile[], executables: string[] = []): Promise<Buffer> {
  const tar = pack();
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    tar.on('data', (c) => chunks.push(c as Buffer));
    tar.on('end', () => resolve());
    tar.on('error', reject);
  });
  for (const f of files) {
    tar.entry(
      {
        name: `package/${f.path}`,
        size: f.data.length,
        mode: executables.includes(f.path) ? 0o755 : 0o644,
        mtime: PACKED_MTIME,
        uid: 0,
        gid: 0,
        type: 'file',
      },
      f.data,
    );
  }
  tar.finalize();
  await done;
  const gz = gzipSync(Buffer.concat(chunks), { level: 9 });
  // Byte 9 of a gzip header names the operating system: the same package packed on Windows and Linux is one file.
  gz[9] = 0xff;
  return gz;
}

/** The running (or given) reform as a tarball, with its name. */
export async function packReform(root = packageRoot): Promise<ReformPackage & { data: Buffer }> {
  const p = await reformPackage(root);
  const manifest = JSON.parse(p.files[0].data.toString('utf8'));
  const bins = typeof manifest.bin === 'object' && manifest.bin ? Object.values(manifest.bin).map(String) : [];
  return {
    ...p,
    data: await tarball(
      p.files,
      bins.map((b) => b.replace(/^\.\//, '')),
    ),
  };
}

/** Limits for reading a tarball found in an office's repository: it is input, not reform's own. */
const MAX_TARBALL_BYTES = 64 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/**
 * The files of a package tarball that `wanted` accepts (by path without `package/`), read into memory,
 * nothing written. Returns undefined when the bytes are not a gzip'd tar.
 */
export async function readTarball(
  data: Buffer,
  wanted: (file: string) => boolean,
): Promise<Map<string, Buffer> | undefined> {
  if (data.length > MAX_TARBALL_BYTES) return undefined;
  let tar: Buffer;
  try {
    tar = gunzipSync(data, { maxOutputLength: MAX_UNPACKED_BYTES });
  } catch {
    return undefined;
  }
  const out = new Map<string, Buffer>();
  const ex = extract();
  try {
    const reading = (async () => {
      for await (const entry of ex) {
        const name = entry.header.name.replace(/^[^/]+\//, '');
        if (entry.header.type === 'file' && wanted(name)) {
          const parts: Buffer[] = [];
          for await (const c of entry) parts.push(c as Buffer);
          out.set(name, Buffer.concat(parts));
        } else {
          entry.resume();
        }
      }
    })();
    ex.end(tar);
    await reading;
  } catch {
    return undefined;
  }
  return out;
}
