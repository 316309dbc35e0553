import { defineExercise, nothingNew, rules, stillWorks, structure } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 2,
  title: 'Keep secrets out for good',
  goal: 'The last line was meant to let .env.example through, but it re-includes every .env file: keep the secrets out.',
  checks: [rules(['dockerignore-reincludes-secret', 'dockerignore-missing-secrets'], 'No secret can reach the builder'), structure('sources-reach-builder'), ...stillWorks, nothingNew],
  hints: [
    'In a .dockerignore the last matching line wins, and `!` patterns are globs too.',
    '`!.env*` matches .env and .env.production as well as .env.example.',
    'Delete the `!` line, or name only the file you mean, `!.env.example`, and keep the secret patterns after it.',
  ],
});
