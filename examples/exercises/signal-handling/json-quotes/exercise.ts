import { defineExercise, nothingNew, rules, stillWorks, structure } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 2,
  title: 'Write valid JSON',
  goal: 'This ENTRYPOINT looks like exec form but uses single quotes, so Docker silently runs it in shell form: make it valid JSON.',
  checks: [rules(['invalid-json-form'], 'ENTRYPOINT is valid JSON'), ...stillWorks, structure('non-root-uid'), nothingNew],
  hints: [
    'JSON strings need double quotes.',
    'Docker falls back to shell form when the array does not parse, and the shell then looks for a program called `[\'/app/app\']`.',
  ],
});
