/**
 * "Copy for review": Markdown that pastes well into a pull-request comment: the code in a
 * fence, its diagnostics with links to the rules, and a share link that reopens it.
 */
import type { Diagnostic } from '../engine/types.ts';
import { locationLabel, severityLabel, sortDiagnostics, summarize } from '../presentation/findings.ts';
import { ruleHref } from '../presentation/urls.ts';

export interface ReviewInput {
  title: string;
  /** "examples/dockerfiles/…" or "playground". */
  file: string;
  lang: 'dockerfile' | 'gitignore';
  text: string;
  edited: boolean;
  diagnostics: readonly Diagnostic[];
  /** Absolute origin for the rule links: "https://example.com". */
  origin: string;
  /** The share link, when one could be made. */
  link: string | null;
}

/** A code fence longer than any run of backticks in the text, so the text cannot close it. */
export function fenceFor(text: string): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

export function reviewMarkdown(input: ReviewInput): string {
  const fence = fenceFor(input.text);
  const body = input.text.endsWith('\n') ? input.text : `${input.text}\n`;
  const diagnostics = sortDiagnostics(input.diagnostics);
  const out: string[] = [];
  out.push(`**${oneLine(input.title)}** (\`${input.file}\`${input.edited ? ', edited' : ''})`, '');
  out.push(`${fence}${input.lang}`, body + fence, '');
  if (diagnostics.length === 0) {
    out.push('No problems found by the dockerfile-practices rules.');
  } else {
    out.push(`${summarize(diagnostics)}:`, '');
    for (const d of diagnostics) {
      out.push(`- ${locationLabel(d)}, ${severityLabel(d.severity).toLowerCase()}: ${oneLine(d.message)} ([${d.rule}](${input.origin}${ruleHref(d)}))`);
    }
  }
  if (input.link) out.push('', `[Open it in the editor](${input.link})`);
  return `${out.join('\n')}\n`;
}
