/** The "Try it" links of the rules: each opens the playground on the rule's own flagged example, where the rule fires. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tryIt } from '../../../src/components/try-it.ts';
import { decodeShare } from '../../../src/editor/share.ts';
import { lint, rules, today } from '../../../src/linter/index.ts';
import { playgroundRoute, ruleShortRoute, sitePath } from '../../../src/presentation/urls.ts';

test('a playground route names the rule in the query and keeps the state in the hash; short links are /r/<id>/', () => {
  assert.equal(playgroundRoute('share=2.playground.AA', 'latest-tag'), '/playground/?rule=latest-tag#share=2.playground.AA');
  assert.equal(sitePath(playgroundRoute('share=2.playground.AA'), '/guide/'), '/guide/playground/#share=2.playground.AA');
  assert.equal(ruleShortRoute('DL3006'), '/r/DL3006/');
});

test('every rule\'s Try it link opens its first flagged example in the playground, and the rule fires there', async () => {
  const without: string[] = [];
  for (const rule of rules) {
    const link = await tryIt(rule);
    if (!link.href) {
      without.push(`${rule.id}: ${link.reason}`);
      continue;
    }
    const url = new URL(link.href, 'https://example.test');
    assert.equal(url.pathname, sitePath('/playground/'), rule.id);
    assert.equal(url.searchParams.get('rule'), rule.id);
    const decoded = await decodeShare(url.hash);
    assert.ok(decoded.ok && decoded.id === 'playground', rule.id);
    const example = rule.invalid[0]!;
    assert.deepEqual(decoded.texts, [example.code, example.dockerignore ?? ''], rule.id);
    const found = lint(decoded.texts[0]!, { dockerignore: decoded.texts[1]!, now: today() });
    assert.ok(found.some((d) => d.rule === rule.id), `${rule.id} fires on its Try it example`);
    assert.ok(decoded.made?.findings.some((f) => f.startsWith(`${rule.id}@`)), `${rule.id}: the link records its findings`);
  }
  // The playground has no configuration, always a .dockerignore, and no build context folder: these say why they have no link.
  assert.deepEqual(without.sort(), [
    "dockerignore-context-guessed: Its example needs what the CLI sees of the build context (its folder and files), which the playground does not have.",
    'untrusted-registry: Its example needs a list of trusted registries, a setting the playground does not have.',
    'copy-context-without-dockerignore: Its example is a build context without a .dockerignore, and the playground always has one.',
  ].sort());
});
