import { defineRule } from '../define.ts';
import { keyValues } from '../../engine/model.ts';
import { expandWithDefaults } from '../lib/from.ts';

export default defineRule({
  id: 'empty-base-image',
  practice: 'pinned-base-images',
  severity: 'error',
  title: 'FROM must not resolve to an empty image',
  rationale:
    'FROM $IMAGE is empty when IMAGE is not declared, or declared without a default and not passed with --build-arg. The build then stops with "base name should not be blank". ' +
    'An ARG never declared before the first FROM cannot be passed at all, so that is an error; one declared without a default works when every build passes --build-arg, so that is a warning, as BuildKit\'s InvalidDefaultArgInFrom check says. ' +
    'Declare the ARG before the first FROM with a pinned default: ARG IMAGE=alpine:3.24@sha256:<digest>.',
  invalid: [{ code: 'ARG BASE\nFROM $BASE\n' }],
  valid: [{ code: 'ARG BASE=alpine:3.24@sha256:5b02b42e375f7426f8d65c3af331ca05d9878f9989230354504e0b9dfd431f60\nFROM $BASE\n' }],
  docs: [
    { title: 'Dockerfile reference: Understand how ARG and FROM interact', url: 'https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact' },
    { title: 'Dockerfile reference: FROM', url: 'https://docs.docker.com/reference/dockerfile/#from' },
  ],
  sources: [
    { id: 'dockerfile-utils:BASE_NAME_EMPTY', match: 'same' },
    { id: 'buildkit:InvalidDefaultArgInFrom', match: 'same' },
  ],
  check({ model, report }) {
    for (const stage of model.stages) {
      const e = expandWithDefaults(model, stage);
      const w = stage.imageWord;
      if (!e || !w || e.error || e.value !== '' || (e.unresolved && e.undeclared.length === 0)) continue;
      // ARG BASE with no default, then FROM $BASE: the build works when the caller passes
      // --build-arg BASE=..., as CI scripts often do; BuildKit warns (InvalidDefaultArgInFrom).
      // An ARG never declared before the first FROM cannot be passed, so that build always fails.
      const declared = new Set(model.globalArgs.flatMap((a) => keyValues(a).map((kv) => kv.key)));
      const missing = e.vars.filter((v) => !declared.has(v));
      if (missing.length === 0) {
        report({ start: w.start, end: w.end, instruction: stage.from, severity: 'warning', message: `${w.raw} is empty unless --build-arg sets ${e.vars.join(' and ')}: give the ARG a pinned default before the first FROM.` });
      } else {
        report({ start: w.start, end: w.end, instruction: stage.from, message: `${w.raw} is always empty, because no ARG before the first FROM declares ${missing.join(' or ')}, and the build stops with "base name should not be blank": declare it before the first FROM with a pinned default.` });
      }
    }
  },
});
