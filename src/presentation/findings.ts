/**
 * How findings are worded for readers: on the pages (rendered at build time), in the browser
 * (the live lists and their aria-live summaries) and in review Markdown, so all say the same.
 */
import type { Applicability, Diagnostic, Fix, Severity } from '../engine/types.ts';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

const NOUNS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
};

/** "2 warnings, 1 info", or "No problems". */
export function summarize(diagnostics: readonly Pick<Diagnostic, 'severity'>[]): string {
  const parts: string[] = [];
  for (const severity of ORDER) {
    const n = diagnostics.filter((d) => d.severity === severity).length;
    if (n > 0) parts.push(`${n} ${NOUNS[severity][n === 1 ? 0 : 1]}`);
  }
  return parts.length > 0 ? parts.join(', ') : 'No problems';
}

const LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** Capitalised severity, as every list, table and filter shows it. */
export function severityLabel(severity: Severity): string {
  return LABELS[severity];
}

/** The severities, most severe first. */
export const severities: readonly Severity[] = ORDER;

/** "Line 3" or "Lines 3–5". */
export function locationLabel(d: Pick<Diagnostic, 'line' | 'endLine' | 'endColumn'>): string {
  // A range that ends at column 1 of the next line covers only the line before it.
  const end = d.endLine > d.line && d.endColumn === 1 ? d.endLine - 1 : d.endLine;
  return end > d.line ? `Lines ${d.line}–${end}` : `Line ${d.line}`;
}

/** A scorecard finding: "Warning, Line 3: …", or "Warning, .dockerignore line 2: …". */
export function findingText(d: Pick<Diagnostic, 'severity' | 'file' | 'message' | 'line' | 'endLine' | 'endColumn'>): string {
  const where = d.file === 'dockerignore' ? `.dockerignore ${locationLabel(d).toLowerCase()}` : locationLabel(d);
  return `${severityLabel(d.severity)}, ${where}: ${d.message}`;
}

/** Problems in reading order: by line, then column, then severity (most severe first). */
export function sortDiagnostics<T extends Pick<Diagnostic, 'line' | 'column' | 'severity' | 'rule'>>(diagnostics: readonly T[]): T[] {
  return [...diagnostics].sort(
    (a, b) => a.line - b.line || a.column - b.column || ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) || a.rule.localeCompare(b.rule),
  );
}

/** A rule's fix as its page and the /rules/ index say it: "Fix: safe", "Fix: unsafe". */
export function fixSafetyLabel(applicability: Applicability): string {
  return `Fix: ${applicability}`;
}

/** What a fix's safety means, for a rule's page. */
export function fixSafetyNote(applicability: Applicability): string {
  return applicability === 'safe'
    ? 'The automatic fix is safe: it keeps what the image does: "Fix all" in the editors and lint --fix apply it.'
    : 'The automatic fix is unsafe: it may change what the image does, so it is applied only on request: from its problem in the editors, or with lint --fix-unsafe. Check the result.';
}

/** What a fix applies, on its button and in the quick-fix menu: unsafe ones say so. */
export function fixTitle(fix: Pick<Fix, 'title' | 'applicability'>): string {
  return fix.applicability === 'unsafe' ? `${fix.title} (unsafe)` : fix.title;
}

/** After "Fix all": "Applied 3 fixes; 1 unsafe fix left (apply it from its problem)". */
export function fixAllSummary(applied: number, unsafeLeft: number): string {
  const done = applied === 0 ? 'No safe fix to apply' : `Applied ${applied} ${applied === 1 ? 'fix' : 'fixes'}`;
  if (unsafeLeft === 0) return `${done}.`;
  const left = unsafeLeft === 1 ? '1 unsafe fix left (apply it from its problem)' : `${unsafeLeft} unsafe fixes left (apply them from their problems)`;
  return `${done}; ${left}.`;
}

/** What the playground's line above the editors says of the rule it was opened for (?rule=<id>): "The rule missing-user (Switch to …) finds 1 problem, outlined below." */
export function focusSummary(rule: { readonly id: string; readonly title: string }, count: number): string {
  const found = count === 0 ? 'finds nothing in these files' : count === 1 ? 'finds 1 problem, outlined below' : `finds ${count} problems, outlined below`;
  return `The rule ${rule.id} (${rule.title}) ${found}.`;
}
