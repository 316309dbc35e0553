/**
 * The playground's scorecard: the eleven practices, each passing, with its findings, or not
 * applying to the file (with the reason). Pure, shared by the build-time markup and the browser.
 */
import { practices, type PracticeSlug } from '../data/practices.ts';
import type { Diagnostic } from '../engine/types.ts';
import { sortDiagnostics, summarize } from './findings.ts';

export interface ScoreLine {
  n: number;
  slug: PracticeSlug;
  title: string;
  findings: Diagnostic[];
  /** Why the practice has nothing to check in this file; null when it applies. */
  notApplicable: string | null;
  /** "Passes", "Does not apply" or "2 warnings, 1 info". */
  status: string;
}

/**
 * `notApplicable`: the practices with nothing to check in the file, and why (src/linter/applies.ts).
 * A practice with a finding applies, whatever that says.
 */
export function scorecard(diagnostics: readonly Diagnostic[], notApplicable: ReadonlyMap<PracticeSlug, string> = new Map()): ScoreLine[] {
  return practices.map((p) => {
    const findings = sortDiagnostics(diagnostics.filter((d) => d.practice === p.slug));
    const reason = findings.length === 0 ? (notApplicable.get(p.slug) ?? null) : null;
    const status = findings.length > 0 ? summarize(findings) : reason !== null ? 'Does not apply' : 'Passes';
    return { n: p.n, slug: p.slug, title: p.title, findings, notApplicable: reason, status };
  });
}

/**
 * "4 of 11 practices pass", or "4 of 9 practices that apply pass (2 do not apply)". Syntax errors
 * belong to no practice, so a file BuildKit refuses says so first: "BuildKit refuses this
 * Dockerfile (1 syntax error); 4 of 11 practices pass".
 */
export function scoreSummary(lines: readonly ScoreLine[], diagnostics: readonly Pick<Diagnostic, 'practice' | 'severity'>[] = []): string {
  const applying = lines.filter((l) => l.notApplicable === null);
  const passing = applying.filter((l) => l.findings.length === 0).length;
  const skipped = lines.length - applying.length;
  const score =
    skipped === 0
      ? `${passing} of ${lines.length} practices pass`
      : `${passing} of ${applying.length} practices that apply pass (${skipped} ${skipped === 1 ? 'does' : 'do'} not apply)`;
  const refused = diagnostics.filter((d) => d.practice === null && d.severity === 'error').length;
  return refused === 0 ? score : `BuildKit refuses this Dockerfile (${refused} syntax ${refused === 1 ? 'error' : 'errors'}); ${score}`;
}
