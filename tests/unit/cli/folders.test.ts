/** The CLI lists each folder once per run and answers every "is there a file named ..." from that listing. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { after, before, describe, it } from 'node:test';
import { listContext } from '../../../src/cli/context.ts';
import { Folders, inFolder, kindOf } from '../../../src/cli/folders.ts';

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

  it('gives the paths path.resolve and path.join give, for any folder as a command line may name it', () => {
    const segment = fc.oneof(fc.constantFrom('.', '..', '', '.git', 'a.b', '-x', 'src', 'c0-1', ' '), fc.stringMatching(/^[a-z0-9._-]{1,6}$/));
    const folderPath = fc.tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 5 }), fc.boolean()).map(([absolute, parts, slash]) => `${absolute ? '/' : ''}${parts.join('/')}${slash ? '/' : ''}`);
    fc.assert(
      fc.property(folderPath, (path) => {
        assert.equal(new Folders().absolute(path), resolve(path));
        assert.equal(inFolder(path, '.dockerignore'), join(path, '.dockerignore'));
      }),
      { numRuns: 500 },
    );
  });

  it('answers about a folder it has not listed, as a stat would, until it is listed', () => {
    const at = folder('unlisted', 3);
    const folders = new Folders();
    const names = ['.dockerignore', 'src', 'link-to-src', 'link-to-file', 'missing'];
    const before = names.map((n) => folders.kind(at, n));
    folders.list(at);
    assert.deepEqual(before, ['file', 'folder', 'folder', 'file', null]);
    assert.deepEqual(names.map((n) => folders.kind(at, n)), before);
    assert.ok(folders.entries(at)?.some((e) => e.name === 'file2.txt'));
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
