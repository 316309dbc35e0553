/**
 * What the playground starts with: the write-up's original Dockerfile, a weak .dockerignore,
 * and the sample project whose build context the preview shows: examples/app_go as it is in
 * this repository, plus the clutter a real working copy has next to it (src/data/sample-clutter.ts),
 * its Dockerfile and .dockerignore as big as the editors' texts.
 */
import { byPath, contextTree, foldersOpenAtStart, LAZY_TREE_FILES, previewContext, withEditorFiles, type SampleFile } from '../../presentation/context-tree.ts';
import { lint } from '../../linter/index.ts';
import { notApplicable } from '../../linter/applies.ts';
import { scorecard } from '../../presentation/scorecard.ts';
import type { ExampleSpec } from '../../presentation/spec.ts';
import { readExample } from '../../lib/examples.ts';
import { sampleClutter } from '../../data/sample-clutter.ts';

const app = import.meta.glob<string>('/examples/app_go/**/*', { exhaustive: true, query: '?raw', import: 'default', eager: true });

/** The sample app's own files, with their real sizes. */
const appFiles: SampleFile[] = Object.entries(app).map(([path, text]) => ({
  path: path.replace(/^\/examples\/app_go\//, ''),
  size: new TextEncoder().encode(text).length,
}));

export const sampleTree: SampleFile[] = [...appFiles, ...sampleClutter].sort(byPath);

let state: ReturnType<typeof computeState> | undefined;

/**
 * The playground's starting point, linted once: the page renders Playground.astro three times
 * (editors, scorecard, context) and each part reads this.
 */
export function playgroundState(page: string) {
  return (state ??= computeState(page));
}

function computeState(page: string) {
  const texts = {
    dockerfile: readExample('dockerfiles/original.Dockerfile', page),
    dockerignore: readExample('dockerfiles/dockerignore/before.Dockerfile.dockerignore', page),
  };
  const diagnostics = lint(texts.dockerfile, { dockerignore: texts.dockerignore });
  const dockerfile: ExampleSpec = {
    id: 'playground-dockerfile',
    file: 'Dockerfile',
    title: 'Dockerfile',
    kind: 'dockerfile',
    original: texts.dockerfile,
    companion: texts.dockerignore,
    marks: [],
  };
  const dockerignore: ExampleSpec = {
    id: 'playground-dockerignore',
    file: '.dockerignore',
    title: '.dockerignore',
    kind: 'dockerignore',
    original: texts.dockerignore,
    companion: texts.dockerfile,
    marks: [],
  };
  const context = previewContext(withEditorFiles(sampleTree, texts), texts.dockerignore);
  const tree = contextTree(context);
  return {
    dockerfile,
    dockerignore,
    diagnostics,
    score: scorecard(diagnostics, notApplicable(texts.dockerfile, texts.dockerignore)),
    context,
    tree,
    treeOptions: { open: foldersOpenAtStart(tree), lazy: sampleTree.length > LAZY_TREE_FILES },
  };
}
