/**
 * The rule engine's public API: parse once, build the model, run whichever rules it is given,
 * apply suppressions and fixes. It knows no rule: src/linter/ puts it together with the
 * catalogue. No DOM and no Node APIs, so the browser, the CLI and the build all run it.
 */
export type { Applicability, Diagnostic, Fix, LintOptions, RuleExample, RuleSource, Severity, TextEdit } from './types.ts';
export type { Rule, RuleMeta } from './rule.ts';
export { INTERNAL_ERROR, lintWith } from './lint.ts';
export { applyEdits, applyFixes, fixAll, isApplicable, MAX_FIX_PASSES, type AppliedFix, type FixOptions, type FixResult } from './fix.ts';
export { MISPLACED_DIRECTIVE, SYNTAX_ERROR } from './syntax.ts';
export { parseDockerignore } from './dockerignore.ts';
