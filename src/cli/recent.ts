/**
 * A map that keeps what a run used lately, for the caches the CLI keeps per folder. A lint of
 * thousands of Dockerfiles in as many folders asks about most folders for one file only. Entries
 * set or read since the last of the most recent `capacity` insertions are kept; older ones are
 * dropped, and worked out again if asked for (the folders above the Dockerfiles, asked about for
 * every file, stay).
 */
export class RecentMap<K, V> {
  #young = new Map<K, V>();
  #old = new Map<K, V>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  get(key: K): V | undefined {
    const value = this.#young.get(key);
    if (value !== undefined) return value;
    const older = this.#old.get(key);
    // Asked for again: kept for another generation.
    if (older !== undefined) this.set(key, older);
    return older;
  }

  set(key: K, value: V): void {
    this.#young.set(key, value);
    if (this.#young.size >= this.#capacity) {
      this.#old = this.#young;
      this.#young = new Map();
    }
  }
}

/**
 * The capacity of the per-folder caches: small enough that a folder's records, dropped after at
 * most twice this many other folders, die before the young generation's next collection (a few
 * hundred files apart) and are never copied to the old one. Over the 5,992-file bench, the main
 * thread's collections promoted 7 MB with 64, against 11 MB with every folder kept to the end
 * (--trace-gc-nvp). An earlier capacity of 512 kept them past that collection, and measured no
 * change.
 */
export const KEPT_FOLDERS = 64;
