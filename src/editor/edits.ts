/**
 * Edits for the editors: 1-based lines and columns, end exclusive, as the rule engine reports
 * them (the engine's applyEdits applies them).
 */
import { LineIndex } from '../engine/text.ts';
import type { TextEdit } from '../engine/types.ts';

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
