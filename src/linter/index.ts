/**
 * The linter: the engine with the rule catalogue. The editor, the CLI, the pages and the tests
 * import this module; only it knows both halves.
 */
import { lintWith, type Diagnostic, type LintOptions } from '../engine/index.ts';
import { rules } from '../rules/index.ts';

export type { Diagnostic, Fix, LintOptions, Rule, RuleExample, RuleMeta, RuleSource, Severity, TextEdit } from '../engine/index.ts';
export { applyEdits, applyFixes, INTERNAL_ERROR, installBufferShim, lintWith, MISPLACED_DIRECTIVE, parseDockerignore, SYNTAX_ERROR } from '../engine/index.ts';
export { rules, getRule, rulesFor } from '../rules/index.ts';

/** Lints a Dockerfile with every rule. Never throws. */
export function lint(text: string, options: LintOptions = {}): Diagnostic[] {
  return lintWith(rules, text, options);
}
