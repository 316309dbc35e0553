/**
 * scripts/measure/bases.ts: which base images an example builds on, and the text the
 * measurement builds, with stand-ins in place of the pinned images a closed network lacks.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveBases, type BaseMap } from '../../scripts/measure/bases.ts';
import { imageName, pinnedImage, pinnedReference } from '../../src/data/base-images.ts';

// The bases the examples pin today, each mapped to a stand-in named after it.
const golang = pinnedReference(pinnedImage('golang'));
const alpine = pinnedReference(pinnedImage('alpine'));
const golangName = imageName(pinnedImage('golang'));
const alpineName = imageName(pinnedImage('alpine'));
const alpineTag = pinnedImage('alpine').tag;
const map: BaseMap = new Map([
  [golang, `standin/${golangName}`],
  [alpine, `standin/${alpineName}`],
]);

describe('resolveBases', () => {
  it('builds FROM the stand-ins, after --platform too, and names the final stage’s base', () => {
    const text = `FROM --platform=$BUILDPLATFORM ${golang} AS build\nRUN go build -o /out/app .\n\nFROM ${alpine}\nCOPY --from=build /out/app /app\n`;
    const r = resolveBases(text, map);
    assert.equal(r.text, `FROM --platform=$BUILDPLATFORM standin/${golangName} AS build\nRUN go build -o /out/app .\n\nFROM standin/${alpineName}\nCOPY --from=build /out/app /app\n`);
    assert.deepEqual(r.bases.map((b) => [b.name, b.stand_in]), [[golangName, `standin/${golangName}`], [alpineName, `standin/${alpineName}`]]);
    assert.equal(r.finalBase.digest, alpine.split('@')[1]);
    assert.deepEqual(r.problems, []);
  });

  it('replaces an image written with a global ARG, and follows FROM <stage> to its base', () => {
    const text = `ARG BASE=${golang}\nFROM \${BASE} AS build\nRUN go build .\nFROM build AS test\nRUN go test ./...\n`;
    const r = resolveBases(text, map);
    assert.equal(r.text, `ARG BASE=${golang}\nFROM standin/${golangName} AS build\nRUN go build .\nFROM build AS test\nRUN go test ./...\n`);
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
    const r = resolveBases(`FROM docker.io/library/${alpineName}@sha256:${'0'.repeat(64)}\nFROM ${golangName}@md5:${'a'.repeat(32)}\n`, map);
    assert.deepEqual(r.bases.map((b) => [b.name, b.digest, b.stand_in]), [
      [`docker.io/library/alpine:${alpineTag}`, 'sha256:' + '0'.repeat(64), `standin/${alpineName}`],
      [golangName, null, `standin/${golangName}`],
    ]);
  });

  it('reads a reference whose ARG has no default as far as it is known', () => {
    const r = resolveBases('ARG TAG\nFROM alpine:${TAG}\n', map);
    assert.deepEqual(r.bases.map((b) => [b.ref, b.name, b.stand_in]), [['alpine:', 'alpine:', null]]);
  });
});
