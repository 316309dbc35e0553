/**
 * The CLI's configuration: found upward from each Dockerfile (or --config), rules and practices
 * off, severities, failOn, per-glob overrides, validation errors that name the file and the key,
 * hadolint's .hadolint.yaml, and --rule / --ignore.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { matchGlob } from '../../../src/cli/glob.ts';
import { rulesForHadolint } from '../../../src/cli/hadolint-config.ts';
import { found, run } from './run.ts';

const WARN = 'FROM alpine:latest\nUSER 1001\nADD app /app\nENTRYPOINT ["/app"]\n';
const startDir = process.cwd();
let dir = '';
const file = (name: string, text: string) => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return name;
};
const rulesOf = (list: { rule: string }[]) => new Set(list.map((d) => d.rule));

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dp-config-'));
  process.chdir(dir);
  // A repository root: the search for configuration stops here.
  mkdirSync(join(dir, '.git'));
  file('plain/Dockerfile', WARN);
});
after(() => {
  process.chdir(startDir);
  rmSync(dir, { recursive: true, force: true });
});

describe('config: discovery and settings', () => {
  it('finds .dockerfile-practices.json upward from the Dockerfile and applies it', async () => {
    file('a/.dockerfile-practices.json', JSON.stringify({ rules: { 'latest-tag': 'error', 'add-local-file': 'off' }, practices: { 'expose-ports': 'off' } }));
    file('a/deep/er/Dockerfile', WARN);
    const out = await found(['a/deep/er/Dockerfile']);
    const rules = rulesOf(out);
    assert.equal(out.find((d) => d.rule === 'latest-tag')?.severity, 'error');
    assert.ok(!rules.has('add-local-file'));
    assert.ok(![...rules].some((r) => ['missing-expose', 'invalid-port'].includes(r)));
    // Without it, the same text gives the default findings.
    assert.ok(rulesOf(await found(['plain/Dockerfile'])).has('add-local-file'));
  });

  it('reads YAML too, and the nearest file wins', async () => {
    file('b/.dockerfile-practices.yaml', 'rules:\n  latest-tag: "off"\n');
    file('b/inner/.dockerfile-practices.yml', 'rules:\n  add-local-file: "off"\n');
    file('b/inner/Dockerfile', WARN);
    file('b/Dockerfile', WARN);
    const inner = rulesOf(await found(['b/inner/Dockerfile']));
    assert.ok(inner.has('latest-tag') && !inner.has('add-local-file'));
    const outer = rulesOf(await found(['b/Dockerfile']));
    assert.ok(!outer.has('latest-tag') && outer.has('add-local-file'));
  });

  it('follows a configuration that is a symbolic link, and passes over a folder of that name', async () => {
    file('shared/practices.json', JSON.stringify({ rules: { 'latest-tag': 'off' } }));
    file('linked/Dockerfile', WARN);
    symlinkSync(join(dir, 'shared/practices.json'), join(dir, 'linked/.dockerfile-practices.json'));
    assert.ok(!rulesOf(await found(['linked/Dockerfile'])).has('latest-tag'));
    // A folder with the configuration's name is not a configuration: the search goes on upward.
    file('odd/.dockerfile-practices.json/keep', '');
    file('odd/.dockerfile-practices.yaml', 'rules:\n  add-local-file: "off"\n');
    file('odd/Dockerfile', WARN);
    const odd = rulesOf(await found(['odd/Dockerfile']));
    assert.ok(!odd.has('add-local-file') && odd.has('latest-tag'));
  });

  it('stops at the repository root (a folder with .git)', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'dp-config-out-'));
    try {
      writeFileSync(join(outside, '.dockerfile-practices.json'), JSON.stringify({ rules: { 'latest-tag': 'off' } }));
      mkdirSync(join(outside, 'repo/.git'), { recursive: true });
      writeFileSync(join(outside, 'repo/Dockerfile'), WARN);
      assert.ok(rulesOf(await found([join(outside, 'repo/Dockerfile')])).has('latest-tag'));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('--config FILE applies to every file, instead of the files found', async () => {
    file('conf/strict.json', JSON.stringify({ rules: { 'user-not-numeric': 'error' }, practices: { 'copy-over-add': 'off' } }));
    const rules = rulesOf(await found(['--config', 'conf/strict.json', 'a/deep/er/Dockerfile']));
    assert.ok(rules.has('latest-tag') && !rules.has('add-local-file'));
  });

  it('sets the exit code with failOn, and --fail-on wins over it', async () => {
    file('c/.dockerfile-practices.json', JSON.stringify({ failOn: 'error' }));
    file('c/Dockerfile', WARN);
    assert.equal((await run(['lint', 'c/Dockerfile'])).code, 0);
    assert.equal((await run(['lint', '--fail-on', 'warning', 'c/Dockerfile'])).code, 1);
    file('d/.dockerfile-practices.json', JSON.stringify({ failOn: 'error', rules: { 'latest-tag': 'error' } }));
    file('d/Dockerfile', WARN);
    assert.equal((await run(['lint', 'd/Dockerfile'])).code, 1);
    file('e/.dockerfile-practices.json', JSON.stringify({ failOn: 'none' }));
    file('e/Dockerfile', 'FROM scratch\nEXPOSE 70000\n');
    assert.equal((await run(['lint', 'e/Dockerfile'])).code, 0);
  });

  it('overrides settings per path glob, relative to the configuration file', async () => {
    file('g/.dockerfile-practices.json', JSON.stringify({
      rules: { 'latest-tag': 'error' },
      overrides: [
        { files: ['legacy/**'], rules: { 'latest-tag': 'off' } },
        { files: '*.dev.Dockerfile', practices: { 'copy-over-add': 'off' } },
      ],
    }));
    file('g/legacy/old/Dockerfile', WARN);
    file('g/app/Dockerfile', WARN);
    file('g/app/web.dev.Dockerfile', WARN);
    assert.ok(!rulesOf(await found(['g/legacy/old/Dockerfile'])).has('latest-tag'));
    const app = await found(['g/app/Dockerfile']);
    assert.equal(app.find((d) => d.rule === 'latest-tag')?.severity, 'error');
    const dev = rulesOf(await found(['g/app/web.dev.Dockerfile']));
    assert.ok(dev.has('latest-tag') && !dev.has('add-local-file'));
  });

  it('matches globs as documented', () => {
    assert.ok(matchGlob('legacy/**', 'legacy/a/b/Dockerfile'));
    assert.ok(matchGlob('**/Dockerfile', 'Dockerfile'));
    assert.ok(matchGlob('**/Dockerfile', 'a/b/Dockerfile'));
    assert.ok(matchGlob('*.Dockerfile', 'deep/x/web.Dockerfile'));
    assert.ok(matchGlob('services/*/Dockerfile', 'services/api/Dockerfile'));
    assert.ok(!matchGlob('services/*/Dockerfile', 'services/a/b/Dockerfile'));
    assert.ok(matchGlob('{api,web}/Dockerfile', 'web/Dockerfile'));
    assert.ok(matchGlob('Dockerfile.?', 'Dockerfile.a'));
    assert.ok(!matchGlob('legacy/**', 'src/legacy.txt'));
  });
});

