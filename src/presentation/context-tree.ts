/**
 * The playground's build context: the files of a project (the sample one, a folder the reader
 * chose, or a pasted `find . -type f` listing), which of them the .dockerignore lets into the
 * build context, the line that decided each one (like `git check-ignore -v`), and the folder
 * tree with its totals. Matching is Docker's own (the engine's port of moby/patternmatcher).
 * Pure, so it runs at build time and in the browser alike.
 */
import { cleanPath, parseDockerignore, type IgnorePattern } from '../engine/dockerignore.ts';

export interface SampleFile {
  /** Slash-separated path from the context root. */
  path: string;
  /** Bytes; null when the listing gave no size (a plain `find . -type f`). */
  size: number | null;
  /** Why the file is there, shown beside it ("a local go build"). */
  note?: string;
}

/** The .dockerignore line that decided a path. */
export interface Decision {
  /** 1-based line number in the .dockerignore. */
  line: number;
  /** The line as written, "!" included. */
  text: string;
  /** True for a "!" line: the path is sent because of it. */
  exclusion: boolean;
}

export interface ContextEntry extends SampleFile {
  included: boolean;
  /** Null: no line matches, so the file is sent. */
  decidedBy: Decision | null;
}

export interface Totals {
  files: number;
  /** The sum of the known sizes. */
  bytes: number;
  /** How many of the files have no known size. */
  unsized: number;
}

export interface ContextPreview {
  /** The .dockerignore the entries were decided with (null: none). */
  dockerignore: string | null;
  entries: ContextEntry[];
  included: Totals;
  excluded: Totals;
}

/**
 * Up to this many files the lint is told them (LintOptions.context.files), so the .dockerignore
 * rules name the real files a COPY would send; past it they only suggest, as in the CLI.
 */
export const LINT_CONTEXT_FILES = 20_000;

/** Past this many paths a listing is cut: the tree and its totals stay quick to compute and draw. */
export const MAX_CONTEXT_PATHS = 50_000;

function decision(p: IgnorePattern | null): Decision | null {
  return p === null ? null : { line: p.line + 1, text: p.text, exclusion: p.exclusion };
}

function emptyTotals(): Totals {
  return { files: 0, bytes: 0, unsized: 0 };
}

function add(totals: Totals, size: number | null): void {
  totals.files++;
  if (size === null) totals.unsized++;
  else totals.bytes += size;
}

/** Paths in code-unit order, as `LC_ALL=C sort` lists them (plain comparisons: localeCompare is slow). */
export function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** `dockerignore` null: the context has no .dockerignore, so every file is sent. */
export function previewContext(files: readonly SampleFile[], dockerignore: string | null): ContextPreview {
  const ignore = dockerignore === null ? null : parseDockerignore(dockerignore);
  const included = emptyTotals();
  const excluded = emptyTotals();
  const entries = files
    .map((f) => {
      const decidedBy = decision(ignore?.decidingPattern(f.path) ?? null);
      const entry: ContextEntry = { ...f, included: decidedBy === null || decidedBy.exclusion, decidedBy };
      add(entry.included ? included : excluded, f.size);
      return entry;
    })
    .sort(byPath);
  return { dockerignore, entries, included, excluded };
}

/** The texts of the playground's two editors: the context's Dockerfile and .dockerignore. */
export interface EditorTexts {
  dockerfile: string;
  dockerignore: string | null;
}

/**
 * The sample project with the files the editors hold: its Dockerfile and .dockerignore, at the
 * context root, are as big as the editors' texts (UTF-8 bytes), as the reader types them.
 */
export function withEditorFiles(files: readonly SampleFile[], texts: EditorTexts): SampleFile[] {
  const own = new Map([
    ['Dockerfile', texts.dockerfile],
    ['.dockerignore', texts.dockerignore],
  ]);
  return files.map((f) => {
    const text = own.get(f.path);
    return text == null ? f : { ...f, size: new TextEncoder().encode(text).length };
  });
}

/** What the context part says of the sample project, and what the path box asks for while empty. */
export const SAMPLE_SHOWING = 'Showing the sample project.';
export const PATH_PROMPT = 'Type a path from the context folder.';

/** What `git check-ignore -v` prints: ".dockerignore:3:node_modules\tnode_modules/x.js". */
export function checkIgnoreLine(d: Decision, path: string): string {
  return `.dockerignore:${d.line}:${d.text}\t${path}`;
}

