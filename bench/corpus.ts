/**
 * The benchmark corpus: every Dockerfile in examples/, every rule's own examples, and
 * deterministic variants of them (a seeded generator, so every run measures the same files).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../src/rules/index.ts';

/** Mulberry32: small, fast, seeded. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function listDockerfiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listDockerfiles(path));
    else if (name.endsWith('Dockerfile')) out.push(path);
  }
  return out;
}

const bases = [
  'golang:1.23-alpine3.21@sha256:47d337594bd9e667d35514b241569f95fb6d95727c24b19468813d596d5ae596',
  'alpine:3.21@sha256:48b0309ca019d89d40f670aa1bc06e426dc0931948452e8491e3d65087abc07d',
  'gcr.io/distroless/static-debian12:nonroot@sha256:d093aa3e30dbadd3efe1310db061a14da60299baff8450a17fe0ccc514a16639',
  'debian:12-slim',
  'node:22',
  'python:3.13-slim',
  'ubuntu:latest',
  'scratch',
];

const extraLines = [
  'RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\\n    && rm -rf /var/lib/apt/lists/*',
  'RUN apk add --no-cache tzdata',
  'RUN pip install -r requirements.txt',
  'ENV APP_ENV=production PORT=3000',
  'ARG VERSION=1.0.0',
  'LABEL org.opencontainers.image.source="https://example.com/app"',
  'EXPOSE 3000/tcp 9090',
  'HEALTHCHECK --interval=30s CMD ["/app/app", "-healthcheck"]',
  'RUN set -eux; \\\n    addgroup -S app; \\\n    adduser -S -G app app',
  'COPY --chown=1001:1001 templates/ /app/templates/',
  'WORKDIR /srv',
  'USER 1001:1001',
  '# a comment between instructions',
  'RUN <<EOF\nset -e\necho building\nEOF',
  'CMD ["node", "server.js"]',
  'ADD https://example.com/tool.tgz /tmp/',
  'RUN wget -qO- https://example.com/install.sh | sh',
];

/** One variant of a Dockerfile: different bases, extra lines, casing, CRLF. */
function variant(text: string, rnd: () => number): string {
  let lines = text.split('\n');
  lines = lines.map((l) => (/^FROM\s/i.test(l) && rnd() < 0.5 ? l.replace(/^FROM\s+\S+/i, `FROM ${bases[Math.floor(rnd() * bases.length)]}`) : l));
  const inserts = 1 + Math.floor(rnd() * 4);
  for (let k = 0; k < inserts; k++) {
    const at = 1 + Math.floor(rnd() * Math.max(1, lines.length - 1));
    lines.splice(at, 0, extraLines[Math.floor(rnd() * extraLines.length)] ?? '');
  }
  if (rnd() < 0.15) lines = lines.map((l) => l.replace(/^([A-Z]+)(\s)/, (_, k: string, s: string) => k.toLowerCase() + s));
  const out = lines.join('\n');
  return rnd() < 0.1 ? out.replace(/\n/g, '\r\n') : out;
}

export interface Corpus {
  files: string[];
  /** How many came from examples/, from rule examples, and were generated. */
  sources: { examples: number; ruleExamples: number; variants: number };
}

export function buildCorpus(root: string, size = 1200, seed = 20261129): Corpus {
  const examples = listDockerfiles(join(root, 'examples')).map((p) => readFileSync(p, 'utf8'));
  const ruleExamples = rules.flatMap((r) => [...r.invalid, ...r.valid].map((e) => e.code));
  const seeds = [...examples, ...ruleExamples];
  const rnd = random(seed);
  const variants: string[] = [];
  while (seeds.length + variants.length < size) {
    const source = examples.length > 0 && rnd() < 0.7 ? examples[Math.floor(rnd() * examples.length)] : seeds[Math.floor(rnd() * seeds.length)];
    variants.push(variant(source ?? 'FROM scratch\n', rnd));
  }
  return { files: [...seeds, ...variants], sources: { examples: examples.length, ruleExamples: ruleExamples.length, variants: variants.length } };
}

/** A multi-stage Dockerfile of about `lines` lines, built from realistic stages. */
export function bigDockerfile(lines: number): string {
  const stage = (n: number) =>
    [
      `FROM ${bases[n % 3]} AS stage${n}`,
      '# Build the service',
      'WORKDIR /src',
      'COPY go.mod go.sum ./',
      'RUN --mount=type=cache,target=/go/pkg/mod go mod download',
      'COPY . .',
      'RUN apk add --no-cache git make \\',
      '    && make build \\',
      '    && rm -rf /tmp/*',
      `COPY --from=stage${Math.max(0, n - 1)} /out/app /app/app${n}`,
      'ENV PORT=3000',
      'EXPOSE 3000',
      'USER 1001:1001',
      'HEALTHCHECK CMD ["/app/app", "-healthcheck"]',
      'ENTRYPOINT ["/app/app"]',
      '',
    ].join('\n');
  const out: string[] = [];
  for (let n = 0; out.length < lines; n++) out.push(...stage(n).split('\n'));
  return out.slice(0, lines).join('\n') + '\n';
}
