import { defineExercise, nothingNew, rules, stillWorks, structure } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 1,
  title: 'Set ownership in the COPY',
  goal: 'RUN chown -R writes every template a second time, in a new layer: set the owner in the COPY instead.',
  checks: [rules(['chown-after-copy'], 'No RUN chown rewrites files a COPY just added'), ...stillWorks, structure('non-root-uid'), nothingNew],
  hints: [
    'A layer records every file a RUN changes, so chown -R after COPY stores the files twice.',
    'COPY takes `--chown=<user>:<group>`; then delete the RUN chown line.',
  ],
});
