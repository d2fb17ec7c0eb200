/**
 * Where reform's own files are, whether run from src/ (tests) or dist/ (installed); and the one default name of a
 * report directory (commands without [dir], the folder `reform init` creates).
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { existsSync } from 'node:fs';

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'schema'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('reform: cannot find the package root (schema/ next to package.json)');
}

export const packageRoot = findRoot();
export const schemaDir = path.join(packageRoot, 'schema');
export const templatesDir = path.join(packageRoot, 'templates');

/** The report directory when none is given (`reform build` = `reform build data`) and the one `reform init` makes. */
export const DEFAULT_REPORT_DIR = 'data';
