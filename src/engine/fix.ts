/**
 * Applying fixes, as ESLint does (SourceCodeFixer and verifyAndFix): in one pass take the
 * fixes in order of position, each with all of its edits or none, and leave for the next pass
 * any fix whose edits touch an edit already taken; then lint the new text and repeat until no
 * fix is left, up to MAX_FIX_PASSES. "Touch" includes sharing a point: an insertion at the
 * start of a replaced range would otherwise land inside it, or be eaten by it.
 *
 * Safe fixes keep what the image does; unsafe ones may change it and are applied only when
 * asked. fixAll() takes the lint function, so the engine still knows no rule.
 */
import { LineIndex } from './text.ts';
import type { Applicability, Diagnostic, TextEdit } from './types.ts';

/** ESLint's bound: a fix that keeps making new fixes stops here. */
export const MAX_FIX_PASSES = 10;

/** An edit in offsets, [start, end). */
interface Resolved {
  start: number;
  end: number;
  text: string;
}

function resolve(lines: LineIndex, e: TextEdit): Resolved {
  return { start: lines.offsetAt(e.line - 1, e.column - 1), end: lines.offsetAt(e.endLine - 1, e.endColumn - 1), text: e.text };
}

/** Applies resolved edits that do not touch, last first so earlier offsets stay valid. */
function splice(text: string, edits: readonly Resolved[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(Math.max(e.start, e.end));
  return out;
}

/** Two edits touch when their closed ranges meet: overlapping, adjacent, or at the same point. */
function touch(a: Resolved, b: Resolved): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** A fix's own edits, in order, or null when they are unusable (backwards, or overlapping each other). */
function ownEdits(lines: LineIndex, d: Diagnostic): Resolved[] | null {
  if (!d.fix || d.file || d.fix.edits.length === 0) return null;
  const edits = d.fix.edits.map((e) => resolve(lines, e)).sort((a, b) => a.start - b.start || a.end - b.end);
  for (let k = 0; k < edits.length; k++) {
    const e = edits[k]!;
    if (e.end < e.start) return null;
    const prev = edits[k - 1];
    if (prev && (prev.end > e.start || prev.start === e.start)) return null;
  }
  return edits;
}

/** The fixes one pass can take together: by position, each whole, none touching another. */
function pick(text: string, diagnostics: readonly Diagnostic[]): { edits: Resolved[]; taken: Diagnostic[] } {
  const lines = new LineIndex(text);
  const candidates = diagnostics
    .map((d, order) => ({ d, order, edits: ownEdits(lines, d) }))
    .filter((c): c is { d: Diagnostic; order: number; edits: Resolved[] } => c.edits !== null)
    .sort((a, b) => a.edits[0]!.start - b.edits[0]!.start || a.edits[a.edits.length - 1]!.end - b.edits[b.edits.length - 1]!.end || a.order - b.order);
  const edits: Resolved[] = [];
  const taken: Diagnostic[] = [];
  for (const c of candidates) {
    if (c.edits.some((m) => edits.some((e) => touch(m, e)))) continue;
    edits.push(...c.edits);
    taken.push(c.d);
  }
  return { edits, taken };
}

/** Applies edits that do not overlap (1-based ranges, end exclusive) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  return splice(text, edits.map((e) => resolve(lines, e)));
}

/**
 * One pass over the given diagnostics' fixes, safe or not: those that touch an earlier one are
 * left out. A rule's tests use it to show one fix; fixAll() is what the editor and CLI apply.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): string {
  return splice(text, pick(text, diagnostics).edits);
}

export interface FixOptions {
  /** Apply unsafe fixes too (`--fix-unsafe`). */
  unsafe?: boolean;
  /** At most this many passes; MAX_FIX_PASSES by default. */
  maxPasses?: number;
}

export interface AppliedFix {
  rule: string;
  title: string;
  applicability: Applicability;
  /** 1-based pass that applied it. */
  pass: number;
}

export interface FixResult {
  /** The fixed text (the input when nothing applied). */
  text: string;
  applied: AppliedFix[];
  /** Unsafe fixes still offered on the fixed text, left because they were not asked for. */
  skippedUnsafe: number;
  /** Passes that changed the text. */
  passes: number;
  /** The findings on the fixed text. */
  diagnostics: Diagnostic[];
  /** False when the passes ran out (or went round in a circle) with fixes still to apply. */
  converged: boolean;
}

/** The fix of a finding that fixAll() may apply to the Dockerfile. */
export function isApplicable(d: Diagnostic, unsafe = false): boolean {
  return !!d.fix && !d.file && (unsafe || d.fix.applicability === 'safe');
}

/** Lints, applies the fixes one pass can take, and repeats until nothing changes. */
export function fixAll(lint: (text: string) => readonly Diagnostic[], text: string, options: FixOptions = {}): FixResult {
  const unsafe = options.unsafe === true;
  const max = options.maxPasses ?? MAX_FIX_PASSES;
  const applied: AppliedFix[] = [];
  const seen = new Set([text]);
  let current = text;
  let diagnostics = [...lint(current)];
  let passes = 0;
  let converged = true;
  for (;;) {
    const { edits, taken } = pick(current, diagnostics.filter((d) => isApplicable(d, unsafe)));
    if (taken.length === 0) break;
    const next = splice(current, edits);
    if (passes >= max || seen.has(next)) {
      converged = false;
      break;
    }
    passes++;
    for (const d of taken) applied.push({ rule: d.rule, title: d.fix!.title, applicability: d.fix!.applicability, pass: passes });
    seen.add(next);
    current = next;
    diagnostics = [...lint(current)];
  }
  const skippedUnsafe = unsafe ? 0 : diagnostics.filter((d) => isApplicable(d, true) && d.fix!.applicability === 'unsafe').length;
  return { text: current, applied, skippedUnsafe, passes, diagnostics, converged };
}