describe('config: validation names the file and the key', () => {
  const cases: [string, string, RegExp][] = [
    ['v1', JSON.stringify({ rules: { 'latest-tagg': 'off' } }), /v1\/\.dockerfile-practices\.json: rules\.latest-tagg: unknown rule \(did you mean "latest-tag"\?\)/],
    ['v2', JSON.stringify({ practices: { 'non-root': 'off' } }), /v2\/\.dockerfile-practices\.json: practices\.non-root: unknown practice \(did you mean "non-root-user"\?\)/],
    ['v3', JSON.stringify({ failOn: 'warn' }), /v3\/\.dockerfile-practices\.json: failOn: must be one of "error", "warning", "info", "none", not string "warn"/],
    ['v4', JSON.stringify({ overrides: [{ files: ['x'] }, { rules: {} }] }), /v4\/\.dockerfile-practices\.json: overrides\[1\]\.files: is required/],
    ['v5', JSON.stringify({ rule: {} }), /v5\/\.dockerfile-practices\.json: rule: unknown key \(did you mean "rules"\?\)/],
    ['v6', JSON.stringify({ rules: { 'latest-tag': 'warn' } }), /rules\.latest-tag: must be one of "off", "error", "warning", "info"/],
    ['v7', JSON.stringify({ trustedRegistries: 'docker.io' }), /trustedRegistries: must be a list of strings/],
    ['v8', '{ "rules": ', /v8\/\.dockerfile-practices\.json: not valid JSON/],
  ];
  for (const [name, text, message] of cases) {
    it(`${name}: exits 2 with one line`, async () => {
      file(`${name}/.dockerfile-practices.json`, text);
      file(`${name}/Dockerfile`, WARN);
      const r = await run(['lint', `${name}/Dockerfile`]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, message);
    });
  }

  it('names the file, line and column of a YAML syntax error', async () => {
    file('y1/.dockerfile-practices.yaml', 'rules:\n  latest-tag: off\n bad');
    file('y1/Dockerfile', WARN);
    const r = await run(['lint', 'y1/Dockerfile']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^dockerfile-practices: y1\/\.dockerfile-practices\.yaml: not valid YAML: .* at line 3, column 1\n$/);
  });

  it('says so when --config names no file', async () => {
    const r = await run(['lint', '--config', 'nope.json', 'plain/Dockerfile']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope\.json: cannot read the configuration: no such file/);
  });
});

