import { defineRule } from '../define.ts';
import { isLocalImage, isScratch } from '../lib/images.ts';

export default defineRule({
  id: 'missing-digest',
  practice: 'pinned-base-images',
  severity: 'warning',
  title: 'Pin base images by digest',
  rationale:
    'A tag can be moved: alpine:3.24 is rebuilt for every patch release and could be replaced by anyone who controls the repository. A digest (@sha256:...) names exactly one image and cannot change. ' +
    'Write both, golang:1.27-alpine3.24@sha256:<digest>: the digest decides what is pulled, the tag tells readers what it is. Let Renovate or Dependabot propose new digests, so pinned images still get security fixes.',
  invalid: [{ code: 'FROM alpine:3.24\n' }],
  valid: [
    { code: 'FROM alpine:3.24@sha256:5b02b42e375f7426f8d65c3af331ca05d9878f9989230354504e0b9dfd431f60\n' },
    { code: 'FROM scratch\n' },
    // A one-word name that is no official image: built locally before this build, with no registry digest.
    { code: 'FROM app-base:dev\nCOPY . /app\n' },
  ],
  docs: [
    { title: 'Docker build best practices: Pin base image versions', url: 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions' },
  ],
  sources: [],
  check({ model, report }) {
    for (const stage of model.stages) {
      const ref = stage.ref;
      if (!ref || ref.error || isScratch(ref) || ref.digest !== null || ref.tag === null || ref.tag === 'latest' || !stage.imageWord) continue;
      // An image built locally (FROM app-base:dev after docker build -t app-base:dev) has no registry digest.
      if (isLocalImage(ref)) continue;
      report({
        start: stage.imageWord.start,
        end: stage.imageWord.end,
        instruction: stage.from,
        message: `${ref.text} is pinned by tag only, and tags move: add its digest, ${ref.text}@sha256:<digest>, and let Renovate or Dependabot update it.`,
      });
    }
  },
});
