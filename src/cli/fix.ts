/**
 * `lint --fix`, `--fix-unsafe` and `--fix-dry-run` (Node only). The engine fixes in passes
 * (src/engine/fix.ts); this module reads the flags, writes a fixed file atomically (a temporary
 * file beside it, then a rename, keeping its mode, its byte-order mark and its CRLF line
 * endings), and prints a unified diff for a dry run.
 */
import { chmodSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fix, lint } from '../linter/index.ts';
import type { Diagnostic, LintOptions } from '../engine/types.ts';

export interface FixMode {
  /** Apply unsafe fixes too. */
  unsafe: boolean;
  /** Print a diff and change nothing. */
  dryRun: boolean;
}

export const FIX_USAGE = `  --fix           apply the safe fixes to each FILE in place, then report what is left
  --fix-unsafe    apply the unsafe fixes too (they may change what the image does)
  --fix-dry-run   print the fixes as a unified diff and change nothing (exit code 1 if
                  there is a diff); with --fix-unsafe, the unsafe ones too`;

/** The fix mode the flags ask for (--fix, --fix-unsafe, --fix-dry-run), or null without any. */
export function fixMode(flags: ReadonlyMap<string, string>): FixMode | null {
  const unsafe = flags.has('fix-unsafe');
  const dryRun = flags.has('fix-dry-run');
  return flags.has('fix') || unsafe || dryRun ? { unsafe, dryRun } : null;
}

/** Why a fix mode cannot run on these files, or null. */
export function fixModeProblem(mode: FixMode, files: readonly string[]): string | null {
  return !mode.dryRun && files.includes('-') ? '--fix writes files in place: for standard input use --fix-dry-run, which prints a diff' : null;
}

export interface FileFix {
  /** The findings left after fixing (what a dry run would leave). */
  diagnostics: Diagnostic[];
  changed: boolean;
  /** The text after fixing (what was written, or would be). */
  text: string;
}

const BOM = '\uFEFF';

/**
 * A file's text as editors show it: without its UTF-8 byte order mark, which BuildKit skips too.
 * Findings are positioned in this text, so a column on line 1 is where an editor puts it.
 */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/** The fixed text of a file, with its BOM, and CRLF kept where every line break was CRLF. */
export function fixText(text: string, options: LintOptions, unsafe: boolean): { text: string; applied: number; skippedUnsafe: number; diagnostics: Diagnostic[] } {
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = text.slice(bom.length);
  const r = fix(body, { ...options, unsafe });
  const crlf = /\r\n/.test(body) && !/(^|[^\r])\n/.test(body);
  const out = crlf ? r.text.replace(/\r?\n/g, '\r\n') : r.text;
  // Linted as lint without --fix would: without the BOM, with the file's line breaks.
  const diagnostics = out === r.text ? r.diagnostics : lint(out, options);
  return { text: bom + out, applied: r.applied.length, skippedUnsafe: r.skippedUnsafe, diagnostics };
}

/**
 * Replaces a file's content atomically: a temporary file in the same folder, then a rename.
 * Synchronous, as the CLI's reads are: files are fixed one after another anyway.
 */
export function writeAtomically(path: string, text: string): void {
  const target = realpathSync(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const { mode } = statSync(target);
  try {
    writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx', mode });
    chmodSync(temporary, mode);
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // It was never written.
    }
    throw error;
  }
}

/** Fixes one file: in place, or as a diff on stdout for a dry run. Says what it did on stderr. */
export async function fixFile(
  file: string,
  text: string,
  options: LintOptions,
  mode: FixMode,
  io: { stdout: { write(s: string): unknown }; stderr: { write(s: string): unknown } },
): Promise<FileFix> {
  const r = fixText(text, options, mode.unsafe);
  const changed = r.text !== text;
  if (mode.dryRun) {
    if (changed) io.stdout.write(unifiedDiff(file, text, r.text));
  } else if (changed) {
    writeAtomically(file, r.text);
  }
  if (r.applied > 0 || r.skippedUnsafe > 0) {
    const did = `${mode.dryRun ? 'would apply' : 'applied'} ${r.applied} ${r.applied === 1 ? 'fix' : 'fixes'}`;
    const left = r.skippedUnsafe > 0 ? `; ${r.skippedUnsafe} unsafe ${r.skippedUnsafe === 1 ? 'fix' : 'fixes'} left (--fix-unsafe applies ${r.skippedUnsafe === 1 ? 'it' : 'them'})` : '';
    io.stderr.write(`dockerfile-practices: ${file}: ${did}${left}\n`);
  }
  return { diagnostics: r.diagnostics, changed, text: r.text };
}

// --- Unified diff ----------------------------------------------------------------------------

type Op = { kind: ' ' | '-' | '+'; line: string };

const NO_EOL = '\n\\ No newline at end of file';

/** Lines without their \n; the last one carries a marker when the text does not end with one. */
function lines(text: string): string[] {
  if (text === '') return [];
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  else out[out.length - 1] += NO_EOL;
  return out;
}

/** The edit script from a to b: common ends trimmed, then a longest common subsequence. */
function diffLines(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const middle: Op[] = [];
  if (x.length * y.length > 4_000_000) {
    for (const line of x) middle.push({ kind: '-', line });
    for (const line of y) middle.push({ kind: '+', line });
  } else {
    // lcs[i][j]: the longest common subsequence of x[i..] and y[j..].
    const w = y.length + 1;
    const lcs = new Uint32Array((x.length + 1) * w);
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) {
        lcs[i * w + j] = x[i] === y[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) {
        middle.push({ kind: ' ', line: x[i++]! });
        j++;
      } else if (i < x.length && (j === y.length || lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!)) {
        middle.push({ kind: '-', line: x[i++]! });
      } else {
        middle.push({ kind: '+', line: y[j++]! });
      }
    }
  }
  return [...a.slice(0, head).map((line): Op => ({ kind: ' ', line })), ...middle, ...a.slice(a.length - tail).map((line): Op => ({ kind: ' ', line }))];
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
}

/** A unified diff of two texts (three lines of context), headed with the file's name; '' when equal. */
export function unifiedDiff(file: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const ops = diffLines(lines(before), lines(after));
  let out = `--- ${file}\n+++ ${file}\n`;
  let k = 0;
  // Positions (1-based) in the old and new text of ops[k].
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let o = 1;
  let n = 1;
  for (const op of ops) {
    oldAt.push(o);
    newAt.push(n);
    if (op.kind !== '+') o++;
    if (op.kind !== '-') n++;
  }
  while (k < ops.length) {
    while (k < ops.length && ops[k]!.kind === ' ') k++;
    if (k >= ops.length) break;
    const start = Math.max(0, k - context);
    let end = k;
    // Extend over changes closer than two contexts apart.
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next]!.kind === ' ') next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    const hunk = ops.slice(start, stop);
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    out += `@@ -${range(oldAt[start]!, oldCount)} +${range(newAt[start]!, newCount)} @@\n`;
    for (const op of hunk) out += `${op.kind}${op.line}\n`;
    k = stop;
  }
  return out;
}
