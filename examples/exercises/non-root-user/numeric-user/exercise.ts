import { defineExercise, nothingNew, rules, stillWorks, structure } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 2,
  title: 'Use a numeric UID',
  goal: 'USER names the account `app`: switch to its numeric UID and GID so that Kubernetes can verify the container is not root.',
  checks: [rules(['user-not-numeric'], 'USER gives a numeric UID and GID'), structure('non-root-uid'), ...stillWorks, nothingNew],
  hints: [
    '`runAsNonRoot` can only check a number: with a name, the kubelet cannot tell it is not root.',
    'The adduser line says which UID and GID the app user has.',
  ],
});
