/**
 * "Fix all": the engine's fixAll (passes of fixes that do not touch, linting again between
 * them, safe fixes only), turned into one minimal edit so the editor keeps the cursor, the
 * undo stack and every untouched line as they were. Unsafe fixes stay available one by one,
 * from their problem.
 */
import { fixAll, isApplicable, type FixResult } from '../linter/index.ts';
import type { Diagnostic, TextEdit } from '../engine/types.ts';
import { minimalEdit } from './edits.ts';

/** Lints one editor's text (with the rest of its group as it is). */
export type LintText = (text: string) => readonly Diagnostic[];

export interface FixAllEdits {
  edits: TextEdit[];
  result: FixResult;
}

/** The edit that applies every safe fix, in passes, and what it applied and left. */
export function fixAllEdits(text: string, lint: LintText): FixAllEdits {
  const result = fixAll(lint, text);
  const edit = minimalEdit(text, result.text);
  return { edits: edit ? [edit] : [], result };
}

/** The diagnostics a quick fix can repair in the editor that shows them, safe or not. */
export function fixable(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => isApplicable(d, true));
}

/** The diagnostics whose fix "Fix all" applies. */
export function safelyFixable(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => isApplicable(d));
}
