import { defineExercise, nothingNew, rules, stillWorks, structure } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 2,
  title: 'Need no shell at run time',
  goal: 'The distroless final stage runs a shell command and starts the app in shell form, and it has no /bin/sh: make it work without one.',
  checks: [rules(['shell-form-without-shell'], 'Nothing in the final stage needs a shell'), ...stillWorks, structure('non-root-uid'), nothingNew],
  hints: [
    'distroless has no /bin/sh: every RUN, and every shell-form CMD or ENTRYPOINT, fails.',
    'WORKDIR /app already creates /app; the RUN mkdir can go.',
    'Write ENTRYPOINT in exec form: `ENTRYPOINT ["/app/app"]`.',
  ],
});
