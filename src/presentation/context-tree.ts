/**
 * The playground's build-context preview: which files of a sample project the current
 * .dockerignore lets into the build context, with Docker's own matching (the engine's port of
 * moby/patternmatcher). Pure, so it runs at build time and in the browser alike.
 */
import { parseDockerignore } from '../engine/dockerignore.ts';

export interface SampleFile {
  /** Slash-separated path from the context root. */
  path: string;
  size: number;
  /** Why the file is there, shown beside it ("a local go build"). */
  note?: string;
}

export interface ContextEntry extends SampleFile {
  included: boolean;
}

export interface ContextPreview {
  entries: ContextEntry[];
  included: { files: number; bytes: number };
  excluded: { files: number; bytes: number };
}

/** `dockerignore` null: the context has no .dockerignore, so every file is sent. */
export function previewContext(files: readonly SampleFile[], dockerignore: string | null): ContextPreview {
  const ignore = dockerignore === null ? null : parseDockerignore(dockerignore);
  const entries = files.map((f) => ({ ...f, included: !(ignore?.ignores(f.path) ?? false) })).sort((a, b) => a.path.localeCompare(b.path));
  const sum = (included: boolean) => {
    const list = entries.filter((e) => e.included === included);
    return { files: list.length, bytes: list.reduce((n, e) => n + e.size, 0) };
  };
  return { entries, included: sum(true), excluded: sum(false) };
}

/** "984 B", "6.1 KB", "48.3 MB" (decimal units, as docker build prints them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

function files(n: number): string {
  return `${n} ${n === 1 ? 'file' : 'files'}`;
}

/** "8 files (12 KB) enter the build context; 10 files (62 MB) are excluded." */
export function contextSummary(preview: ContextPreview): string {
  const { included, excluded } = preview;
  return (
    `${files(included.files)} (${formatBytes(included.bytes)}) ${included.files === 1 ? 'enters' : 'enter'} the build context; ` +
    `${files(excluded.files)} (${formatBytes(excluded.bytes)}) ${excluded.files === 1 ? 'is' : 'are'} excluded.`
  );
}
