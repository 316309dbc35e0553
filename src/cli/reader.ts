/**
 * A reader thread (Node only) for a lint of many files: while this thread lints, it reads the
 * next Dockerfiles, lists their folders and reads the .dockerignore each will use, and sends
 * them over in batches. A lint of thousands of small files otherwise spends a fifth of its time
 * in those three system calls a file, one after another on this thread. (Promises on libuv's
 * threads were tried first: a promise a read cost more than the read, and the lint took twice as long.)
 *
 * This thread never waits for the reader: it takes what has come (receiveMessageOnPort, without
 * going back to the event loop) and reads for itself what has not, while the reader starts and
 * wherever it falls behind. The reader skips past the file being linted (a shared counter).
 *
 * What the reader sends is only a head start: the lint asks for the same text, listing and
 * .dockerignore as it would without it, and reads for itself whatever the reader could not (a
 * file the reader failed to read is read again here, so its error is reported by the same code).
 * It is not used while fixing, which rewrites the files it would have read ahead.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** Fewer files than this are read on this thread: starting the reader costs about as much as reading a thousand. */
export const READER_MIN_FILES = 1000;
/** True if a lint of this many files reads them ahead: enough of them, and a second CPU to read on. */
export function readsAhead(files: number): boolean {
  return files >= READER_MIN_FILES && availableParallelism() > 1;
}

/** Files a batch carries: one message per batch. */
const BATCH = 64;
/** How far ahead of the lint the reader may get: what it has read and the lint has not is held in memory. */
const AHEAD = 2048;

/** What the reader read for one file; a null field was not read (the lint reads it itself). */
export interface Read {
  readonly text: string | null;
  /** The Dockerfile's folder: its entries' names, and a kind each ('f' file, 'd' folder, '?' anything else). */
  readonly names: readonly string[] | null;
  readonly kinds: string | null;
  /** The .dockerignore the lint will ask for, by the path it will ask with, and its text. */
  readonly ignorePath: string | null;
  readonly ignoreText: string | null;
}

type Batch = [index: number, text: string | null, names: string[] | null, kinds: string | null, ignorePath: string | null, ignoreText: string | null][];

/** What the reader is given. */
interface Task {
  readonly files: readonly string[];
  /** --context, or null (then each folder's .dockerignore is read too). */
  readonly context: string | null;
  readonly batch: number;
  readonly ahead: number;
  readonly port: MessagePort;
  /**
   * [LINTING]: the index of the file being linted, which the reader skips past. [WAKE]: while the
   * reader waits for the lint to catch up, the index at which to wake it (else 0).
   */
  readonly shared: Int32Array;
}

const LINTING = 0;
const WAKE = 1;

/**
 * The reader's body, which the thread runs as a script of its own, so that it loads nothing but
 * node:fs, node:path and node:worker_threads, all asked for inside it.
 */
