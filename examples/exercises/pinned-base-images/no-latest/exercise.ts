import { defineExercise, nothingNew, rules, stillWorks, structure } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 2,
  title: 'Replace latest',
  goal: 'The final stage uses alpine with no tag, so it gets whatever latest is today: pin it by version and digest.',
  checks: [rules(['untagged-image', 'latest-tag', 'missing-digest'], 'Every base image has a tag and a digest'), ...stillWorks, structure('non-root-uid'), nothingNew],
  hints: [
    '`FROM alpine` means `alpine:latest`, which moves with every Alpine release.',
    'Use `alpine:3.24` followed by `@sha256:` and its digest.',
  ],
});
