import { defineRule } from '../define.ts';
import { hasVariable } from '../../engine/words.ts';

export default defineRule({
  id: 'invalid-image-reference',
  practice: 'pinned-base-images',
  severity: 'error',
  title: 'Write a valid image reference',
  rationale:
    'An image reference is [registry/]name[:tag][@sha256:<64 hex digits>], with a lowercase name and a tag of at most 128 letters, digits, ".", "_" and "-". ' +
    'A malformed one (an empty tag, a truncated digest) fails the build with "invalid reference format", often only in CI, where the pull happens.',
  invalid: [{ code: 'FROM alpine:3.24@sha256:5b02b42e375f7426f8d65c3af331ca05\n' }, { code: 'FROM alpine:\n' }],
  valid: [{ code: 'FROM alpine:3.24@sha256:5b02b42e375f7426f8d65c3af331ca05d9878f9989230354504e0b9dfd431f60\n' }],
  docs: [
    { title: 'Dockerfile reference: FROM', url: 'https://docs.docker.com/reference/dockerfile/#from' },
    { title: 'Docker CLI reference: docker image tag (the reference format)', url: 'https://docs.docker.com/reference/cli/docker/image/tag/' },
  ],
  sources: [{ id: 'dockerfile-utils:INVALID_REFERENCE_FORMAT', match: 'same' }],
  check({ model, report }) {
    for (const stage of model.stages) {
      const w = stage.imageWord;
      const ref = stage.ref;
      if (!w || !ref?.error || hasVariable(w.raw, model.escape)) continue;
      report({ start: w.start, end: w.end, instruction: stage.from, message: `"${ref.text}" is not a valid image reference: ${ref.error}.` });
    }
  },
});
