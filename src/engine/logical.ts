/**
 * An instruction's arguments as the builder sees them: line continuations joined, comment
 * lines and empty lines inside a continuation dropped, heredoc bodies left out. Every
 * character keeps the offset it came from, so findings point into the original text.
 *
 * The offsets are kept as runs (one per physical line that contributes), not per character:
 * most instructions are one line, so this allocates almost nothing.
 */
export interface Logical {
  readonly text: string;
  /** Pairs [logical index, original offset] where each run of original text starts. */
  readonly runs: readonly number[];
  /** Original offset just past the last character (or where an empty text starts). */
  readonly end: number;
}

export interface LogicalLine extends Logical {
  /** Original offset where the logical line ended (its final line break, or the limit). */
  readonly lineEnd: number;
}

/** Original offset of logical index i; i === text.length gives the offset after the end. */
export function offsetOf(l: Logical, i: number): number {
  if (i >= l.text.length) return l.end;
  const runs = l.runs;
  // Binary search for the last run starting at or before i (an instruction continued over
  // thousands of lines has thousands of runs, and every word asks for its offsets).
  let lo = 0;
  let hi = (runs.length >> 1) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((runs[mid * 2] ?? 0) <= i) lo = mid;
    else hi = mid - 1;
  }
  const k = lo * 2;
  return (runs[k + 1] ?? 0) + (i - (runs[k] ?? 0));
}

function isNewline(c: number): boolean {
  return c === 10 || c === 13;
}

function skipNewline(text: string, i: number): number {
  if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) return i + 2;
  return i + 1;
}

/**
 * Runs being collected by readLogicalLine, reused from call to call: its first `runCount`
 * numbers are the runs. (An array emptied with `length = 0` drops its storage, and one grown
 * by push keeps room for 17 numbers, so the result gets an array of exactly its size.)
 */
const scratchRuns: number[] = [];
let runCount = 0;

/** Reads one logical line of `text` from `start`, never past `limit`. */
export function readLogicalLine(text: string, start: number, limit: number, escape: string): LogicalLine {
  const esc = escape.charCodeAt(0);
  runCount = 0;
  let out = '';
  let runStart = start;
  let i = start;
  let lineEnd = limit;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === esc) {
      let j = i + 1;
      while (j < limit && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      if (j >= limit) {
        // An escape (and blanks) at the very end: a continuation with nothing after it.
        out = addRun(text, runStart, i, out);
        runStart = limit;
        i = limit;
        break;
      }
      if (isNewline(text.charCodeAt(j))) {
        out = addRun(text, runStart, i, out);
        i = skipContinuedLines(text, skipNewline(text, j), limit);
        runStart = i;
        continue;
      }
    } else if (isNewline(c)) {
      lineEnd = i;
      break;
    }
    i++;
  }
  if (i >= limit) lineEnd = limit;
  out = addRun(text, runStart, Math.min(i, limit), out);
  const runs = scratchRuns;
  const lastRun = runCount - 2;
  const end = lastRun >= 0 ? (runs[lastRun + 1] ?? 0) + (out.length - (runs[lastRun] ?? 0)) : start;
  const kept = runCount === 0 ? [0, start] : runCount === 2 ? [0, runs[1] ?? start] : runs.slice(0, runCount);
  // An instruction continued over thousands of lines does not keep its scratch storage.
  if (runCount > 1024) runs.length = 0;
  return { text: out, runs: kept, end, lineEnd };
}

/** Appends text[from, to) to `out` as a run (when not empty), and returns the new text. */
function addRun(text: string, from: number, to: number, out: string): string {
  if (to <= from) return out;
  scratchRuns[runCount++] = out.length;
  scratchRuns[runCount++] = from;
  return out + text.slice(from, to);
}

/** After a continuation: skip the comment lines and empty lines the builder ignores. */
function skipContinuedLines(text: string, i: number, limit: number): number {
  for (;;) {
    let k = i;
    while (k < limit && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k >= limit) return k;
    const c = text.charCodeAt(k);
    if (c === 35 /* # */) {
      while (k < limit && !isNewline(text.charCodeAt(k))) k++;
      if (k >= limit) return k;
      i = skipNewline(text, k);
      continue;
    }
    if (isNewline(c)) {
      i = skipNewline(text, k);
      continue;
    }
    return i;
  }
}

/** A slice of a logical text, keeping the offsets. */
export function sliceLogical(l: Logical, from: number, to: number = l.text.length): Logical {
  const a = Math.max(0, Math.min(from, l.text.length));
  const b = Math.max(a, Math.min(to, l.text.length));
  if (a === 0 && b === l.text.length) return l;
  const runs: number[] = [];
  const src = l.runs;
  for (let k = 0; k < src.length; k += 2) {
    const ls = src[k] ?? 0;
    const next = k + 2 < src.length ? (src[k + 2] ?? 0) : l.text.length;
    if (next <= a || ls >= b) continue;
    const s = Math.max(ls, a);
    runs.push(s - a, (src[k + 1] ?? 0) + (s - ls));
  }
  const end = b > a ? offsetOf(l, b - 1) + 1 : offsetOf(l, a);
  return { text: l.text.slice(a, b), runs: runs.length === 2 ? [0, runs[1] ?? 0] : runs.length > 0 ? runs.slice() : [0, offsetOf(l, a)], end };
}
