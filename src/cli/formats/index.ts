/** Every lint output format by name, for the CLI's --format. */
import { rules } from '../../linter/index.ts';
import { addJsonRows, formatJson, formatText, jsonArray, RuleUrls, type FileResult } from '../format.ts';
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

/**
 * The output of a lint, taken a file at a time as the files are linted. The text, JSON and
 * GitHub formats render each file's findings at once and keep only the text: a lint of
 * thousands of files otherwise holds every finding as objects to the end, which the garbage
 * collector copies and promotes again and again. SARIF and GitLab's report describe the whole
 * run, so those keep the results and render them at the end. The output is render()'s.
 */
export class Rendering {
  readonly #format: LintFormat;
  readonly #site: string;
  readonly #color: boolean;
  /** Rendered text (text, github) or JSON rows (json), in order. */
  readonly #parts: string[] = [];
  readonly #results: FileResult[] = [];
  readonly #urls: RuleUrls;

  constructor(format: LintFormat, site: string, color: boolean) {
    this.#format = format;
    this.#site = site;
    this.#color = color;
    this.#urls = new RuleUrls(site);
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
        return jsonArray(this.#parts);
      case 'text':
      case 'github':
        return this.#parts.join('');
      default:
        return render(this.#format, this.#results, this.#site, this.#color);
    }
  }
}
