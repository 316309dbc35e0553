import { defineExercise, nothingNew, rules, stillWorks, structure } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 2,
  title: 'Leave the build tools out',
  goal: 'The final stage installs git and make, which the running app never uses: remove them from the image.',
  checks: [rules(['build-tools-in-final-stage'], 'No build tools are installed in the final stage'), ...stillWorks, structure('non-root-uid'), nothingNew],
  hints: [
    'Every tool in the final image is more to patch and more for an attacker to use.',
    'The app is compiled in the builder; the final stage needs only ca-certificates and tzdata.',
  ],
});
