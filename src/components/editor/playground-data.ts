/**
 * What the playground starts with: the write-up's original Dockerfile, a weak .dockerignore,
 * and the sample project whose build context the preview shows: examples/app_go as it is in
 * this repository, plus the clutter a real working copy has next to it (src/data/sample-clutter.ts).
 */
import type { SampleFile } from '../../editor/context-tree.ts';
import { readExample } from '../../lib/examples.ts';
import { sampleClutter } from '../../data/sample-clutter.ts';

const app = import.meta.glob<string>('/examples/app_go/**/*', { exhaustive: true, query: '?raw', import: 'default', eager: true });

/** The sample app's own files, with their real sizes. */
const appFiles: SampleFile[] = Object.entries(app).map(([path, text]) => ({
  path: path.replace(/^\/examples\/app_go\//, ''),
  size: new TextEncoder().encode(text).length,
}));

export const sampleTree: SampleFile[] = [...appFiles, ...sampleClutter].sort((a, b) => a.path.localeCompare(b.path));

export function playgroundTexts(page: string): { dockerfile: string; dockerignore: string } {
  return {
    dockerfile: readExample('dockerfiles/original.Dockerfile', page),
    dockerignore: readExample('dockerfiles/dockerignore/before.Dockerfile.dockerignore', page),
  };
}
