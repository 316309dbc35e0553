import { defineRule } from '../define.ts';

export default defineRule({
  id: 'latest-tag',
  practice: 'pinned-base-images',
  severity: 'warning',
  title: 'Do not use the latest tag',
  rationale:
    ':latest is only the tag the publisher moved last. It says nothing about the version, so builds are not reproducible and upgrades arrive unannounced. ' +
    'Use a version tag such as alpine:3.24, pinned with its digest.',
  invalid: [{ code: 'FROM alpine:latest\n' }],
  valid: [
    { code: 'FROM alpine:3.24@sha256:5b02b42e375f7426f8d65c3af331ca05d9878f9989230354504e0b9dfd431f60\n' },
  ],
  docs: [
    { title: 'Docker build best practices: Pin base image versions', url: 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions' },
  ],
  sources: [
    { id: 'hadolint:DL3007', match: 'same' },
    { id: 'checkov:CKV_DOCKER_7', match: 'same' },
    { id: 'trivy:DS-0001', match: 'same' },
  ],
  check({ model, report }) {
    for (const stage of model.stages) {
      const ref = stage.ref;
      if (!ref || ref.error || ref.tag !== 'latest' || ref.digest !== null || !stage.imageWord) continue;
      report({
        start: stage.imageWord.start,
        end: stage.imageWord.end,
        instruction: stage.from,
        message: `${ref.text} follows whatever was published last: use a version tag and pin its digest.`,
      });
    }
  },
});
