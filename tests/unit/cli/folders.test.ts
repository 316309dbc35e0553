/** The CLI lists each folder once per run and answers every "is there a file named ..." from that listing. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { listContext } from '../../../src/cli/context.ts';
import { Folders, kindOf } from '../../../src/cli/folders.ts';

let dir = '';

/** A folder with `count` plain files besides a .dockerignore, a subfolder and links to both. */
function folder(name: string, count: number): string {
  const at = join(dir, name);
  mkdirSync(join(at, 'src'), { recursive: true });
  for (let k = 0; k < count; k++) writeFileSync(join(at, `file${k}.txt`), `${k}\n`);
  writeFileSync(join(at, '.dockerignore'), '.git\n');
  writeFileSync(join(at, 'src/main.go'), 'package main\n');
  symlinkSync(join(at, 'src'), join(at, 'link-to-src'));
  symlinkSync(join(at, '.dockerignore'), join(at, 'link-to-file'));
  return at;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dp-folders-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('cli: folders', () => {
  // A few entries are looked up by a scan, many by a map: both must answer alike, and as a stat would.
  for (const [label, count] of [['a small folder', 2], ['a large folder', 40]] as const) {
    it(`tells files, folders, links and missing names apart in ${label}`, () => {
      const at = folder(label.replace(/ /g, '-'), count);
      const folders = new Folders();
      const names = ['.dockerignore', 'src', 'link-to-src', 'link-to-file', 'file1.txt', '.hadolint.yaml', '.git'];
      const kinds = names.map((n) => folders.kind(at, n));
      assert.deepEqual(kinds, ['file', 'folder', 'folder', 'file', 'file', null, null]);
      assert.deepEqual(kinds, names.map((n) => kindOf(join(at, n))));
    });
  }

  it('answers a folder it cannot list by asking about each name', () => {
    const folders = new Folders();
    assert.equal(folders.entries(join(dir, 'nowhere')), null);
    assert.equal(folders.kind(join(dir, 'nowhere'), '.dockerignore'), null);
  });

  it('lists a context the same way whether the run has seen its folder or not', () => {
    const at = folder('context', 20);
    const shared = new Folders();
    assert.equal(shared.kind(at, '.dockerignore'), 'file');
    const listed = listContext(at, '.git\n', shared);
    assert.deepEqual(listed, listContext(at, '.git\n'));
    assert.ok(listed?.includes('src/main.go') && listed.includes('link-to-src') && listed.includes('file19.txt'));
  });
});
