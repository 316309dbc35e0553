import { defineExercise, nothingNew, rules, stillWorks } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 1,
  title: 'COPY local files',
  goal: 'ADD copies the module files and the templates, which hides whether it will extract or fetch anything: use COPY for local files.',
  checks: [rules(['add-local-file'], 'Local files are copied with COPY'), ...stillWorks, nothingNew],
  hints: [
    'ADD also extracts local tar archives and downloads URLs; COPY only copies, so it says what it does.',
    'Replace each ADD of a local path by COPY; the arguments stay the same.',
  ],
});
