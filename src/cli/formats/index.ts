/** Every lint output format by name, for the CLI's --format. */
import { rules } from '../../linter/index.ts';
import { addJsonRows, formatJson, formatText, jsonArray, JSON_ROW_SEPARATOR, RuleUrls, type FileResult } from '../format.ts';
import { formatGithub } from './github.ts';
import { formatGitlab } from './gitlab.ts';
import { formatSarif } from './sarif.ts';

export const LINT_FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

/** Whether a format's output reads the files' texts (the SARIF and GitLab fingerprints: ./fingerprint.ts). */
export function readsTexts(format: LintFormat): boolean {
  return format === 'sarif' || format === 'gitlab';
}

export function render(format: LintFormat, results: readonly FileResult[], site: string, color: boolean): string {
  switch (format) {
    case 'json':
      return formatJson(results, site);
    case 'sarif':
      return formatSarif(results, rules, site);
    case 'github':
      return formatGithub(results, site);
    case 'gitlab':
      return formatGitlab(results, site);
    default:
      return formatText(results, color);
  }
}

/** Pieces past this many characters are joined into one string. */
const CHUNK = 1 << 14;

/**
 * Text made piece by piece, with `separator` between pieces. Every CHUNK characters or so, the
 * pieces so far are joined into one flat string. A row or a file's text is a tree of
 * concatenated strings, two or three times the size of its characters (about 200,000 of them
 * for the 12,000 JSON rows of the bench's 5,992 files), and every young-generation collection
 * copies what is alive. Over that bench, the main thread's collections promoted 15 to 17 MB with
 * every row kept to the end, 14 to 15 MB with chunks of 256 K characters, and 11 to 12 MB with
 * chunks of 8 K or 16 K (the sums of --trace-gc-nvp's `promoted`).
 */
export class Pieces {
  readonly #separator: string;
  readonly #chunks: string[] = [];
  #pieces: string[] = [];
  #length = 0;

  constructor(separator: string) {
    this.#separator = separator;
  }

  push(piece: string): void {
    this.#pieces.push(piece);
    this.#length += piece.length;
    if (this.#length >= CHUNK) {
      this.#chunks.push(this.#pieces.join(this.#separator));
      this.#pieces = [];
      this.#length = 0;
    }
  }

  get empty(): boolean {
    return this.#chunks.length === 0 && this.#pieces.length === 0;
  }

  join(): string {
    if (this.#pieces.length > 0) this.#chunks.push(this.#pieces.join(this.#separator));
    this.#pieces = [];
    this.#length = 0;
    return this.#chunks.join(this.#separator);
  }
}

/**
 * The output of a lint, taken a file at a time as the files are linted. The text, JSON and
 * GitHub formats render each file's findings at once and keep only the text (as Pieces): a lint
 * of thousands of files otherwise holds every finding as objects to the end, which the garbage
 * collector copies and promotes again and again. SARIF and GitLab's report describe the whole
 * run, so those keep the results and render them at the end. The output is render()'s.
 */
export class Rendering {
  readonly #format: LintFormat;
  readonly #site: string;
  readonly #color: boolean;
  /** Rendered text (text, github) or JSON rows (json), in order. */
  readonly #parts: Pieces;
  readonly #results: FileResult[] = [];
  readonly #urls: RuleUrls;

  constructor(format: LintFormat, site: string, color: boolean) {
    this.#format = format;
    this.#site = site;
    this.#color = color;
    this.#urls = new RuleUrls(site);
    this.#parts = new Pieces(format === 'json' ? JSON_ROW_SEPARATOR : '');
  }

  add(result: FileResult): void {
    switch (this.#format) {
      case 'json':
        addJsonRows(this.#parts, result, this.#urls);
        return;
      case 'text':
        this.#parts.push(formatText([result], this.#color));
        return;
      case 'github':
        this.#parts.push(formatGithub([result], this.#site, this.#urls));
        return;
      default:
        this.#results.push(result);
    }
  }

  finish(): string {
    switch (this.#format) {
      case 'json':
        return jsonArray(this.#parts.empty ? null : this.#parts.join());
      case 'text':
      case 'github':
        return this.#parts.join();
      default:
        return render(this.#format, this.#results, this.#site, this.#color);
    }
  }
}
