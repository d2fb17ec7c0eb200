/**
 * Which report a command reads when none is named, found as git finds its repository: `data/` (holding
 * report.yaml) in the current folder or the nearest folder above it; else the current folder itself when it
 * holds report.yaml (run from inside data/ without a data/ above). A folder named on the command line is used as
 * it is (its own errors name it). When nothing is found the error says where it looked and, when a folder just
 * below holds a report (run from the parent of a project), what to pass.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { DEFAULT_REPORT_DIR } from '../paths.js';
const MANIFEST = 'report.yaml';

const isFile = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** A path as the user types it from `cwd`: relative where that is shorter, with the platform's separators. */
function shown(cwd: string, p: string): string {
  const rel = path.relative(cwd, p);
  return rel === '' ? '.' : rel.split(path.sep).length <= 4 ? rel : p;
}

/** The folders just below `dir` whose data/ (or themselves) hold a report: the likely projects of a parent. */
function reportsBelow(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => !n.startsWith('.') && n !== 'node_modules');
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const n of names.sort().slice(0, 500)) {
    if (isFile(path.join(dir, n, DEFAULT_REPORT_DIR, MANIFEST))) out.push(path.join(n, DEFAULT_REPORT_DIR));
    else if (isFile(path.join(dir, n, MANIFEST))) out.push(n);
    if (out.length >= 3) break;
  }
  return out;
}

/** The report folder to read (relative to `cwd` where found by search); a UserError when none is found. */
export function findReportDir(given: string | undefined, cwd: string): string {
  if (given !== undefined) return given;
  const start = path.resolve(cwd);
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (isFile(path.join(dir, DEFAULT_REPORT_DIR, MANIFEST))) return shown(start, path.join(dir, DEFAULT_REPORT_DIR));
    if (path.dirname(dir) === dir) break;
  }
  if (isFile(path.join(start, MANIFEST))) return '.';
  // A data/ without report.yaml right here: let the loader say what is missing in it, as before.
  if (existsSync(path.join(start, DEFAULT_REPORT_DIR))) return DEFAULT_REPORT_DIR;
  const below = reportsBelow(start);
  throw new UserError('report-not-found', {
    cwd: start,
    suggestion: below.length > 0 ? below.join(', ') : '',
  });
}
