import type { Rule } from '../engine/rule.ts';

/** Declares a rule. An identity function that gives each rule file its type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
