/**
 * Every exercise, read at build time by Vite from examples/exercises/ (see ./load.ts). Pages and
 * the landing page's progress import this; the browser gets each exercise as JSON in its page.
 */
import { assembleExercises } from './load.ts';
import type { Exercise, ExercisePage, ExerciseDefinition } from './types.ts';

const definitions = import.meta.glob<ExerciseDefinition>('/examples/exercises/**/exercise.ts', { eager: true, import: 'default' });
const files = import.meta.glob<string>(['/examples/exercises/**/*', '!/examples/exercises/**/*.ts', '/examples/dockerfiles/*.Dockerfile', '/examples/app_go/.dockerignore'], {
  exhaustive: true,
  query: '?raw',
  import: 'default',
  eager: true,
});

const strip = (key: string) => key.replace(/^\/examples\//, '');
const byPath = new Map(Object.entries(files).map(([key, text]) => [strip(key), text]));

export const exercises: readonly Exercise[] = assembleExercises(
  Object.fromEntries(Object.entries(definitions).map(([key, d]) => [strip(key), d])),
  (path) => byPath.get(path),
);

export function exercisesOn(page: ExercisePage): Exercise[] {
  return exercises.filter((e) => e.page === page);
}
