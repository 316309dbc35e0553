/**
 * `lint --jobs N`: the files are cut into chunks, in order, which this thread and N - 1 worker
 * threads lint as they come free; the results are put back in the files' order, with each
 * chunk's messages, so stdout, stderr and the exit code are those of one thread linting every
 * file. A worker runs this module (from source) or the bundled CLI (which holds it), and knows
 * it is one by its workerData.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ConfigError } from './config.ts';
import { lintFiles, LintSession, type LintSettings, type Outcome, type Report } from './lint-files.ts';

/** Marks a worker thread of ours, and holds the run's settings. */
const ROLE = 'dockerfile-practices lint worker';

/**
 * The files one more thread needs to be worth its start: a worker takes about as long to load
 * the linter and warm it up as this thread takes to lint several hundred files.
 */
export const FILES_PER_WORKER = 1000;

/**
 * The default --jobs: one thread per two logical CPUs, but no more than the files keep busy.
 * Where two logical CPUs share a core (or its caches), two lint threads together go little
 * faster than one, unlike plain arithmetic (on the shared 2-CPU machine
 * the bench ran on, two lint loops at once took 1.25-2.0x as long as one alone, while two
 * arithmetic loops took 1.05x), and a worker costs more than that gain in loading the linter and
 * warming it up (there, --jobs 2 was no faster than --jobs 1). So a 2-CPU machine lints in one
 * thread unless --jobs says otherwise.
 */
export function defaultJobs(files: number): number {
  return Math.max(1, Math.min(Math.floor(availableParallelism() / 2), Math.floor(files / FILES_PER_WORKER)));
}

type Message = { text: string; note?: string };

/** One chunk's lint, as a worker sends it back. */
type ChunkDone = { index: number; messages: Message[] } & ({ outcome: Outcome } | { error: { message: string; config: boolean } });

/** Lints one chunk, keeping its messages instead of printing them. */
async function lintChunk(index: number, files: readonly string[], session: () => LintSession): Promise<ChunkDone> {
  const messages: Message[] = [];
  const report: Report = { write: (text, note) => messages.push(note === undefined ? { text } : { text, note }) };
  try {
    return { index, messages, outcome: await lintFiles(files, session(), report) };
  } catch (error) {
    return { index, messages, error: { message: error instanceof Error ? error.message : String(error), config: error instanceof ConfigError } };
  }
}

/** Chunk sizes, in files: large enough that sending one costs little, small enough to share out. */
const MIN_CHUNK = 16;
const MAX_CHUNK = 256;

type Chunk = { index: number; files: string[] };

/**
 * Hands out the files in order, in chunks that shrink as fewer files are left (guided
 * scheduling), so that no thread is still busy with a large chunk when the others run out.
 */
function chunker(files: readonly string[], threads: number): { take(): Chunk | null; taken(): number; finished(): boolean } {
  let cursor = 0;
  let count = 0;
  return {
    take() {
      if (cursor >= files.length) return null;
      const size = Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, Math.ceil((files.length - cursor) / (threads * 4))));
      const chunk = { index: count++, files: files.slice(cursor, cursor + size) };
      cursor += size;
      return chunk;
    },
    taken: () => count,
    finished: () => cursor >= files.length,
  };
}

/**
 * Lints the files in `jobs` threads (this one among them). Standard input and --fix stay in one
 * thread: the caller runs them with lintFiles. Throws ConfigError as lintFiles would, after the
 * messages of the files before.
 */
export async function lintInParallel(files: readonly string[], session: LintSession, jobs: number, report: Report): Promise<Outcome> {
  // A worker is started only for a few chunks' worth of files.
  const threads = Math.max(1, Math.min(jobs, Math.floor(files.length / (2 * MIN_CHUNK))));
  const chunks = chunker(files, threads);
  const done: (ChunkDone | undefined)[] = [];
  const out: Outcome = { results: [], thresholds: [], unreadable: false, changed: false };
  const noted = new Set<string>();
  let flushed = 0;
  /** Takes the finished chunks that come next in order: their messages, then their results. */
  const flush = () => {
    for (let chunk = done[flushed]; chunk !== undefined; chunk = done[flushed]) {
      done[flushed++] = undefined;
      const notedHere: string[] = [];
      for (const m of chunk.messages) {
        if (m.note !== undefined && noted.has(m.note)) continue;
        if (m.note !== undefined) notedHere.push(m.note);
        report.write(m.text);
      }
      for (const note of notedHere) noted.add(note);
      if ('error' in chunk) throw chunk.error.config ? new ConfigError(chunk.error.message) : new Error(chunk.error.message);
      out.results.push(...chunk.outcome.results);
      out.thresholds.push(...chunk.outcome.thresholds);
      out.unreadable ||= chunk.outcome.unreadable;
      out.changed ||= chunk.outcome.changed;
    }
  };

  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, rejectWith) => {
      let stopped = false;
      const reject = (error: unknown) => {
        stopped = true;
        rejectWith(error);
      };
      const finish = () => {
        try {
          flush();
          if (chunks.finished() && flushed === chunks.taken()) resolve();
        } catch (error) {
          reject(error);
        }
      };
      // Each worker has two chunks in hand, so it never waits on this thread between them.
      const give = (worker: Worker) => {
        const chunk = chunks.take();
        if (chunk) worker.postMessage(chunk);
      };
      for (let k = 1; k < threads; k++) {
        const worker = new Worker(new URL(import.meta.url), { workerData: { [ROLE]: session.settings } });
        workers.push(worker);
        worker.on('message', (chunk: ChunkDone) => {
          done[chunk.index] = chunk;
          give(worker);
          finish();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`a lint worker stopped early (exit code ${code})`)));
        give(worker);
        give(worker);
      }
      // This thread takes a chunk whenever it is free, and between two lets the workers' results in.
      const work = async () => {
        for (let chunk = chunks.take(); chunk !== null && !stopped; chunk = chunks.take()) {
          done[chunk.index] = await lintChunk(chunk.index, chunk.files, () => session);
          finish();
          await new Promise((r) => setImmediate(r));
        }
        finish();
      };
      work().catch(reject);
    });
  } finally {
    // Not waited for: the output need not wait for the threads to stop.
    for (const worker of workers) void worker.terminate();
  }
  return out;
}

/** A worker: lints the chunks it is sent, with a session of its own, and sends back each one's outcome. */
function serve(settings: LintSettings): void {
  let session: LintSession | undefined;
  parentPort?.on('message', async (chunk: Chunk) => {
    parentPort?.postMessage(await lintChunk(chunk.index, chunk.files, () => (session ??= new LintSession(settings))));
  });
}

if (!isMainThread && workerData?.[ROLE]) serve(workerData[ROLE] as LintSettings);
