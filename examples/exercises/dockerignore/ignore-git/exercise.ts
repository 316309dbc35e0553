import { defineExercise, nothingNew, rules, stillWorks, structure } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 1,
  title: 'Keep .git out of the context',
  goal: 'COPY . . sends the whole context, and this .dockerignore lets the .git folder through: keep it out.',
  checks: [rules(['dockerignore-missing-git'], 'The .dockerignore keeps out .git'), structure('sources-reach-builder'), ...stillWorks, nothingNew],
  hints: [
    '.git changes on every commit, so each commit would invalidate the COPY . . layer, and its history can hold deleted secrets.',
    'Add a line `**/.git` to the .dockerignore.',
  ],
});
