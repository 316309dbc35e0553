/** Root-relative links written in the pages' Markdown and MDX go under the base path. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseLinksPlugin, withBase } from '../../src/build/markdown-base-links.ts';
import { sitePath } from '../../src/presentation/urls.ts';

const under = { base: '/guide/', sitePath };

describe('markdown base links', () => {
  it('prefix root-relative links and only those', () => {
    assert.equal(withBase('/practices/dockerignore/', under), '/guide/practices/dockerignore/');
    assert.equal(withBase('/rules/#cli', under), '/guide/rules/#cli');
    for (const untouched of ['//cdn.example.org/x.js', 'https://example.org/', '#rules', '../walkthrough/', 'mailto:a@b', '/guide/rules/']) {
      assert.equal(withBase(untouched, under), untouched);
    }
    assert.equal(withBase('/rules/', { base: '/', sitePath }), '/rules/');
  });

  it('set the href of elements and the string href of MDX components', () => {
    const set: [string, unknown][] = [];
    const ctx = { setProperty: (_node: object, key: string, value: unknown) => void set.push([key, value]) };
    const plugin = baseLinksPlugin(under);
    plugin.element.visit({ properties: { href: '/walkthrough/', class: 'x' } }, ctx);
    plugin.element.visit({ properties: { href: 'https://example.org/' } }, ctx);
    plugin.mdxJsxFlowElement.visit({ attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/walkthrough/' }, { type: 'mdxJsxAttribute', name: 'title', value: '/not-a-link' }] }, ctx);
    assert.deepEqual(set, [
      ['href', '/guide/walkthrough/'],
      ['href', '/guide/walkthrough/'],
    ]);
  });
});
