/** The CLI looks at the build context folder: the files it would send, its .git, and one report per .dockerignore. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { listContext, pathFromRepositoryRoot } from '../../../src/cli/context.ts';
import { found, run } from './run.ts';

let dir = '';
const at = (name: string) => join(dir, name);
function file(name: string, text: string): void {
  mkdirSync(dirname(at(name)), { recursive: true });
  writeFileSync(at(name), text);
}
const COPY_ALL = 'FROM alpine:3.24\nUSER 1001\nCOPY . /app/\n';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dp-context-'));
  mkdirSync(at('repo/.git'), { recursive: true });
  // Two Dockerfiles share one .dockerignore that excludes neither .git nor secrets.
  file('repo/Dockerfile', COPY_ALL);
  file('repo/debug.Dockerfile', COPY_ALL);
  file('repo/.dockerignore', 'node_modules\n');
  file('repo/app.go', 'package main\n');
  file('repo/deploy/id_rsa', 'not a real key\n');
  file('repo/.env.example', 'TOKEN=\n');
  file('repo/node_modules/pkg/server.key', 'excluded, never sent\n');
  // A subfolder of the repository: no .git of its own, one secret excluded, one not.
  file('repo/svc/Dockerfile', COPY_ALL);
  file('repo/svc/.dockerignore', '.env\n');
  file('repo/svc/.env', 'TOKEN=1\n');
  file('repo/svc/certs/tls.pem', 'not a real key\n');
  // A Dockerfile written for `docker build -f docker/Dockerfile .` at the repository root.
  file('repo/docker/Dockerfile', 'FROM alpine:3.24\nUSER 1001\nCOPY docker/entrypoint.sh /\nCOPY ../go.mod ./\n');
  file('repo/docker/entrypoint.sh', '#!/bin/sh\n');
  // Built from the repository root too (COPY ../shared), with a .dockerignore of its own.
  file('repo/web/Dockerfile', 'FROM alpine:3.24\nUSER 1001\nCOPY ../shared ./shared\nCOPY . .\n');
  file('repo/web/.dockerignore', '.git\n');
  file('repo/web/.env', 'TOKEN=1\n');
  // build/Dockerfile copies the whole context and has no .dockerignore beside it; the root has one.
  file('repo/build/Dockerfile', COPY_ALL);
  // The same in a repository with no .dockerignore anywhere.
  mkdirSync(at('bare/.git'), { recursive: true });
  file('bare/build/Dockerfile', COPY_ALL);
  // The same image for production and for a test run, told apart by the file's name.
  file('named/app.Dockerfile', 'FROM alpine:3.24\nCOPY app /app\nCMD ["/app"]\n');
  file('named/app.test.Dockerfile', 'FROM alpine:3.24\nCOPY app /app\nCMD ["/app"]\n');
  // Outside any repository, with nothing secret in it.
  file('plain/Dockerfile', COPY_ALL);
  file('plain/.dockerignore', '.git\n');
  file('plain/main.go', 'package main\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('cli: the build context', () => {
  it('lists the context files, without .git and without a folder the .dockerignore excludes', () => {
    assert.deepEqual(listContext(at('repo'), 'node_modules\n'), ['.dockerignore', '.env.example', 'Dockerfile', 'app.go', 'build/Dockerfile', 'debug.Dockerfile', 'deploy/id_rsa', 'docker/Dockerfile', 'docker/entrypoint.sh', 'svc/.dockerignore', 'svc/.env', 'svc/Dockerfile', 'svc/certs/tls.pem', 'web/.dockerignore', 'web/.env', 'web/Dockerfile']);
    assert.deepEqual(listContext(at('nowhere'), null), undefined);
  });

  it('finds the folder\'s path from its repository root', () => {
    assert.equal(pathFromRepositoryRoot(at('repo')), '');
    assert.equal(pathFromRepositoryRoot(at('repo/svc/certs')), 'svc/certs');
  });

  it('names a secret file the build would really send, at warning, and reports a shared .dockerignore once', async () => {
    const findings = await found([at('repo/Dockerfile'), at('repo/debug.Dockerfile')]);
    const onIgnore = findings.filter((d) => d.file === at('repo/.dockerignore'));
    assert.deepEqual(onIgnore.map((d) => d.rule).sort(), ['dockerignore-missing-git', 'dockerignore-missing-secrets']);
    const secrets = onIgnore.find((d) => d.rule === 'dockerignore-missing-secrets') as unknown as { severity: string; message: string };
    assert.equal(secrets.severity, 'warning');
    assert.match(secrets.message, /: deploy\/id_rsa, svc\/\.env, svc\/certs\/tls\.pem, and 1 more\. Exclude them: \*\*\/id_rsa\*, \*\*\/\.env\*, \*\*\/\*\.pem\.$/);
    // Each Dockerfile still gets its own findings.
    assert.ok(findings.some((d) => d.file === at('repo/Dockerfile')));
    assert.ok(findings.some((d) => d.file === at('repo/debug.Dockerfile')));
  });

  it('reports once in every format, and still fails the run on it', async () => {
    const text = await run(['lint', at('repo/Dockerfile'), at('repo/debug.Dockerfile')]);
    assert.equal(text.stdout.split('dockerignore-missing-secrets').length - 1, 1);
    assert.equal(text.code, 1);
    const github = await run(['lint', '--format', 'github', at('repo/Dockerfile'), at('repo/debug.Dockerfile')]);
    assert.equal(github.stdout.split('title=dockerignore-missing-git').length - 1, 1);
  });

  it('says nothing of .git in a subfolder context, and names only the secret it does not exclude', async () => {
    const findings = await found([at('repo/svc/Dockerfile')]);
    const onIgnore = findings.filter((d) => d.file === at('repo/svc/.dockerignore'));
    assert.deepEqual(onIgnore.map((d) => d.rule), ['dockerignore-missing-secrets']);
    assert.match((onIgnore[0] as unknown as { message: string }).message, /layer: certs\/tls\.pem\. Exclude them: \*\*\/\*\.pem\.$/);
  });

  it('is quiet on a context with no secret-looking file', async () => {
    const findings = await found([at('plain/Dockerfile')]);
    assert.deepEqual(findings.filter((d) => d.file === at('plain/.dockerignore')), []);
  });

  it('lints standard input against the files of --context', async () => {
    const r = await run(['lint', '--format', 'json', '--context', at('repo/svc'), '-'], COPY_ALL);
    const secrets = JSON.parse(r.stdout).filter((d: { rule: string }) => d.rule === 'dockerignore-missing-secrets');
    assert.deepEqual(secrets.map((d: { severity: string; message: string }) => [d.severity, /layer: certs\/tls\.pem\./.test(d.message)]), [['warning', true]]);
  });

  it('asks for a .dockerignore beside a subfolder\'s Dockerfile only when the repository root has none either', async () => {
    const rule = (ds: unknown[]) => (ds as { rule: string }[]).filter((d) => d.rule === 'copy-context-without-dockerignore').length;
    assert.equal(rule(await found([at('repo/build/Dockerfile')])), 0);
    assert.equal(rule(await found([at('bare/build/Dockerfile')])), 1);
  });

  it('reads the Dockerfile\'s name: a test image\'s file is not asked for a non-root USER', async () => {
    const rule = (ds: unknown[]) => (ds as { rule: string }[]).filter((d) => d.rule === 'missing-user').length;
    assert.equal(rule(await found([at('named/app.Dockerfile')])), 1);
    assert.equal(rule(await found([at('named/app.test.Dockerfile')])), 0);
  });

  it('says, without --context, that a Dockerfile reaching outside its folder is built from elsewhere', async () => {
    const guessed = (await found([at('repo/docker/Dockerfile')])).filter((d) => d.rule === 'dockerignore-context-guessed') as unknown as { severity: string; line: number; message: string }[];
    assert.deepEqual(guessed.map((d) => [d.severity, d.line]), [['info', 3]]);
    assert.match(guessed[0]?.message ?? '', /^COPY docker\/entrypoint\.sh reads like a path from the repository root \(docker\/ holds no docker\/\).* \(\.\. from the Dockerfile's\) with --context\.$/);
    const given = await found(['--context', at('repo'), at('repo/docker/Dockerfile')]);
    assert.deepEqual(given.filter((d) => d.rule === 'dockerignore-context-guessed'), []);
  });

  it('only suggests, at info, when the files listed are likely not the build context\'s, unless the configuration sets a severity', async () => {
    const secrets = (await found([at('repo/web/Dockerfile')])).filter((d) => d.rule === 'dockerignore-missing-secrets') as unknown as { severity: string; message: string }[];
    assert.deepEqual(secrets.map((d) => d.severity), ['info']);
    assert.match(secrets[0]?.message ?? '', /^\.dockerignore does not exclude \.env files, .* in case the context holds any/);
    file('repo/web/.dockerfile-practices.json', JSON.stringify({ rules: { 'dockerignore-missing-secrets': 'error' } }));
    const configured = (await found([at('repo/web/Dockerfile')])).filter((d) => d.rule === 'dockerignore-missing-secrets');
    assert.deepEqual(configured.map((d) => d.severity), ['error']);
  });
});
