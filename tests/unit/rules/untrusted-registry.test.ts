import rule from '../../../src/rules/pinned-base-images/untrusted-registry.ts';
import { ruleTester } from './rule-tester.ts';

const trustedRegistries = ['docker.io', 'ghcr.io/acme', '*.mirror.example.com'];

ruleTester(rule, {
  valid: [
    { code: 'FROM alpine:3.21\n', trustedRegistries },
    { code: 'FROM docker.io/library/alpine:3.21\nFROM index.docker.io/bitnami/redis:7\n', trustedRegistries },
    { code: 'FROM ghcr.io/acme/base:1.0\nFROM ghcr.io/acme/team/tool:2\n', trustedRegistries },
    { code: 'FROM eu.mirror.example.com/alpine:3.21\n', trustedRegistries },
    { code: 'FROM scratch\n', trustedRegistries: ['ghcr.io'] },
    { code: 'FROM ghcr.io/acme/base:1.0 AS base\nFROM base\n', trustedRegistries: ['ghcr.io'] },
    { code: 'ARG BASE\nFROM ${BASE}\n', trustedRegistries: ['ghcr.io'] },
    { name: 'no list: any registry', code: 'FROM quay.io/x/y:1\n' },
    { name: 'an empty list: any registry', code: 'FROM quay.io/x/y:1\n', trustedRegistries: [] },
    { name: '"*": any registry', code: 'FROM quay.io/x/y:1\n', trustedRegistries: ['*'] },
    { code: 'FROM trusted.com/a:1 AS build\nFROM trusted.com/b:1\nCOPY --from=build /a /a\nCOPY --from=0 /a /b\nCOPY --from=trusted.com/repo/image:tag /foo /bar\n', trustedRegistries: ['trusted.com'] },
    { code: 'FROM trusted.com/b:1\nRUN --mount=type=bind,from=trusted.com/repo/image:tag,target=/foo foobar\nRUN --mount=type=cache,target=/root/.cache make\n', trustedRegistries: ['trusted.com'] },
  ],
  invalid: [
    {
      code: 'FROM quay.io/x/y:1\n',
      trustedRegistries,
      errors: [{ line: 1, column: 6, endColumn: 19, message: 'quay.io/x/y:1 comes from quay.io, which is not among the trusted registries (docker.io, ghcr.io/acme, *.mirror.example.com).' }],
    },
    { name: 'Docker Hub when only ghcr.io is trusted', code: 'FROM alpine:3.21\n', trustedRegistries: ['ghcr.io'], errors: [{ message: /alpine:3\.21 comes from docker\.io/ }] },
    { name: 'another namespace of a trusted registry', code: 'FROM ghcr.io/evil/base:1\n', trustedRegistries, errors: 1 },
    { name: 'a look-alike host', code: 'FROM ghcr.io.evil.net/acme/base:1\nFROM mirror.example.com.evil.net/a:1\n', trustedRegistries, errors: 2 },
    {
      name: 'COPY --from an image',
      code: 'FROM trusted.com/b:1\nCOPY --from=untrusted.com/repo/image:tag /foo /bar\n',
      trustedRegistries: ['trusted.com'],
      errors: [{ line: 2, column: 6, message: /^untrusted\.com\/repo\/image:tag comes from untrusted\.com/ }],
    },
    {
      name: 'RUN --mount from an image',
      code: 'FROM trusted.com/b:1\nRUN --mount=type=cache,from=untrusted.com/repo/image:tag,target=/foo foobar\n',
      trustedRegistries: ['trusted.com'],
      errors: [{ line: 2, column: 5 }],
    },
    { name: 'a namespace of Docker Hub', code: 'FROM bitnami/redis:7\nFROM alpine:3.21\n', trustedRegistries: ['docker.io/library'], errors: [{ line: 1 }] },
  ],
});
