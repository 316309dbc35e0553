/**
 * What the live example needs from an editor. Monaco (./monaco.ts) and the plain textarea
 * used on touch devices (./textarea.ts) both provide it, so linting, the problems list,
 * quick fixes, drafts and sharing work the same on both.
 */
import type { Diagnostic, TextEdit } from '../engine/types.ts';
import type { FileKind } from '../presentation/spec.ts';

export interface EditorAdapter {
  getValue(): string;
  /** Replaces the whole text (undoable where the editor supports it). */
  setValue(text: string): void;
  /** Applies edits (1-based ranges, end exclusive) as one undoable step. */
  applyEdits(edits: readonly TextEdit[]): void;
  onChange(listener: () => void): void;
  /** Shows the current diagnostics (markers, quick fixes). */
  setDiagnostics(diagnostics: readonly Diagnostic[]): void;
  /** Moves the cursor to a position, scrolls it into view and focuses the editor. */
  reveal(line: number, column: number): void;
  /**
   * Selects a finding's range and scrolls it into view, in the editor and on the page, without
   * moving the focus: what following a link to it does.
   */
  show(range: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>): void;
  focus(): void;
}

export interface AdapterOptions {
  host: HTMLElement;
  text: string;
  kind: FileKind;
  /** The editor's accessible name. */
  label: string;
  /** Lines to highlight (1-based), as the static view's line markers did. */
  marks: readonly number[];
  /** Element ids that describe the editor (the Tab hint). */
  describedBy?: string;
  /**
   * Whether Tab should leave the editor rather than indent: true while the example is
   * unchanged, so a key that would only add whitespace neither edits it nor traps focus.
   */
  tabLeaves?: () => boolean;
  /** The edits of "Fix all" (safe fixes, in passes) for a text; the quick-fix menu offers them. */
  fixAll?: (text: string) => TextEdit[];
}
