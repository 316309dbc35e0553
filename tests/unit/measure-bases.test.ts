/**
 * scripts/measure/bases.ts: which base images an example builds on, and the text the
 * measurement builds, with stand-ins in place of the pinned images a closed network lacks.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveBases, type BaseMap } from '../../scripts/measure/bases.ts';

const golang = 'golang:1.23-alpine3.21@sha256:47d337594bd9e667d35514b241569f95fb6d95727c24b19468813d596d5ae596';
const alpine = 'alpine:3.21@sha256:48b0309ca019d89d40f670aa1bc06e426dc0931948452e8491e3d65087abc07d';
const map: BaseMap = new Map([
  [golang, 'standin/golang:1.23-alpine3.21'],
  [alpine, 'standin/alpine:3.21'],
]);

describe('resolveBases', () => {
  it('builds FROM the stand-ins, after --platform too, and names the final stage’s base', () => {
    const text = `FROM --platform=$BUILDPLATFORM ${golang} AS build\nRUN go build -o /out/app .\n\nFROM ${alpine}\nCOPY --from=build /out/app /app\n`;
    const r = resolveBases(text, map);
    assert.equal(r.text, 'FROM --platform=$BUILDPLATFORM standin/golang:1.23-alpine3.21 AS build\nRUN go build -o /out/app .\n\nFROM standin/alpine:3.21\nCOPY --from=build /out/app /app\n');
    assert.deepEqual(r.bases.map((b) => [b.name, b.stand_in]), [['golang:1.23-alpine3.21', 'standin/golang:1.23-alpine3.21'], ['alpine:3.21', 'standin/alpine:3.21']]);
    assert.equal(r.finalBase.digest, alpine.split('@')[1]);
    assert.deepEqual(r.problems, []);
  });

  it('replaces an image written with a global ARG, and follows FROM <stage> to its base', () => {
    const text = `ARG BASE=${golang}\nFROM \${BASE} AS build\nRUN go build .\nFROM build AS test\nRUN go test ./...\n`;
    const r = resolveBases(text, map);
    assert.equal(r.text, `ARG BASE=${golang}\nFROM standin/golang:1.23-alpine3.21 AS build\nRUN go build .\nFROM build AS test\nRUN go test ./...\n`);
    assert.equal(r.bases.length, 1, 'a stage used as a base is not another base image');
    assert.equal(r.finalBase.ref, golang);
  });

  it('keeps images the map lacks, knows scratch, and reports a Dockerfile without FROM', () => {
    const r = resolveBases('FROM node:22\nFROM scratch\nCOPY --from=0 /x /x\n', map);
    assert.equal(r.text, 'FROM node:22\nFROM scratch\nCOPY --from=0 /x /x\n');
    assert.deepEqual(r.bases.map((b) => [b.ref, b.stand_in]), [['node:22', null]]);
    assert.equal(r.finalBase.name, 'scratch');
    assert.deepEqual(resolveBases('RUN echo hi\n', map).problems, ['no FROM line']);
  });

  it('finds a stand-in by name:tag when the digest or a docker.io prefix differs, and keeps only sha256 digests', () => {
    const r = resolveBases('FROM docker.io/library/alpine:3.21@sha256:' + '0'.repeat(64) + '\nFROM golang:1.23-alpine3.21@md5:' + 'a'.repeat(32) + '\n', map);
    assert.deepEqual(r.bases.map((b) => [b.name, b.digest, b.stand_in]), [
      ['docker.io/library/alpine:3.21', 'sha256:' + '0'.repeat(64), 'standin/alpine:3.21'],
      ['golang:1.23-alpine3.21', null, 'standin/golang:1.23-alpine3.21'],
    ]);
  });

  it('reads a reference whose ARG has no default as far as it is known', () => {
    const r = resolveBases('ARG TAG\nFROM alpine:${TAG}\n', map);
    assert.deepEqual(r.bases.map((b) => [b.ref, b.name, b.stand_in]), [['alpine:', 'alpine:', null]]);
  });
});
