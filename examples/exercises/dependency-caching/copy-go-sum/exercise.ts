import { defineExercise, nothingNew, rules, stillWorks } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 2,
  title: 'Copy go.sum with go.mod',
  goal: 'Only go.mod is copied before go mod download: copy go.sum with it, so that the download layer is rebuilt whenever the recorded module hashes change.',
  checks: [rules(['lockfile-not-copied'], 'The lockfile is copied with the manifest'), ...stillWorks, nothingNew],
  hints: [
    'go.sum holds the expected hashes of every module; go.mod alone does not.',
    'One COPY can take both: `COPY go.mod go.sum ./`.',
  ],
});
