/**
 * Where the installed CLI keeps its code cache, and how it writes it: never half a file, never
 * in the way of a run when it cannot, and without the caches of earlier builds piling up.
 * (tests/unit/cli/package.test.ts runs the installed CLI with and without one.)
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cacheFile, cacheFolder, cacheToWrite, GROWTH, LONG_RUN_MS, OTHER_BUILDS_KEPT, readCache, writeCache } from '../../../src/cli/code-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'dfp-code-cache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('cli: the code cache', () => {
  const home = () => '/home/ada';

  it('is kept in the user\'s own cache folder on each system', () => {
    assert.equal(cacheFolder({}, 'linux', home), '/home/ada/.cache/dockerfile-practices');
    assert.equal(cacheFolder({ XDG_CACHE_HOME: '/var/cache/ada' }, 'linux', home), '/var/cache/ada/dockerfile-practices');
    // A relative XDG_CACHE_HOME is invalid by the specification, and ignored.
    assert.equal(cacheFolder({ XDG_CACHE_HOME: 'cache' }, 'linux', home), '/home/ada/.cache/dockerfile-practices');
    assert.equal(cacheFolder({}, 'darwin', home), '/home/ada/Library/Caches/dockerfile-practices');
    assert.equal(cacheFolder({ LOCALAPPDATA: '/c/Users/ada/AppData/Local' }, 'win32', home), '/c/Users/ada/AppData/Local/dockerfile-practices/Cache');
    assert.equal(cacheFolder({}, 'win32', home), null);
  });

  it('follows Node\'s switches for its compile cache', () => {
    assert.equal(cacheFolder({ NODE_COMPILE_CACHE: '/tmp/cache', XDG_CACHE_HOME: '/x' }, 'linux', home), '/tmp/cache');
    assert.equal(cacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1', NODE_COMPILE_CACHE: '/tmp/cache' }, 'linux', home), null);
  });

  it('is not used when the home folder cannot be found', () => {
    const none = () => {
      throw new Error('no home');
    };
    assert.equal(cacheFolder({}, 'linux', none), null);
  });

  it('names one build of the CLI for one Node.js version and architecture', () => {
    const a = cacheFile('/c', '0123abcd', 'v24.1.0', 'x64');
    assert.equal(a, '/c/dockerfile-practices-cli-0123abcd-v24.1.0-x64.v8');
    assert.notEqual(cacheFile('/c', '0123abcd', 'v24.2.0', 'x64'), a);
    assert.notEqual(cacheFile('/c', '0123abcd', 'v24.1.0', 'arm64'), a);
    assert.notEqual(cacheFile('/c', '4567ef01', 'v24.1.0', 'x64'), a);
  });

  it('is written after a run that had none, and after a long run that compiled much more than it held', () => {
    const made = (n: number) => () => Buffer.alloc(n);
    const asked: number[] = [];
    const make = (n: number) => () => (asked.push(n), Buffer.alloc(n));
    assert.equal(cacheToWrite(undefined, 10, made(1000))?.length, 1000);
    // A short run does not even ask V8 for a new cache.
    assert.equal(cacheToWrite(Buffer.alloc(1000), LONG_RUN_MS - 1, make(5000)), null);
    assert.deepEqual(asked, []);
    assert.equal(cacheToWrite(Buffer.alloc(1000), LONG_RUN_MS, made(Math.ceil(1000 * GROWTH)))?.length, Math.ceil(1000 * GROWTH));
    assert.equal(cacheToWrite(Buffer.alloc(1000), 5000, made(1000)), null);
    assert.equal(cacheToWrite(Buffer.alloc(1000), 5000, made(900)), null);
  });

  it('is written whole, in a folder made for it, and read back', () => {
    const file = cacheFile(join(dir, 'new', 'folder'), 'aaaa');
    assert.equal(readCache(file), undefined);
    writeCache(file, 'aaaa', () => null);
    assert.equal(readCache(file), undefined);
    writeCache(file, 'aaaa', () => Buffer.from('bytecode'));
    assert.equal(readCache(file)?.toString(), 'bytecode');
    // Nothing but the cache is left in the folder: the file it was written to first is renamed.
    assert.deepEqual(readdirSync(join(dir, 'new', 'folder')), [file.split('/').pop()]);
  });

  it('keeps the caches of the two builds used last besides its own, and those of other Node.js versions', () => {
    const folder = join(dir, 'builds');
    const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);
    const oldest = cacheFile(folder, 'old1', 'v24.1.0', 'x64');
    const older = cacheFile(folder, 'old2', 'v24.1.0', 'x64');
    const recent = cacheFile(folder, 'old3', 'v24.1.0', 'x64');
    const otherNode = cacheFile(folder, 'new4', 'v22.12.0', 'x64');
    for (const [k, file] of [oldest, older, recent].entries()) {
      writeCache(file, file.split('-cli-')[1]!.slice(0, 4), () => Buffer.from('old'));
      at(file, 1_000_000 + k);
    }
    writeCache(otherNode, 'new4', () => Buffer.from('other node'));
    writeFileSync(join(folder, 'notes.txt'), 'kept');
    const current = cacheFile(folder, 'new4', 'v24.1.0', 'x64');
    writeCache(current, 'new4', () => Buffer.from('new'));
    // The two most recent of the other builds stay; the oldest goes; this build's other Node.js version and other files stay.
    assert.deepEqual(readdirSync(folder).sort(), [older, recent, otherNode, current, join(folder, 'notes.txt')].map((f) => f.split('/').pop()).sort());
    assert.equal(readFileSync(join(folder, 'notes.txt'), 'utf8'), 'kept');
    assert.equal(OTHER_BUILDS_KEPT, 2);
  });

  it('fails silently where it cannot be written, and leaves nothing behind', () => {
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the folder would be');
    assert.doesNotThrow(() => writeCache(cacheFile(blocked, 'bbbb'), 'bbbb', () => Buffer.from('x')));
    const folder = join(dir, 'failing');
    assert.doesNotThrow(() =>
      writeCache(cacheFile(folder, 'cccc'), 'cccc', () => {
        throw new Error('V8 could not make it');
      }),
    );
    assert.equal(readFileSync(blocked, 'utf8'), 'a file where the folder would be');
    assert.equal(existsSync(folder), false);
  });
});
