/** Random Dockerfile-like input for the property-based tests. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { rules } from '../../../src/linter/index.ts';

export const tokens = [
  'FROM', 'from', 'RUN', 'run', 'COPY', 'ADD', 'CMD', 'ENTRYPOINT', 'USER', 'WORKDIR', 'EXPOSE', 'ENV', 'ARG', 'ONBUILD', 'SHELL',
  'HEALTHCHECK', 'STOPSIGNAL', 'MAINTAINER', 'LABEL', 'VOLUME', ' AS ', ' as ', 'alpine:3.21', 'golang', 'scratch', 'builder',
  '--from=builder', '--from=0', '--chown=1:1', '--mount=type=cache,target=/root/.cache/pip', '--platform=$BUILDPLATFORM', '--checksum=sha256:x',
  '.', './', '/app/', 'a b', '"', "'", '[', ']', '["a", "b"]', "['a']", ',', '\\', '`', '$', '${', '}', '$X', '${X:-y}',
  '&&', '||', '|', ';', '&', '>', '2>&1', '(', ')', '#', '# comment', '# escape=`', '# check=skip=all', '# hadolint ignore=DL3006',
  '<<EOF', '<<-EOT', 'EOF', 'EOT', 'apt-get', 'install', 'update', 'apk add', 'sudo', 'cd', 'pip install', 'go build', 'npm ci',
  '22', '8080/tcp', '80:80', '65536', 'root', '0:0', 'tar -xf x.tar', 'rm -rf /var/cache/apk/*', 'https://x/y.tgz',
  ' ', ' ', '\t', '\n', '\n', '\n', '\r\n', '\r', '\u00e9', '\uD83D\uDC33', '\0',
];

export const dockerfileLike = fc.array(fc.constantFrom(...tokens), { maxLength: 80 }).map((t) => t.join(''));
export const ignoreLike = fc.array(fc.constantFrom('.git', '!', '*', '**', '/', '[', ']', 'a', '\\', '\n', '.env', '*.key', ' ', '#'), { maxLength: 30 }).map((t) => t.join(''));

/** Every rule example and the examples README: real Dockerfiles to mutate. */
export const examples = [
  ...rules.flatMap((r) => [...r.invalid, ...r.valid].map((e) => e.code)),
  readFileSync(new URL('../../../examples/README.md', import.meta.url), 'utf8'),
];

export function mutate(text: string, edits: { at: number; del: number; insert: string }[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    out = out.slice(0, at) + e.insert + out.slice(at + e.del);
  }
  return out;
}

/** A random edit of a text, for mutate(). */
export const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 5 }), insert: fc.constantFrom(...tokens, '') });
