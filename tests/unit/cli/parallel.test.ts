/**
 * lint --jobs N: several threads lint the files, and what the user sees (stdout in every format,
 * stderr, the exit code) is what one thread gives, in the same order.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LINT_FORMATS } from '../../../src/cli/formats/index.ts';
import { assertSameRun, run } from './run.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const startDir = process.cwd();
let dir = '';

const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};

const SHAPES = [
  'FROM alpine:latest\nUSER 1001\nADD app /app\nENTRYPOINT ["/app"]\n',
  'FROM node:22\nCOPY . .\nRUN npm install\nCMD npm start\n',
  'FROM ubuntu\nRUN apt-get update\nRUN apt-get install -y curl\n',
  'RUNN echo hi\n',
  'FROM golang:1.24 AS build\nCOPY . /src\nRUN go build -o /app /src\nFROM scratch\nCOPY --from=build /app /app\nEXPOSE 70000\n',
];

/**
 * 120 Dockerfiles: in folders of their own with a .dockerignore, sharing one context folder
 * (whose .dockerignore findings are printed once), under a hadolint configuration with notes,
 * under one of ours with failOn: error, with a <name>.dockerignore; one missing.
 */
const files: string[] = [];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dp-jobs-'));
  process.chdir(dir);
  mkdirSync('.git');
  write('shared/.dockerignore', 'node_modules\n');
  write('hadolint/.hadolint.yaml', 'ignored:\n  - DL3008\nlabel-schema:\n  author: text\n');
  write('strict/.dockerfile-practices.json', '{ "failOn": "error", "rules": { "latest-tag": "error" } }\n');
  for (let k = 0; k < 120; k++) {
    const text = SHAPES[k % SHAPES.length] ?? '';
    const where = ['own', 'shared', 'hadolint', 'strict'][k % 4];
    const path = where === 'shared' ? `shared/${k}.Dockerfile` : `${where}/${k}/Dockerfile`;
    write(path, text);
    if (where === 'own') write(`own/${k}/.dockerignore`, k % 8 === 0 ? '*\n!app\n' : '.git\n**/.env\n');
    if (k % 10 === 3) write(`${path}.dockerignore`, 'node_modules\n');
    files.push(path);
  }
  files.splice(60, 0, 'missing/Dockerfile');
});
after(() => {
  process.chdir(startDir);
  rmSync(dir, { recursive: true, force: true });
});

describe('lint --jobs', () => {
  it('prints the same stdout and stderr, and exits with the same code, as one thread, in every format', async () => {
    for (const format of LINT_FORMATS) {
      const one = await run(['lint', '--format', format, '--jobs', '1', ...files]);
      const three = await run(['lint', '--format', format, '--jobs', '3', ...files]);
      assert.ok(one.stdout.length > 1000, format);
      assertSameRun(three, one, format);
    }
    const one = await run(['lint', '--jobs', '1', ...files]);
    // The hadolint configuration's notes once, the missing file in its place, exit code 2.
    assert.equal(one.stderr.match(/note: hadolint\/\.hadolint\.yaml: hadolint settings/g)?.length, 1);
    assert.match(one.stderr, /cannot read missing\/Dockerfile: no such file/);
    assert.equal(one.code, 2);
  });

  it('exits 1 on findings and 0 when none reach --fail-on, as one thread does', async () => {
    const readable = files.filter((f) => !f.startsWith('missing/'));
    const noSyntaxError = readable.filter((f) => !readFileSync(f, 'utf8').startsWith('RUNN'));
    for (const [args, code] of [[['--fail-on', 'warning', ...readable], 1], [['--fail-on', 'none', ...noSyntaxError], 0]] as const) {
      const one = await run(['lint', '--jobs', '1', ...args]);
      const two = await run(['lint', '--jobs', '2', ...args]);
      assert.equal(one.code, code);
      assert.deepEqual(two, one);
    }
  });

  it('stops on a bad configuration after the same messages as one thread', async () => {
    write('bad/.dockerfile-practices.json', '{ "rules": { "latest-tagg": "off" } }\n');
    write('bad/Dockerfile', 'FROM alpine:3.21\n');
    const withBad = [...files.slice(0, 90), 'bad/Dockerfile', ...files.slice(90)];
    const one = await run(['lint', '--jobs', '1', ...withBad]);
    const three = await run(['lint', '--jobs', '3', ...withBad]);
    assert.equal(one.code, 2);
    assert.match(one.stderr, /bad\/\.dockerfile-practices\.json: rules\.latest-tagg: unknown rule/);
    assert.deepEqual(three, one);
  });

  it('takes a whole number of threads', async () => {
    for (const jobs of ['0', '-1', 'two', '1.5']) {
      const r = await run(['lint', '--jobs', jobs, 'own/0/Dockerfile']);
      assert.equal(r.code, 2, jobs);
      assert.match(r.stderr, /--jobs must be a whole number/);
    }
  });

  it('fixes in one thread whatever --jobs says, as --jobs 1 does', async () => {
    const fixable = files.filter((f) => f.startsWith('own/')).slice(0, 40);
    const copies = fixable.map((f) => readFileSync(f, 'utf8'));
    const many = await run(['lint', '--fix', '--jobs', '4', ...fixable]);
    const fixed = fixable.map((f) => readFileSync(f, 'utf8'));
    fixable.forEach((f, k) => writeFileSync(f, copies[k] ?? ''));
    const one = await run(['lint', '--fix', '--jobs', '1', ...fixable]);
    assert.deepEqual(many, one);
    assert.deepEqual(fixable.map((f) => readFileSync(f, 'utf8')), fixed);
    assert.notDeepEqual(fixed, copies);
  });

  it('runs its worker threads from source, as npm run cli does', () => {
    const main = join(root, 'src/cli/main.ts');
    const spawn = (jobs: string) => spawnSync(process.execPath, [main, 'lint', '--format', 'json', '--jobs', jobs, ...files], { cwd: dir, encoding: 'utf8' });
    const one = spawn('1');
    const two = spawn('2');
    assert.equal(two.stderr, one.stderr);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.status, one.status);
    assert.ok(JSON.parse(one.stdout).length > 100);
  });
});
