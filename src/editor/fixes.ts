/**
 * "Fix all": the engine's applyFixes (which picks non-overlapping fixes, first come first
 * served), turned into one minimal edit so the editor keeps the cursor, the undo stack and
 * every untouched line as they were.
 */
import { applyFixes } from '../linter/index.ts';
import type { Diagnostic, TextEdit } from '../engine/types.ts';
import { minimalEdit } from './edits.ts';

export function fixAllEdits(text: string, diagnostics: readonly Diagnostic[]): TextEdit[] {
  const edit = minimalEdit(text, applyFixes(text, diagnostics));
  return edit ? [edit] : [];
}

/** The diagnostics a quick fix can repair in the editor that shows them. */
export function fixable(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.fix && !d.file);
}
