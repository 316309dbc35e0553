/**
 * Every URL the linter's output points at, built in one place: the rule anchors on practice
 * pages (as site paths for the pages and the editor, absolute for the CLI, SARIF and review
 * Markdown) and the rules index.
 */
import { practicePath, type PracticeSlug } from '../data/practices.ts';
import { SITE_URL } from '../data/site.ts';
import { INTERNAL_ERROR } from '../engine/lint.ts';

/** A rule as a finding names it: its id and its practice. */
export interface RuleRef {
  rule: string;
  practice: PracticeSlug;
}

/** The rules index, as a path on this site. */
export const RULES_PATH = '/rules/';

/** The rule's anchor on its practice page, as a path on this site. Internal errors link to the rules index. */
export function ruleHref(ref: RuleRef): string {
  return ref.rule === INTERNAL_ERROR ? RULES_PATH : `${practicePath(ref.practice)}#${ref.rule}`;
}

/** The same, absolute: for output read outside the site (CLI, SARIF, review Markdown). */
export function ruleUrl(ref: RuleRef, site: string = SITE_URL): string {
  return absolute(ruleHref(ref), site);
}

/** A site path made absolute. */
export function absolute(path: string, site: string = SITE_URL): string {
  return `${site.replace(/\/+$/, '')}${path}`;
}
