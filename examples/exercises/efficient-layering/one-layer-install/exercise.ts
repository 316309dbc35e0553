import { defineExercise, nothingNew, rules, stillWorks, structure } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 2,
  title: 'Install packages in one clean layer',
  goal: 'The final stage updates the package index in one RUN and installs in another, and keeps the index: install in one RUN that leaves no cache behind.',
  checks: [rules(['update-without-install', 'package-cache-not-cleaned'], 'Packages are installed in one RUN that keeps no package index'), ...stillWorks, structure('non-root-uid'), nothingNew],
  hints: [
    'A RUN of its own for `apk update` bakes a package index into a layer that later builds reuse, however old it gets.',
    '`apk add --no-cache` fetches a fresh index, installs, and keeps no index: one RUN does it all.',
  ],
});
