/**
 * The lint of a list of files (Node only): read each, find its .dockerignore, configuration and
 * context, lint it (or fix it), in the order given. The CLI runs it once over every file, or, with
 * --jobs, once per chunk of files in several threads (./parallel.ts); both report the same way.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { lint, type Diagnostic, type LintOptions } from '../linter/index.ts';
import type { Severity } from '../engine/types.ts';
import { Folders, inFolder } from './folders.ts';
import { type FileResult } from './format.ts';
import { fixFile, withoutBom, type FixMode } from './fix.ts';
import { ConfigFinder, effectiveFor, enabledRules, parseSelection, withSeverities, type Config, type Effective } from './config.ts';
import { contextInfo, type ContextInfo } from './context.ts';
import { Reader, readsAhead, type Read } from './reader.ts';
import { KEPT_FOLDERS, RecentMap } from './recent.ts';

/** What a run needs besides the files; plain data, so a worker thread can be given it. */
export interface LintSettings {
  /** --context, or null: each Dockerfile's folder. */
  context: string | null;
  /** --config, or null: found upward from each Dockerfile. */
  config: string | null;
  only: string[];
  ignore: string[];
  /** --fail-on; null: the configuration's failOn, else warning. */
  failOn: Severity | 'none' | null;
  /** Today's date (YYYY-MM-DD), the same for every file of the run. */
  now: string;
  /**
   * Keep each file's text (and its .dockerignore's) in its result, for the formats whose
   * fingerprints read the lines of a finding. Otherwise a lint of thousands of files would hold
   * every text to the end (and a worker send each back) for nothing.
   */
  texts: boolean;
}

/** What a lint of some files gives: one result and one threshold per file linted, in order. */
export interface Outcome {
  results: FileResult[];
  thresholds: (Severity | 'none')[];
  /** A file (or its .dockerignore) could not be read, or a fix not written. */
  unreadable: boolean;
  /** A fix changed a file (or would, on a dry run). */
  changed: boolean;
}

/**
 * Where a lint's messages go (stderr, or a list a worker sends back). A configuration's notes
 * carry its `note` key, so that a run split into chunks can print them once, as one run would.
 */
export interface Report {
  write(text: string, note?: string): void;
}

/** A file that exists but cannot be read. */
class UnreadableFile extends Error {
  readonly path: string;
  constructor(path: string, reason: string) {
    super(`cannot read ${path}: ${reason}`);
    this.path = path;
  }
}

/**
 * A file's text, or null when it does not exist. Any other failure (a folder, no permission) throws UnreadableFile.
 * Files are read synchronously: a lint of thousands of small files otherwise spends most of its
 * time idle, waiting on one promise after another. Callers ask the run's Folders first, so a
 * missing file (most Dockerfiles have no <name>.dockerignore) costs neither a stat nor an exception.
 */
function readOptional(path: string, ahead: AheadRead | null): string | null {
  if (ahead !== null && ahead.path === path) return ahead.text;
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new UnreadableFile(path, readFailure(error));
  }
}

/** A .dockerignore a reader thread read for the file being linted, by the path dockerignore() will ask with. */
interface AheadRead {
  readonly path: string;
  readonly text: string;
}

/** Why a file could not be read, in words: "no such file" rather than ENOENT. */
function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** `dir`: the context folder the .dockerignore belongs to (null when unknown: standard input without --context). */
type Ignore = { path: string | null; text: string | null | undefined; dir: string | null };

/** A context folder: its .dockerignore once read, and what is known of it per .dockerignore text (usually one). */
interface ContextFolder {
  ignore: Ignore | undefined;
  infos: { text: string | null; info: ContextInfo }[];
}

/**
 * What one run knows of the file system and the configuration, built up file by file: each folder
 * is listed once and each context's .dockerignore read once while the run uses them (RecentMap),
 * each configuration read once.
 */
export class LintSession {
  readonly settings: LintSettings;
  /** One listing per folder answers every lookup of the run: configuration, .dockerignore, .git. */
  private readonly folders = new Folders();
  private readonly finder = new ConfigFinder(this.folders);
  private readonly given: Config | null;
  private readonly selection: ReturnType<typeof parseSelection>;
  /** Per context folder: its .dockerignore once read, and what is known of it per .dockerignore text (many Dockerfiles share them). */
  private readonly contexts = new RecentMap<string, ContextFolder>(KEPT_FOLDERS);
  /** The .dockerignore a reader thread read for the file being linted (prime() sets it, the next file's replaces it). */
  #ahead: AheadRead | null = null;
  /**
   * The file asked about last, with its folder (as path.dirname gives it), that folder's absolute
   * path and the file's name: worked out once for all the lookups of one file.
   */
  #file = '';
  #dir = '';
  #absolute = '';
  #name = '';

