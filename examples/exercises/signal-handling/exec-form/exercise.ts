import { defineExercise, nothingNew, rules, stillWorks, structure } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 1,
  title: 'Make the app PID 1',
  goal: 'ENTRYPOINT is in shell form, so the app runs under /bin/sh -c and may never get docker stop\'s SIGTERM: use the exec form, so that the app itself is PID 1.',
  checks: [rules(['shell-form-entrypoint'], 'ENTRYPOINT is in exec form'), ...stillWorks, structure('non-root-uid'), nothingNew],
  hints: [
    'Shell form runs `/bin/sh -c /app/app`: unless the shell replaces itself with the app (BusyBox does for a single command, Debian\'s dash does not), the shell stays PID 1 and does not forward SIGTERM, and CMD arguments are ignored.',
    'Exec form is a JSON array of strings: `ENTRYPOINT ["/app/app"]`.',
  ],
});
