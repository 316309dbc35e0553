import { defineRule } from '../define.ts';

export default defineRule({
  id: 'latest-tag',
  practice: 'pinned-base-images',
  severity: 'warning',
  title: 'Do not use the latest tag',
  rationale:
    ':latest is only the tag the publisher moved last. It says nothing about the version, so builds are not reproducible and upgrades arrive unannounced. ' +
    'Use a version tag such as alpine:3.21, pinned with its digest.',
  invalid: [{ code: 'FROM alpine:latest\n' }],
  valid: [
    { code: 'FROM alpine:3.21@sha256:48b0309ca019d89d40f670aa1bc06e426dc0931948452e8491e3d65087abc07d\n' },
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
