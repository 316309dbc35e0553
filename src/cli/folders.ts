/**
 * What a folder holds, found once while the run uses the folder. Looking for configuration files
 * upward from every Dockerfile, and for its .dockerignore, asks the same folders for the same
 * names again and again; most of the answers are "no such file". A Dockerfile's own folder, asked about many
 * names, is listed once (a reader thread may have listed it already: ./reader.ts), and the listing
 * answers them all: a lint of 6,000 Dockerfiles in as many folders otherwise spends more time in
 * failed stats than in linting. A folder above it is asked about a few names (configuration
 * files, .git), once each, by stat: it may hold thousands of entries. Everything worked out about
 * a folder (its listing, its repository's root, the nearest configuration) is kept in one record,
 * so each question costs one lookup. Records are kept for the folders the run used lately
 * (RecentMap): one dropped is worked out again if a later Dockerfile asks, which the folders
 * above the Dockerfiles, asked about for every file, never are.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { KEPT_FOLDERS, RecentMap } from './recent.ts';

export type Kind = 'file' | 'folder';

/** A path's kind, following symbolic links; null when it does not exist or is neither. */
export function kindOf(path: string): Kind | null {
  try {
    const s = statSync(path, { throwIfNoEntry: false });
    return s === undefined ? null : s.isFile() ? 'file' : s.isDirectory() ? 'folder' : null;
  } catch {
    return null;
  }
}

/** A folder's entry as a listing gives it: its name and kind (symbolic links are not followed). */
export interface Entry {
  readonly name: string;
  isFile(): boolean;
  isDirectory(): boolean;
}

/** The kind letter of each entry, in order, as one string: 'f' a file, 'd' a folder, '?' anything else (a link). */
function kindsOf(entries: readonly Entry[]): string {
  let kinds = '';
  for (const e of entries) kinds += e.isFile() ? 'f' : e.isDirectory() ? 'd' : '?';
  return kinds;
}

/** An entry of a listing, made only when someone asks for the entries (listing a context). */
class ListedEntry implements Entry {
  readonly name: string;
  readonly #kind: string;
  constructor(name: string, kind: string) {
    this.name = name;
    this.#kind = kind;
  }
  isFile(): boolean {
    return this.#kind === 'f';
  }
  isDirectory(): boolean {
    return this.#kind === 'd';
  }
}

/** Up to this many entries, a name is looked up by a scan: a map per small folder costs more than it saves. */
const SCANNED = 16;

/** One folder of the run, by absolute path. */
class Folder {
  /** Its entries' names and kinds (kindsOf's letters); null when it cannot be listed; undefined until listed. */
  names: readonly string[] | null | undefined = undefined;
  kinds = '';
  /** Position by name, once a large folder is asked about a name. */
  byName: Map<string, number> | undefined = undefined;
  entries: readonly Entry[] | undefined = undefined;
  /** The nearest folder from here upward that holds .git (null: none); undefined until asked. */
  root: string | null | undefined = undefined;
  fromRoot: string | null | undefined = undefined;
  /** Answers of nearest(): the names asked for, and the file found for them (few lists are asked). */
  nearest: (readonly string[] | string | null)[] | undefined = undefined;
  /** Kinds of names asked about in a folder that is not listed (found by stat): name, kind, name, kind... */
  probed: (string | Kind | null)[] | undefined = undefined;
}

/**
 * A folder path made only of names joined by single slashes, absolute or not, with no slash at the
 * end and no name that is . or .. (nor, to keep the test simple, that starts with a dot):
 * path.resolve and path.join would only add the working folder or a slash.
 */
const plainFolder = /^\/?[^/.][^/]*(?:\/[^/.][^/]*)*$/;

/** path.join(dir, name) for a plain name, without normalizing a folder that needs none (most do not). */
export function inFolder(dir: string, name: string): string {
  return sep === '/' && plainFolder.test(dir) ? `${dir}/${name}` : join(dir, name);
}

export class Folders {
  private readonly folders = new RecentMap<string, Folder>(KEPT_FOLDERS);
  private readonly absolutes = new RecentMap<string, string>(KEPT_FOLDERS);

  /**
   * A folder's absolute path, as path.resolve gives it, once per folder: the .dockerignore,
   * configuration and context lookups each ask for every Dockerfile's folder. The working folder
   * must not change during the run.
   */
  absolute(dir: string): string {
    let path = this.absolutes.get(dir);
    if (path === undefined) this.absolutes.set(dir, (path = sep === '/' && plainFolder.test(dir) ? (dir.startsWith('/') ? dir : this.cwd + dir) : resolve(dir)));
    return path;
  }

  /** The working folder, as path.resolve() gives it, with a slash at the end. */
  private readonly cwd = resolve().replace(/\/?$/, '/');

  private folder(dir: string): Folder {
    let folder = this.folders.get(dir);
    if (folder === undefined) this.folders.set(dir, (folder = new Folder()));
    return folder;
  }

