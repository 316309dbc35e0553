import { pinnedImage, pinnedReference } from '../../../../src/data/base-images.ts';
import { defineExercise, nothingNew, rules, stillWorks } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 2,
  title: 'Give the final stage a fresh base',
  goal: 'The final stage is built FROM the builder, so the whole Go toolchain ships: base it on a fresh, minimal image instead.',
  checks: [rules(['final-stage-from-build-stage'], 'The final stage starts from a fresh image, not from the builder'), ...stillWorks, nothingNew],
  hints: [
    'Look at the second FROM: `FROM builder` starts the final image from everything the builder holds.',
    `Replace it with the pinned distroless image: ${pinnedReference(pinnedImage('distroless-static'))}.`,
  ],
});
