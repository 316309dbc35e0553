import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { getPractice, practiceSlugs } from './data/practices.ts';

/**
 * A practice page names its practice in frontmatter (`practice: multi-stage-builds`) and
 * takes its title from src/data/practices.ts, so the title is written once.
 */
function fillPracticeTitle(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || !('practice' in data)) return data;
  const practice = getPractice(String(data.practice));
  if (!practice || 'title' in data) return data;
  return { ...data, title: practice.title };
}

// Starlight expects src/content/docs; this project keeps its pages in the top-level content/
// folder, so the docs collection is loaded from there.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
    schema: (context) =>
      z.preprocess(
        fillPracticeTitle,
        docsSchema({
          extend: z.object({
            /** The practice this page teaches; its title comes from the practices list. */
            practice: z.enum(practiceSlugs as [string, ...string[]]).optional(),
          }),
        })(context),
      ),
  }),
};
