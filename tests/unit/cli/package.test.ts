/**
 * The npm package: `npm pack` compiles the CLI to plain JavaScript (prepack), the tarball holds
 * no TypeScript, and once installed into an empty folder, as any npm CLI is, the command lints
 * an example and exits with the findings' code.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const example = join(root, 'examples/dockerfiles/pinned-base-images/before.Dockerfile');

let dir = '';
let tarball = '';
let files: string[] = [];

/** The installed command, run in the app's folder, with its code cache in a folder of the test's own. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(join(dir, 'app/node_modules/.bin/dockerfile-practices'), args, { cwd: join(dir, 'app'), encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: join(dir, 'cache'), ...env } });
}

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  assert.equal(r.status, 0, `${command} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe('the npm package', { timeout: 120_000 }, () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dfp-pack-'));
    const packed = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', dir], root)) as { filename: string; files: { path: string }[] }[];
    const first = packed[0];
    assert.ok(first);
    tarball = join(dir, first.filename);
    files = first.files.map((f) => f.path);
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
    // The cache already holds dockerfile-ast (npm ci put it there); the registry is asked only if not.
    run(npm, ['install', '--prefer-offline', '--no-save', '--ignore-scripts', tarball], app);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds plain JavaScript, no TypeScript, and only what the CLI needs', () => {
    assert.deepEqual(files.filter((f) => f.startsWith('dist-cli/')).sort(), ['dist-cli/cli.cjs', 'dist-cli/dockerfile-practices.js']);
    assert.deepEqual(files.filter((f) => /\.(c|m)?tsx?$/.test(f)), []);
    assert.deepEqual(files.filter((f) => !f.startsWith('dist-cli/') && !['package.json', 'README.md'].includes(f)), []);
    const manifest = JSON.parse(readFileSync(join(dir, 'app/node_modules/dockerfile-practices/package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    assert.deepEqual(Object.keys(manifest.dependencies ?? {}), ['dockerfile-ast', 'yaml']);
  });

  it('lints in worker threads with the output of one thread', () => {
    const examples = join(root, 'examples/dockerfiles');
    const files = readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.Dockerfile')).map((f) => join(examples, f));
    const many = Array.from({ length: 4 }, () => files).flat();
    assert.ok(many.length >= 64, String(many.length));
    for (const format of ['text', 'sarif']) {
      const lint = (jobs: string) => cli(['lint', '--format', format, '--jobs', jobs, ...many]);
      const one = lint('1');
      const two = lint('2');
      assert.equal(one.stderr, '');
      assert.equal(one.status, 1);
      assert.deepEqual([two.status, two.stderr, two.stdout], [one.status, one.stderr, one.stdout], format);
    }
  });

  it('prints the version it was packed with', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const r = cli(['--version']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `${version}\n`);
  });

  it('installs into an empty folder and lints an example, with the findings\' exit code', () => {
    const r = cli(['lint', example]);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 1);
    assert.match(r.stdout, /before\.Dockerfile:1:6 warning untagged-image /);
    const json = cli(['lint', '--format', 'json', '--fail-on', 'none', example]);
    assert.equal(json.status, 0);
    const findings = JSON.parse(json.stdout) as { rule: string }[];
    assert.ok(findings.some((f) => f.rule === 'missing-digest'));
    const rules = cli(['rules']);
    assert.equal(rules.status, 0);
    assert.match(rules.stdout, /untagged-image/);
  });

  it('keeps a code cache, and lints the same with it, without it, and with a broken one', () => {
    const cache = join(dir, 'code-cache');
    const lint = (env: NodeJS.ProcessEnv = {}) => cli(['lint', '--format', 'json', example], { NODE_COMPILE_CACHE: cache, ...env });
    const cached = () => readdirSync(cache).filter((f) => f.startsWith('dockerfile-practices-cli-'));
    const first = lint();
    assert.equal(first.status, 1, first.stderr);
    const [name = ''] = cached();
    assert.ok(name.endsWith(`-${process.version}-${process.arch}.v8`), String(cached()));
    const file = join(cache, name);
    const made = readFileSync(file);
    assert.ok(made.length > 100_000, String(made.length));
    const expected = [first.status, first.stdout, first.stderr];
    // The second run takes the cache as it is.
    const second = lint();
    assert.deepEqual([second.status, second.stdout, second.stderr], expected);
    assert.deepEqual(readFileSync(file), made);
    // V8 refuses a cache that is not one, or only part of one: the CLI compiles as usual and writes a new one.
    for (const broken of [Buffer.from('not a code cache'), made.subarray(0, made.length >> 1)]) {
      writeFileSync(file, broken);
      const r = lint();
      assert.deepEqual([r.status, r.stdout, r.stderr], expected);
      assert.ok(readFileSync(file).length > 100_000);
    }
    // Turned off, nothing is written; a cache folder that cannot be made changes nothing either.
    const off = join(dir, 'no-cache');
    const r = lint({ NODE_COMPILE_CACHE: off, NODE_DISABLE_COMPILE_CACHE: '1' });
    assert.deepEqual([r.status, r.stdout, r.stderr], expected);
    assert.equal(existsSync(off), false);
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, '');
    const b = lint({ NODE_COMPILE_CACHE: join(blocked, 'cache') });
    assert.deepEqual([b.status, b.stdout, b.stderr], expected);
  });
});
