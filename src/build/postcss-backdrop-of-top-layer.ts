/**
 * Starlight gives `::backdrop` the theme's colours with `::backdrop` and `[data-theme=light]
 * ::backdrop`: selectors that every element of a page is matched against on every style pass
 * (the second walking up to the root from each). Only dialogs and popovers (the search, the
 * menus) have a backdrop on this site: naming them lets the browser pass over everything else.
 */

const BARE = /(^|[\s>+~])::backdrop$/;

/** The selectors a rule gets instead of `selector`: `dialog::backdrop` and `[popover]::backdrop` for a bare `::backdrop`. */
export function topLayerBackdrops(selector: string): string[] {
  return BARE.test(selector) ? [selector.replace(/::backdrop$/, 'dialog::backdrop'), selector.replace(/::backdrop$/, '[popover]::backdrop')] : [selector];
}

export function backdropOfTopLayer() {
  return {
    postcssPlugin: 'dockerfile-practices-backdrop-of-top-layer',
    Rule(rule: { selectors: string[] }) {
      if (!rule.selectors.some((s) => BARE.test(s))) return;
      rule.selectors = rule.selectors.flatMap(topLayerBackdrops);
    },
  };
}
backdropOfTopLayer.postcss = true;
