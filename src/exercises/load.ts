/**
 * Puts the exercises together from their folders (examples/exercises/<page>/<id>/): the
 * definitions and a way to read a file under examples/. The site passes Vite's globs
 * (./catalogue.ts), the tests pass the file system: both get the same list, in page order.
 */
import { practices } from '../data/practices.ts';
import type { Exercise, ExerciseDefinition, ExercisePage, Files } from './types.ts';

/** The build context every exercise is built with, as the examples are (examples/README.md). */
export const CONTEXT_DOCKERIGNORE = 'app_go/.dockerignore';
export const MAX_HINTS = 3;

const pageOrder: readonly ExercisePage[] = [...practices.map((p) => p.slug), 'walkthrough'];

/** Reads a file under examples/; undefined when it does not exist. */
export type ReadExample = (path: string) => string | undefined;

/**
 * @param definitions keyed by path under examples/: "exercises/<page>/<id>/exercise.ts".
 */
export function assembleExercises(definitions: Readonly<Record<string, ExerciseDefinition>>, read: ReadExample): Exercise[] {
  const list = Object.entries(definitions).map(([path, definition]) => assemble(path, definition, read));
  const rank = (e: Exercise) => pageOrder.indexOf(e.page) * 1000 + e.order;
  return list.sort((a, b) => rank(a) - rank(b));
}

function assemble(path: string, definition: ExerciseDefinition, read: ReadExample): Exercise {
  const m = /^exercises\/([a-z-]+)\/([a-z0-9-]+)\/exercise\.ts$/.exec(path);
  if (!m) throw new Error(`examples/${path}: an exercise is examples/exercises/<page>/<id>/exercise.ts`);
  const page = m[1] as ExercisePage;
  const id = m[2]!;
  if (!pageOrder.includes(page)) throw new Error(`examples/${path}: no practice or page named ${page}`);
  if (definition.hints.length > MAX_HINTS) throw new Error(`examples/${path}: at most ${MAX_HINTS} hints`);
  const dir = `exercises/${page}/${id}/`;
  const need = (file: string): string => {
    const text = read(file);
    if (text === undefined) throw new Error(`examples/${path}: examples/${file} is missing`);
    return text;
  };
  const startIgnore = read(`${dir}start.dockerignore`);
  const context = read(CONTEXT_DOCKERIGNORE) ?? null;
  const files = (which: 'start' | 'solution', from: string | undefined): Files => ({
    dockerfile: need(from ?? `${dir}${which}.Dockerfile`),
    dockerignore: startIgnore === undefined ? context : need(`${dir}${which}.dockerignore`),
  });
  return {
    ...definition,
    page,
    id,
    key: `${page}/${id}`,
    start: files('start', definition.startFile),
    solution: files('solution', definition.solutionFile),
    editsDockerignore: startIgnore !== undefined,
  };
}
