import { defineRule } from '../define.ts';
import { copyArgs, isAbsoluteArg } from '../lib/copy.ts';
import { imageWorkdir } from '../lib/images.ts';
import type { Stage } from '../../engine/model.ts';

export default defineRule({
  id: 'copy-relative-dest-without-workdir',
  practice: 'efficient-layering',
  severity: 'warning',
  title: 'Set WORKDIR before copying to a relative path',
  rationale:
    'COPY app.go ./ copies into the working directory. Without a WORKDIR in the stage (or in the stage it is built FROM), that directory is whatever the base image set, often /, and changes when the base image does. ' +
    'Set WORKDIR first, or copy to an absolute path. ' +
    'Quiet on scratch (/) and on the official images that set their own WORKDIR (golang: /go, php: /var/www/html, tomcat, httpd).',
  invalid: [{ code: 'FROM node:24-alpine\nCOPY package.json package-lock.json ./\n' }],
  valid: [
    { code: 'FROM node:24-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\n' },
    { code: 'FROM node:24-alpine\nCOPY package.json package-lock.json /app/\n' },
    // golang\'s image sets WORKDIR /go itself: the relative path lands there, a directory the image keeps.
    { code: 'FROM golang:1.27-alpine3.24\nCOPY go.mod go.sum ./\n' },
    // scratch has no working directory to inherit: a relative path lands under /.
    { code: 'FROM golang:1.27-alpine3.24 AS build\nRUN go build -o /out/app .\nFROM scratch AS bin\nCOPY --from=build /out/app app\n' },
  ],
  docs: [
    { title: 'Dockerfile reference: COPY', url: 'https://docs.docker.com/reference/dockerfile/#copy' },
    { title: 'Dockerfile reference: WORKDIR', url: 'https://docs.docker.com/reference/dockerfile/#workdir' },
  ],
  sources: [{ id: 'hadolint:DL3045', match: 'same' }],
  check({ model, report }) {
    if (model.of('COPY').length === 0) return;
    // Has a WORKDIR been set before this point? Regular instructions see regular WORKDIRs;
    // ONBUILD triggers also see ONBUILD WORKDIRs. Stages inherit from the stage they are built on.
    // scratch has no base image to set one, so its working directory is known: /. golang, php,
    // tomcat and httpd set their own (golang: WORKDIR /go), known as well.
    const after = new Map<Stage, { regular: boolean; trigger: boolean }>();
    for (const stage of model.stages) {
      const inherited = stage.base ? after.get(stage.base) : undefined;
      const known = imageWorkdir(stage.ref) !== null;
      let regular = inherited?.regular ?? known;
      let trigger = inherited?.trigger ?? known;
      for (const i of stage.instructions) {
        if (i.keyword === 'WORKDIR') {
          trigger = true;
          if (!i.onbuild) regular = true;
          continue;
        }
        if (i.keyword !== 'COPY' || (i.onbuild ? trigger : regular)) continue;
        const { dest } = copyArgs(i);
        if (!dest || dest.hasVariable || isAbsoluteArg(dest)) continue;
        report({ start: dest.start, end: dest.end, instruction: i, message: `"${dest.value}" is relative, and no WORKDIR is set in this stage: add WORKDIR (for example WORKDIR /app) before this COPY.` });
      }
      after.set(stage, { regular, trigger });
    }
  },
});
