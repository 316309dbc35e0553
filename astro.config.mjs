// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { practices } from './src/data/practices.ts';
import { ruleShortRoute, sitePath } from './src/presentation/urls.ts';
import { ruleShortLinks } from './src/components/short-links.ts';
import { BASE_PATH, SITE_URL } from './src/data/site.ts';
import { monacoCss } from './src/build/vite-plugin-monaco-css.ts';
import { codiconSubset } from './src/build/vite-plugin-codicon-subset.ts';
import { ruleMetadataForBrowser } from './src/build/vite-plugin-rule-metadata.ts';
import { monacoTrim } from './src/build/vite-plugin-monaco-trim.ts';
import { codeBlockAssetsInHead } from './src/build/code-block-assets.ts';
import { CSP_META, cspHashes } from './src/build/csp.ts';
import { lazySearchCss } from './src/build/vite-plugin-lazy-search-css.ts';
import { markdownBaseLinks } from './src/build/markdown-base-links.ts';
import { noScriptLightTheme } from './src/build/postcss-no-script-theme.ts';
import { backdropOfTopLayer } from './src/build/postcss-backdrop-of-top-layer.ts';
import { playgroundModulePreload } from './src/build/playground-modulepreload.ts';

const listingShortLinks = new Set(ruleShortLinks().filter((l) => l.rules.length > 1 && !l.twinOf).map((l) => sitePath(ruleShortRoute(l.id))));

// Where the site is published: SITE_URL and BASE_PATH from the environment, today's address by
// default (src/data/site.ts). Starlight puts the base in front of its sidebar links, the
// Markdown plugin in front of the pages' own root-relative links, and sitePath() in components.
export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  vite: {
    // Monaco's CSS travels inside the editor's lazy chunk instead of every page's <head>, and
    // the search dialog's CSS with the search UI; the codicon font holds only the icons the
    // bundled editor names; Monaco comes without the parts our editors never use; rules reach
    // the browser without the documentation only pages read.
    plugins: [monacoCss(), codiconSubset(), monacoTrim(), lazySearchCss(), ruleMetadataForBrowser()],
    // Without JavaScript, pages follow the reader's light or dark preference; a backdrop's
    // colours are set for the elements that have one.
    css: { postcss: { plugins: [noScriptLightTheme(), backdropOfTopLayer()] } },
  },
  integrations: [
    // Starlight's own sitemap, less the short links that only redirect (src/pages/p/, src/pages/r/);
    // an /r/ link that names several rules is a page listing them.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return !path.startsWith(sitePath('/p/')) && (!path.startsWith(sitePath('/r/')) || listingShortLinks.has(path));
      },
    }),
    starlight({
      title: 'Dockerfile practices',
      // Our own 404 page (src/pages/404.astro) lists the practices.
      disable404Route: true,
      description:
        'Eleven Dockerfile best practices, each with live examples linted by the same rules you can run in CI.',
      // Pages live in the top-level content/ folder (see src/content.config.ts); Starlight's
      // Markdown plugins (heading anchors, asides) only run on folders listed here.
      markdown: { processedDirs: ['./content'] },
      components: {
        Search: './src/components/overrides/Search.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      customCss: ['./src/styles/site.css'],
      // Adds the generated Rules section of each practice page to its table of contents.
      routeMiddleware: './src/route-data.ts',
      // Content-Security-Policy: own origin only, no unsafe-eval (src/build/csp.ts). The
      // cspHashes() integration below swaps 'unsafe-inline' scripts for their hashes.
      head: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META } }],
      sidebar: [
        { label: 'Start here', items: [{ label: 'Overview', link: '/' }, { label: 'Walkthrough: app_go', link: '/walkthrough/' }] },
        {
          label: 'Practices',
          items: practices.map((p) => ({ label: `${p.n}. ${p.title}`, link: `/practices/${p.slug}/` })),
        },
        { label: 'Reference', items: [{ label: 'Rules', link: '/rules/' }] },
        { label: 'Tools', items: [{ label: 'Playground', link: '/playground/' }] },
      ],
    }),
    markdownBaseLinks({ base: BASE_PATH, sitePath }),
    // Expressive Code's stylesheet and script, once each and in the head (src/build/code-block-assets.ts).
    codeBlockAssetsInHead(),
    playgroundModulePreload(),
    cspHashes(),
  ],
});
