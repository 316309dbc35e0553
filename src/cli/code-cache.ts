/**
 * Where the installed CLI keeps V8's code cache of its compiled JavaScript (./launcher.ts), and
 * how the cache is written. Parsing and compiling the CLI's functions to bytecode is a third of
 * the time it takes to lint one file; with the cache, V8 takes the bytecode it made last time.
 *
 * The cache belongs to one build of the CLI, one Node.js version and one architecture (V8 also
 * refuses a cache made with other flags, and then compiles as usual). It is kept in the user's
 * own cache folder, never in a folder other users can write to: a cache is code that runs.
 * Node's own switches for its compile cache apply: NODE_COMPILE_CACHE=DIR puts it in DIR, and
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';

const APP = 'dockerfile-practices';
const PREFIX = `${APP}-cli-`;

/** The folder for the cache, or null for none. `home` is asked only when needed (it can fail). */
export function cacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: () => string = homedir): string | null {
  if (env.NODE_DISABLE_COMPILE_CACHE === '1') return null;
  const given = env.NODE_COMPILE_CACHE;
  if (given) return given;
  try {
    if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, APP, 'Cache') : null;
    if (platform === 'darwin') return join(home(), 'Library', 'Caches', APP);
    // The XDG Base Directory specification: a relative XDG_CACHE_HOME is invalid, and ignored.
    const xdg = env.XDG_CACHE_HOME;
    return join(xdg && isAbsolute(xdg) ? xdg : join(home(), '.cache'), APP);
  } catch {
    return null;
  }
}

/** The cache file of one build of the CLI (`build`: a hash of it) for this Node.js and architecture. */
export function cacheFile(folder: string, build: string, version: string = process.version, arch: string = process.arch): string {
  return join(folder, `${PREFIX}${build}-${version}-${arch}.v8`);
}

/** The cache's bytes, or undefined when there is none (or it cannot be read). */
export function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** A run that lasted this long (ms) may have compiled much that the cache it was given lacks. */
export const LONG_RUN_MS = 500;
/** A new cache replaces the one a run was given only if it is this much larger. */
export const GROWTH = 1.05;

/**
 * The cache to write as a run ends, or null to keep the one there. `given`: the cache the run
 * took (undefined when there was none, or V8 refused it); `make` asks V8 for one, which holds
 * every function compiled so far, those the cache gave included. So the cache grows as runs use
 * more of the CLI: a first run of one file leaves out much that a run of a thousand files
 * compiles. Only a long run asks, as asking takes a few milliseconds.
 */
export function cacheToWrite(given: Buffer | undefined, ranFor: number, make: () => Buffer): Buffer | null {
  if (given === undefined) return make();
  if (ranFor < LONG_RUN_MS) return null;
  const made = make();
  return made.length >= given.length * GROWTH ? made : null;
}

/**
 * How many caches of other builds of the CLI a write leaves, the most recently written: two
 * installed versions used in turn (a project's own and a global one) keep theirs, and the caches
 * of versions no longer used go.
 */
export const OTHER_BUILDS_KEPT = 2;

/**
 * Writes the cache whole or not at all: to a file of this process's own, then renamed over the
 * cache, so that another run never reads half of one. Caches of other builds of the CLI in the
 * folder, past the OTHER_BUILDS_KEPT most recent, are removed. `data` gives null when there is
 * nothing to write. Fails silently: without a cache the next run only compiles again.
 */
export function writeCache(file: string, build: string, data: () => Buffer | null): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const bytes = data();
    if (bytes === null) return;
    const folder = dirname(file);
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
    const others = readdirSync(folder)
      .filter((name) => name.startsWith(PREFIX) && name.endsWith('.v8') && !name.startsWith(`${PREFIX}${build}-`))
      .map((name) => ({ path: join(folder, name), written: statSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.written - a.written);
    for (const old of others.slice(OTHER_BUILDS_KEPT)) rmSync(old.path, { force: true });
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Left behind: the next write of this process id replaces it.
    }
  }
}
