import { defineExercise, nothingNew, rules, stillWorks } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 3,
  title: 'Copy from a stage that exists',
  goal: 'COPY --from names a stage that does not exist: make the final stage copy the binary from the builder.',
  checks: [rules(['copy-from-unknown-stage', 'copy-from-index'], 'COPY --from names an existing stage'), ...stillWorks, nothingNew],
  hints: [
    'Compare the name after `AS` on the first FROM with the name after `--from=`.',
    'Stage names are matched case-insensitively, but they must be spelled the same.',
  ],
});
