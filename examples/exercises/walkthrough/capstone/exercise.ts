import { defineExercise, clean, stillWorks, structure } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 1,
  title: 'Capstone: from the original to a clean Dockerfile',
  goal: 'Take the write-up\'s original Dockerfile to one that passes every check: a separate final stage, go.sum copied, a numeric non-root user, and no warning from any rule.',
  checks: [clean, structure('non-root-uid'), ...stillWorks],
  hints: [
    'Start with the final stage: give it a fresh base instead of FROM builder, and copy the binary into /app/app.',
    'Copy go.sum with go.mod, and switch to a numeric USER.',
    'Work through the findings one by one: each one links to the practice that explains it.',
  ],
  startFile: 'dockerfiles/original.Dockerfile',
  solutionFile: 'dockerfiles/final.Dockerfile',
});
