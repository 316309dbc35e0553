import { defineExercise, nothingNew, rules, stillWorks } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 1,
  title: 'Compile in a builder stage',
  goal: 'Split this single-stage Dockerfile so that Go compiles in a builder stage and the final stage gets only the binary and the templates.',
  checks: [rules(['single-stage-build'], 'The app is compiled in a stage of its own'), ...stillWorks, nothingNew],
  hints: [
    'Add `AS builder` to the FROM line: that stage now only builds; make go build write to /out/app.',
    'Start a second stage with a FROM of its own, for example the pinned gcr.io/distroless/static-debian13:nonroot image.',
    'In the new stage: `WORKDIR /app`, `COPY templates/ /app/templates/` and `COPY --from=builder /out/app /app/app`, then USER, EXPOSE and ENTRYPOINT.',
  ],
});
