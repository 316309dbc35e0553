/**
 * end-of-life-image: the table (src/data/end-of-life.ts) is well formed, tags map to the right
 * release cycles, and the rule flags a FROM on a cycle whose end of life is on or before the day
 * it is given, and nothing without a day.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endOfLife, endOfLifeSource } from '../../../src/data/end-of-life.ts';
import { parseImage } from '../../../src/engine/image.ts';
import { lintWith } from '../../../src/engine/lint.ts';
import { newestSupported, taggedCycles } from '../../../src/rules/lib/image-tags.ts';
import rule from '../../../src/rules/pinned-base-images/end-of-life-image.ts';
import { ruleTester } from './rule-tester.ts';

const day = /^\d{4}-\d{2}-\d{2}$/;

describe('the end-of-life table', () => {
  it('cites one commit and is dated', () => {
    assert.match(endOfLifeSource.commit, /^[0-9a-f]{40}$/);
    assert.match(endOfLifeSource.asOf, day);
  });

  it('has golang, node, python, alpine, debian and ubuntu, each with its endoflife.date page and file', () => {
    assert.deepEqual(endOfLife.map((p) => p.image), ['golang', 'node', 'python', 'alpine', 'debian', 'ubuntu']);
    for (const p of endOfLife) {
      assert.match(p.url, /^https:\/\/endoflife\.date\/[a-z-]+$/, p.product);
      assert.equal(p.path, `products/${p.product}.md`);
    }
  });

  it('gives each cycle once, with a real date or null', () => {
    for (const p of endOfLife) {
      const cycles = p.cycles.map((c) => c.cycle);
      assert.equal(new Set(cycles).size, cycles.length, `${p.product}: a cycle twice`);
      for (const c of p.cycles) {
        if (c.eol === null) continue;
        assert.match(c.eol, day, `${p.product} ${c.cycle}`);
        assert.equal(new Date(`${c.eol}T00:00:00Z`).toISOString().slice(0, 10), c.eol, `${p.product} ${c.cycle}: ${c.eol} is not a day`);
      }
    }
  });
});

/** "product cycle" for each cycle the tag names, bases marked. */
function mapped(image: string): string[] {
  return taggedCycles(parseImage(image)).map((t) => `${t.product.product} ${t.cycle.cycle}${t.own ? '' : ' (base)'}`);
}

describe('image tags to release cycles', () => {
  const cases: [string, string[]][] = [
    ['golang:1.23', ['go 1.23']],
    ['golang:1.23.4-alpine3.21', ['go 1.23', 'alpine-linux 3.21 (base)']],
    ['golang:1.23-alpine', ['go 1.23']],
    ['golang:1.23rc1-bookworm', ['go 1.23', 'debian 12 (base)']],
    ['golang:1.10', ['go 1.10']],
    ['docker.io/library/golang:1.22@sha256:' + 'a'.repeat(64), ['go 1.22']],
    ['library/golang:1.22', ['go 1.22']],
    ['node:18-slim', ['nodejs 18']],
    ['node:14.17.3-alpine3.14', ['nodejs 14', 'alpine-linux 3.14 (base)']],
    ['node:17.0.1-bullseye-slim', ['nodejs 17', 'debian 11 (base)']],
    ['node:lts-buster-slim', ['debian 10 (base)']],
    ['python:3.8-slim-bookworm', ['python 3.8', 'debian 12 (base)']],
    ['python:3.13.0rc1-alpine3.20', ['python 3.13', 'alpine-linux 3.20 (base)']],
    ['python:2.7', ['python 2.7']],
    ['alpine:3.18', ['alpine-linux 3.18']],
    ['alpine:3.18.4', ['alpine-linux 3.18']],
    ['debian:buster', ['debian 10']],
    ['debian:bookworm-20241202-slim', ['debian 12']],
    ['debian:12.8-slim', ['debian 12']],
    ['debian:trixie-backports', ['debian 13']],
    ['ubuntu:18.04', ['ubuntu 18.04']],
    ['ubuntu:bionic', ['ubuntu 18.04']],
    ['ubuntu:jammy-20240911', ['ubuntu 22.04']],
  ];
  for (const [image, want] of cases) {
    it(`${image} is ${want.join(' on ') || 'nothing'}`, () => assert.deepEqual(mapped(image), want));
  }

  const silent = [
    'golang',
    'golang:latest',
    'golang:1',
    'golang:1.99',
    'golang@sha256:' + 'a'.repeat(64),
    'node:lts',
    'node:hydrogen',
    'python:3',
    'alpine:edge',
    'alpine:3',
    'alpine:20240807',
    'debian:stable-slim',
    'debian:sid',
    'ubuntu:rolling',
    'ubuntu:99.04',
    'bitnami/golang:1.20',
    'ghcr.io/acme/golang:1.20',
    'quay.io/library/alpine:3.10',
    'gcr.io/distroless/static-debian12',
    'eclipse-temurin:17-jre-focal',
  ];
  for (const image of silent) {
    it(`${image} names no cycle of the table`, () => assert.deepEqual(mapped(image), []));
  }
});

