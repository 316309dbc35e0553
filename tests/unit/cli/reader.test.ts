/**
 * The reader thread of a lint of many files (src/cli/reader.ts): it reads what the lint would
 * read, by the paths the lint asks with, and what the user sees is the same with or without it.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Reader, READER_MIN_FILES, type Read } from '../../../src/cli/reader.ts';
import { assertSameRun, run } from './run.ts';

/** The folder listing a read carries, as [name, kind letter] pairs in name order. */
const listed = (read: Read | null | undefined) => read?.names?.map((name, k) => [name, read.kinds?.[k]]).sort();

const startDir = process.cwd();
let dir = '';
const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dp-reader-'));
  process.chdir(dir);
  mkdirSync('.git');
});
after(() => {
  process.chdir(startDir);
  rmSync(dir, { recursive: true, force: true });
});

describe('the reader thread', () => {
  it('reads each Dockerfile, lists its folder and reads the .dockerignore the lint will ask for', async () => {
    write('own/Dockerfile', 'FROM alpine\n');
    write('own/Dockerfile.dockerignore', 'own\n');
    write('own/.dockerignore', 'folder\n');
    write('plain/Dockerfile', 'FROM debian\n');
    write('plain/.dockerignore', 'plain\n');
    write('bare/Dockerfile', 'FROM scratch\n');
    mkdirSync('bare/.dockerignore');
    mkdirSync('folder.Dockerfile');
    const files = ['own/Dockerfile', 'plain/Dockerfile', 'bare/Dockerfile', 'missing/Dockerfile', 'folder.Dockerfile', '-'];
    const reader = new Reader(files, null);
    await reader.finished;
    const reads = files.map((_, n) => reader.read(n));
    await reader.close();
    assert.deepEqual(reads[0], { text: 'FROM alpine\n', names: reads[0]?.names, kinds: reads[0]?.kinds, ignorePath: 'own/Dockerfile.dockerignore', ignoreText: 'own\n' });
    assert.deepEqual(listed(reads[0]), [['.dockerignore', 'f'], ['Dockerfile', 'f'], ['Dockerfile.dockerignore', 'f']]);
    assert.equal(reads[1]?.ignorePath, join('plain', '.dockerignore'));
    assert.equal(reads[1]?.ignoreText, 'plain\n');
    // A .dockerignore that is a folder is left for the lint to report.
    assert.deepEqual([reads[2]?.text, reads[2]?.ignorePath], ['FROM scratch\n', null]);
    assert.deepEqual(listed(reads[2])?.find(([name]) => name === '.dockerignore'), ['.dockerignore', 'd']);
    // What it cannot read, the lint reads (and reports) itself.
    assert.deepEqual([reads[3]?.text, reads[3]?.names], [null, null]);
    assert.equal(reads[4]?.text, null);
    // Standard input is never read ahead.
    assert.equal(reads[5], null);
    // Each read is handed out once.
    assert.equal(reader.read(0), null);
  });

  it('reads no folder .dockerignore with --context, whose .dockerignore is the context’s', async () => {
    write('ctx/app/Dockerfile', 'FROM alpine\n');
    write('ctx/app/.dockerignore', 'not this one\n');
    const reader = new Reader(['ctx/app/Dockerfile'], 'ctx');
    await reader.finished;
    const read = reader.read(0);
    await reader.close();
    assert.deepEqual([read?.text, read?.ignorePath], ['FROM alpine\n', null]);
  });

  it(`gives the same output, messages and exit code on ${READER_MIN_FILES + 100} files as a lint without it`, async () => {
    const shapes = ['FROM alpine:latest\nADD app /app\n', 'FROM node:22\nCOPY . .\nRUN npm install\nCMD npm start\n', 'RUNN echo hi\n', 'FROM ubuntu\nRUN apt-get update\n'];
    write('many/.dockerfile-practices.json', '{ "rules": { "latest-tag": "error" } }\n');
    const files: string[] = [];
    for (let k = 0; k < READER_MIN_FILES + 100; k++) {
      const path = k % 3 === 0 ? `many/shared/${k}.Dockerfile` : `many/${k}/Dockerfile`;
      write(path, shapes[k % shapes.length] ?? '');
      if (k % 3 === 1) write(`many/${k}/.dockerignore`, k % 2 ? '.git\n**/.env\n' : '[\n');
      if (k % 7 === 0) write(`${path}.dockerignore`, 'node_modules\n');
      files.push(path);
    }
    write('many/shared/.dockerignore', 'node_modules\n');
    files.splice(500, 0, 'many/missing/Dockerfile', 'many/shared');
    // --jobs 3 lints chunks of a few hundred files in threads of their own, none with a reader.
    for (const format of ['json', 'text']) {
      const withReader = await run(['lint', '--format', format, '--jobs', '1', ...files]);
      const without = await run(['lint', '--format', format, '--jobs', '3', ...files]);
      assert.ok(withReader.stdout.length > 10_000, format);
      assertSameRun(without, withReader, format);
    }
    const r = await run(['lint', ...files]);
    assert.match(r.stderr, /cannot read many\/missing\/Dockerfile: no such file/);
    assert.match(r.stderr, /cannot read many\/shared: it is a folder, not a file/);
  });
});
