/**
 * Without JavaScript, Starlight cannot read the reader's colour preference into
 * `<html data-theme>`: the server renders `data-theme="dark"`, so every page would stay dark.
 * This PostCSS plugin repeats each light-theme rule (Starlight's, Expressive Code's and ours)
 * inside `@media (scripting: none) and (prefers-color-scheme: light)`, right after the rule, in
 * the same cascade layer, with a selector that holds whatever `data-theme` the root has.
 *
 * Per selector of a rule: `:root[data-theme=light]`, `html[data-theme=light]` and a leading
 * `[data-theme=light]` become `[data-theme]`; `:root:not([data-theme=dark])` becomes a `:not()`
 * that always holds (same specificity). Selectors for the dark theme, for an element's own
 * `data-theme`, or for no theme at all are left out of the copy.
 */

const LIGHT_AT_ROOT = /(^|:root|html)\[data-theme=(['"]?)light\2\]/g;
const NOT_DARK_AT_ROOT = /:root:not\(\[data-theme=(['"]?)dark\1\]\)/g;
const ANY_THEME = /\[data-theme[=\]]/;
export const NO_SCRIPT_LIGHT = '(scripting: none) and (prefers-color-scheme: light)';

/** The selector for a page without scripts that prefers light, or null when it should not be copied. */
export function noScriptLightSelector(selector: string): string | null {
  const light = selector
    .replace(LIGHT_AT_ROOT, '$1[data-theme]')
    .replace(NOT_DARK_AT_ROOT, ':root:not([data-theme=no-script])');
  if (light === selector) return null;
  // A theme test left over, outside :not(), is about the dark theme or an element's own: not ours.
  const rest = light.replaceAll('[data-theme]', '').replace(/:not\(\[data-theme=[^\]]*\]\)/g, '');
  return ANY_THEME.test(rest) ? null : light;
}

// The few PostCSS node shapes used here (postcss is Vite's, not a dependency of ours).
interface Container {
  type: string;
  name?: string;
  params?: string;
  parent?: Container;
}
interface Rule extends Container {
  selectors: string[];
  clone(overrides: { selectors: string[] }): Rule;
  after(node: unknown): void;
  next(): Container | undefined;
}
interface Root {
  walkRules(callback: (rule: Rule) => void): void;
}
interface Helpers {
  AtRule: new (init: { name: string; params: string; nodes: Rule[] }) => unknown;
}

/** Rules inside @keyframes are steps, not selectors. */
function inKeyframes(rule: Rule): boolean {
  for (let p = rule.parent; p; p = p.parent) if (p.type === 'atrule' && /keyframes$/.test(p.name ?? '')) return true;
  return false;
}

export function noScriptLightTheme() {
  return {
    postcssPlugin: 'dockerfile-practices-no-script-light-theme',
    Once(root: Root, { AtRule }: Helpers) {
      const copies: [Rule, unknown][] = [];
      root.walkRules((rule) => {
        const next = rule.next();
        if (inKeyframes(rule) || (next?.type === 'atrule' && next.params === NO_SCRIPT_LIGHT)) return;
        const selectors = rule.selectors.map(noScriptLightSelector).filter((s): s is string => s !== null);
        if (selectors.length === 0) return;
        copies.push([rule, new AtRule({ name: 'media', params: NO_SCRIPT_LIGHT, nodes: [rule.clone({ selectors })] })]);
      });
      for (const [rule, media] of copies) rule.after(media);
    },
  };
}