/** The answer for one path typed by the reader: sent or excluded, and which line decided. */
export function explainPath(dockerignore: string | null, typed: string): string {
  const read = readPath(typed);
  if ('error' in read) return `${typed.trim()} is not a path inside the context folder: give it from the context root, such as src/app.go.`;
  if (read.path === null) return PATH_PROMPT;
  if (dockerignore === null) return `Sent: there is no .dockerignore, so ${read.path} is in the build context.`;
  const d = decision(parseDockerignore(dockerignore).decidingPattern(read.path));
  if (d === null) return `Sent: no line of the .dockerignore matches ${read.path} or a folder above it.`;
  return `${d.exclusion ? 'Sent' : 'Excluded'}: ${checkIgnoreLine(d, read.path)}`;
}

/** "984 B", "6.1 KB", "48.3 MB" (decimal units, as docker build prints them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** "1 file", "1,234 files". */
export function fileCount(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'file' : 'files'}`;
}

/** "3 files (7.3 KB)", "3 files" when no size is known, "3 files (7.3 KB known)" when some are. */
export function totalsText(t: Totals): string {
  if (t.files === 0 || t.unsized === t.files) return fileCount(t.files);
  return `${fileCount(t.files)} (${formatBytes(t.bytes)}${t.unsized > 0 ? ' known' : ''})`;
}

/** "8 files (12 KB) enter the build context; 10 files (62 MB) are excluded." */
export function contextSummary(preview: ContextPreview): string {
  const { included, excluded } = preview;
  return (
    `${totalsText(included)} ${included.files === 1 ? 'enters' : 'enter'} the build context; ` +
    `${totalsText(excluded)} ${excluded.files === 1 ? 'is' : 'are'} excluded.`
  );
}

export interface ContextFolder {
  /** The folder's own name; '' for the context root. */
  name: string;
  /** Slash-separated from the context root; '' for the root. */
  path: string;
  folders: ContextFolder[];
  files: ContextEntry[];
  sent: Totals;
  excluded: Totals;
  /** The line that decided the folder itself (git check-ignore -v on the folder); null when none matches it. */
  decidedBy: Decision | null;
}

/** The entries as a folder tree, each folder with the totals of everything under it. */
export function contextTree(preview: ContextPreview): ContextFolder {
  const ignore = preview.dockerignore === null ? null : parseDockerignore(preview.dockerignore);
  const root: ContextFolder = { name: '', path: '', folders: [], files: [], sent: emptyTotals(), excluded: emptyTotals(), decidedBy: null };
  const index = new Map<string, ContextFolder>([['', root]]);
  const parents = new Map<ContextFolder, ContextFolder>();
  const folderAt = (path: string): ContextFolder => {
    const known = index.get(path);
    if (known) return known;
    const slash = path.lastIndexOf('/');
    const parent = folderAt(slash < 0 ? '' : path.slice(0, slash));
    const decidedBy = decision(ignore?.decidingPattern(path) ?? null);
    const folder: ContextFolder = { name: path.slice(slash + 1), path, folders: [], files: [], sent: emptyTotals(), excluded: emptyTotals(), decidedBy };
    parent.folders.push(folder);
    parents.set(folder, parent);
    index.set(path, folder);
    return folder;
  };
  for (const e of preview.entries) {
    const slash = e.path.lastIndexOf('/');
    const folder = folderAt(slash < 0 ? '' : e.path.slice(0, slash));
    folder.files.push(e);
    for (let f: ContextFolder | undefined = folder; f; f = parents.get(f)) add(e.included ? f.sent : f.excluded, e.size);
  }
  for (const f of index.values()) f.folders.sort(byPath);
  return root;
}

export interface ListProblem {
  /** 1-based line of the pasted text. */
  line: number;
  text: string;
  reason: string;
}

export interface ParsedList {
  files: SampleFile[];
  /** Lines that name no file the playground can place in the context. */
  problems: ListProblem[];
  /** How many files the listing named before it was cut at MAX_CONTEXT_PATHS (equal to files.length when not cut). */
  listed: number;
}

/** A path as a context-relative, cleaned path; null for the context root itself. */
function readPath(raw: string): { path: string | null } | { error: string } {
  let p = raw.trim();
  if (p === '' || p === '.' || p === './') return { path: null };
  if (p.startsWith('/')) return { error: 'an absolute path: run the command inside the context folder, so that paths start with ./' };
  p = cleanPath(p);
  if (p === '.') return { path: null };
  if (p === '..' || p.startsWith('../')) return { error: 'a path outside the context folder' };
  return { path: p };
}

/** "1234 ./app.go" (find -printf '%s %p\n') or "1234\t./app.go" (du -ab): a size, then a ./ path. */
const SIZED = /^(\d+)\s+(\.(?:\/.*)?)$/;

/**
 * Reads a listing of the context's files: `find . -type f` (one path a line), or with sizes,
 * `find . -type f -printf '%s %p\n'` or `du -ab` (a size in bytes, then the path). "./"
 * prefixes, CRLF line ends and blank lines are fine; a line ending in "/" names a folder, and
 * so does a path that other paths are inside (du lists folders too), so neither counts as a file.
 */
export function parseFileList(text: string): ParsedList {
  const problems: ListProblem[] = [];
  const sizes = new Map<string, number | null>();
  const lines = text.split('\n');
  let listed = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').replace(/\r$/, '');
    if (raw.trim() === '') continue;
    const sized = SIZED.exec(raw.trim());
    const pathText = sized ? (sized[2] ?? '') : raw;
    if (pathText.trim().endsWith('/')) continue;
    const read = readPath(pathText);
    if ('error' in read) {
      problems.push({ line: i + 1, text: raw, reason: read.error });
      continue;
    }
    if (read.path === null) continue;
    if (!sizes.has(read.path)) listed++;
    if (sizes.size >= MAX_CONTEXT_PATHS && !sizes.has(read.path)) continue;
    sizes.set(read.path, sized ? Number(sized[1]) : null);
  }
  const folders = new Set<string>();
  for (const path of sizes.keys()) {
    for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) folders.add(path.slice(0, slash));
  }
  const files: SampleFile[] = [];
  for (const [path, size] of sizes) if (!folders.has(path)) files.push({ path, size });
  listed -= sizes.size - files.length;
  return { files, problems, listed };
}

/** "Showing the pasted list: 4 files." for a listing read from `source` ("the pasted list"). */
export function listShowing(source: string, list: ParsedList): string {
  return `Showing ${source}: ${fileCount(list.files.length)}.`;
}

/** What the reader is told about a listing that names no file, was cut, or has lines it could not read. */
export function listNotes(list: ParsedList): string[] {
  const notes: string[] = list.files.length === 0 ? ['The list names no file of the context folder.'] : [];
  if (list.listed > list.files.length) {
    notes.push(`The listing names ${list.listed.toLocaleString('en-US')} files; only the first ${MAX_CONTEXT_PATHS.toLocaleString('en-US')} are shown, and the totals count only them.`);
  }
  const shown = list.problems.slice(0, 3).map((p) => `line ${p.line} (${p.text.trim().slice(0, 80)}): ${p.reason}`);
  if (shown.length > 0) {
    const more = list.problems.length - shown.length;
    notes.push(`Skipped ${list.problems.length === 1 ? 'a line that names' : `${list.problems.length} lines that name`} no file in the context: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`);
  }
  return notes;
}

/**
 * The files of a folder chosen with <input type="file" webkitdirectory>: names and sizes only.
 * Each `webkitRelativePath` starts with the chosen folder's own name, which is not part of the context.
 */
export function filesFromPicker(picked: Iterable<{ webkitRelativePath: string; name: string; size: number }>): ParsedList {
  const files: SampleFile[] = [];
  let listed = 0;
  for (const f of picked) {
    listed++;
    if (files.length >= MAX_CONTEXT_PATHS) continue;
    const rel = f.webkitRelativePath || f.name;
    const slash = rel.indexOf('/');
    files.push({ path: slash < 0 ? rel : rel.slice(slash + 1), size: f.size });
  }
  return { files, problems: [], listed };
}

/** Past this many files a closed folder's contents are drawn only when it is opened. */
export const LAZY_TREE_FILES = 2_000;
/** Up to this many files (the sample project) every folder starts open. */
const OPEN_TREE_FILES = 60;

/** The folders that start open: all of a small tree, none of a larger one. */
export function foldersOpenAtStart(tree: ContextFolder): Set<string> {
  const open = new Set<string>();
  if (tree.sent.files + tree.excluded.files > OPEN_TREE_FILES) return open;
  const walk = (f: ContextFolder) => {
    for (const sub of f.folders) {
      open.add(sub.path);
      walk(sub);
    }
  };
  walk(tree);
  return open;
}

/** The folder at a path ('' for the root), or null. */
export function folderAt(tree: ContextFolder, path: string): ContextFolder | null {
  if (path === '') return tree;
  let folder: ContextFolder | undefined = tree;
  for (const name of path.split('/')) {
    folder = folder?.folders.find((f) => f.name === name);
    if (!folder) return null;
  }
  return folder ?? null;
}
