/** Every lint output format by name, for the CLI's --format. */
import { rules } from '../../linter/index.ts';
import { formatJson, formatText, type FileResult } from '../format.ts';
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