describe('the suggested cycle', () => {
  const product = (id: string) => endOfLife.find((p) => p.product === id)!;
  it('is the newest cycle still supported on the day', () => {
    assert.equal(newestSupported(product('go'), '2026-08-22')?.cycle, '1.27');
    assert.equal(newestSupported(product('alpine-linux'), '2026-08-22')?.cycle, '3.24');
    assert.equal(newestSupported(product('python'), '2026-08-22')?.cycle, '3.14');
  });

  it('is a long-term-support line where the product has one', () => {
    // On the table's day Node.js 26 was still "Current" (LTS from 2026-10-28): 24 is the newest LTS.
    assert.equal(newestSupported(product('nodejs'), '2026-08-22')?.cycle, '24');
    assert.equal(newestSupported(product('nodejs'), '2026-10-28')?.cycle, '26');
    assert.equal(newestSupported(product('ubuntu'), '2026-08-22')?.cycle, '26.04');
  });

  it('is none when every cycle has ended', () => {
    assert.equal(newestSupported(product('debian'), '2099-01-01'), null);
  });
});

const asOf = endOfLifeSource.asOf;
const note = `(endoflife.date, as of ${asOf})`;

ruleTester(rule, {
  valid: [
    { name: 'no day given: the rule reads no clock', code: 'FROM golang:1.10\n' },
    { name: 'a malformed day', code: 'FROM golang:1.10\n', now: 'yesterday' },
    { name: 'the day before the end of life', code: 'FROM golang:1.23-alpine3.21\n', now: '2025-08-11' },
    { name: 'supported cycles', code: 'FROM golang:1.27-alpine3.24 AS build\nFROM node:24-trixie-slim\nFROM python:3.14-slim\nFROM debian:bookworm-slim\nFROM ubuntu:24.04\n', now: asOf },
    { name: 'a cycle the table does not know', code: 'FROM golang:1.30\n', now: '2030-01-01' },
    { name: 'an image from an ARG, even with a default', code: 'ARG GO=1.20\nFROM golang:${GO}\n', now: asOf },
    { name: 'a stage, not an image', code: 'FROM golang:1.27 AS build\nFROM build\n', now: asOf },
    { name: 'an image that is not official', code: 'FROM bitnami/golang:1.18\nFROM ghcr.io/acme/python:2.7\n', now: asOf },
  ],
  invalid: [
    {
      name: 'golang 1.23 on its end-of-life day',
      code: 'FROM golang:1.23\n',
      now: '2025-08-12',
      errors: [{ line: 1, column: 6, endColumn: 17, message: `golang 1.23 reached its end of life on 2025-08-12 ${note}: move to golang 1.27, which is supported.` }],
      output: null,
    },
    {
      name: 'the Go and the Alpine of golang:<go>-alpine<alpine>, each with its row',
      code: 'FROM golang:1.23.4-alpine3.21@sha256:47d337594bd9e667d35514b241569f95fb6d95727c24b19468813d596d5ae596 AS build\n',
      now: '2026-12-05',
      errors: [
        { line: 1, message: `golang 1.23 reached its end of life on 2025-08-12 ${note}: move to golang 1.27, which is supported.` },
        { line: 1, message: `golang:1.23.4-alpine3.21@sha256:… is built on Alpine Linux 3.21, which reached its end of life on 2026-11-01 ${note}: move to a -alpine3.24 tag (Alpine Linux 3.24 is supported).` },
      ],
    },
    {
      name: 'only what has ended on the day',
      code: 'FROM golang:1.23.4-alpine3.21\n',
      now: '2026-10-31',
      errors: [{ message: /^golang 1\.23 reached/ }],
    },
    {
      name: 'node, python and their Debian base',
      code: 'FROM node:18-slim\nFROM python:3.8-slim-buster\n',
      now: asOf,
      errors: [
        { line: 1, message: `node 18 reached its end of life on 2025-04-30 ${note}: move to node 24, which is supported.` },
        { line: 2, message: `python 3.8 reached its end of life on 2024-10-07 ${note}: move to python 3.14, which is supported.` },
        { line: 2, message: `python:3.8-slim-buster is built on Debian 10 (buster), which reached its end of life on 2024-06-30 ${note}: move to a -trixie tag (Debian 13 is supported).` },
      ],
    },
    {
      name: 'debian, ubuntu and alpine by number and by name',
      code: 'FROM debian:buster\nFROM ubuntu:bionic\nFROM ubuntu:18.04\nFROM docker.io/library/alpine:3.18\n',
      now: asOf,
      errors: [
        { line: 1, message: `debian 10 (buster) reached its end of life on 2024-06-30 ${note}: move to debian 13 (trixie), which is supported.` },
        { line: 2, message: `ubuntu 18.04 (bionic) reached its end of life on 2023-05-31 ${note}: move to ubuntu 26.04 (resolute), which is supported.` },
        { line: 3, message: /^ubuntu 18\.04 \(bionic\) reached/ },
        { line: 4, message: `alpine 3.18 reached its end of life on 2025-05-09 ${note}: move to alpine 3.24, which is supported.` },
      ],
    },
    {
      name: 'no supported cycle left in the table',
      code: 'FROM debian:trixie\n',
      now: '2099-01-01',
      errors: [{ message: `debian 13 (trixie) reached its end of life on 2030-06-30 ${note}: no Debian cycle in the table is supported on 2099-01-01; see https://endoflife.date/debian.` }],
    },
  ],
});

describe('end-of-life-image through the linter', () => {
  it('is a warning of the pinned-base-images practice', () => {
    const [d] = lintWith([rule], 'FROM alpine:3.18\n', { now: asOf });
    assert.equal(d?.severity, 'warning');
    assert.equal(d?.practice, 'pinned-base-images');
  });
});
