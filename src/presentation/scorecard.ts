/**
 * The playground's scorecard: the eleven practices, each passing or with its findings.
 * Pure, shared by the build-time markup and the browser.
 */
import { practices, type PracticeSlug } from '../data/practices.ts';
import type { Diagnostic } from '../engine/types.ts';
import { sortDiagnostics, summarize } from './findings.ts';

export interface ScoreLine {
  n: number;
  slug: PracticeSlug;
  title: string;
  findings: Diagnostic[];
  /** "Passes" or "2 warnings, 1 info". */
  status: string;
}

export function scorecard(diagnostics: readonly Diagnostic[]): ScoreLine[] {
  return practices.map((p) => {
    const findings = sortDiagnostics(diagnostics.filter((d) => d.practice === p.slug));
    return { n: p.n, slug: p.slug, title: p.title, findings, status: findings.length === 0 ? 'Passes' : summarize(findings) };
  });
}

/**
 * "4 of 11 practices pass". Syntax errors belong to no practice, so a file BuildKit refuses
 * says so first: "BuildKit refuses this Dockerfile (1 syntax error); 4 of 11 practices pass".
 */
export function scoreSummary(lines: readonly ScoreLine[], diagnostics: readonly Pick<Diagnostic, 'practice' | 'severity'>[] = []): string {
  const passing = lines.filter((l) => l.findings.length === 0).length;
  const score = `${passing} of ${lines.length} practices pass`;
  const refused = diagnostics.filter((d) => d.practice === null && d.severity === 'error').length;
  return refused === 0 ? score : `BuildKit refuses this Dockerfile (${refused} syntax ${refused === 1 ? 'error' : 'errors'}); ${score}`;
}
