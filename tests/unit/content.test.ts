import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { practices } from '../../src/data/practices.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

test('the practices list holds eleven practices, numbered 1 to 11, with unique kebab-case slugs', () => {
  assert.equal(practices.length, 11);
  assert.deepEqual(practices.map((p) => p.n), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  assert.equal(new Set(practices.map((p) => p.slug)).size, 11);
  for (const p of practices) assert.match(p.slug, /^[a-z]+(-[a-z]+)*$/);
});

test('every practice has exactly one page, and every page under content/practices/ is a practice', () => {
  const pages = readdirSync(new URL('content/practices/', root)).sort();
  assert.deepEqual(pages, practices.map((p) => `${p.slug}.mdx`).sort());
});

for (const p of practices) {
  test(`content/practices/${p.slug}.mdx names its practice, takes its title from the list, and renders its rules`, () => {
    const mdx = read(`content/practices/${p.slug}.mdx`);
    const frontmatter = mdx.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
    assert.match(frontmatter, new RegExp(`^practice: ${p.slug}$`, 'm'));
    assert.doesNotMatch(frontmatter, /^title:/m, 'the title comes from src/data/practices.ts');
    assert.match(frontmatter, /^description: .{40,}/m);
    assert.match(mdx, new RegExp(`<PracticeRules practice="${p.slug}" />`));
  });

  test(`examples/dockerfiles/${p.slug}/ holds the before and after Dockerfiles`, () => {
    for (const variant of ['before', 'after']) {
      assert.ok(existsSync(new URL(`examples/dockerfiles/${p.slug}/${variant}.Dockerfile`, root)), `${variant}.Dockerfile`);
    }
  });
}

test('no page pastes a Dockerfile: Dockerfile code comes from examples/ through ExampleFile', () => {
  for (const file of ['content/index.mdx', 'content/walkthrough.mdx', ...practices.map((p) => `content/practices/${p.slug}.mdx`)]) {
    assert.doesNotMatch(read(file), /^```\s*dockerfile/im, `${file} has a fenced Dockerfile block`);
  }
});
