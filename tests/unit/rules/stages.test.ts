/**
 * Facts about stages that several rules share (src/rules/lib/stages.ts, rootRef in images.ts):
 * they follow a stage's chain through Stage.base, and answer files without WORKDIR, SHELL or a
 * second stage without building their per-file tables.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../src/engine/model.ts';
import { rootRef } from '../../../src/rules/lib/images.ts';
import { lastInChain, shellAt, shipsLayers, workdirAt } from '../../../src/rules/lib/stages.ts';

describe('lastInChain and rootRef', () => {
  const model = buildModel('FROM alpine:3.24 AS base\nCMD ["a"]\nUSER app\nFROM base AS mid\nCMD ["b"]\nFROM mid\nRUN true\nONBUILD USER root\n');
  const final = model.finalStage!;
  it('reads the nearest stage first', () => assert.deepEqual(lastInChain(final, 'CMD')?.json?.map((j) => j.value), ['b']));
  it('looks through every stage the chain is built FROM, and skips ONBUILD triggers', () => assert.equal(lastInChain(final, 'USER')?.words[0]?.raw, 'app'));
  it('finds nothing the chain lacks', () => assert.equal(lastInChain(final, 'ENTRYPOINT'), undefined));
  it('finds the image at the root of the chain', () => assert.equal(rootRef(final)?.text, 'alpine:3.24'));
});

describe('workdirAt', () => {
  it('is / in a file without WORKDIR', () => {
    const model = buildModel('FROM alpine:3.24\nCOPY a b\n');
    assert.equal(workdirAt(model, model.all[1]!), '/');
  });
  it('follows WORKDIR, and an ONBUILD WORKDIR for the triggers after it', () => {
    const model = buildModel('FROM alpine:3.24\nONBUILD WORKDIR /src\nONBUILD COPY a b\nCOPY a b\nWORKDIR app\nCOPY c d\n');
    const copies = model.all.filter((i) => i.keyword === 'COPY');
    assert.deepEqual(copies.map((i) => workdirAt(model, i)), ['/src', '/', '/app']);
  });
});

describe('shellAt', () => {
  it('is the default shell in a file without SHELL', () => {
    const model = buildModel('FROM alpine:3.24\nRUN true\n');
    assert.equal(shellAt(model, model.all[1]!), null);
  });
  it('is the SHELL before the instruction, along the chain', () => {
    const model = buildModel('FROM alpine:3.24 AS base\nRUN true\nSHELL ["/bin/bash", "-c"]\nFROM base\nRUN true\n');
    const runs = model.all.filter((i) => i.keyword === 'RUN');
    assert.deepEqual(runs.map((i) => shellAt(model, i)), [null, ['/bin/bash', '-c']]);
  });
});

describe('shipsLayers', () => {
  it('ships the final stage and what it is built FROM, not a builder it copies from', () => {
    const model = buildModel('FROM golang:1.27 AS build\nRUN go build -o /app .\nFROM alpine:3.24 AS base\nFROM base\nCOPY --from=build /app /app\n');
    assert.deepEqual(model.stages.map((s) => shipsLayers(model, s)), [false, true, true]);
  });
});
