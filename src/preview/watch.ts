/**
 * Watching the report (and a custom template directory) for changes, and running rebuilds one at a time.
 *
 * Written here rather than taken from chokidar & co. because what we need is small: a few directories,
 * "something changed" (no per-file events), debounced. `fs.watch(dir, { recursive: true })` works on
 * Windows and macOS; on Linux it is reliable only from Node 22, so with Node 20 on Linux every
 * directory is watched on its own. Editors that save by writing a temporary file and renaming it are
 * covered because directories, not files, are watched.
 *
 * After every burst of events the set of directories is scanned again before `onChange` is called, so that the
 * rebuild it starts runs with every folder watched: a new folder gets a watcher; a folder deleted and created
 * again (a branch switch, a restore) is a new inode and gets a new watcher in place of the dead one. Each root's
 * parent folder is watched too (for the root's own name only), so that a root deleted and created again is seen.
 * When a scan adds a watcher after the start, `onChange` is called once more: files written into the new folder
 * before its watcher existed are read by that rebuild.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
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

/** A directory's identity: the same path deleted and created again is another directory. */
async function identity(dir: string): Promise<string | undefined> {
  try {
    const s = await stat(dir);
    return s.isDirectory() ? `${s.dev}:${s.ino}:${s.birthtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

interface Watched {
  watcher: FSWatcher;
  id: string;
  /**
   * Set by an event named like the folder itself: on Linux that is how a watched folder's own deletion shows.
   * The next scan replaces the watcher even if the new folder has the same inode (file systems reuse them).
   */
  suspect?: boolean;
}

/** Calls `onChange` (debounced) when something under one of `roots` changes. */
export async function watchTrees(roots: string[], onChange: () => void, opts: WatchOptions = {}): Promise<Watcher> {
  const debounceMs = opts.debounceMs ?? 120;
  const recursive = opts.recursive ?? recursiveWatchWorks();
  const watchers = new Map<string, Watched>();
  const parents = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let scanning: Promise<boolean> = Promise.resolve(false);

  const fire = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (closed) return;
      // Scans run one after the other; onChange only once the folders are watched again.
      scanning = scanning.then(rescan);
      void scanning.then((added) => {
        if (closed) return;
        onChange();
        if (added) fire();
      });
    }, debounceMs);
  };

  const drop = (dir: string) => {
    watchers.get(dir)?.watcher.close();
    watchers.delete(dir);
  };

  /** Watches `dir`; true when a watcher was added. */
  const add = async (dir: string, root: string, deep: boolean): Promise<boolean> => {
    if (closed) return false;
    const id = await identity(dir);
    const known = watchers.get(dir);
    if (known && known.id === id && !known.suspect) return false;
    if (known) drop(dir);
    if (id === undefined) return false;
    try {
      const w = watch(dir, { recursive: deep, persistent: true }, (_event, name) => {
        const watched = watchers.get(dir);
        if (watched?.watcher === w && name !== null && name.toString() === path.basename(dir)) {
          watched.suspect = true;
          fire();
        }
        const rel = name ? path.relative(root, path.join(dir, name.toString())) : undefined;
        if (!opts.relevant || opts.relevant(root, rel)) fire();
      });
      // A watched directory that disappears (deleted, renamed) may report an error: drop its watcher.
      w.on('error', () => {
        if (watchers.get(dir)?.watcher === w) drop(dir);
        else w.close();
        fire();
      });
      watchers.set(dir, { watcher: w, id });
      return true;
    } catch {
      // The directory vanished between listing and watching: the next scan will tell.
      return false;
    }
  };

  /** The root's parent, for the root's own name: a root deleted and created again. */
  const watchParent = (root: string) => {
    const parent = path.dirname(root);
    if (parents.has(root) || parent === root) return;
    try {
      const w = watch(parent, { persistent: true }, (_event, name) => {
        if (name === null || name.toString() === path.basename(root)) fire();
      });
      w.on('error', () => {
        w.close();
        parents.delete(root);
      });
      parents.set(root, w);
    } catch {
      // No parent to watch (removed, no permission): the root's own watcher still works while it lives.
    }
  };

  /** Drops the watchers of folders that are gone or replaced, watches every folder there is; true if any added. */
  const rescan = async (): Promise<boolean> => {
    if (closed) return false;
    for (const [dir, w] of [...watchers]) if (w.suspect || (await identity(dir)) !== w.id) drop(dir);
    let added = false;
    for (const root of roots) {
      watchParent(root);
      const dirs = recursive ? [root] : await directoriesUnder(root);
      for (const dir of dirs) if (await add(dir, root, recursive)) added = true;
    }
    return added;
  };

  await rescan();

  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers.values()) w.watcher.close();
      for (const w of parents.values()) w.close();
      watchers.clear();
      parents.clear();
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
