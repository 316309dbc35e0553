/**
 * Verified examples: every before example triggers its practice's rules; every after,
 * original-to-final and other good example is clean at warning level. The files are found at
 * test time (other work adds examples all the time), and each is linted with the .dockerignore
 * BuildKit would use: <name>.dockerignore beside it, otherwise the context's (examples/app_go).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { practiceSlugs } from '../../src/data/practices.ts';
import { lint } from '../../src/linter/index.ts';
import { filesUnder } from './files.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dockerfiles = join(root, 'examples/dockerfiles');
const contextIgnore = join(root, 'examples/app_go/.dockerignore');

function dockerignoreFor(file: string): string | null {
  const own = `${file}.dockerignore`;
  if (existsSync(own)) return readFileSync(own, 'utf8');
  return existsSync(contextIgnore) ? readFileSync(contextIgnore, 'utf8') : null;
}

function findings(file: string) {
  return lint(readFileSync(file, 'utf8'), { dockerignore: dockerignoreFor(file) });
}

function describeFinding(d: { line: number; column: number; rule: string; severity: string; message: string }): string {
  return `${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}`;
}

const practiceDirs = existsSync(dockerfiles)
  ? readdirSync(dockerfiles).filter((d) => statSync(join(dockerfiles, d)).isDirectory() && practiceSlugs.includes(d as never))
  : [];

describe('examples', () => {
  it('has example folders named after practices', () => {
    const dirs = existsSync(dockerfiles) ? readdirSync(dockerfiles).filter((d) => statSync(join(dockerfiles, d)).isDirectory()) : [];
    for (const d of dirs) assert.ok(practiceSlugs.includes(d as never) || d === 'walkthrough', `examples/dockerfiles/${d} is not a practice slug`);
  });

  for (const practice of practiceDirs) {
    const before = join(dockerfiles, practice, 'before.Dockerfile');
    const after = join(dockerfiles, practice, 'after.Dockerfile');
    if (existsSync(before)) {
      it(`${practice}/before.Dockerfile triggers a rule of its practice`, () => {
        const found = findings(before);
        assert.ok(found.some((d) => d.practice === practice), `no ${practice} finding. Found:\n${found.map(describeFinding).join('\n')}`);
      });
    }
    if (existsSync(after)) {
      it(`${practice}/after.Dockerfile is clean at warning level`, () => {
        const serious = findings(after).filter((d) => d.severity !== 'info');
        assert.deepEqual(serious.map(describeFinding), []);
      });
    }
  }

  for (const name of ['final.Dockerfile']) {
    const file = join(dockerfiles, name);
    if (!existsSync(file)) continue;
    it(`${name} is clean at warning level`, () => {
      const serious = findings(file).filter((d) => d.severity !== 'info');
      assert.deepEqual(serious.map(describeFinding), []);
    });
  }

  // Alternatives a page presents as good Dockerfiles in their own right, beyond after.Dockerfile.
  for (const name of ['multi-stage-builds/cross-compile.Dockerfile', 'efficient-layering/link-heredoc.Dockerfile']) {
    const file = join(dockerfiles, name);
    it(`${name}, shown as a good Dockerfile, is clean at warning level`, () => {
      assert.ok(existsSync(file), `examples/dockerfiles/${name} is missing`);
      const serious = findings(file).filter((d) => d.severity !== 'info');
      assert.deepEqual(serious.map(describeFinding), []);
    });
  }

  const original = join(dockerfiles, 'original.Dockerfile');
  if (existsSync(original)) {
    it('original.Dockerfile (the write-up, reconstructed) shows its known mistakes', () => {
      const rules = new Set(findings(original).map((d) => d.rule));
      assert.ok(rules.has('final-stage-from-build-stage'), `found: ${[...rules].join(', ')}`);
    });
  }

  it('lints every Dockerfile under examples/ without internal errors', () => {
    for (const f of filesUnder(dockerfiles, /Dockerfile$/)) {
      const internal = findings(f).filter((d) => d.rule === 'internal-error');
      assert.deepEqual(internal.map(describeFinding), [], relative(root, f));
    }
  });
});
