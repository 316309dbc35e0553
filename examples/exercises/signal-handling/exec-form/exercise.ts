import { defineExercise, nothingNew, rules, stillWorks, structure } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 1,
  title: 'Make the app PID 1',
  goal: 'ENTRYPOINT is in shell form, so /bin/sh is PID 1 and docker stop\'s SIGTERM never reaches the app: use the exec form.',
  checks: [rules(['shell-form-entrypoint'], 'ENTRYPOINT is in exec form'), ...stillWorks, structure('non-root-uid'), nothingNew],
  hints: [
    'Shell form runs `/bin/sh -c "/app/app"`; the shell does not forward signals.',
    'Exec form is a JSON array of strings: `ENTRYPOINT ["/app/app"]`.',
  ],
});
