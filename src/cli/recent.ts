/**
 * A map that keeps what a run used lately, for the caches the CLI keeps per folder. A lint of
 * thousands of Dockerfiles in as many folders asks about most folders for one file only; keeping
 * every folder's record to the end made the garbage collector copy and promote them all, and
 * made the run about a tenth slower. Entries set or read since the last of the most recent
 * `capacity` insertions are kept; older ones are dropped, and worked out again if asked for
 * (the folders above the Dockerfiles, asked about for every file, stay).
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
