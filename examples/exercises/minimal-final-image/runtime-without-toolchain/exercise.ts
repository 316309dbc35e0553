import { defineExercise, nothingNew, rules, stillWorks, structure } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 1,
  title: 'Ship no toolchain',
  goal: 'The final stage is based on the golang image, so the compiler ships with the app: base it on a minimal runtime image.',
  checks: [rules(['toolchain-final-stage'], 'The final stage is not based on a toolchain image'), ...stillWorks, structure('non-root-uid'), nothingNew],
  hints: [
    'The binary is static (CGO_ENABLED=0): it needs no Go toolchain to run.',
    'Replace the second FROM with the pinned gcr.io/distroless/static-debian13:nonroot image.',
  ],
});
