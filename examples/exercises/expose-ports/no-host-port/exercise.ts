import { defineExercise, nothingNew, rules, stillWorks } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 1,
  title: 'EXPOSE the container port only',
  goal: 'EXPOSE is given a host:container mapping, which it does not accept: document only the port the app listens on.',
  checks: [rules(['expose-host-mapping'], 'EXPOSE names container ports only'), ...stillWorks, nothingNew],
  hints: [
    'EXPOSE documents a port; it publishes nothing. The host side is chosen at run time with `docker run -p 8080:3000`.',
    'The app listens on 3000.',
  ],
});
