/**
 * What the server tells the client about one live example: the data the static markup was
 * rendered from. It travels as JSON in a <script type="application/json"> beside the markup,
 * so the client never has to reconstruct the text from highlighted HTML.
 */
import type { Diagnostic } from '../engine/types.ts';

export type FileKind = 'dockerfile' | 'dockerignore';

export interface ExampleSpec {
  /** Unique on its page, [a-z0-9-]; names the editor in share links and drafts. */
  id: string;
  /** Where the text comes from, shown in "Copy for review": "examples/…" or "playground". */
  file: string;
  title: string;
  kind: FileKind;
  original: string;
  /**
   * The other half of the lint: the .dockerignore a Dockerfile is linted with, or the
   * Dockerfile a .dockerignore is linted against. null: none (the context has no .dockerignore).
   */
  companion: string | null;
  /** Lines marked in the static view (1-based), kept as decorations in the editor. */
  marks: number[];
}

/** The diagnostics that belong in an editor of this kind. */
export function diagnosticsFor(kind: FileKind, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => (kind === 'dockerignore' ? d.file === 'dockerignore' : d.file !== 'dockerignore'));
}

/** "dockerfiles/copy-over-add/before.Dockerfile" → "copy-over-add-before-dockerfile". */
export function exampleId(file: string): string {
  return (
    file
      .replace(/^dockerfiles\//, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'example'
  );
}

/** Expressive Code's line markers ("{3,5,10-12}") as line numbers. */
export function parseMarks(meta: string | undefined): number[] {
  const lines = new Set<number>();
  for (const group of (meta ?? '').matchAll(/\{([^}]*)\}/g)) {
    for (const part of (group[1] ?? '').split(',')) {
      const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
      if (!m) continue;
      const from = Number(m[1]);
      const to = m[2] ? Number(m[2]) : from;
      for (let n = from; n <= to && n - from < 10_000; n++) lines.add(n);
    }
  }
  return [...lines].sort((a, b) => a - b);
}

/** JSON that is safe inside a <script> element: no "</script", no "<!--". */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
