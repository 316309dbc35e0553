import { defineRule } from '../define.ts';
import { commandsOf } from '../lib/commands.ts';
import { shipsLayers } from '../lib/stages.ts';
import type { Instruction } from '../../engine/model.ts';

function flagsOf(i: Instruction): string {
  return i.flags.map((f) => `${f.name}=${f.value ?? ''}`).join(' ');
}

function isSingle(i: Instruction): boolean {
  return i.heredocs.length === 0 && commandsOf(i).length <= 1;
}

export default defineRule({
  id: 'consecutive-run',
  practice: 'efficient-layering',
  severity: 'info',
  title: 'Consider merging consecutive RUNs',
  rationale:
    'Each RUN makes a layer and a cache step. Consecutive one-command RUNs that belong together (install then configure) are usually better as one RUN joined with &&, so temporary files can be removed before the layer is written. ' +
    'Keep them apart when they change at different rates and you want the cache to keep the first. ' +
    'In a builder stage that later stages only copy from, layers never reach an image, so separate RUNs cost nothing there and keep the cache finer.',
  invalid: [{ code: 'FROM alpine:3.24\nRUN addgroup -S -g 1001 app\nRUN adduser -S -D -H -u 1001 -G app app\n' }],
  valid: [
    { code: 'FROM alpine:3.24\nRUN addgroup -S -g 1001 app \\\n && adduser -S -D -H -u 1001 -G app app\n' },
    // A builder stage: only /out/app is copied out, so its layers never ship.
    { code: 'FROM golang:1.27-alpine3.24 AS build\nRUN go mod download\nRUN go build -o /out/app .\n\nFROM scratch\nCOPY --from=build /out/app /app\n' },
  ],
  docs: [
    { title: 'Docker build best practices: RUN', url: 'https://docs.docker.com/build/building/best-practices/#run' },
    { title: 'Dockerfile reference: RUN', url: 'https://docs.docker.com/reference/dockerfile/#run' },
  ],
  sources: [{ id: 'hadolint:DL3059', match: 'same' }],
  check({ model, reportInstruction }) {
    if (model.of('RUN').length < 2) return;
    for (const stage of model.stages) {
      for (let k = 1; k < stage.instructions.length; k++) {
        const prev = stage.instructions[k - 1];
        const cur = stage.instructions[k];
        if (!prev || !cur || prev.keyword !== 'RUN' || cur.keyword !== 'RUN' || prev.onbuild || cur.onbuild) continue;
        if (!isSingle(prev) || !isSingle(cur) || flagsOf(prev) !== flagsOf(cur)) continue;
        // Asked only of a stage with such a pair: which stages ship is worked out for the whole file.
        if (!shipsLayers(model, stage)) break;
        reportInstruction(cur, 'This RUN follows another one-command RUN: consider joining them with && into one layer.');
      }
    }
  },
});
