import { practicePath } from '../data/practices.ts';
import { SITE_URL } from '../data/site.ts';
import type { Rule } from '../engine/rule.ts';

/** The page anchor of a rule: SITE_URL/practices/<practice>/#<id>. */
export function ruleUrl(rule: Pick<Rule, 'id' | 'practice'>): string {
  return `${SITE_URL}${practicePath(rule.practice)}#${rule.id}`;
}

/** Declares a rule; its docs URL is derived from its practice and id. */
export function defineRule(rule: Omit<Rule, 'url'>): Rule {
  return { ...rule, url: ruleUrl(rule) };
}
