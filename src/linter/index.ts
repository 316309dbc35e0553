/**
 * The linter: the engine with the rule catalogue. The editor, the CLI, the pages and the tests
 * import this module; only it knows both halves.
 */
import { fixAll, lintWith, MISPLACED_DIRECTIVE, type Diagnostic, type FixOptions, type FixResult, type LintOptions, type Severity } from '../engine/index.ts';
import { rules } from '../rules/index.ts';

export type { Applicability, AppliedFix, Diagnostic, Fix, FixOptions, FixResult, LintOptions, Rule, RuleExample, RuleMeta, RuleSource, Severity, TextEdit } from '../engine/index.ts';
export { applyEdits, applyFixes, fixAll, isApplicable, MAX_FIX_PASSES, INTERNAL_ERROR, lintWith, MISPLACED_DIRECTIVE, parseDockerignore, SYNTAX_ERROR } from '../engine/index.ts';
export { rules, getRule, rulesFor } from '../rules/index.ts';

/**
 * The engine's own findings that a configuration or the command line can turn off or re-rate,
 * with the severity the engine gives them: the misplaced-directive warning (syntax-error cannot
 * be: BuildKit refuses the file).
 */
export const settableEngineFindings: readonly { readonly id: string; readonly severity: Severity }[] = [{ id: MISPLACED_DIRECTIVE, severity: 'warning' }];

/** Every id a configuration or the command line can turn off or re-rate: the catalogue's rules and settableEngineFindings. */
export const settableIds: readonly string[] = [...rules.map((r) => r.id), ...settableEngineFindings.map((f) => f.id)];

/** Today in UTC as YYYY-MM-DD, the day the CLI and the editors lint on (LintOptions.now). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Lints a Dockerfile with every rule. Never throws. */
export function lint(text: string, options: LintOptions = {}): Diagnostic[] {
  return lintWith(rules, text, options);
}

/**
 * Fixes a Dockerfile in passes until no fix is left (safe fixes only, unless `unsafe`), linting
 * it with the given .dockerignore between passes. Never throws.
 */
export function fix(text: string, options: LintOptions & FixOptions = {}): FixResult {
  const { unsafe, maxPasses, ...lintOptions } = options;
  return fixAll((t) => lint(t, lintOptions), text, { unsafe, maxPasses });
}
