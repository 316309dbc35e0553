/**
 * Where the guide is published: an origin (`SITE_URL`) and a base path (`BASE_PATH`), so it can
 * live at a domain's root or in a folder of one (GitHub Pages serves a project at
 * https://<owner>.github.io/<repo>/). Both come from the environment at build time:
 *
 *   SITE_URL=https://example.github.io BASE_PATH=/dockerfile-practices/ npm run build
 *
 * astro.config.mjs hands them to Astro (`site`, `base`). Code bundled for the browser has no
 * `process`, and reads the base Vite wrote into it (`import.meta.env.BASE_URL`); plain Node (the
 * CLI, the unit tests) has no `import.meta.env`, and reads the environment or the defaults.
 * No `node:` import here: the browser imports this module too.
 */

/** Today's published address: the defaults when the environment says nothing. */
export const DEFAULT_SITE_URL = 'https://dockerfile-practices.dev';
export const DEFAULT_BASE_PATH = '/';

const processEnv: Record<string, string | undefined> =
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
const viteBase: string | undefined = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL;

/** A base path with one leading and one trailing slash: '' and '/' give '/', 'docs' gives '/docs/'. */
export function normalizeBase(base: string): string {
  const inner = base.trim().replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

/** An origin without a trailing slash. */
export function normalizeSiteUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/** The origin the guide is served from, without a trailing slash (Astro's `site`). */
export const SITE_URL = normalizeSiteUrl(processEnv.SITE_URL || DEFAULT_SITE_URL);

/** The folder the guide is served from, with leading and trailing slashes (Astro's `base`). */
export const BASE_PATH = normalizeBase(processEnv.BASE_PATH || viteBase || DEFAULT_BASE_PATH);

/** The guide's home page, absolute: every absolute URL (CLI output, SARIF) starts here. */
export const SITE_ROOT = `${SITE_URL}${BASE_PATH}`;
