/**
 * Expressive Code puts its stylesheet and its script inside the first code block of each part of
 * a page it renders: a page's Markdown and the <Code> components count apart, so a practice page
 * carried both twice, in the middle of the body. A stylesheet there holds back the rendering of
 * everything after it and costs the browser another style pass when it lands, which a phone pays
 * for as blocked time (expressive-code/expressive-code#452). After the build, each page that has
 * them gets each once, in its head.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './csp.ts';

const LINK = /<link rel="stylesheet" href="([^"]*\/_astro\/ec\.[^"/]+\.css)"\s*\/?>/g;
const SCRIPT = /<script type="module" src="([^"]*\/_astro\/ec\.[^"/]+\.js)"><\/script>/g;

/** The page with Expressive Code's stylesheets and scripts moved to the end of its head, each once. */
export function hoistCodeBlockAssets(html: string): string {
  const links = new Set([...html.matchAll(LINK)].map((m) => m[1]!));
  const scripts = new Set([...html.matchAll(SCRIPT)].map((m) => m[1]!));
  if ((links.size === 0 && scripts.size === 0) || !html.includes('</head>')) return html;
  const rest = html.replace(LINK, '').replace(SCRIPT, '');
  const tags = [...[...links].map((href) => `<link rel="stylesheet" href="${href}">`), ...[...scripts].map((src) => `<script type="module" src="${src}"></script>`)].join('');
  const at = rest.indexOf('</head>');
  return rest.slice(0, at) + tags + rest.slice(at);
}

export function codeBlockAssetsInHead(): AstroIntegration {
  return {
    name: 'dockerfile-practices:code-block-assets',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const hoisted = hoistCodeBlockAssets(html);
          if (hoisted === html) continue;
          await writeFile(file, hoisted);
          pages++;
        }
        logger.info(`code-block stylesheet and script moved to the head, once each, on ${pages} pages`);
      },
    },
  };
}
