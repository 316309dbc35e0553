/**
 * The integrations: the CLI's own Dockerfile passes every rule, the GitHub Action's script lints
 * and writes a report, and the pre-commit hook points at the package's command.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { run } from './run.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (name: string) => readFileSync(join(root, name), 'utf8');

describe('integrations: the CLI\'s Dockerfile', () => {
  it('passes every rule of its own, with the .dockerignore beside it', async () => {
    const r = await run(['lint', '--format', 'json', '--fail-on', 'info', join(root, 'Dockerfile')]);
    assert.deepEqual(JSON.parse(r.stdout), []);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
  });

  it('copies what the published package holds, and pins its base by digest', () => {
    const text = read('Dockerfile');
    const manifest = JSON.parse(read('package.json')) as { files: string[] };
    for (const part of manifest.files.filter((f) => f !== 'README.md')) {
      assert.match(text, new RegExp(`^COPY .*[ /]${part.replace(/\/$/, '')}\\b`, 'm'), `the Dockerfile copies ${part}`);
    }
    for (const from of text.match(/^FROM .*/gm) ?? []) assert.match(from, /@sha256:[0-9a-f]{64}/);
  });
});

describe('integrations: GitHub Action', () => {
  const action = parse(read('action.yml')) as { inputs: Record<string, unknown>; runs: { using: string; steps: { run?: string; env?: Record<string, string> }[] } };

  it('is a composite action with files, format, output, config and fail-on inputs', () => {
    assert.equal(action.runs.using, 'composite');
    assert.deepEqual(Object.keys(action.inputs).sort(), ['config', 'fail-on', 'files', 'format', 'output']);
  });

  it('its lint step expands globs, runs the CLI and writes the report where asked', () => {
    const step = action.runs.steps.find((s) => s.env?.FILES !== undefined);
    assert.ok(step?.run);
    const work = mkdtempSync(join(tmpdir(), 'dp-action-'));
    try {
      writeFileSync(join(work, 'Dockerfile'), 'FROM alpine:latest\n');
      const env = { ...process.env, GITHUB_ACTION_PATH: root, FILES: '**/Dockerfile', FORMAT: 'github', OUTPUT: '', CONFIG: '', FAIL_ON: '' };
      const annotations = spawnSync('bash', ['-e', '-c', step.run], { cwd: work, env, encoding: 'utf8' });
      assert.equal(annotations.status, 1, annotations.stderr);
      assert.match(annotations.stdout, /^::warning file=Dockerfile,line=1,.*title=latest-tag::/m);
      const sarif = spawnSync('bash', ['-e', '-c', step.run], { cwd: work, env: { ...env, FORMAT: 'sarif', OUTPUT: 'results.sarif', FAIL_ON: 'none' }, encoding: 'utf8' });
      assert.equal(sarif.status, 0, sarif.stderr);
      assert.equal(JSON.parse(readFileSync(join(work, 'results.sarif'), 'utf8')).version, '2.1.0');
      const none = spawnSync('bash', ['-e', '-c', step.run], { cwd: work, env: { ...env, FILES: 'nothing/**/Dockerfile' }, encoding: 'utf8' });
      assert.equal(none.status, 2);
      assert.match(none.stdout, /::error::no file matches/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('integrations: pre-commit hook', () => {
  it('runs the package\'s command on Dockerfiles', () => {
    const [hook] = parse(read('.pre-commit-hooks.yaml')) as { id: string; entry: string; language: string; files: string }[];
    const manifest = JSON.parse(read('package.json')) as { bin: Record<string, string> };
    assert.ok(hook);
    assert.equal(hook.language, 'node');
    assert.equal(hook.entry, `${Object.keys(manifest.bin)[0]} lint`);
    const files = new RegExp(hook.files);
    for (const name of ['Dockerfile', 'services/api/Dockerfile', 'Dockerfile.dev', 'web.Dockerfile', 'Containerfile']) assert.match(name, files);
    for (const name of ['README.md', 'docs/dockerfile-guide.txt', 'MyDockerfileNotes']) assert.doesNotMatch(name, files);
  });
});
