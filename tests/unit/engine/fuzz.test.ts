/**
 * Property-based tests: random and mutated Dockerfiles never make lint() throw or a rule fail,
 * and every reported range lies inside the text it refers to.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lint, rules } from '../../../src/engine/index.ts';
import { LineIndex } from '../../../src/engine/text.ts';

function check(text: string, dockerignore?: string | null): void {
  const out = lint(text, dockerignore === undefined ? {} : { dockerignore });
  const internal = out.filter((d) => d.rule === 'internal-error');
  assert.deepEqual(internal.map((d) => d.message), [], `internal error on ${JSON.stringify(text)}`);
  for (const d of out) {
    const target = d.file === 'dockerignore' ? (dockerignore ?? '') : text;
    const lines = new LineIndex(target);
    const width = (line: number) => lines.lineEnd(line - 1) - (lines.starts[line - 1] ?? 0) + 1;
    const where = `${d.rule} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} in ${JSON.stringify(target)}`;
    assert.ok(d.line >= 1 && d.line <= lines.lineCount, where);
    assert.ok(d.endLine >= d.line && d.endLine <= lines.lineCount, where);
    assert.ok(d.column >= 1 && d.column <= width(d.line), where);
    assert.ok(d.endColumn >= 1 && d.endColumn <= width(d.endLine), where);
    assert.ok(d.endLine > d.line || d.endColumn >= d.column, where);
    for (const e of d.fix?.edits ?? []) assert.ok(e.line >= 1 && e.line <= lines.lineCount && e.column <= width(e.line), where);
  }
}

const tokens = [
  'FROM', 'from', 'RUN', 'run', 'COPY', 'ADD', 'CMD', 'ENTRYPOINT', 'USER', 'WORKDIR', 'EXPOSE', 'ENV', 'ARG', 'ONBUILD', 'SHELL',
  'HEALTHCHECK', 'STOPSIGNAL', 'MAINTAINER', 'LABEL', 'VOLUME', ' AS ', ' as ', 'alpine:3.21', 'golang', 'scratch', 'builder',
  '--from=builder', '--from=0', '--chown=1:1', '--mount=type=cache,target=/root/.cache/pip', '--platform=$BUILDPLATFORM', '--checksum=sha256:x',
  '.', './', '/app/', 'a b', '"', "'", '[', ']', '["a", "b"]', "['a']", ',', '\\', '`', '$', '${', '}', '$X', '${X:-y}',
  '&&', '||', '|', ';', '&', '>', '2>&1', '(', ')', '#', '# comment', '# escape=`', '# check=skip=all', '# hadolint ignore=DL3006',
  '<<EOF', '<<-EOT', 'EOF', 'EOT', 'apt-get', 'install', 'update', 'apk add', 'sudo', 'cd', 'pip install', 'go build', 'npm ci',
  '22', '8080/tcp', '80:80', '65536', 'root', '0:0', 'tar -xf x.tar', 'rm -rf /var/cache/apk/*', 'https://x/y.tgz',
  ' ', ' ', '\t', '\n', '\n', '\n', '\r\n', '\r', '\u00e9', '\uD83D\uDC33', '\0',
];

const dockerfileLike = fc.array(fc.constantFrom(...tokens), { maxLength: 80 }).map((t) => t.join(''));
const ignoreLike = fc.array(fc.constantFrom('.git', '!', '*', '**', '/', '[', ']', 'a', '\\', '\n', '.env', '*.key', ' ', '#'), { maxLength: 30 }).map((t) => t.join(''));

const examples = [
  ...rules.flatMap((r) => [...r.invalid, ...r.valid].map((e) => e.code)),
  readFileSync(new URL('../../../examples/README.md', import.meta.url), 'utf8'),
];

function mutate(text: string, edits: { at: number; del: number; insert: string }[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    out = out.slice(0, at) + e.insert + out.slice(at + e.del);
  }
  return out;
}

describe('fuzzing', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => check(s)), { numRuns: 400 });
  });

  it('never throws on Dockerfile-like token soup, with and without a .dockerignore', () => {
    fc.assert(fc.property(dockerfileLike, fc.option(ignoreLike, { nil: undefined }), (s, ignore) => check(s, ignore)), { numRuns: 1500 });
  });

  it('never throws on mutated examples', () => {
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 5 }), insert: fc.constantFrom(...tokens, '') });
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.array(edit, { minLength: 1, maxLength: 6 }), fc.constantFrom(undefined, null, '.git\n', '[\n!*.key'), (text, edits, ignore) =>
        check(mutate(text, edits), ignore),
      ),
      { numRuns: 1500 },
    );
  });
});
