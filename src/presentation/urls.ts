/**
 * Every URL the site and the linter's output point at, built in one place. A route is a path
 * as the site knows it, without the base (`/practices/<slug>/#<rule>`); `sitePath` puts it
 * under the base the site is published at (for the pages and the editor), `absolute` under the
 * site's full address (for the CLI, SARIF and review Markdown). The base and address default to
 * the build's (src/data/site.ts) and can be passed explicitly, as the CLI does.
 */
import { practicePath, type PracticeSlug } from '../data/practices.ts';
import { BASE_PATH, normalizeBase, SITE_ROOT } from '../data/site.ts';
import { INTERNAL_ERROR } from '../engine/lint.ts';
import { MISPLACED_DIRECTIVE, SYNTAX_ERROR } from '../engine/syntax.ts';

/** A rule as a finding names it: its id and its practice (null for the engine's own findings). */
export interface RuleRef {
  rule: string;
  practice: PracticeSlug | null;
}

/** The rules index, as a route. */
export const RULES_PATH = '/rules/';

/** The section of the rules index that documents syntax errors and misplaced directives. */
export const SYNTAX_ANCHOR = 'syntax-errors';

/** The engine's own findings, which belong to no practice, and where the rules index explains them. */
const engineRoutes: ReadonlyMap<string, string> = new Map([
  [INTERNAL_ERROR, RULES_PATH],
  [SYNTAX_ERROR, `${RULES_PATH}#${SYNTAX_ANCHOR}`],
  [MISPLACED_DIRECTIVE, `${RULES_PATH}#${SYNTAX_ANCHOR}`],
]);

/** A route (`/rules/`, `/practices/x/#y`) as a path on the published site, under its base. */
export function sitePath(route: string, base: string = BASE_PATH): string {
  return `${normalizeBase(base)}${route.replace(/^\/+/, '')}`;
}

/**
 * The route of a rule: its anchor on its practice page. The engine's findings (internal errors,
 * syntax errors) go to the rules index.
 */
export function ruleRoute(ref: RuleRef): string {
  const engine = engineRoutes.get(ref.rule);
  if (engine !== undefined || ref.practice === null) return engine ?? RULES_PATH;
  return `${practicePath(ref.practice)}#${ref.rule}`;
}

/** The rule's anchor on its practice page, as a path on this site (under its base). */
export function ruleHref(ref: RuleRef, base: string = BASE_PATH): string {
  return sitePath(ruleRoute(ref), base);
}

/** The same, absolute: for output read outside the site (CLI, SARIF, review Markdown). */
export function ruleUrl(ref: RuleRef, site: string = SITE_ROOT): string {
  return absolute(ruleRoute(ref), site);
}

/** A route made absolute under the site's address (origin and base: `https://example.org/guide/`). */
export function absolute(route: string, site: string = SITE_ROOT): string {
  return `${site.replace(/\/+$/, '')}/${route.replace(/^\/+/, '')}`;
}

/** The playground, as a route. */
export const PLAYGROUND_PATH = '/playground/';

/** The walkthrough, as a route. */
export const WALKTHROUGH_PATH = '/walkthrough/';

/** An exercise's place: its heading on its practice page, or on the walkthrough (the capstone). */
export function exerciseRoute(page: PracticeSlug | 'walkthrough', id: string): string {
  return `${page === 'walkthrough' ? WALKTHROUGH_PATH : practicePath(page)}#exercise-${id}-title`;
}

/** A practice's short link for reviews: `/p/3/` or `/p/efficient-layering/`. */
export function practiceShortRoute(alias: string | number): string {
  return `/p/${alias}/`;
}

/** A rule's short link for reviews: `/r/latest-tag/`, or a peer's id such as `/r/DL3006/`. */
export function ruleShortRoute(id: string): string {
  return `/r/${id}/`;
}

/**
 * The playground opened on a share link (`hash` as share.ts encodes it, without "#"), with the
 * findings of `rule` highlighted: `/playground/?rule=latest-tag#share=…`. The hash never
 * reaches a server; the rule is only a name.
 */
export function playgroundRoute(hash: string, rule?: string): string {
  return `${PLAYGROUND_PATH}${rule ? `?rule=${encodeURIComponent(rule)}` : ''}#${hash}`;
}