describe('config: hadolint', () => {
  it('maps hadolint ids to ours through sources', () => {
    assert.deepEqual(rulesForHadolint('DL3007'), ['latest-tag']);
    assert.deepEqual(rulesForHadolint('DL9999'), []);
  });

  it('reads .hadolint.yaml when no configuration of ours exists: ignored, override, failure-threshold', async () => {
    file('h/.hadolint.yaml', 'ignored:\n  - DL3007\n  - DL3008\noverride:\n  error:\n    - DL3020\n  style:\n    - DL3002\nfailure-threshold: error\nlabel-schema:\n  author: text\n');
    file('h/Dockerfile', WARN);
    const r = await run(['lint', '--format', 'json', 'h/Dockerfile']);
    const out = JSON.parse(r.stdout) as { rule: string; severity: string }[];
    assert.ok(!rulesOf(out).has('latest-tag'));
    assert.equal(out.find((d) => d.rule === 'add-local-file')?.severity, 'error');
    assert.equal(r.code, 1);
    // Notes, not errors: DL3008 has no counterpart; label-schema means nothing here.
    assert.match(r.stderr, /note: h\/\.hadolint\.yaml: these hadolint rules have no counterpart here, so they change nothing: DL3008\n/);
    assert.match(r.stderr, /left alone: label-schema/);
  });

  it('maps failure-threshold style to info and none to none', async () => {
    file('h2/.hadolint.yml', 'failure-threshold: none\n');
    file('h2/Dockerfile', WARN);
    assert.equal((await run(['lint', 'h2/Dockerfile'])).code, 0);
    file('h3/.hadolint.yaml', 'failure-threshold: style\nignored: [DL3007, DL3020]\n');
    file('h3/Dockerfile', 'FROM alpine:latest\nUSER 1001\nCOPY app /app/app\nENTRYPOINT ["/app/app"]\n');
    assert.equal((await run(['lint', 'h3/Dockerfile'])).code, 1);
  });

  it('prefers ours when both exist', async () => {
    file('h4/.hadolint.yaml', 'ignored: [DL3020]\n');
    file('h4/sub/.dockerfile-practices.json', '{}');
    file('h4/sub/Dockerfile', WARN);
    assert.ok(rulesOf(await found(['h4/sub/Dockerfile'])).has('add-local-file'));
  });

  it('names the key and the file in hadolint errors', async () => {
    file('h5/.hadolint.yaml', 'override:\n  fatal: [DL3007]\n');
    file('h5/Dockerfile', WARN);
    const r = await run(['lint', 'h5/Dockerfile']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /h5\/\.hadolint\.yaml: override\.fatal: unknown key/);
    file('h6/.hadolint.yaml', 'ignored: [latest-tag]\n');
    file('h6/Dockerfile', WARN);
    assert.match((await run(['lint', 'h6/Dockerfile'])).stderr, /h6\/\.hadolint\.yaml: ignored\[0\]: "latest-tag" is not a hadolint rule id/);
  });
});

