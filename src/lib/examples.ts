/**
 * Example files under examples/, read at build time by Vite. Pages name a file by its path
 * under examples/ (for example `dockerfiles/multi-stage-builds/before.Dockerfile`); the text
 * is never pasted into a page.
 */
import { lookupExample } from './example-lookup.ts';

export { exampleLang } from './example-lookup.ts';

// `exhaustive` makes Vite include dotfiles such as app_go/.dockerignore (and node_modules,
// which the second pattern leaves out again).
const files = import.meta.glob<string>(['/examples/**/*', '!/examples/**/node_modules/**'], {
  exhaustive: true,
  query: '?raw',
  import: 'default',
  eager: true,
});

const byPath: ReadonlyMap<string, string> = new Map(
  Object.entries(files).map(([key, text]) => [key.replace(/^\/examples\//, ''), text]),
);

/** The text of examples/<path>; fails the build, naming the page, when it is missing. */
export function readExample(path: string, page: string): string {
  return lookupExample(byPath, path, page);
}
