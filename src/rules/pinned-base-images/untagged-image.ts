import { defineRule } from '../define.ts';
import type { ImageRef } from '../../engine/image.ts';
import { isLocalImage, isScratch } from '../lib/images.ts';

/**
 * True for images whose documented use is untagged because the infrastructure that runs them
 * moves with them: the OSS-Fuzz and ClusterFuzzLite base images (gcr.io/oss-fuzz-base/base-builder),
 * which must match the current fuzzing runners.
 */
function meantUntagged(ref: ImageRef): boolean {
  return ref.registry === 'gcr.io' && ref.path.startsWith('oss-fuzz-base/');
}

export default defineRule({
  id: 'untagged-image',
  practice: 'pinned-base-images',
  severity: 'warning',
  title: 'Give every base image a tag',
  rationale:
    'FROM golang means golang:latest, whatever that is on the day of the build. Two builds of the same commit can get different compilers or a different OS, and a new major version can break the build without any change on your side. ' +
    'Name the version you tested with a tag, and pin it with a digest (see missing-digest). scratch and references to earlier stages need no tag, and the OSS-Fuzz and ClusterFuzzLite base images (gcr.io/oss-fuzz-base/...) are documented untagged: they must match the fuzzing infrastructure of the day.',
  invalid: [{ code: 'FROM golang AS builder\n' }],
  valid: [
    { code: 'FROM golang:1.27-alpine3.24@sha256:cf6fca6641884b8433441b2b0652976f975e1d0fdd26d177eaaf8596087f3125 AS builder\n' },
    { code: 'FROM scratch\n' },
    { code: 'FROM golang:1.27-alpine3.24 AS builder\nFROM builder AS test\n' },
    // A one-word name that is no official image cannot come from Docker Hub: a test harness built it locally.
    { code: 'FROM my-app-test-base\nRUN ./run-tests.sh\n' },
    // ClusterFuzzLite's documented base: it tracks the fuzzing infrastructure.
    { code: 'FROM gcr.io/oss-fuzz-base/base-builder-python\nCOPY . $SRC/app\n' },
  ],
  docs: [
    { title: 'Dockerfile reference: FROM', url: 'https://docs.docker.com/reference/dockerfile/#from' },
    { title: 'Docker build best practices: Pin base image versions', url: 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions' },
  ],
  sources: [
    { id: 'hadolint:DL3006', match: 'same' },
    { id: 'checkov:CKV_DOCKER_7', match: 'same' },
  ],
  check({ model, report }) {
    for (const stage of model.stages) {
      const ref = stage.ref;
      if (!ref || ref.error || isScratch(ref) || ref.tag !== null || ref.digest !== null || !stage.imageWord) continue;
      // An image built locally just before (FROM bats-jenkins after docker build -t bats-jenkins): no registry's :latest.
      if (isLocalImage(ref) || meantUntagged(ref)) continue;
      report({
        start: stage.imageWord.start,
        end: stage.imageWord.end,
        instruction: stage.from,
        message: `${ref.text} has no tag, so it means ${ref.text}:latest and changes under you: name a version tag and pin its digest.`,
      });
    }
  },
});