describe('config: --rule and --ignore', () => {
  it('--rule runs only the rules or practices named', async () => {
    assert.deepEqual([...rulesOf(await found(['--rule', 'latest-tag', 'plain/Dockerfile']))], ['latest-tag']);
    const two = rulesOf(await found(['--rule', 'latest-tag,add-local-file', 'plain/Dockerfile']));
    assert.deepEqual([...two].sort(), ['add-local-file', 'latest-tag']);
    const practice = await found(['--rule', 'pinned-base-images', '--rule', 'copy-over-add', 'plain/Dockerfile']);
    assert.ok(practice.length > 0 && practice.every((d) => ['latest-tag', 'missing-digest', 'add-local-file'].includes(d.rule)), JSON.stringify(practice));
  });

  it('--ignore turns rules or practices off, over the configuration', async () => {
    const rules = rulesOf(await found(['--ignore', 'latest-tag', '--ignore=copy-over-add', 'plain/Dockerfile']));
    assert.ok(!rules.has('latest-tag') && !rules.has('add-local-file') && rules.size > 0);
    const r = await run(['lint', '--rule', 'latest-tag', '--ignore', 'latest-tag', 'plain/Dockerfile']);
    assert.equal(r.code, 0);
  });

  it('the engine\'s own findings: --rule syntax-error checks syntax alone, misplaced-directive can be chosen, ignored or re-rated, syntax-error cannot be ignored', async () => {
    file('syn/Dockerfile', 'FROM alpine:latest\n# escape=`\nRUNN echo hi\n');
    assert.deepEqual([...rulesOf(await found(['--rule', 'syntax-error', 'syn/Dockerfile']))], ['syntax-error']);
    assert.deepEqual([...rulesOf(await found(['--rule', 'misplaced-directive', 'syn/Dockerfile']))].sort(), ['misplaced-directive', 'syntax-error']);
    const ignored = rulesOf(await found(['--ignore', 'misplaced-directive', 'syn/Dockerfile']));
    assert.ok(ignored.has('syntax-error') && ignored.has('latest-tag') && !ignored.has('misplaced-directive'));
    assert.ok(rulesOf(await found(['syn/Dockerfile'])).has('misplaced-directive'));
    file('syn2/.dockerfile-practices.json', JSON.stringify({ rules: { 'misplaced-directive': 'error' } }));
    file('syn2/Dockerfile', 'FROM alpine:3.21\n# escape=`\n');
    assert.equal((await found(['syn2/Dockerfile'])).find((d) => d.rule === 'misplaced-directive')?.severity, 'error');
    const r = await run(['lint', '--ignore', 'syntax-error', 'syn/Dockerfile']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--ignore syntax-error: a Dockerfile BuildKit refuses is always reported/);
  });

  it('rejects an unknown id, suggesting the closest', async () => {
    const r = await run(['lint', '--ignore', 'latest-tags', 'plain/Dockerfile']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--ignore latest-tags: unknown rule or practice \(did you mean "latest-tag"\?\)/);
  });
});

describe('config: --help', () => {
  it('documents the configuration options and the CI formats', async () => {
    const help = (await run(['--help'])).stdout;
    for (const text of ['--config FILE', '--rule ID', '--ignore ID', '.dockerfile-practices.json', '.hadolint.yaml', 'github', 'gitlab', 'sarif']) assert.ok(help.includes(text), text);
  });
});

describe('config: trusted registries', () => {
  const FROMS = 'FROM quay.io/x/y:1@sha256:48b0309ca019d89d40f670aa1bc06e426dc0931948452e8491e3d65087abc07d\nFROM ghcr.io/acme/app:1@sha256:48b0309ca019d89d40f670aa1bc06e426dc0931948452e8491e3d65087abc07d\n';

  it('passes trustedRegistries to the untrusted-registry rule, which is quiet without them', async () => {
    file('t/Dockerfile', FROMS);
    assert.deepEqual(await found(['--rule', 'untrusted-registry', 't/Dockerfile']), []);
    file('t/.dockerfile-practices.json', JSON.stringify({ trustedRegistries: ['docker.io', 'ghcr.io/acme'] }));
    const out = await found(['--rule', 'untrusted-registry', 't/Dockerfile']);
    assert.deepEqual(out.map((d) => [d.rule, d.line, d.severity]), [['untrusted-registry', 1, 'error']]);
  });

  it('reads them from .hadolint.yaml too', async () => {
    file('t2/.hadolint.yaml', 'trustedRegistries:\n  - ghcr.io\n');
    file('t2/Dockerfile', FROMS);
    assert.deepEqual((await found(['--rule', 'untrusted-registry', 't2/Dockerfile'])).map((d) => d.line), [1]);
  });
});

describe('config: the command line wins', () => {
  it('--rule runs a rule the file turned off, at its default severity', async () => {
    file('w/.dockerfile-practices.json', JSON.stringify({ rules: { 'latest-tag': 'off', 'add-local-file': 'error' } }));
    file('w/Dockerfile', WARN);
    const out = await found(['--rule', 'latest-tag,add-local-file', 'w/Dockerfile']);
    assert.deepEqual(out.map((d) => [d.rule, d.severity]), [['latest-tag', 'warning'], ['add-local-file', 'error']]);
  });
});
