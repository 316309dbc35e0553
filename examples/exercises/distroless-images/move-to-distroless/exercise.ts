import { defineExercise, nothingNew, rules, stillWorks, structure } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 1,
  title: 'Run on distroless',
  goal: 'The final stage is a full Alpine system with a shell and a package manager: run the static binary on distroless instead.',
  checks: [rules(['full-os-final-stage'], 'The final stage has no shell or package manager'), structure('non-root-uid'), ...stillWorks, nothingNew],
  hints: [
    'A static Go binary needs no libc, shell or package manager.',
    'Use the pinned gcr.io/distroless/static-debian13:nonroot image; the adduser line has no place there (no shell to run it).',
    'distroless\'s nonroot user is UID 65532: `USER 65532:65532`.',
  ],
});
