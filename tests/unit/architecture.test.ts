/**
 * The layers of src/, as the README draws them: nothing imports a layer above its own, and no
 * module imports itself back through others. Imports are read from the source text (static,
 * dynamic and type-only alike), so a cycle through types is caught too.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { filesUnder } from './files.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = resolve(root, 'src');

/** What each folder of src/ may import, besides itself. */
const allowed: Record<string, readonly string[]> = {
  data: [],
  engine: ['data'],
  rules: ['engine', 'data'],
  linter: ['engine', 'rules'],
  exercises: ['linter', 'engine', 'data'],
  presentation: ['engine', 'data'],
  editor: ['exercises', 'linter', 'presentation', 'engine', 'data'],
  cli: ['linter', 'presentation', 'engine', 'data'],
  lib: ['presentation', 'data'],
  build: [],
  scripts: [],
  components: ['exercises', 'linter', 'presentation', 'engine', 'rules', 'data', 'lib', 'editor', 'scripts', 'build'],
  pages: ['components', 'linter', 'presentation', 'engine', 'rules', 'data', 'lib'],
  '.': ['linter', 'presentation', 'data'],
};

const IMPORT = /(?:^|[^.\w])(?:import|export)\s*(?:type\s+)?(?:[\w*{}\s,]+from\s*)?\(?\s*['"](\.{1,2}\/[^'"?]+)/g;

function folderOf(file: string): string {
  const rel = relative(src, file);
  return rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '.';
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => resolve(dirname(file), m[1]!));
}

const files = filesUnder(src, /\.(ts|astro|mjs)$/);
const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => t.startsWith(src) && /\.(ts|astro|mjs|json)$/.test(t))]));

describe('architecture', () => {
  it('has a rule for every folder of src/', () => {
    for (const f of files) assert.ok(folderOf(f) in allowed, `src/${folderOf(f)}/ has no place in the layers: add it to allowed`);
  });

  it('imports only from the layers below', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      for (const t of targets) {
        const to = folderOf(t);
        if (to !== from && !(allowed[from] ?? []).includes(to)) wrong.push(`${relative(root, file)} imports ${relative(root, t)}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('has no import cycle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(root, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const t of graph.get(file) ?? []) visit(t, [...path, file]);
      state.set(file, 'done');
    };
    for (const f of files) visit(f, []);
    assert.deepEqual(cycles, []);
  });

  it('keeps the engine free of the DOM and Node', () => {
    for (const f of files.filter((x) => ['engine', 'rules', 'linter', 'exercises', 'presentation'].includes(folderOf(x)))) {
      assert.doesNotMatch(readFileSync(f, 'utf8'), /from ['"]node:|\bdocument\.(?:createElement|querySelector|body|head)\b|\bwindow\./, relative(root, f));
    }
  });
});