  /**
   * Makes `file` the one #dir, #absolute and #name are about, and lists its folder (once while
   * it is kept), or takes the listing a reader thread made of it.
   */
  private about(file: string, read?: Read): void {
    if (file !== this.#file) {
      this.#file = file;
      this.#dir = dirname(file);
      this.#absolute = this.folders.absolute(this.#dir);
      this.#name = basename(file);
      if (read?.names && read.kinds !== null) this.folders.prime(this.#absolute, read.names, read.kinds);
      this.folders.list(this.#absolute);
    }
  }

  private contextFolder(dir: string): ContextFolder {
    let folder = this.contexts.get(dir);
    if (!folder) this.contexts.set(dir, (folder = { ignore: undefined, infos: [] }));
    return folder;
  }

  /** Throws ConfigError on an unknown --rule or --ignore id, or a bad --config file. */
  constructor(settings: LintSettings) {
    this.settings = settings;
    this.selection = parseSelection(settings.only, settings.ignore);
    this.given = settings.config === null ? null : this.finder.load(settings.config);
  }

  /** The configuration for a file: --config, else the nearest one upward. Throws ConfigError on a bad one. */
  configFor(file: string): Config | null {
    if (this.given) return this.given;
    if (file === '-') return this.finder.forDir('.');
    this.about(file);
    return this.finder.forAbsolute(this.#absolute);
  }

  effective(config: Config | null, file: string): Effective {
    return effectiveFor(config, file, this.selection);
  }

  /** Takes what a reader thread read for a file: its folder's listing, and the .dockerignore dockerignore() will ask for. */
  prime(file: string, read: Read): void {
    this.about(file, read);
    const path = read.ignorePath;
    // A folder's .dockerignore already known is not read again.
    this.#ahead = path !== null && read.ignoreText !== null && (path === `${file}.dockerignore` || this.contexts.get(this.#dir)?.ignore === undefined) ? { path, text: read.ignoreText } : null;
  }

  /** The .dockerignore BuildKit would use: <Dockerfile>.dockerignore beside it, else the context's. */
  dockerignore(file: string): Ignore {
    if (file !== '-') this.about(file);
    const dir = this.settings.context ?? (file === '-' ? null : this.#dir);
    // Its own folder is listed (about()); the listing answers, with no stat per name.
    if (file !== '-' && this.folders.kind(this.#absolute, `${this.#name}.dockerignore`) !== null) {
      const own = `${file}.dockerignore`;
      const text = readOptional(own, this.#ahead);
      if (text !== null) return { path: own, text, dir };
    }
    if (dir === null) return { path: null, text: undefined, dir };
    const context = this.contextFolder(dir);
    if (context.ignore) return context.ignore;
    const path = inFolder(dir, '.dockerignore');
    return (context.ignore = { path, text: this.folders.kind(this.folders.absolute(dir), '.dockerignore') === null ? null : readOptional(path, this.#ahead), dir });
  }

  /**
   * The context folder's listing, once per folder and .dockerignore text (Dockerfiles that share
   * them share it). Guessed (the Dockerfile's folder) unless --context was given.
   */
  context(dir: string, text: string | null): ContextInfo {
    const { infos } = this.contextFolder(dir);
    for (const known of infos) if (known.text === text) return known.info;
    const info = contextInfo(dir, text, this.settings.context === null, this.folders);
    infos.push({ text, info });
    return info;
  }

  /** The Dockerfile's path from its repository's root (docker/Dockerfile.test), or its file name outside one; undefined for standard input. */
  pathInRepository(file: string): string | undefined {
    if (file === '-') return undefined;
    this.about(file);
    const folder = this.folders.fromRepositoryRoot(this.#absolute);
    return folder ? `${folder}/${this.#name}` : this.#name;
  }
}

function result(file: string, ignore: Ignore, diagnostics: Diagnostic[], text: string, texts: boolean): FileResult {
  return texts ? { file, dockerignore: ignore.path, diagnostics, text, dockerignoreText: ignore.text } : { file, dockerignore: ignore.path, diagnostics };
}

/** What only a run in this thread can do: read standard input, fix files, and hand each result on as it comes. */
export interface InProcess {
  readStdin?: () => Promise<string>;
  /** Takes each file's result and threshold, in order, instead of the outcome's lists (which it leaves empty). */
  onResult?: (result: FileResult, threshold: Severity | 'none') => void;
  fix?: { mode: FixMode; stdout: { write(s: string): unknown } };
}

/**
 * Lints the files in order. A configuration's notes are reported before the first file it
 * applies to; an unreadable file is reported and skipped. Throws ConfigError on a bad configuration.
 */
export async function lintFiles(files: readonly string[], session: LintSession, report: Report, inProcess: InProcess = {}): Promise<Outcome> {
  const out: Outcome = { results: [], thresholds: [], unreadable: false, changed: false };
  const noted = new Set<Config>();
  const stderr = { write: (s: string) => report.write(s) };
  let stdinUsed = false;
  // Many files: a reader thread reads ahead (not while fixing: fixes rewrite what it read).
  const reader = !inProcess.fix && readsAhead(files.length) ? new Reader(files, session.settings.context) : null;
  try {
    for (let n = 0; n < files.length; n++) {
      const file = files[n]!;
      const read = reader?.read(n) ?? null;
      if (read) session.prime(file, read);
      // Only standard input and fixes wait on anything: a file is read and linted without a promise.
      const text = file === '-' ? await readStdin() : readText(file, read?.text ?? null);
      if (text === null) continue;
      if (inProcess.fix) await fixOne(file, text, inProcess.fix);
      else lintOne(file, text);
    }
  } finally {
    await reader?.close();
  }
  return out;

  function unreadable(file: string, error: unknown): null {
    report.write(`dockerfile-practices: cannot read ${file}: ${readFailure(error)}\n`);
    out.unreadable = true;
    return null;
  }

  async function readStdin(): Promise<string | null> {
    try {
      if (stdinUsed || !inProcess.readStdin) throw new Error('standard input can be read only once');
      stdinUsed = true;
      return await inProcess.readStdin();
    } catch (error) {
      return unreadable('-', error);
    }
  }

  function readText(file: string, readAhead: string | null): string | null {
    try {
      return readAhead ?? readFileSync(file, 'utf8');
    } catch (error) {
      return unreadable(file, error);
    }
  }

  /** The file's .dockerignore, its effective configuration and the options to lint it with. */
  function prepare(file: string) {
    let ignore: Ignore;
    try {
      ignore = session.dockerignore(file);
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      // Still lint the Dockerfile, as if its .dockerignore were unknown (those rules stay quiet).
      report.write(`dockerfile-practices: ${error.message} (for ${file})\n`);
      out.unreadable = true;
      ignore = { path: null, text: undefined, dir: null };
    }
    const config = session.configFor(file);
    if (config && !noted.has(config)) {
      noted.add(config);
      for (const note of config.notes) report.write(`dockerfile-practices: note: ${note}\n`, `${config.dir}\0${config.file}`);
    }
    const effective = session.effective(config, file);
    const context = ignore.dir !== null && ignore.text !== undefined ? session.context(ignore.dir, ignore.text) : undefined;
    const path = session.pathInRepository(file);
    const options: LintOptions = { dockerignore: ignore.text, context, rules: enabledRules(effective), trustedRegistries: effective.trustedRegistries, now: session.settings.now };
    if (path !== undefined) options.path = path;
    return { ignore, effective, options };
  }

  /** Records a file's result, and its threshold (one per result, in the same order). */
  function record(file: string, ignore: Ignore, diagnostics: Diagnostic[], text: string, effective: Effective): void {
    const r = result(file, ignore, withSeverities(diagnostics, effective), text, session.settings.texts);
    const threshold = session.settings.failOn ?? effective.failOn ?? 'warning';
    if (inProcess.onResult) inProcess.onResult(r, threshold);
    else {
      out.results.push(r);
      out.thresholds.push(threshold);
    }
  }

  function lintOne(file: string, text: string): void {
    const { ignore, effective, options } = prepare(file);
    const body = withoutBom(text);
    record(file, ignore, lint(body, options), body, effective);
  }

  async function fixOne(file: string, text: string, fix: NonNullable<InProcess['fix']>): Promise<void> {
    const { ignore, effective, options } = prepare(file);
    const fixed = await fixFile(file, text, options, fix.mode, { stdout: fix.stdout, stderr }).catch((error: unknown) => {
      report.write(`dockerfile-practices: cannot write ${file}: ${readFailure(error)}\n`);
      out.unreadable = true;
      return null;
    });
    if (!fixed) return;
    if (fixed.changed) out.changed = true;
    record(file, ignore, fixed.diagnostics, withoutBom(fixed.text), effective);
  }
}
