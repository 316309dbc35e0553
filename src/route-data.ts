/**
 * Starlight route middleware. A practice page's "Rules" section is rendered by a component
 * (PracticeRules), so its headings are not in the Markdown the table of contents is built
 * from. This puts them in: "Rules" and one entry per rule, where the section stands on the
 * page (before "Verify it yourself").
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getPractice } from './data/practices.ts';
import { rulesFor } from './linter/index.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const practice = getPractice(String((route.entry.data as { practice?: string }).practice ?? ''));
  const toc = route.toc;
  if (!practice || !toc) return;
  const rules = rulesFor(practice.slug);
  if (rules.length === 0) return;
  const entry = {
    depth: 2,
    slug: 'rules',
    text: 'Rules',
    children: toc.maxHeadingLevel >= 3 ? rules.map((r) => ({ depth: 3, slug: r.id, text: r.title, children: [] })) : [],
  };
  const at = toc.items.findIndex((item) => item.slug === 'verify-it-yourself');
  toc.items.splice(at === -1 ? toc.items.length : at, 0, entry);
});
