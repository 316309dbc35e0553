/** The rules' short links /r/<id>/: our ids, the peers' ids, and the peers' ids as typed in lower case. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleShortLinks } from '../../../src/components/short-links.ts';
import { rules } from '../../../src/linter/index.ts';

const links = new Map(ruleShortLinks().map((l) => [l.id, l]));

test('every rule has its own short link, and no two links share a path', () => {
  for (const rule of rules) assert.deepEqual(links.get(rule.id)?.rules, [rule]);
  assert.equal(links.size, ruleShortLinks().length);
});

test('a peer\'s id leads to the same rules in its own capitals and in lower case', () => {
  const dl3002 = links.get('DL3002');
  assert.ok(dl3002, 'hadolint DL3002 is a short link');
  assert.deepEqual(dl3002.rules.map((r) => r.id), ['root-user']);
  assert.deepEqual(links.get('dl3002')?.rules, dl3002.rules);
  assert.deepEqual(links.get('dl3002')?.peers, ['hadolint DL3002']);
  for (const link of links.values()) {
    if (link.peers.length > 0) assert.ok(links.has(link.id.toLowerCase()), `${link.id} has a lower-case twin`);
  }
});

test('a lower-case twin of a peer id that names several rules leads to the peer\'s own listing', () => {
  const listing = [...links.values()].find((l) => l.rules.length > 1 && !l.twinOf);
  assert.ok(listing, 'some peer id names several rules');
  assert.equal(links.get(listing.id.toLowerCase())?.twinOf, listing.id);
});
