/**
 * What a folder holds, listed once per run. Looking for configuration files upward from every
 * Dockerfile, and for its .dockerignore, asks the same folders for the same names again and
 * again; most of the answers are "no such file". One listing per folder answers them all: a
 * lint of 6,000 Dockerfiles in as many folders otherwise spends more time in failed stats than
 * in linting.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

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

/** What the lookups read of a folder's entry: a Dirent, or one a reader thread sent (./reader.ts). */
export interface Entry {
  readonly name: string;
  isFile(): boolean;
  isDirectory(): boolean;
}

/** A folder's entries, and the same by name once a large folder is asked about a name. */
interface Listing {
  readonly entries: readonly Entry[];
  byName?: Map<string, Entry>;
}

/** Up to this many entries, a name is looked up by a scan: a map per small folder costs more than it saves. */
const SCANNED = 16;

export class Folders {
  /** Per folder: its listing, or null when it cannot be listed (then each name is stat'ed). */
  private readonly listings = new Map<string, Listing | null>();
  private readonly absolutes = new Map<string, string>();
  private readonly roots = new Map<string, string | null>();
  private readonly fromRoots = new Map<string, string | null>();

  /**
   * A folder's absolute path, as path.resolve gives it, once per folder: the .dockerignore,
   * configuration and context lookups each ask for every Dockerfile's folder. The working folder
   * must not change during the run.
   */
  absolute(dir: string): string {
    let path = this.absolutes.get(dir);
    if (path === undefined) this.absolutes.set(dir, (path = resolve(dir)));
    return path;
  }

  private listing(dir: string): Listing | null {
    let listing = this.listings.get(dir);
    if (listing === undefined) {
      try {
        listing = { entries: readdirSync(dir, { withFileTypes: true }) };
      } catch {
        listing = null;
      }
      this.listings.set(dir, listing);
    }
    return listing;
  }

  /** Takes a listing read by another thread, for a folder not listed yet. */
  prime(dir: string, entries: readonly Entry[]): void {
    if (!this.listings.has(dir)) this.listings.set(dir, { entries });
  }

  /**
   * The folder's entries, as readdir gives them (symbolic links are not followed), or null when it
   * cannot be listed. `dir` is an absolute path: each folder is listed once per run.
   */
  entries(dir: string): readonly Entry[] | null {
    return this.listing(dir)?.entries ?? null;
  }

  /**
   * The nearest folder from `dir` (an absolute path) upward that holds .git, or null when none
   * does. Each folder is asked once per run: Dockerfiles in sibling folders share the answer above.
   */
  repositoryRoot(dir: string): string | null {
    let root = this.roots.get(dir);
    if (root === undefined) {
      const parent = dirname(dir);
      root = this.kind(dir, '.git') !== null ? dir : parent === dir ? null : this.repositoryRoot(parent);
      this.roots.set(dir, root);
    }
    return root;
  }

  /**
   * The path of `dir` (an absolute path) from the root of the repository it is in, with slashes
   * ('' at the root), or null in none. Once per folder: a Dockerfile's path and its context's both ask.
   */
  fromRepositoryRoot(dir: string): string | null {
    let path = this.fromRoots.get(dir);
    if (path === undefined) {
      const root = this.repositoryRoot(dir);
      this.fromRoots.set(dir, (path = root === null ? null : relative(root, dir).split(sep).join('/')));
    }
    return path;
  }

  /** The kind of `dir/name`, following symbolic links, as kindOf says, from the folder's listing when it has one. */
  kind(dir: string, name: string): Kind | null {
    const listing = this.listing(dir);
    if (listing === null) return kindOf(join(dir, name));
    const { entries } = listing;
    const entry = entries.length <= SCANNED ? entries.find((e) => e.name === name) : (listing.byName ??= new Map(entries.map((e) => [e.name, e]))).get(name);
    if (entry === undefined) return null;
    if (entry.isFile()) return 'file';
    if (entry.isDirectory()) return 'folder';
    // A symbolic link (or a file system that does not say): ask about what it points to.
    return kindOf(join(dir, name));
  }
}