function readAll(): void {
  const { workerData } = process.getBuiltinModule('node:worker_threads');
  const { readFileSync, readdirSync } = process.getBuiltinModule('node:fs');
  const { basename, dirname, join } = process.getBuiltinModule('node:path');
  const { files, context, batch: size, ahead, port, shared } = workerData as Task;
  // As the constants above (this function runs alone, without them).
  const [LINTING, WAKE] = [0, 1];
  /**
   * What the lint will ask for file `n`: its text, its folder's listing, and the .dockerignore it
   * will use (as LintSession.dockerignore asks: <Dockerfile>.dockerignore beside it, else, without
   * --context, the folder's). A function of its own, apart from the loop, with no closure per
   * file: the optimizing compiler compiles it once, where it compiled the whole loop three times
   * over (on-stack replacement, then again after each rare branch first ran: 100 ms of compiling).
   */
  const readOne = (n: number, file: string): Batch[number] => {
    let text: string | null = null;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // Left for the lint to read, and report.
    }
    const dir = dirname(file);
    let names: string[] | null = null;
    let kinds: string | null = null;
    let ignorePath: string | null = null;
    try {
      const entries = readdirSync(dir, { withFileTypes: true });
      const own = `${basename(file)}.dockerignore`;
      let ownIgnore = false;
      let folderIgnore = false;
      names = [];
      kinds = '';
      for (const e of entries) {
        const isFile = e.isFile();
        names.push(e.name);
        kinds += isFile ? 'f' : e.isDirectory() ? 'd' : '?';
        if (isFile && e.name === own) ownIgnore = true;
        else if (isFile && e.name === '.dockerignore') folderIgnore = true;
      }
      ignorePath = ownIgnore ? `${file}.dockerignore` : context === null && folderIgnore ? join(dir, '.dockerignore') : null;
    } catch {
      names = null;
      kinds = null;
    }
    let ignoreText: string | null = null;
    if (ignorePath !== null) {
      try {
        ignoreText = readFileSync(ignorePath, 'utf8');
      } catch {
        // As the text above.
      }
    }
    return [n, text, names, kinds, ignorePath, ignoreText];
  };
  /** Sleeps until the lint has reached file `wake`, which wakes this thread (the timeout is a backstop). */
  const sleepUntil = (wake: number): void => {
    Atomics.store(shared, WAKE, wake);
    // The lint stores its index and then reads WAKE; this stores WAKE and then reads the index:
    // one of the two sees the other's store, so no wake-up is missed.
    while (Atomics.load(shared, LINTING) < wake) Atomics.wait(shared, WAKE, wake, 100);
    Atomics.store(shared, WAKE, 0);
  };
  let batch: Batch = [];
  for (let n = 0; n < files.length; n++) {
    // Nothing behind the file being linted: that one is read there already.
    n = Math.max(n, Atomics.load(shared, LINTING) + 1);
    if (n > Atomics.load(shared, LINTING) + ahead) {
      // Far enough ahead: send what is read, and sleep until the lint is half that far behind,
      // so that it wakes this thread once per half `ahead` files, not once per file or batch.
      if (batch.length > 0) port.postMessage(batch);
      batch = [];
      sleepUntil(n - (ahead >> 1));
    }
    const file = files[n];
    if (file === undefined) break;
    if (file !== '-') batch.push(readOne(n, file));
    if (batch.length === size) {
      port.postMessage(batch);
      batch = [];
    }
  }
  port.postMessage(batch);
}

export class Reader {
  /** The batch being taken from, and the position in it of the first entry not taken. */
  #batch: Batch = [];
  #at = 0;
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #shared = new Int32Array(new SharedArrayBuffer(8));

  /** `context`: --context, or null. */
  constructor(files: readonly string[], context: string | null) {
    const { port1, port2 } = new MessageChannel();
    this.#port = port1;
    // Nothing is linted yet: set before the thread starts, which skips past what this says.
    this.#shared[LINTING] = -1;
    const task: Task = { files, context, batch: BATCH, ahead: AHEAD, port: port2, shared: this.#shared };
    this.#worker = new Worker(`(${readAll.toString()})()`, { eval: true, workerData: task, transferList: [port2] });
    // A reader that fails only leaves the reading to the lint.
    this.#worker.on('error', () => {});
    this.finished = new Promise((resolve) => this.#worker.once('exit', () => resolve()));
  }

  /** Settles when the reader has sent all it read (or failed, or was closed). */
  readonly finished: Promise<void>;

  /**
   * What the reader has read for file `n` (an index into the files) so far; null when it has not:
   * read it here. Asked with increasing `n`, as the reader sends the files in that order.
   */
  read(n: number): Read | null {
    Atomics.store(this.#shared, LINTING, n);
    // Wake a reader that waits for the lint to reach this file (a wake-up costs a system call).
    const wake = Atomics.load(this.#shared, WAKE);
    if (wake > 0 && n >= wake && Atomics.compareExchange(this.#shared, WAKE, wake, 0) === wake) Atomics.notify(this.#shared, WAKE);
    for (;;) {
      const batch = this.#batch;
      while (this.#at < batch.length && (batch[this.#at]?.[0] ?? n) < n) this.#at++;
      const entry = batch[this.#at];
      if (entry) {
        // Past n: the reader skipped it (it was being linted when the reader got there).
        if (entry[0] !== n) return null;
        this.#at++;
        const [, text, names, kinds, ignorePath, ignoreText] = entry;
        return { text, names, kinds, ignorePath, ignoreText };
      }
      // Later batches wait in the port, not in memory here, until the lint gets to them.
      const m = receiveMessageOnPort(this.#port);
      if (!m) return null;
      this.#batch = m.message as Batch;
      this.#at = 0;
    }
  }

  /** Stops the thread, whether or not it is done. */
  async close(): Promise<void> {
    await this.#worker.terminate();
  }
}
