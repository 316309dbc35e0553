/**
 * Starlight's Search component puts the search dialog's styles into every page's CSS: the
 * Pagefind UI's stylesheet and Starlight's own rules for it (about 3 KB gzipped), though the
 * dialog's UI loads only when a reader reaches for search (see ./site-search.ts). This plugin
 * moves that one style block, the component's global <style>, out of the pages' CSS and into a
 * module, `virtual:dfp/search-dialog-style`, that site-search.ts imports together with the UI
 * and that adds the styles to the page as it runs. (A plain CSS import would not do: Astro links
 * the CSS of lazily imported modules from every page's <head>, withastro/astro#9495, as
 * ./vite-plugin-monaco-css.ts explains.) The block is read from Starlight's own
 * Search.astro, its Pagefind @import inlined into the same cascade layer, so the styles stay
 * Starlight's; the build fails if the component no longer has them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { minifyCss } from './vite-plugin-monaco-css.ts';

const VIRTUAL = 'virtual:dfp/search-dialog-style';
const RESOLVED = '\0dfp-search-dialog-style';
const IMPORT = /@import url\((['"]?)@pagefind\/default-ui\/css\/ui\.css\1\) layer\(starlight\.core\);/;

/** Starlight's Search component, and the index of its global style block among its <style>s. */
function upstream(): { file: string; css: string; index: number } {
  const file = createRequire(import.meta.url).resolve('@astrojs/starlight/components/Search.astro');
  const source = readFileSync(file, 'utf8');
  const blocks = [...source.matchAll(/<style( is:global)?>([\s\S]*?)<\/style>/g)];
  const index = blocks.findIndex((b) => b[1] && b[2]?.includes('@pagefind/default-ui/css/ui.css'));
  const block = blocks[index]?.[2];
  if (!block || !IMPORT.test(block)) throw new Error(`${file} no longer has the global <style> with the Pagefind UI's CSS: update src/build/vite-plugin-lazy-search-css.ts`);
  const pagefind = readFileSync(createRequire(file).resolve('@pagefind/default-ui/css/ui.css'), 'utf8');
  return { file, css: minifyCss(block.replace(IMPORT, () => `@layer starlight.core{${pagefind}}`)), index };
}

export function lazySearchCss(): Plugin {
  const search = upstream();
  const styleId = new RegExp(`[\\\\/]@astrojs[\\\\/]starlight[\\\\/].*[\\\\/]Search\\.astro\\?astro&type=style&index=${search.index}&lang\\.css$`);
  return {
    name: 'dockerfile-practices:lazy-search-css',
    enforce: 'pre',
    resolveId(source) {
      return source === VIRTUAL ? `${RESOLVED}` : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      return `if (typeof document !== 'undefined') { const style = document.createElement('style'); style.dataset.searchStyles = ''; style.textContent = ${JSON.stringify(search.css)}; document.head.append(style); }\n`;
    },
    transform(code, id) {
      if (!styleId.test(id)) return null;
      if (!code.includes('pagefind-ui')) this.error(`${id} is not the Pagefind style block any more: update vite-plugin-lazy-search-css.ts`);
      return { code: '', map: null };
    },
  };
}
