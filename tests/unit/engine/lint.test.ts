/** lint(): the public API, suppression comments, heredoc bodies, fixes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes, lint, lintWith, rules } from '../../../src/linter/index.ts';
import { defineRule } from '../../../src/rules/define.ts';

const rulesOf = (text: string, options = {}) => lint(text, options).map((d) => d.rule);

describe('lint', () => {
  it('returns diagnostics with rule, practice, severity, message and 1-based ranges', () => {
    const [d] = lint('FROM alpine:latest\n', { rules: ['latest-tag'] });
    assert.deepEqual(d, {
      rule: 'latest-tag',
      practice: 'pinned-base-images',
      severity: 'warning',
      message: d?.message,
      line: 1,
      column: 6,
      endLine: 1,
      endColumn: 19,
    });
  });

  it('accepts anything as input without throwing', () => {
    for (const input of ['', '\n', '\uFEFF', '\0\0\0', 'FROM', 'RUN \\', '# escape=`\nRUN a `', '["', 'ONBUILD', 'ONBUILD ONBUILD RUN x', '\r\r\r']) {
      assert.ok(Array.isArray(lint(input)));
    }
    // @ts-expect-error: callers in JavaScript may pass anything
    assert.deepEqual(lint(undefined), lint(''));
  });

  it('lints a 1 MB file', () => {
    const block = 'FROM alpine:3.21 AS s\nRUN apk add --no-cache curl && \\\n    echo done\nCOPY . /app/\n';
    const big = block.repeat(Math.ceil(1_000_000 / block.length));
    const started = performance.now();
    const out = lint(big);
    assert.ok(out.length > 0);
    assert.ok(performance.now() - started < 20_000);
  });

  it('reports nothing from heredoc bodies that are files or other languages', () => {
    const base = 'FROM alpine:3.24@sha256:5b02b42e375f7426f8d65c3af331ca05d9878f9989230354504e0b9dfd431f60\n';
    for (const run of ['RUN cat <<EOF > /etc/motd\nsudo apt-get update\nMAINTAINER x\nEOF\n', 'RUN <<EOF\n#!/usr/bin/env python3\nsudo = 1\nEOF\n', 'COPY <<EOF /app/run.sh\nsudo apt-get update\nEOF\n']) {
      assert.deepEqual(rulesOf(`${base}${run}USER 1001\n`).filter((r) => r !== 'full-os-final-stage'), [], run);
    }
  });

  it('lints the commands of a heredoc the shell runs as its script, at their lines', () => {
    const text = 'FROM debian:13-slim@sha256:3a39a0592364683e6bab97937b72cad5a8fa6dcbbee90edb3bb48c7f8e94f258\nRUN <<EOF\nset -e\nsudo apt-get update\nEOF\nUSER 1001\n';
    const found = lint(text).filter((d) => d.rule === 'no-sudo');
    assert.deepEqual(found.map((d) => [d.line, d.column]), [[4, 1]]);
  });

  it('keeps running the other rules when one throws', () => {
    const broken = defineRule({
      id: 'broken',
      practice: 'efficient-layering',
      severity: 'error',
      title: 'Always throws',
      rationale: 'x',
      invalid: [],
      valid: [],
      sources: [],
      docs: [],
      check() {
        throw new Error('boom');
      },
    });
    const latest = rules.find((r) => r.id === 'latest-tag');
    assert.ok(latest);
    const out = lintWith([broken, latest], 'FROM a:latest\n');
    assert.deepEqual(out.map((d) => d.rule).sort(), ['internal-error', 'latest-tag']);
    assert.match(out.find((d) => d.rule === 'internal-error')?.message ?? '', /broken.*boom/);
  });

  it('applies fixes as text edits', () => {
    const text = 'FROM alpine:3.21\nADD app /app\nRUN apk add curl\n';
    assert.equal(applyFixes(text, lint(text)), 'FROM alpine:3.21\nCOPY app /app\nRUN apk add --no-cache curl\nUSER 1001:1001\n');
  });
});

describe('suppression', () => {
  const base = 'FROM alpine:latest\n';

  it('honours dockerfile-practices ignore= on the lines above an instruction', () => {
    assert.ok(rulesOf(base).includes('latest-tag'));
    assert.ok(!rulesOf('# dockerfile-practices ignore=latest-tag\n' + base).includes('latest-tag'));
    assert.ok(!rulesOf('# dockerfile-practices ignore=missing-user,latest-tag\n# another comment\n' + base).includes('latest-tag'));
    assert.ok(rulesOf('# dockerfile-practices ignore=latest-tag\n\n' + base).includes('latest-tag'), 'a blank line ends the block');
    assert.ok(rulesOf('# dockerfile-practices ignore=missing-user\n' + base).includes('latest-tag'));
  });

  it('honours the file-level form anywhere', () => {
    assert.ok(!rulesOf(base + 'RUN x\n# dockerfile-practices ignore-file=latest-tag\n').includes('latest-tag'));
  });

  it('honours hadolint pragmas for rules whose sources name them', () => {
    assert.ok(!rulesOf('# hadolint ignore=DL3007\n' + base).includes('latest-tag'));
    assert.ok(!rulesOf('# hadolint global ignore=DL3007\nRUN x\n' + base).includes('latest-tag'));
    assert.ok(rulesOf('# hadolint ignore=DL3006\n' + base).includes('latest-tag'));
  });

  it('honours BuildKit check=skip, in the header and above an instruction', () => {
    const shell = 'FROM scratch\nCMD mycommand\n';
    assert.ok(rulesOf(shell).includes('shell-form-entrypoint'));
    assert.ok(!rulesOf('# check=skip=JSONArgsRecommended\n' + shell).includes('shell-form-entrypoint'));
    assert.ok(!rulesOf('# check=skip=all\n' + shell).includes('shell-form-entrypoint'));
    assert.ok(!rulesOf('FROM scratch\n# check=skip=JSONArgsRecommended\nCMD mycommand\n').includes('shell-form-entrypoint'));
    assert.ok(rulesOf('# check=skip=all\n' + shell).includes('missing-user'), 'all skips BuildKit checks only');
  });

  it('attributes findings inside an ONBUILD trigger to the ONBUILD line', () => {
    const text = 'FROM alpine:3.21\n# hadolint ignore=DL3004\nONBUILD RUN sudo ls\n';
    assert.ok(!rulesOf(text).includes('no-sudo'));
  });
});

describe('.dockerignore option', () => {
  it('distinguishes unknown, absent and present', () => {
    const text = 'FROM alpine:3.21\nCOPY . /app/\n';
    assert.ok(!rulesOf(text).includes('copy-context-without-dockerignore'));
    assert.ok(rulesOf(text, { dockerignore: null }).includes('copy-context-without-dockerignore'));
    const withIgnore = lint(text, { dockerignore: 'node_modules\n' });
    const git = withIgnore.find((d) => d.rule === 'dockerignore-missing-git');
    assert.equal(git?.file, 'dockerignore');
  });
});
