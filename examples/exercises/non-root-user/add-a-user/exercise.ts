import { defineExercise, nothingNew, rules, stillWorks, structure } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 1,
  title: 'Stop running as root',
  goal: 'The container runs as root: make the final stage run as the app user that the Dockerfile already creates.',
  checks: [rules(['missing-user', 'root-user'], 'The final stage switches to a non-root user'), structure('non-root-uid'), ...stillWorks, nothingNew],
  hints: [
    'Without a USER instruction, the container runs as root (UID 0).',
    'The adduser line creates UID 1001 and group 1001.',
    'Add `USER 1001:1001` after the last COPY of the final stage, before ENTRYPOINT.',
  ],
});
