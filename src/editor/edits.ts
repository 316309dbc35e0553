/**
 * Text positions and edits for the editors: 1-based lines and columns, end exclusive, as the
 * rule engine reports them.
 */
import { LineIndex } from '../engine/text.ts';
import type { TextEdit } from '../engine/types.ts';

/** The offset of a 1-based line and column, clamped into the text (line breaks as the engine counts them). */
export function offsetAt(lines: LineIndex, line: number, column: number): number {
  return lines.offsetAt(line - 1, column - 1);
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const resolved = edits
    .map((e) => ({ start: offsetAt(lines, e.line, e.column), end: offsetAt(lines, e.endLine, e.endColumn), text: e.text }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of resolved) out = out.slice(0, e.start) + e.text + out.slice(Math.max(e.start, e.end));
  return out;
}

/** The single edit that turns `before` into `after` (common prefix and suffix kept), or null. */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  const lines = new LineIndex(before);
  const a = lines.position(start);
  const b = lines.position(before.length - end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, text: after.slice(start, after.length - end) };
}