  /**
   * Lists the folder (an absolute path), unless it is listed already: a Dockerfile's own folder,
   * asked about many names. Other folders (those above it, asked about a few names each on the way
   * to the repository's root) are not listed unless entries() asks: one of them may hold thousands.
   */
  list(dir: string): void {
    this.listed(dir);
  }

  /** The folder's record, listed. */
  private listed(dir: string): Folder {
    const folder = this.folder(dir);
    if (folder.names === undefined) {
      try {
        const entries = readdirSync(dir, { withFileTypes: true });
        folder.names = entries.map((e) => e.name);
        folder.kinds = kindsOf(entries);
      } catch {
        folder.names = null;
      }
    }
    return folder;
  }

  /** Takes a listing read by another thread (names and their kindsOf letters), for a folder not listed yet. */
  prime(dir: string, names: readonly string[], kinds: string): void {
    const folder = this.folder(dir);
    if (folder.names === undefined) {
      folder.names = names;
      folder.kinds = kinds;
    }
  }

  /**
   * The folder's entries, as readdir gives them (symbolic links are not followed), or null when it
   * cannot be listed. `dir` is an absolute path: each folder is listed once while it is kept.
   */
  entries(dir: string): readonly Entry[] | null {
    const folder = this.listed(dir);
    const { names, kinds } = folder;
    if (!names) return null;
    return (folder.entries ??= names.map((name, k) => new ListedEntry(name, kinds[k] ?? '?')));
  }

  /**
   * The nearest folder from `dir` (an absolute path) upward that holds .git, or null when none
   * does. Each folder is asked once while it is kept: Dockerfiles in sibling folders share the answer above.
   */
  repositoryRoot(dir: string): string | null {
    return this.upward(
      dir,
      (folder) => folder.root,
      (at) => (this.kind(at, '.git') !== null ? at : undefined),
      (folder, root) => (folder.root = root),
    );
  }

  /**
   * The path of `dir` (an absolute path) from the root of the repository it is in, with slashes
   * ('' at the root), or null in none. Once per folder: a Dockerfile's path and its context's both ask.
   */
  fromRepositoryRoot(dir: string): string | null {
    const folder = this.folder(dir);
    if (folder.fromRoot === undefined) {
      const root = this.repositoryRoot(dir);
      folder.fromRoot = root === null ? null : relative(root, dir).split(sep).join('/');
    }
    return folder.fromRoot;
  }

  /**
   * The nearest file named one of `names` (the first of them that is a file, in a folder) from
   * `dir` (an absolute path) upward, stopping after a folder that holds .git (the repository's
   * root) or at the filesystem's root; null when there is none. `names` is compared by identity:
   * pass the same array each time. Each folder is asked once per list of names while it is kept.
   */
  nearest(dir: string, names: readonly string[]): string | null {
    return this.upward(
      dir,
      (folder) => {
        const known = folder.nearest;
        if (known) for (let k = 0; k < known.length; k += 2) if (known[k] === names) return known[k + 1] as string | null;
        return undefined;
      },
      (at) => {
        for (const name of names) if (this.kind(at, name) === 'file') return join(at, name);
        return this.kind(at, '.git') !== null ? null : undefined;
      },
      (folder, found) => (folder.nearest ??= []).push(names, found),
    );
  }

  /**
   * An answer worked out from `dir` (an absolute path) upward: the first folder that knows it
   * already (`known`) or can tell it (`here`: undefined to go on to the parent) gives it, and
   * every folder walked on the way keeps it (`keep`); null past the filesystem's root. A loop,
   * not a recursion: the optimizing compiler inlined the recursive walks into themselves at length.
   */
  private upward(dir: string, known: (folder: Folder) => string | null | undefined, here: (at: string) => string | null | undefined, keep: (folder: Folder, answer: string | null) => void): string | null {
    const walked: Folder[] = [];
    let answer: string | null | undefined;
    for (let at = dir; answer === undefined; ) {
      const folder = this.folder(at);
      answer = known(folder);
      if (answer !== undefined) break;
      walked.push(folder);
      answer = here(at);
      if (answer !== undefined) break;
      const parent = dirname(at);
      if (parent === at) answer = null;
      else at = parent;
    }
    for (const folder of walked) keep(folder, answer);
    return answer;
  }

  /**
   * The kind of `dir/name`, following symbolic links, as kindOf says: from the folder's listing
   * when it is listed, else by a stat (once per folder and name).
   */
  kind(dir: string, name: string): Kind | null {
    const folder = this.folder(dir);
    const { names, kinds } = folder;
    if (!names) {
      const probed = (folder.probed ??= []);
      for (let k = 0; k < probed.length; k += 2) if (probed[k] === name) return probed[k + 1] as Kind | null;
      const kind = kindOf(join(dir, name));
      probed.push(name, kind);
      return kind;
    }
    const k = names.length <= SCANNED ? names.indexOf(name) : (folder.byName ??= new Map(names.map((n, at) => [n, at]))).get(name) ?? -1;
    if (k < 0) return null;
    const kind = kinds[k];
    if (kind === 'f') return 'file';
    if (kind === 'd') return 'folder';
    // A symbolic link (or a file system that does not say): ask about what it points to.
    return kindOf(join(dir, name));
  }
}
