import { defineExercise, nothingNew, rules, stillWorks } from '../../../../src/exercises/types.ts';

export default defineExercise({
  order: 1,
  title: 'Download modules before the source',
  goal: 'Every edit to app.go downloads all modules again: copy go.mod and go.sum and run go mod download before copying the source.',
  checks: [rules(['install-after-copy-all', 'go-build-without-mod-download'], 'Modules are downloaded before the source is copied'), ...stillWorks, nothingNew],
  hints: [
    'A COPY whose files changed invalidates the cache of every instruction after it.',
    'Put `COPY go.mod go.sum ./` and `RUN go mod download` before `COPY . .`.',
  ],
});
