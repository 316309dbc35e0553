import { defineRule } from '../define.ts';
import type { Model, Stage } from '../../engine/model.ts';
import { copyArgs, copyFrom, isWholeContext } from '../lib/copy.ts';
import { buildCommandIn, isScratch, rootRef } from '../lib/images.ts';
import { normalizePath, resolvePath, stageNamedBy, workdirAt } from '../lib/stages.ts';

/** Folders that hold a whole toolchain or system, never one artifact. */
const systemDirs = new Set(['/', '/usr', '/usr/local', '/usr/lib', '/opt', '/var', '/etc', '/root', '/home']);

/**
 * The folders the stage copied its whole build context into (COPY . . in WORKDIR /app gives /app),
 * if it builds from them. A stage that builds nothing (npm ci --omit=dev, then node server.js)
 * holds an app that runs from its sources: that folder is the artifact.
 */
function sourceDirs(model: Model, stage: Stage): Set<string> {
  const dirs = new Set<string>();
  if (!model.chain(stage).some((s) => buildCommandIn(s) !== undefined)) return dirs;
  for (const s of model.chain(stage)) {
    for (const i of s.instructions) {
      if (i.keyword !== 'COPY' || i.flag('from')) continue;
      const { sources, dest } = copyArgs(i);
      if (!dest || !sources.some((x) => isWholeContext(x.value))) continue;
      const path = resolvePath(workdirAt(model, i), dest.value);
      if (path && path !== '/') dirs.add(path);
    }
  }
  return dirs;
}

export default defineRule({
  id: 'copy-from-stage-root',
  practice: 'multi-stage-builds',
  severity: 'warning',
  title: 'Copy the artifact, not the whole stage',
  rationale:
    'COPY --from=builder / / copies the builder\'s entire filesystem (toolchain, caches, source) over the final stage, which undoes the point of a separate stage. ' +
    'Copy only the files the image runs: the binary, its assets, perhaps CA certificates. ' +
    'Quiet when the stage builds nothing and / is copied over / (FROM scratch, then COPY --from=runtime / /): that flattens a runtime image into one layer, and its whole filesystem is what runs.',
  invalid: [
    { code: 'FROM golang:1.27-alpine3.24 AS builder\nRUN go build -o /out/app .\n\nFROM scratch\nCOPY --from=builder / /\n' },
    // The builder's whole source folder, dependencies and intermediate files included.
    { code: 'FROM node:22 AS builder\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n\nFROM node:22-slim\nCOPY --from=builder /app .\nCMD ["node", "dist/server.js"]\n' },
    { code: 'FROM python:3.13 AS builder\nRUN pip install --prefix=/usr/local app\n\nFROM python:3.13-slim\nCOPY --from=builder /usr/local /usr/local\n' },
  ],
  valid: [
    { code: 'FROM golang:1.27-alpine3.24 AS builder\nRUN go build -o /out/app .\n\nFROM scratch\nCOPY --from=builder /out/app /app\n' },
    // An outside image, not a stage of this file: copying an image is the point.
    { code: 'FROM alpine:3.24\nCOPY --from=tonistiigi/xx:1.6.1 / /\n' },
    // The stage builds nothing: the app runs from its sources, so their folder is the artifact.
    { code: 'FROM node:22-slim AS deps\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\n\nFROM node:22-slim\nCOPY --from=deps /app /app\nCMD ["node", "/app/server.js"]\n' },
    // A stage on scratch holds only the artifacts copied into it.
    { code: 'FROM golang:1.27-alpine3.24 AS builder\nRUN go build -o /out/app .\n\nFROM scratch AS binaries\nCOPY --from=builder /out/app /app\n\nFROM alpine:3.24\nCOPY --from=binaries / /\n' },
  ],
  docs: [
    { title: 'Dockerfile reference: COPY --from', url: 'https://docs.docker.com/reference/dockerfile/#copy---from' },
    { title: 'Docker docs: Multi-stage builds', url: 'https://docs.docker.com/build/building/multi-stage/' },
  ],
  sources: [{ id: 'hadolint:DL3067', match: 'same' }],
  check({ model, report }) {
    for (const i of model.of('COPY')) {
      if (!i.flag('from')) continue;
      const from = copyFrom(i);
      if (!from) continue;
      const stage = stageNamedBy(model, from);
      // Not a stage: an outside image (copying an image is the point), unless a snippet without FROM.
      if (!stage && (model.stages.some((s) => s.from) || /[/:@.]/.test(from))) continue;
      // A stage that only names an outside image (FROM tonistiigi/xx AS xx), or a stage on scratch
      // that holds nothing but chosen artifacts (FROM scratch AS binaries + COPY --from=...).
      if (stage && (model.chain(stage).every((s) => s.instructions.every((x) => x.keyword === 'ARG' || x.keyword === 'LABEL' || x.keyword === 'ENV')) || isScratch(rootRef(stage)))) continue;
      const { sources, dest } = copyArgs(i);
      if (!dest) continue;
      for (const source of sources) {
        if (source.hasVariable) continue;
        const path = normalizePath(source.unquoted);
        // `/` into a subfolder keeps a stage apart (a root filesystem for a chroot); `/` over `/` merges it.
        if (path === '/' && normalizePath(dest.unquoted) !== '/') continue;
        // `/` over `/` from a stage that builds nothing flattens a runtime into one layer (FROM scratch,
        // COPY --from=runtime / /): the whole filesystem is what runs, there is no artifact to pick.
        if (path === '/' && stage && !model.chain(stage).some((s) => buildCommandIn(s) !== undefined)) continue;
        const what = path === '/' ? 'the whole filesystem' : systemDirs.has(path) ? `all of ${path}` : stage && sourceDirs(model, stage).has(path) ? `all of ${path}, the sources it built from` : null;
        if (!what) continue;
        report({ start: i.keywordStart, end: dest.end, instruction: i, message: `This copies ${what} of stage "${from}" into the image: copy only the artifact it built.` });
      }
    }
  },
});
