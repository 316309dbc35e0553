/**
 * The rule engine's public API. No DOM and no Node APIs: the browser editors, the CLI and the
 * docs tests all call lint() on the same code.
 */
import { rules } from '../rules/index.ts';
import { lintWith } from './lint.ts';
import type { Diagnostic, LintOptions } from './types.ts';

export type { Diagnostic, Fix, LintOptions, RuleExample, RuleSource, Severity, TextEdit } from './types.ts';
export type { Rule, RuleMeta } from './rule.ts';
export { applyEdits, applyFixes, INTERNAL_ERROR, lintWith } from './lint.ts';
export { installBufferShim } from './buffer-shim.ts';
export { parseDockerignore } from './dockerignore.ts';
export { rules, getRule, rulesFor, ruleUrl } from '../rules/index.ts';

/** Lints a Dockerfile with every rule. Never throws. */
export function lint(text: string, options: LintOptions = {}): Diagnostic[] {
  return lintWith(rules, text, options);
}
