/**
 * Watching the report (and a custom template directory) for changes, and running rebuilds one at a time.
 *
 * Written here rather than taken from chokidar & co. because what we need is small: a few directories,
 * "something changed" (no per-file events), debounced. `fs.watch(dir, { recursive: true })` works on
 * Windows and macOS; on Linux it is reliable only from Node 22, so with Node 20 on Linux every
 * directory is watched on its own, and the set of directories is scanned again after each change
 * (a new folder gets a watcher). Editors that save by writing a temporary file and renaming it are
 * covered because directories, not files, are watched.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export interface WatchOptions {
  /** Quiet time before a burst of events counts as one change. */
  debounceMs?: number;
  /** Decides whether a changed file matters (its path relative to the watched root, or undefined when unknown). */
  relevant?: (root: string, file: string | undefined) => boolean;
  /** Force the per-directory strategy (tests), or the recursive one. */
  recursive?: boolean;
}

export interface Watcher {
  close(): void;
}

/** Whether fs.watch's recursive option can be trusted on this platform and Node version. */
export function recursiveWatchWorks(
  platform: NodeJS.Platform = process.platform,
  version: string = process.versions.node,
): boolean {
  if (platform === 'win32' || platform === 'darwin') return true;
  return platform === 'linux' && Number(version.split('.')[0]) >= 22;
}

const SKIP_DIRS = new Set(['node_modules', '.git']);
const MAX_DEPTH = 4;

async function directoriesUnder(root: string, depth = 0): Promise<string[]> {
  const out = [root];
  if (depth >= MAX_DEPTH) return out;
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    // Symbolic links are not followed: they could lead anywhere (the loader refuses them too).
    if (e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.'))
      out.push(...(await directoriesUnder(path.join(root, e.name), depth + 1)));
  }
  return out;
}

/** Calls `onChange` (debounced) when something under one of `roots` changes. */
export async function watchTrees(roots: string[], onChange: () => void, opts: WatchOptions = {}): Promise<Watcher> {
  const debounceMs = opts.debounceMs ?? 120;
  const recursive = opts.recursive ?? recursiveWatchWorks();
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const fire = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (closed) return;
      if (!recursive) void rescan();
      onChange();
    }, debounceMs);
  };

  const add = (dir: string, root: string, deep: boolean) => {
    if (watchers.has(dir) || closed) return;
    try {
      const w = watch(dir, { recursive: deep, persistent: true }, (_event, name) => {
        const rel = name ? path.relative(root, path.join(dir, name.toString())) : undefined;
        if (!opts.relevant || opts.relevant(root, rel)) fire();
      });
      // A watched directory that disappears (deleted, renamed) reports an error: drop its watcher.
      w.on('error', () => {
        w.close();
        watchers.delete(dir);
        fire();
      });
      watchers.set(dir, w);
    } catch {
      // The directory vanished between listing and watching: the next scan will tell.
    }
  };

  const rescan = async () => {
    for (const root of roots) for (const dir of await directoriesUnder(root)) add(dir, root, false);
  };

  if (recursive) for (const root of roots) add(root, root, true);
  else await rescan();

  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}

/**
 * Runs `task` one at a time. A request while it runs is not lost: it schedules exactly one more run
 * after the current one (several requests during a run collapse into that one).
 */
export function serialRunner(task: () => Promise<void>): { request(): Promise<void>; idle(): Promise<void> } {
  let running: Promise<void> | undefined;
  let again = false;
  const loop = async () => {
    do {
      again = false;
      try {
        await task();
      } catch {
        // The task reports its own errors; the runner must keep going.
      }
    } while (again);
    running = undefined;
  };
  return {
    request() {
      if (running) {
        again = true;
        return running;
      }
      running = loop();
      return running;
    },
    idle() {
      return running ?? Promise.resolve();
    },
  };
}
