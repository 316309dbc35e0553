/**
 * GitHub Actions workflow commands: one annotation a finding, shown on the pull request's diff.
 *   ::warning file=Dockerfile,line=1,col=6,endLine=1,endColumn=12,title=latest-tag::message
 * Values are escaped as the runner reads them: %, CR and LF everywhere, and also "," and ":"
 * inside properties.
 */
import type { Severity } from '../../linter/index.ts';
import { toJson, type FileResult, type RuleUrls } from '../format.ts';

const command: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(results: readonly FileResult[], site: string, urls?: RuleUrls): string {
  return toJson(results, site, urls)
    .map((d) => {
      const props = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`, `endLine=${d.endLine}`, `endColumn=${d.endColumn}`, `title=${escapeProperty(d.rule)}`];
      return `::${command[d.severity]} ${props.join(',')}::${escapeData(`${d.message} (${d.url})`)}\n`;
    })
    .join('');
}
