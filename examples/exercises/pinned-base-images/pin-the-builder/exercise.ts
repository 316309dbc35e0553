import { pinnedImage, pinnedReference } from '../../../../src/data/base-images.ts';
import { defineExercise, nothingNew, rules, stillWorks } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 1,
  title: 'Pin the builder by digest',
  goal: 'The builder image is pinned by tag only: add the digest, so that every build compiles with the same toolchain.',
  checks: [rules(['missing-digest', 'untagged-image', 'latest-tag'], 'Every base image has a tag and a digest'), ...stillWorks, nothingNew],
  hints: [
    'A tag can be moved to another image at any time; a digest cannot.',
    'The final stage\'s FROM shows the form: `name:tag@sha256:<64 hex digits>`.',
    `The pinned reference the guide uses: ${pinnedReference(pinnedImage('golang'))}.`,
  ],
});
