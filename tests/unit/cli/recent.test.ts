/** The CLI's per-folder caches keep what the run used lately and drop the rest (src/cli/recent.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RecentMap } from '../../../src/cli/recent.ts';

describe('cli: RecentMap', () => {
  it('keeps the last capacity entries set, and drops older ones', () => {
    const map = new RecentMap<string, number>(4);
    for (let k = 0; k < 12; k++) map.set(`f${k}`, k);
    // Entries set since the last full generation of four are kept; those before are gone.
    assert.deepEqual([8, 9, 10, 11].map((k) => map.get(`f${k}`)), [8, 9, 10, 11]);
    assert.deepEqual([0, 1, 2, 3].map((k) => map.get(`f${k}`)), [undefined, undefined, undefined, undefined]);
  });

  it('keeps an entry that is read in every generation, however many others are set', () => {
    const map = new RecentMap<string, string>(8);
    map.set('/repo', 'root');
    for (let k = 0; k < 1000; k++) {
      map.set(`/repo/c${k}`, 'folder');
      assert.equal(map.get('/repo'), 'root', `after ${k + 1} folders`);
    }
  });

  it('answers the latest value set for a key', () => {
    const map = new RecentMap<string, number>(2);
    map.set('a', 1);
    map.set('a', 2);
    map.set('b', 3);
    assert.equal(map.get('a'), 2);
  });
});
