/**
 * Puts the site's base path in front of root-relative links written in the pages' Markdown and
 * MDX: `[multi-stage builds](/practices/multi-stage-builds/)` and `<LinkCard href="/walkthrough/">`
 * stay written as routes, and come out as `/<base>/practices/...` when the site is published
 * in a folder (src/data/site.ts). Protocol-relative (`//host`), absolute and relative links, and
 * links already under the base, are left alone. Without a base it changes nothing.
 *
 * Astro 7 renders Markdown and MDX with Sätteri, whose hast plugins visit elements by tag name;
 * the integration adds one to the configured processor, as Starlight adds its own.
 */
import type { AstroIntegration } from 'astro';

/** Where the site is published, and how a route becomes a path under it (src/presentation/urls.ts). */
export interface Base {
  base: string;
  sitePath(route: string, base: string): string;
}

/** A root-relative route under the base, or the value unchanged. */
export function withBase(value: string, { base, sitePath }: Base): string {
  if (!value.startsWith('/') || value.startsWith('//') || base === '/' || value.startsWith(base)) return value;
  return sitePath(value, base);
}

const LINK_PROPERTIES = ['href', 'src'];
const LINKED_TAGS = ['a', 'img', 'source', 'video', 'audio', 'iframe'];

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface Context {
  setProperty(node: object, key: string, value: unknown): void;
}

/** The Sätteri hast plugin: HTML elements, and string attributes of MDX components (<LinkCard href="/...">). */
export function baseLinksPlugin(base: Base) {
  const jsx = {
    filter: [] as string[],
    visit(node: { attributes: Attribute[] }, ctx: Context) {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && LINK_PROPERTIES.includes(attribute.name ?? '') && typeof attribute.value === 'string') {
          const value = withBase(attribute.value, base);
          if (value !== attribute.value) ctx.setProperty(node, attribute.name!, value);
        }
      }
    },
  };
  return {
    name: 'dockerfile-practices:base-links',
    element: {
      filter: LINKED_TAGS,
      visit(node: { properties?: Record<string, unknown> }, ctx: Context) {
        for (const name of LINK_PROPERTIES) {
          const value = node.properties?.[name];
          if (typeof value === 'string' && withBase(value, base) !== value) ctx.setProperty(node, name, withBase(value, base));
        }
      },
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
  };
}

/** Adds the plugin to the Markdown processor (Sätteri, Astro 7's default; MDX uses it too). */
export function markdownBaseLinks(base: Base): AstroIntegration {
  return {
    name: 'dockerfile-practices:markdown-base-links',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        if (base.base === '/') return;
        const processor = config.markdown.processor as { name?: string; options?: { hastPlugins?: unknown[] } } | undefined;
        if (processor?.name !== 'satteri' || !processor.options?.hastPlugins) {
          throw new Error(`markdown-base-links: the Markdown processor is "${processor?.name}", not Sätteri; the pages' links would miss the base ${base.base}`);
        }
        processor.options.hastPlugins.push(baseLinksPlugin(base));
        logger.info(`root-relative links in Markdown and MDX go under ${base.base}`);
      },
    },
  };
}
