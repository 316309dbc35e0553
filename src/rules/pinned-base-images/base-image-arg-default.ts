import { defineRule } from '../define.ts';
import { expandWithDefaults } from '../lib/from.ts';
import { parseImage } from '../../engine/image.ts';

export default defineRule({
  id: 'base-image-arg-default',
  practice: 'pinned-base-images',
  severity: 'warning',
  title: 'An ARG-built image must be valid with its defaults',
  rationale:
    'FROM golang:$GO_VERSION builds only when every ARG it uses has a value. With ARG GO_VERSION and no default, a plain docker build resolves it to golang:, an invalid reference. ' +
    'Give each ARG used in FROM a default that makes a complete, pinned reference, so the file builds without --build-arg and the default documents the tested version.',
  invalid: [{ code: 'ARG GO_VERSION\nFROM golang:$GO_VERSION\n' }],
  valid: [{ code: 'ARG GO_VERSION=1.27\nFROM golang:$GO_VERSION\n' }, { code: 'ARG VARIANT\nFROM golang:1.27${VARIANT}\n' }],
  docs: [
    { title: 'Dockerfile reference: Understand how ARG and FROM interact', url: 'https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact' },
  ],
  sources: [{ id: 'buildkit:InvalidDefaultArgInFrom', match: 'same' }],
  check({ model, report }) {
    for (const stage of model.stages) {
      const e = expandWithDefaults(model, stage);
      const w = stage.imageWord;
      if (!e || !w || e.error || e.value === '' || (e.unresolved && e.undeclared.length === 0)) continue;
      const named = model.stageNamed(e.value);
      if (named && named.index < stage.index) continue;
      const error = parseImage(e.value).error;
      if (!error) continue;
      report({ start: w.start, end: w.end, instruction: stage.from, message: `With its ARG defaults, ${w.raw} resolves to "${e.value}": ${error}. Give the ARG a default that makes a complete reference.` });
    }
  },
});
