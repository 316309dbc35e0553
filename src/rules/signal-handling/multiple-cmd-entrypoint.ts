import { defineRule } from '../define.ts';
import type { Instruction } from '../../engine/model.ts';

export default defineRule({
  id: 'multiple-cmd-entrypoint',
  practice: 'signal-handling',
  severity: 'warning',
  title: 'One CMD, ENTRYPOINT and HEALTHCHECK per stage',
  rationale:
    'Only the last CMD, the last ENTRYPOINT and the last HEALTHCHECK of a stage take effect; earlier ones are silently ignored. A reader who sees the first one is misled about how the container starts. ' +
    'Keep one of each, at the end of the stage.',
  invalid: [{ code: 'FROM alpine:3.24\nCMD ["/app/app", "-debug"]\nCMD ["/app/app"]\n' }],
  valid: [{ code: 'FROM alpine:3.24\nENTRYPOINT ["/app/app"]\nCMD ["-port", "3000"]\n' }],
  docs: [
    { title: 'Dockerfile reference: CMD', url: 'https://docs.docker.com/reference/dockerfile/#cmd' },
    { title: 'Dockerfile reference: ENTRYPOINT', url: 'https://docs.docker.com/reference/dockerfile/#entrypoint' },
    { title: 'Dockerfile reference: HEALTHCHECK', url: 'https://docs.docker.com/reference/dockerfile/#healthcheck' },
  ],
  sources: [
    { id: 'hadolint:DL4003', match: 'same' },
    { id: 'hadolint:DL4004', match: 'same' },
    { id: 'buildkit:MultipleInstructionsDisallowed', match: 'same' },
    { id: 'dockerfile-utils:MULTIPLE_INSTRUCTIONS', match: 'same' },
    { id: 'trivy:DS-0007', match: 'same' },
    { id: 'trivy:DS-0016', match: 'same' },
    { id: 'trivy:DS-0023', match: 'same' },
  ],
  check({ model, reportInstruction }) {
    // A finding needs two of one kind.
    if (model.of('CMD').length < 2 && model.of('ENTRYPOINT').length < 2 && model.of('HEALTHCHECK').length < 2) return;
    for (const stage of model.stages) {
      const byKeyword = new Map<string, Instruction[]>();
      for (const i of stage.instructions) {
        if (i.onbuild || !['CMD', 'ENTRYPOINT', 'HEALTHCHECK'].includes(i.keyword)) continue;
        byKeyword.set(i.keyword, [...(byKeyword.get(i.keyword) ?? []), i]);
      }
      for (const [keyword, list] of byKeyword) {
        const last = list[list.length - 1];
        if (!last) continue;
        const line = model.lines.position(last.keywordStart).line;
        for (const i of list.slice(0, -1)) reportInstruction(i, `This ${keyword} has no effect: the ${keyword} on line ${line} replaces it. Keep only one per stage.`);
      }
    }
  },
});
